using System.Linq.Expressions;
using Briefing.Model.Diagnostics;
using Briefing.Model.Metrics;
using FluentValidation;

namespace Briefing.Model.Validation;

/// <summary>
/// One validation rule on one kind of element, declared once: its code (whose severity and rule set
/// <see cref="DiagnosticCatalog"/> declares), the member it reports on, its condition and its message.
/// The FluentValidation validators are built from these declarations and the fast
/// <see cref="ValidationScreen"/> iterates them, so neither can hold a rule the other lacks.
/// </summary>
/// <typeparam name="T">The validated element.</typeparam>
internal sealed class Rule<T>
{
    /// <summary>Declares a rule.</summary>
    /// <param name="code">A validation code in <see cref="DiagnosticCatalog"/>.</param>
    /// <param name="member">The member the finding points at (its C# name, as FluentValidation names properties), or empty for the element itself.</param>
    /// <param name="passes">The condition: <see langword="true"/> when the element keeps the rule.</param>
    /// <param name="message">The finding's message for an element that breaks it.</param>
    /// <exception cref="InvalidOperationException">The code is not a validation code of the catalogue (a programming error, caught by the tests).</exception>
    public Rule(string code, string member, Func<T, bool> passes, Func<T, string> message)
    {
        Code = code;
        Member = member;
        Passes = passes;
        Message = message;
        Strict = DiagnosticCatalog.TryGet(code, out var descriptor) && descriptor.RuleSet is { } ruleSet
            ? ruleSet == BriefingValidator.StrictRuleSet
            : throw new InvalidOperationException($"{code} is not a validation code of DiagnosticCatalog.");
    }

    /// <summary>The validation code.</summary>
    public string Code { get; }

    /// <summary>The member the finding points at, or empty for the element itself.</summary>
    public string Member { get; }

    /// <summary>Whether the rule belongs to the strict rule set (from the catalogue); otherwise to the default set.</summary>
    public bool Strict { get; }

    /// <summary>The condition.</summary>
    public Func<T, bool> Passes { get; }

    /// <summary>The message.</summary>
    public Func<T, string> Message { get; }

    /// <summary>The same rule on a derived kind of element (a rule on every block applies to a heading).</summary>
    /// <typeparam name="TDerived">The derived kind.</typeparam>
    /// <returns>The rule, typed for <typeparamref name="TDerived"/>.</returns>
    public Rule<TDerived> For<TDerived>()
        where TDerived : T =>
        new(Code, Member, x => Passes(x), x => Message(x));
}

/// <summary>
/// The validation rules on single elements, each declared once (see <see cref="Rule{T}"/>). The rules
/// that need the whole document (unique ids, anchors, pull-quote references and excerpts, the
/// disclaimer's publisher) are <see cref="BriefingValidator"/>'s checks over <see cref="DocumentIndex"/>;
/// the structure (null entries, a missing source or attribution, which skip their element's rules) is
/// the validators' and the screen's.
/// </summary>
internal static class RuleTable
{
    /// <summary>The briefing's own members.</summary>
    public static readonly Rule<BriefingDocument>[] Document =
    [
        new(ValidationCodes.SchemaVersion, nameof(BriefingDocument.SchemaVersion), RuleConditions.SchemaVersionSupported, d => $"schemaVersion '{Identifiers.Shorten(d.SchemaVersion)}' is not supported: this library reads 1.x; write \"{BriefingDocument.CurrentSchemaVersion}\"."),
        new(ValidationCodes.TitleRequired, nameof(BriefingDocument.Title), RuleConditions.HasTitle, _ => "The briefing has no title: give it the headline (the first line of the text)."),
        new(ValidationCodes.DocumentId, nameof(BriefingDocument.Id), RuleConditions.DocumentIdWellFormed, d => Identifiers.Describe("briefing", d.Id, ValidationLimits.DocumentIdLength) + " Slug.From(title) derives one."),
        new(ValidationCodes.Language, nameof(BriefingDocument.Language), RuleConditions.LanguageWellFormed, d => $"'{Identifiers.Shorten(d.Language)}' is not a well-formed BCP 47 language tag: use a tag such as 'en', 'es', 'pt-BR' or 'zh-Hant', or leave language out for English."),
        new(ValidationCodes.PublishedDateTime, nameof(BriefingDocument.Published), RuleConditions.PublishedWellFormed, d => $"published '{Identifiers.Shorten(d.Published)}' is not an RFC 3339 date-time: write the date, 'T', the time and the offset, as in 2024-03-05T09:30:00Z or 2024-03-05T09:30:00+01:00."),
        new(ValidationCodes.UrlAbsolute, nameof(BriefingDocument.Url), RuleConditions.UrlWellFormed, d => $"url '{Identifiers.Shorten(d.Url)}' is not an absolute http(s) address: give the article's canonical address in full, as in https://example.com/politics/article."),
        new(ValidationCodes.BodyEmpty, nameof(BriefingDocument.Body), RuleConditions.HasBody, _ => "The briefing has no body: add its paragraphs."),
        new(ValidationCodes.TitleShape, nameof(BriefingDocument.Title), RuleConditions.TitleShaped, _ => $"The title should be one line of at most {ValidationLimits.TitleLength} characters: move the rest into the standfirst or the body."),
        new(ValidationCodes.StandfirstShape, nameof(BriefingDocument.Standfirst), RuleConditions.StandfirstShaped, _ => $"The standfirst should be one sentence on one line (at most {ValidationLimits.StandfirstWords} words): is it the first body paragraph?"),
    ];

