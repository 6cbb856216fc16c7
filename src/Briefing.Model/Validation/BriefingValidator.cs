using FluentValidation;
using FluentValidation.Results;

namespace Briefing.Model.Validation;

/// <summary>
/// The rules for a whole briefing: its own members, every block, quote, source, metric, the
/// disclaimer and related articles (through the per-type validators), and the rules that need the
/// whole document (unique ids, references that resolve, spans that cover their text, pull quotes that
/// excerpt their quote faithfully, the disclaimer).
/// </summary>
/// <remarks>
/// <para>Rules outside any rule set belong to FluentValidation's <c>default</c> set (structural and
/// cross-reference rules); editorial rules belong to <see cref="StrictRuleSet"/>. Run both with
/// <c>IncludeRuleSets("default", "strict")</c> or through <see cref="BriefingValidation.Validate(BriefingDocument, ValidationLevel, SourceMap?)"/>
/// with <see cref="ValidationLevel.Strict"/>.</para>
/// <para>Build it once and share it: the instance holds no state between validations and is thread-safe.
/// Property names in failures follow FluentValidation (<c>Body[3].QuoteId</c>);
/// <see cref="BriefingValidation.ToJsonPointer"/> turns them into JSON pointers (<c>/body/3/quoteId</c>).</para>
/// </remarks>
public sealed class BriefingValidator : AbstractValidator<BriefingDocument>
{
    /// <summary>The rule set of the structural and cross-reference rules (FluentValidation's default set).</summary>
    public const string DefaultRuleSet = "default";

    /// <summary>The rule set of the editorial rules, run in addition to <see cref="DefaultRuleSet"/> for a strict check.</summary>
    public const string StrictRuleSet = "strict";

    private const string IndexKey = "Briefing.Model.Validation.DocumentIndex";

    /// <summary>Builds the rules with new validators for the parts; the instance is immutable and thread-safe.</summary>
    public BriefingValidator()
    {
        // No RuleLevelCascadeMode.Stop here: on a RuleForEach it would stop at the first failing
        // element and hide the findings on the others.
        var source = new SourceValidator();
        var paragraph = new ParagraphValidator();
        var heading = new HeadingValidator();
        var pullQuote = new PullQuoteValidator(source);
        var quote = new QuoteValidator(source);
        var metric = new MetricValidator();
        var disclaimer = new DisclaimerValidator();
        var related = new RelatedArticleValidator();

        RuleTable.Declare(RuleTable.Document, RuleFor, RuleSet);

        RuleForEach(d => d.Authors)
            .NotNull()
            .WithCode(ValidationCodes.NullEntry)
            .WithMessage("This authors entry is null: remove it.")
            .SetValidator(new AuthorValidator());

        RuleForEach(d => d.Body)
            .NotNull()
            .WithCode(ValidationCodes.NullEntry)
            .WithMessage("This body entry is null: remove it or give it a block.")
            .SetInheritanceValidator(v => v.Add(paragraph).Add(heading).Add(pullQuote));

        RuleForEach(d => d.Quotes)
            .NotNull()
            .WithCode(ValidationCodes.NullEntry)
            .WithMessage("This quotes entry is null: remove it.")
            .SetValidator(quote);

        RuleForEach(d => d.Metrics)
            .NotNull()
            .WithCode(ValidationCodes.NullEntry)
            .WithMessage("This metrics entry is null: remove it.")
            .SetValidator(metric);

        RuleFor(d => d.Disclaimer)
            .NotNull()
            .WithCode(ValidationCodes.DisclaimerMissing)
            .WithMessage("The briefing has no disclaimer: add the publisher's legal notice (e.g. 'Important Notice').")
            .SetValidator(disclaimer!);

        RuleForEach(d => d.Related)
            .NotNull()
            .WithCode(ValidationCodes.NullEntry)
            .WithMessage("This related entry is null: remove it.")
            .SetValidator(related);

        RuleFor(d => d).Custom(CheckUniqueIds);
        RuleFor(d => d).Custom(CheckAnchors);
        RuleFor(d => d).Custom(CheckPullQuoteReferences);

        RuleSet(StrictRuleSet, () =>
        {
            RuleFor(d => d).Custom(CheckPullQuoteEditorial);
            RuleFor(d => d).Custom(CheckDisclaimer);
        });
    }

