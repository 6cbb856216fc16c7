using Briefing.Model.Metrics;

namespace Briefing.Model.Validation;

/// <summary>
/// The condition of every validation rule, written once: the FluentValidation rules
/// (<see cref="BriefingValidator"/> and the per-type validators) and <see cref="ValidationScreen"/>
/// both call these, so the screen cannot drift from the rules. A method returns <see langword="true"/>
/// (or <c>None</c>) when the rule has nothing to report. Nothing here touches FluentValidation, so the
/// screen runs without loading it.
/// </summary>
internal static class RuleConditions
{
    // Document (default set)

    /// <summary>BV001.</summary>
    public static bool SchemaVersionSupported(BriefingDocument document) => BriefingDocument.IsSupportedVersion(document.SchemaVersion);

    /// <summary>BV002.</summary>
    public static bool HasTitle(BriefingDocument document) => !Identifiers.IsBlank(document.Title);

    /// <summary>BV004.</summary>
    public static bool DocumentIdWellFormed(BriefingDocument document) => Identifiers.IsWellFormed(document.Id, ValidationLimits.DocumentIdLength);

    /// <summary>BV005: no language (English) or a well-formed tag.</summary>
    public static bool LanguageWellFormed(BriefingDocument document) => document.Language is null || LanguageTag.IsWellFormed(document.Language);

    /// <summary>BV006.</summary>
    public static bool HasBody(BriefingDocument document) => document.Body.Length > 0;

    /// <summary>BV080: no publication time, or an RFC 3339 date-time.</summary>
    public static bool PublishedWellFormed(BriefingDocument document) => document.Published is null || PageMetadata.IsDateTime(document.Published);

    /// <summary>BV081: no address, or an absolute http(s) URL.</summary>
    public static bool UrlWellFormed(BriefingDocument document) => document.Url is null || PageMetadata.IsWebAddress(document.Url);

    /// <summary>BV082: an author entry has text (a <see langword="null"/> entry is BV008's).</summary>
    public static bool AuthorHasText(string? author) => author is null || !Identifiers.IsBlank(author);

    // Document (strict set)

    /// <summary>BV003.</summary>
    public static bool TitleShaped(BriefingDocument document) => IsShortLine(document.Title);

    /// <summary>BV007: no standfirst, or one line of at most <see cref="ValidationLimits.StandfirstWords"/> words.</summary>
    public static bool StandfirstShaped(BriefingDocument document) =>
        document.Standfirst is not { } standfirst || (Identifiers.IsSingleLine(standfirst) && CountWords(standfirst) <= ValidationLimits.StandfirstWords);

    /// <summary>BV083: an author is one line of at most <see cref="ValidationLimits.TitleLength"/> characters without white space at either end (a blank or <see langword="null"/> entry is reported by BV082 or BV008).</summary>
    public static bool AuthorShaped(string? author) =>
        Identifiers.IsBlank(author) || (IsShortLine(author) && !char.IsWhiteSpace(author![0]) && !char.IsWhiteSpace(author[^1]));

    // Blocks

    /// <summary>BV010 for a block.</summary>
    public static bool BlockIdWellFormed(Block block) => Identifiers.IsWellFormed(block.Id, ValidationLimits.ElementIdLength);

    /// <summary>BV011.</summary>
    public static bool BlockHasText(Block block) => !Identifiers.IsBlank(block.Text);

    /// <summary>BV012 (strict).</summary>
    public static bool BlockLengthWithinLimit(Block block) => (block.Text?.Length ?? 0) <= ValidationLimits.BlockLength;

    /// <summary>BV013 (strict).</summary>
    public static bool HeadingShaped(Heading heading) => IsShortLine(heading.Text);

    // Sources

    /// <summary>BV040 for a source that is there.</summary>
    public static bool SourceHasText(Source source) => !Identifiers.IsBlank(source.Text);

    /// <summary>BV041 (strict).</summary>
    public static bool SourceLengthWithinLimit(Source source) => (source.Text?.Length ?? 0) <= ValidationLimits.SourceLength;

    /// <summary>BV042 (strict).</summary>
    public static bool AnonymousHasNoName(Source source) => !source.Anonymous || Identifiers.IsBlank(source.Name);

    // Quotes

    /// <summary>BV010 for a quote.</summary>
    public static bool QuoteIdWellFormed(Quote quote) => Identifiers.IsWellFormed(quote.Id, ValidationLimits.ElementIdLength);

    // BV009: the members are listed rather than asked of Enum.IsDefined, whose first call reflects over
    // the enum (milliseconds at start-up); a test checks the lists against Enum.IsDefined.

    /// <summary>BV009 for a quote.</summary>
    public static bool QuoteKindDefined(Quote quote) => quote.Kind is QuoteKind.Direct or QuoteKind.Reported;