    /// <summary>Each entry of <see cref="BriefingDocument.Authors"/> (a null entry is BV008 before these).</summary>
    public static readonly Rule<string>[] Author =
    [
        new(ValidationCodes.AuthorEmpty, "", RuleConditions.AuthorHasText, _ => "This author is empty: give the person's name or remove the entry."),
        new(ValidationCodes.AuthorShape, "", RuleConditions.AuthorShaped, _ => $"An author should be one name on one line of at most {ValidationLimits.TitleLength} characters, without spaces at either end: is it several names, or a whole byline?"),
    ];

    /// <summary>Every body block, whatever its kind.</summary>
    public static readonly Rule<Block>[] Block =
    [
        new(ValidationCodes.ElementId, nameof(Model.Block.Id), RuleConditions.BlockIdWellFormed, b => Identifiers.Describe("block", b.Id, ValidationLimits.ElementIdLength)),
        new(ValidationCodes.BlockText, nameof(Model.Block.Text), RuleConditions.BlockHasText, b => $"Block '{b.Id}' has no text: remove the empty block or restore its text."),
        new(ValidationCodes.BlockTooLong, nameof(Model.Block.Text), RuleConditions.BlockLengthWithinLimit, b => $"Block '{b.Id}' has {b.Text.Length} characters (limit {ValidationLimits.BlockLength}): split it into paragraphs at the blank lines it lost."),
    ];

    /// <summary>A heading, besides <see cref="Block"/>.</summary>
    public static readonly Rule<Heading>[] Heading =
    [
        new(ValidationCodes.HeadingShape, nameof(Model.Heading.Text), RuleConditions.HeadingShaped, h => $"Heading '{h.Id}' should be one line of at most {ValidationLimits.TitleLength} characters: is it a paragraph marked as a heading?"),
    ];

    /// <summary>A quote's source or a pull quote's attribution line.</summary>
    public static readonly Rule<Source>[] Source =
    [
        new(ValidationCodes.SourceText, nameof(Model.Source.Text), RuleConditions.SourceHasText, _ => "The source text is empty: write who said it as it appears in the text (e.g. 'a senior Venezuelan business executive, now living in New York')."),
        new(ValidationCodes.SourceTooLong, nameof(Model.Source.Text), RuleConditions.SourceLengthWithinLimit, s => $"The source text has {s.Text.Length} characters (limit {ValidationLimits.SourceLength}): keep only the attribution, not the sentence around it."),
        new(ValidationCodes.AnonymousWithName, nameof(Model.Source.Anonymous), RuleConditions.AnonymousHasNoName, s => $"The source is marked anonymous but has the name '{Identifiers.Shorten(s.Name)}': set anonymous to false or remove the name."),
    ];