    private static void CheckUniqueIds(BriefingDocument document, ValidationContext<BriefingDocument> context)
    {
        foreach (var (collection, position, id, first) in Index(document, context).Duplicates())
        {
            Fail(
                context,
                $"{collection}[{position}].Id",
                ValidationCodes.DuplicateId,
                $"The id '{Identifiers.Shorten(id)}' is already used by {first}: ids must be unique across blocks, quotes and metrics; rename this one.",
                id);
        }
    }

    private static void CheckAnchors(BriefingDocument document, ValidationContext<BriefingDocument> context)
    {
        var index = Index(document, context);
        for (var i = 0; i < document.Quotes.Length; i++)
        {
            if (document.Quotes[i] is { } quote)
            {
                CheckAnchor(context, index, "Quotes", i, "Quote", quote.Id, quote.BlockId, quote.Span, quote.Text);
            }
        }

        for (var i = 0; i < document.Metrics.Length; i++)
        {
            if (document.Metrics[i] is { } metric)
            {
                CheckAnchor(context, index, "Metrics", i, "Metric", metric.Id, metric.BlockId, metric.Span, metric.Text);
            }
        }
    }

    private static void CheckAnchor(ValidationContext<BriefingDocument> context, DocumentIndex index, string collection, int position, string kind, string? id, string? blockId, TextSpan span, string? text)
    {
        var path = $"{collection}[{position}]";
        switch (RuleConditions.Anchor(index, blockId, span, text, out var block))
        {
            case AnchorProblem.Dangling:
                var message = Identifiers.IsBlank(blockId)
                    ? $"{kind} '{id}' has no blockId: set it to the id of the block that contains it."
                    : $"{kind} '{id}' refers to block '{Identifiers.Shorten(blockId)}', which does not exist: set blockId to the id of the block that contains it.";
                Fail(context, path + ".BlockId", ValidationCodes.BlockIdDangling, message + index.WhereIs(text), blockId);
                break;
            case AnchorProblem.OutOfRange:
                Fail(
                    context,
                    path + ".Span",
                    ValidationCodes.SpanOutOfRange,
                    $"{kind} '{id}' has a span (start {span.Start}, length {span.Length}) that ends at {(long)span.Start + span.Length}, past the end of block '{block!.Id}' ({block.Text.Length} characters): point it at the text inside the block.{index.WhereInBlock(block, text)}",
                    span);
                break;
            case AnchorProblem.Mismatch:
                Fail(
                    context,
                    path + ".Span",
                    ValidationCodes.SpanTextMismatch,
                    $"{kind} '{id}' says its text is '{Identifiers.Shorten(text)}' but its span covers '{Identifiers.Shorten(block!.Text.Substring(span.Start, span.Length))}' in block '{block.Id}': make span and text agree.{index.WhereInBlock(block, text)}",
                    span);
                break;
        }
    }

    private static void CheckPullQuoteReferences(BriefingDocument document, ValidationContext<BriefingDocument> context)
    {
        var index = Index(document, context);
        for (var i = 0; i < document.Body.Length; i++)
        {
            if (document.Body[i] is not PullQuote { QuoteId: { } quoteId } pullQuote)
            {
                continue;
            }

            switch (RuleConditions.PullQuoteReference(index, pullQuote, quoteId, out var quote))
            {
                case PullQuoteProblem.Dangling:
                    var match = Identifiers.IsBlank(pullQuote.Text) ? null : index.FindExcerpted(pullQuote.Text);
                    Fail(
                        context,
                        $"Body[{i}].QuoteId",
                        ValidationCodes.PullQuoteDangling,
                        $"Pull quote '{pullQuote.Id}' refers to quote '{Identifiers.Shorten(quoteId)}', which does not exist: " +
                            (match is null ? "set quoteId to the body quote it excerpts, or remove quoteId." : $"it excerpts quote '{match.Id}'; set quoteId to '{match.Id}'."),
                        quoteId);
                    break;
                case PullQuoteProblem.Misquote:
                    Fail(
                        context,
                        $"Body[{i}].Text",
                        ValidationCodes.Misquote,
                        $"Misquote: pull quote '{pullQuote.Id}' is not a verbatim excerpt of quote '{quote!.Id}' ('{Identifiers.Shorten(quote.Text)}'): use the quote's exact words; only quotation marks, spacing and final punctuation may differ, and '…' marks omitted words.",
                        pullQuote.Text);
                    break;
            }
        }
    }