    /// <summary>BV031.</summary>
    public static bool QuoteHasText(Quote quote) => !Identifiers.IsBlank(quote.Text);

    /// <summary>BV033 on its own: start and length are not negative.</summary>
    public static bool SpanNotNegative(TextSpan span) => span.Start >= 0 && span.Length >= 0;

    // Metrics

    /// <summary>BV010 for a metric.</summary>
    public static bool MetricIdWellFormed(Metric metric) => Identifiers.IsWellFormed(metric.Id, ValidationLimits.ElementIdLength);

    /// <summary>BV009 for a metric's kind.</summary>
    public static bool MetricKindDefined(Metric metric) => metric.Kind is >= MetricKind.Money and <= MetricKind.Ratio;

    /// <summary>BV009 for a metric's comparator.</summary>
    public static bool ComparatorDefined(Metric metric) => metric.Comparator is >= Comparator.Exact and <= Comparator.AtLeast;

    /// <summary>BV050.</summary>
    public static bool MetricHasText(Metric metric) => !Identifiers.IsBlank(metric.Text);

    /// <summary>BV051: money has an ISO 4217 code of the currency table (active or historical, <see cref="Iso4217"/>).</summary>
    public static bool CurrencyValid(Metric metric) => metric.Kind != MetricKind.Money || Iso4217.IsCode(metric.Unit);

    /// <summary>BV052: a percentage is in <c>%</c> or <c>pp</c>.</summary>
    public static bool PercentageUnitValid(Metric metric) => metric.Kind != MetricKind.Percentage || metric.Unit is "%" or "pp";

    /// <summary>BV053: amounts, counts and ratios are not negative.</summary>
    public static bool ValueNotNegative(Metric metric) =>
        metric.Kind is not (MetricKind.Money or MetricKind.Count or MetricKind.Ratio) || metric.Value >= 0m;

    /// <summary>BV054 (strict): a count is whole.</summary>
    public static bool CountWhole(Metric metric) => metric.Kind != MetricKind.Count || decimal.Truncate(metric.Value) == metric.Value;

    /// <summary>BV055 (strict): a percentage in <c>%</c> is within 0–100.</summary>
    public static bool PercentageInRange(Metric metric) =>
        metric.Kind != MetricKind.Percentage || metric.Unit != "%" || metric.Value is >= 0m and <= 100m;

    /// <summary>BV056 (strict): the comparator agrees with the figure's leading words.</summary>
    public static bool ComparatorMatchesWording(Metric metric) =>
        !ComparatorLexicon.TryImplied(metric.Text, out var implied, out _) || implied == metric.Comparator;

    /// <summary>BV057 (strict).</summary>
    public static bool CurrencyUnambiguous(Metric metric) => !metric.Ambiguous;

    // Disclaimer and related articles