    /// <summary>A quote on its own (its source: <see cref="Source"/>; its anchor: the document's checks).</summary>
    public static readonly Rule<Quote>[] Quote =
    [
        new(ValidationCodes.ElementId, nameof(Model.Quote.Id), RuleConditions.QuoteIdWellFormed, q => Identifiers.Describe("quote", q.Id, ValidationLimits.ElementIdLength)),
        new(ValidationCodes.UndefinedEnum, nameof(Model.Quote.Kind), RuleConditions.QuoteKindDefined, q => $"Quote '{q.Id}' has kind {(int)q.Kind}, which is not defined: use 'direct' or 'reported'."),
        new(ValidationCodes.QuoteText, nameof(Model.Quote.Text), RuleConditions.QuoteHasText, q => $"Quote '{q.Id}' has no text: set it to the quoted or reported words its span covers."),
        new(ValidationCodes.SpanOutOfRange, nameof(Model.Quote.Span), q => RuleConditions.SpanNotNegative(q.Span), q => $"Quote '{q.Id}' has the span start {q.Span.Start}, length {q.Span.Length}: both must be zero or more."),
    ];

    /// <summary>A metric on its own (its anchor: the document's checks).</summary>
    public static readonly Rule<Metric>[] Metric =
    [
        new(ValidationCodes.ElementId, nameof(Model.Metric.Id), RuleConditions.MetricIdWellFormed, m => Identifiers.Describe("metric", m.Id, ValidationLimits.ElementIdLength)),
        new(ValidationCodes.UndefinedEnum, nameof(Model.Metric.Kind), RuleConditions.MetricKindDefined, m => $"Metric '{m.Id}' has kind {(int)m.Kind}, which is not defined: use money, percentage, count, quantity or ratio."),
        new(ValidationCodes.UndefinedEnum, nameof(Model.Metric.Comparator), RuleConditions.ComparatorDefined, m => $"Metric '{m.Id}' has comparator {(int)m.Comparator}, which is not defined: use exact, approximately, lessThan, atMost, moreThan or atLeast."),
        new(ValidationCodes.MetricText, nameof(Model.Metric.Text), RuleConditions.MetricHasText, m => $"Metric '{m.Id}' has no text: set it to the figure exactly as written (e.g. 'USD 3.15 billion')."),
        new(ValidationCodes.SpanOutOfRange, nameof(Model.Metric.Span), m => RuleConditions.SpanNotNegative(m.Span), m => $"Metric '{m.Id}' has the span start {m.Span.Start}, length {m.Span.Length}: both must be zero or more."),
        new(ValidationCodes.Currency, nameof(Model.Metric.Unit), RuleConditions.CurrencyValid, m => DescribeCurrency(m.Unit)),
        new(ValidationCodes.PercentageUnit, nameof(Model.Metric.Unit), RuleConditions.PercentageUnitValid, m => $"Percentage '{Identifiers.Shorten(m.Text)}' has the unit '{m.Unit}': use '%' for a percentage or 'pp' for percentage points."),
        new(ValidationCodes.NegativeValue, nameof(Model.Metric.Value), RuleConditions.ValueNotNegative, m => $"Metric '{m.Id}' ({m.Kind.ToString().ToLowerInvariant()}) has the negative value {m.Value}: amounts, counts and ratios are written as positive figures; say 'a deficit of', 'a fall of' in the text instead."),
        new(ValidationCodes.FractionalCount, nameof(Model.Metric.Value), RuleConditions.CountWhole, m => $"Count '{Identifiers.Shorten(m.Text)}' has the value {m.Value}, not a whole number: check the scaling ('1.5 million' is 1500000), or make it a quantity."),
        new(ValidationCodes.PercentageRange, nameof(Model.Metric.Value), RuleConditions.PercentageInRange, m => $"Percentage '{Identifiers.Shorten(m.Text)}' is {m.Value}%, outside 0–100: a share or stake cannot be; if it is a change ('rose 150%'), ignore this warning."),
        new(ValidationCodes.ComparatorMismatch, nameof(Model.Metric.Comparator), RuleConditions.ComparatorMatchesWording, DescribeComparator),
        new(ValidationCodes.AmbiguousCurrency, nameof(Model.Metric.Ambiguous), RuleConditions.CurrencyUnambiguous, m => $"The currency of '{Identifiers.Shorten(m.Text)}' was inferred as {m.Unit} from an ambiguous sign: confirm it, or write the ISO 4217 code in the text."),
    ];