    private static void CheckPullQuoteEditorial(BriefingDocument document, ValidationContext<BriefingDocument> context)
    {
        var index = Index(document, context);
        for (var i = 0; i < document.Body.Length; i++)
        {
            if (document.Body[i] is not PullQuote pullQuote)
            {
                continue;
            }

            switch (RuleConditions.PullQuoteEditorial(index, pullQuote, out var quote))
            {
                case PullQuoteProblem.Unlinked when index.FindExcerpted(pullQuote.Text) is { } match:
                    Fail(context, $"Body[{i}].QuoteId", ValidationCodes.PullQuoteUnlinked, $"Pull quote '{pullQuote.Id}' excerpts quote '{match.Id}' but does not say so: set quoteId to '{match.Id}'.", null);
                    break;
                case PullQuoteProblem.Unlinked when index.BudgetSpent:
                    // The comparisons are bounded (linear in the document): past the bound, say what was not done.
                    Fail(context, $"Body[{i}]", ValidationCodes.PullQuoteUnmatched, $"Pull quote '{pullQuote.Id}' has no quoteId and was not compared with every body quote (the document has more pull quotes and quotes than the validator compares within its linear work limit): set quoteId to the quote it displays.", pullQuote.Text);
                    break;
                case PullQuoteProblem.Unlinked:
                    Fail(context, $"Body[{i}]", ValidationCodes.PullQuoteUnmatched, $"Pull quote '{pullQuote.Id}' is not an excerpt of any body quote: check it against the body (a misquote?) or add the quote it displays.", pullQuote.Text);
                    break;
                case PullQuoteProblem.AttributionMismatch:
                    var attribution = pullQuote.Attribution.Text;
                    var source = quote!.Source.Text;
                    Fail(
                        context,
                        $"Body[{i}].Attribution",
                        ValidationCodes.AttributionMismatch,
                        $"Pull quote '{pullQuote.Id}' is attributed to '{Identifiers.Shorten(attribution)}' but quote '{quote.Id}' is by '{Identifiers.Shorten(source)}': make the attribution line describe the same source.",
                        attribution);
                    break;
            }
        }
    }

    private static void CheckDisclaimer(BriefingDocument document, ValidationContext<BriefingDocument> context)
    {
        switch (RuleConditions.Disclaimer(document))
        {
            case DisclaimerProblem.Missing:
                break; // BV060 is a default rule (above): a feed validated with the default rules hears of it.
            case DisclaimerProblem.WithoutPublisher:
                Fail(context, "Disclaimer.Publisher", ValidationCodes.DisclaimerWithoutPublisher, "The disclaimer does not name the publisher: set disclaimer.publisher to the company the notice speaks for, or check that the notice is complete.", null);
                break;
            case DisclaimerProblem.PublisherMismatch:
                Fail(context, "Publisher", ValidationCodes.PublisherMismatch, $"The briefing's publisher '{Identifiers.Shorten(document.Publisher)}' differs from the one its disclaimer names ('{Identifiers.Shorten(document.Disclaimer!.Publisher)}'): make them agree.", document.Publisher);
                break;
        }
    }

    private static DocumentIndex Index(BriefingDocument document, ValidationContext<BriefingDocument> context)
    {
        if (context.RootContextData.TryGetValue(IndexKey, out var cached) && cached is DocumentIndex index && ReferenceEquals(index.Document, document))
        {
            return index;
        }

        index = new DocumentIndex(document);
        context.RootContextData[IndexKey] = index;
        return index;
    }

    private static void Fail(ValidationContext<BriefingDocument> context, string propertyPath, string code, string message, object? attemptedValue) =>
        context.AddFailure(new ValidationFailure(propertyPath, message, attemptedValue) { ErrorCode = code, Severity = CatalogCodes.SeverityOf(code) });
}