    /// <summary>BV062 (strict): some paragraph has text.</summary>
    public static bool DisclaimerHasText(Disclaimer disclaimer)
    {
        foreach (var paragraph in disclaimer.Paragraphs)
        {
            if (!Identifiers.IsBlank(paragraph))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>BV070.</summary>
    public static bool RelatedSaysSomething(RelatedArticle related) => !Identifiers.IsBlank(related.Title) || !Identifiers.IsBlank(related.Summary);

    // Whole document

    /// <summary>BV032, BV033, BV034: a quote's or metric's block exists and its span covers its text.</summary>
    /// <param name="index">The document's index.</param>
    /// <param name="blockId">The quote's or metric's block id.</param>
    /// <param name="span">Its span.</param>
    /// <param name="text">Its text.</param>
    /// <param name="block">The block, when it exists.</param>
    /// <returns>What is wrong, or <see cref="AnchorProblem.None"/>.</returns>
    public static AnchorProblem Anchor(DocumentIndex index, string? blockId, TextSpan span, string? text, out Block? block)
    {
        block = null;
        if (Identifiers.IsBlank(blockId) || !index.TryGetBlock(blockId!, out block))
        {
            return AnchorProblem.Dangling;
        }

        if (span.Start < 0 || span.Length < 0 || block.Text is null)
        {
            return AnchorProblem.None; // Reported by the quote's or metric's own rules and the block's text rule.
        }

        if (!span.FitsIn(block.Text.Length))
        {
            return AnchorProblem.OutOfRange;
        }

        return text is not null && !block.Text.AsSpan(span.Start, span.Length).SequenceEqual(text) ? AnchorProblem.Mismatch : AnchorProblem.None;
    }

    /// <summary>BV014, BV015: a pull quote's <c>quoteId</c> resolves and the pull quote excerpts that quote faithfully.</summary>
    /// <param name="index">The document's index.</param>
    /// <param name="pullQuote">A pull quote with a quote id.</param>
    /// <param name="quoteId">Its quote id.</param>
    /// <param name="quote">The quote, when it exists.</param>
    /// <returns>What is wrong, or <see cref="PullQuoteProblem.None"/>.</returns>
    public static PullQuoteProblem PullQuoteReference(DocumentIndex index, PullQuote pullQuote, string quoteId, out Quote? quote)
    {
        if (!index.TryGetQuote(quoteId, out quote))
        {
            return PullQuoteProblem.Dangling;
        }

        return !Identifiers.IsBlank(pullQuote.Text) && !Identifiers.IsBlank(quote.Text) && !QuoteMatching.IsExcerpt(pullQuote.Text, quote.Text)
            ? PullQuoteProblem.Misquote
            : PullQuoteProblem.None;
    }

    /// <summary>
    /// BV016, BV017, BV018 (strict): a pull quote with text says which quote it excerpts, and its
    /// attribution line describes that quote's source.
    /// </summary>
    /// <param name="index">The document's index.</param>
    /// <param name="pullQuote">A pull quote.</param>
    /// <param name="quote">The quote it names, when that is checked against the attribution.</param>
    /// <returns>What is wrong, or <see cref="PullQuoteProblem.None"/>.</returns>
    public static PullQuoteProblem PullQuoteEditorial(DocumentIndex index, PullQuote pullQuote, out Quote? quote)
    {
        quote = null;
        if (Identifiers.IsBlank(pullQuote.Text))
        {
            return PullQuoteProblem.None;
        }

        if (pullQuote.QuoteId is null)
        {
            return PullQuoteProblem.Unlinked; // BV018 when it excerpts some quote, BV016 otherwise.
        }

        return index.TryGetQuote(pullQuote.QuoteId, out quote) &&
            quote.Source is { } source && !Identifiers.IsBlank(source.Text) &&
            pullQuote.Attribution is { } attribution && !Identifiers.IsBlank(attribution.Text) &&
            !QuoteMatching.AttributionMatches(attribution.Text, source)
            ? PullQuoteProblem.AttributionMismatch
            : PullQuoteProblem.None;
    }

    /// <summary>BV060 (default), BV061, BV063 (strict): there is a disclaimer, it names the publisher, and the same one as the document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>What is wrong, or <see cref="DisclaimerProblem.None"/>.</returns>
    public static DisclaimerProblem Disclaimer(BriefingDocument document)
    {
        if (document.Disclaimer is not { } disclaimer)
        {
            return DisclaimerProblem.Missing;
        }

        if (Identifiers.IsBlank(disclaimer.Publisher))
        {
            return !Identifiers.IsBlank(document.Publisher) && Mentions(disclaimer, document.Publisher!) ? DisclaimerProblem.None : DisclaimerProblem.WithoutPublisher;
        }

        return !Identifiers.IsBlank(document.Publisher) &&
            !disclaimer.Publisher.AsSpan().Trim().Equals(document.Publisher.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase)
            ? DisclaimerProblem.PublisherMismatch
            : DisclaimerProblem.None;
    }

    private static bool Mentions(Disclaimer disclaimer, string publisher)
    {
        foreach (var paragraph in disclaimer.Paragraphs)
        {
            if (paragraph?.Contains(publisher, StringComparison.OrdinalIgnoreCase) == true)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsShortLine(string? text) => Identifiers.IsSingleLine(text) && (text?.Length ?? 0) <= ValidationLimits.TitleLength;

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}

/// <summary>What <see cref="RuleConditions.Anchor"/> found.</summary>
internal enum AnchorProblem
{
    /// <summary>Nothing to report.</summary>
    None,

    /// <summary>BV032: no block id, or no such block.</summary>
    Dangling,

    /// <summary>BV033: the span ends past the block's text.</summary>
    OutOfRange,

    /// <summary>BV034: the span covers other text.</summary>
    Mismatch,
}

/// <summary>What <see cref="RuleConditions.PullQuoteReference"/> or <see cref="RuleConditions.PullQuoteEditorial"/> found.</summary>
internal enum PullQuoteProblem
{
    /// <summary>Nothing to report.</summary>
    None,

    /// <summary>BV014: the quote id does not resolve.</summary>
    Dangling,

    /// <summary>BV015: not a verbatim excerpt of its quote.</summary>
    Misquote,

    /// <summary>BV016 or BV018 (strict): no quote id.</summary>
    Unlinked,

    /// <summary>BV017 (strict): the attribution line describes another source.</summary>
    AttributionMismatch,
}

/// <summary>What <see cref="RuleConditions.Disclaimer"/> found.</summary>
internal enum DisclaimerProblem
{
    /// <summary>Nothing to report.</summary>
    None,

    /// <summary>BV060.</summary>
    Missing,

    /// <summary>BV061.</summary>
    WithoutPublisher,

    /// <summary>BV063.</summary>
    PublisherMismatch,
}