    /// <summary>The disclaimer on its own (null paragraphs are BV008; presence and publisher: the document's checks).</summary>
    public static readonly Rule<Disclaimer>[] Disclaimer =
    [
        new(ValidationCodes.DisclaimerEmpty, nameof(Model.Disclaimer.Paragraphs), RuleConditions.DisclaimerHasText, _ => "The disclaimer has no text: restore the notice's paragraphs, or remove the disclaimer."),
    ];

    /// <summary>A related article.</summary>
    public static readonly Rule<RelatedArticle>[] Related =
    [
        new(ValidationCodes.RelatedEmpty, "", RuleConditions.RelatedSaysSomething, _ => "This related article has neither a title nor a summary: remove the empty item."),
    ];

    /// <summary>
    /// Adds <paramref name="rules"/> to a validator under construction: each in the rule set the
    /// catalogue gives its code, reporting on its member, with its code, the catalogue's severity and
    /// its message. A validator passes its protected <c>RuleFor</c> and <c>RuleSet</c>.
    /// </summary>
    /// <typeparam name="T">The validated element.</typeparam>
    /// <param name="rules">The rules.</param>
    /// <param name="ruleFor">The validator's <c>RuleFor</c>.</param>
    /// <param name="ruleSet">The validator's <c>RuleSet</c>.</param>
    public static void Declare<T>(IEnumerable<Rule<T>> rules, Func<Expression<Func<T, T>>, IRuleBuilderInitial<T, T>> ruleFor, Action<string, Action> ruleSet)
    {
        foreach (var rule in rules)
        {
            if (rule.Strict)
            {
                ruleSet(BriefingValidator.StrictRuleSet, () => Declare(rule, ruleFor));
            }
            else
            {
                Declare(rule, ruleFor);
            }
        }
    }

    /// <summary>Whether <paramref name="item"/> keeps every rule of <paramref name="rules"/> that <paramref name="strict"/> runs.</summary>
    /// <typeparam name="T">The element.</typeparam>
    /// <param name="rules">The rules.</param>
    /// <param name="item">The element.</param>
    /// <param name="strict">Whether the strict rules run too.</param>
    /// <returns><see langword="true"/> when no rule would report.</returns>
    public static bool Passes<T>(Rule<T>[] rules, T item, bool strict)
    {
        foreach (var rule in rules)
        {
            if ((strict || !rule.Strict) && !rule.Passes(item))
            {
                return false;
            }
        }

        return true;
    }

    private static void Declare<T>(Rule<T> rule, Func<Expression<Func<T, T>>, IRuleBuilderInitial<T, T>> ruleFor)
    {
        var builder = ruleFor(static x => x).Must(rule.Passes).WithCode(rule.Code).WithMessage(rule.Message);
        if (rule.Member.Length > 0)
        {
            builder.OverridePropertyName(rule.Member);
        }
    }

    private static string DescribeCurrency(string? unit) =>
        string.IsNullOrEmpty(unit)
            ? "This amount of money has no currency: set unit to its ISO 4217 code (e.g. USD, EUR, PEN)."
            : Iso4217.IsCode(unit.ToUpperInvariant())
                ? $"The currency '{unit}' must be written in upper case: use '{unit.ToUpperInvariant()}'."
                : $"'{Identifiers.Shorten(unit)}' is not an ISO 4217 currency code: use the three-letter code (e.g. USD, EUR, PEN), not a sign or a name.";

    private static string DescribeComparator(Metric metric)
    {
        ComparatorLexicon.TryImplied(metric.Text, out var implied, out var phrase);
        return $"Metric '{metric.Id}' is written '{Identifiers.Shorten(metric.Text)}' ('{phrase}' means {Name(implied)}) but its comparator is {Name(metric.Comparator)}: set comparator to {Name(implied)}.";
    }

    private static string Name(Comparator comparator) => comparator switch
    {
        Comparator.Exact => "exact",
        Comparator.Approximately => "approximately",
        Comparator.LessThan => "lessThan",
        Comparator.AtMost => "atMost",
        Comparator.MoreThan => "moreThan",
        Comparator.AtLeast => "atLeast",
        _ => ((int)comparator).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>The rules on one author of the byline (<see cref="RuleTable.Author"/>).</summary>
internal sealed class AuthorValidator : AbstractValidator<string>
{
    /// <summary>Builds the rules; the instance is immutable and thread-safe.</summary>
    public AuthorValidator() => RuleTable.Declare(RuleTable.Author, RuleFor, RuleSet);
}
