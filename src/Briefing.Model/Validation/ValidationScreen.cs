namespace Briefing.Model.Validation;

/// <summary>
/// A fast, single-pass check of whether a document passes every rule of a level, so that
/// <see cref="BriefingValidation.Validate(BriefingDocument, ValidationLevel, SourceMap?)"/> can answer
/// "no findings" for a valid document without running FluentValidation.
/// </summary>
/// <remarks>
/// <para>Why: most documents are valid, and for them FluentValidation's machinery (a validation
/// context, property chains, rule selection, child contexts for every block, quote and metric) costs
/// more than reading the document; building the validator also compiles an expression tree per rule,
/// which dominates the start-up of a one-shot <c>briefing validate</c>. The screen evaluates the same
/// conditions over the document's arrays, allocating only a <see cref="DocumentIndex"/>, and never
/// touches FluentValidation, so a clean document neither builds the validator nor loads the
/// FluentValidation assembly.</para>
/// <para>How it stays in step with the rules: every rule's condition is one method of
/// <see cref="RuleConditions"/>, called both by the FluentValidation rule and here; the screen only
/// decides which conditions apply (the level's rule sets, null entries, a missing source or
/// attribution, which skip their child rules). The screen passes exactly when FluentValidation would
/// report nothing at all, not even an info or a warning: when it fails, the caller runs the rules to
/// get the findings. The tests check that equivalence as a property (ValidationScreenTests) on the seeds, generated
/// documents, and single mutations breaking every rule, at both levels; a new rule must be added to
/// both places or those tests fail.</para>
/// </remarks>
internal static class ValidationScreen
{
    /// <summary>Whether <paramref name="document"/> passes every rule of <paramref name="level"/> (no finding of any severity).</summary>
    /// <param name="document">The document.</param>
    /// <param name="level">The rule sets to check.</param>
    /// <returns><see langword="true"/> when the rules would report nothing.</returns>
    public static bool Passes(BriefingDocument document, ValidationLevel level)
    {
        var strict = level == ValidationLevel.Strict;
        if (!RuleConditions.SchemaVersionSupported(document) ||
            !RuleConditions.HasTitle(document) ||
            !RuleConditions.DocumentIdWellFormed(document) ||
            !RuleConditions.LanguageWellFormed(document) ||
            !RuleConditions.HasBody(document) ||
            !RuleConditions.PublishedWellFormed(document) ||
            !RuleConditions.UrlWellFormed(document) ||
            (strict && (!RuleConditions.TitleShaped(document) || !RuleConditions.StandfirstShaped(document))))
        {
            return false;
        }

        foreach (var author in document.Authors)
        {
            if (author is null || !RuleConditions.AuthorHasText(author) || (strict && !RuleConditions.AuthorShaped(author)))
            {
                return false;
            }
        }

        foreach (var block in document.Body)
        {
            if (block is null || !BlockPasses(block, strict))
            {
                return false;
            }
        }

        foreach (var quote in document.Quotes)
        {
            if (quote is null || !QuotePasses(quote, strict))
            {
                return false;
            }
        }

        foreach (var metric in document.Metrics)
        {
            if (metric is null || !MetricPasses(metric, strict))
            {
                return false;
            }
        }

        if (document.Disclaimer is { } disclaimer &&
            (disclaimer.Paragraphs.Contains(null!) || (strict && !RuleConditions.DisclaimerHasText(disclaimer))))
        {
            return false;
        }

        foreach (var related in document.Related)
        {
            if (related is null || !RuleConditions.RelatedSaysSomething(related))
            {
                return false;
            }
        }

        return CrossReferencesPass(document, strict);
    }

    private static bool BlockPasses(Block block, bool strict)
    {
        if (!RuleConditions.BlockIdWellFormed(block) || !RuleConditions.BlockHasText(block) ||
            (strict && !RuleConditions.BlockLengthWithinLimit(block)))
        {
            return false;
        }

        return block switch
        {
            Heading heading => !strict || RuleConditions.HeadingShaped(heading),
            PullQuote pullQuote => pullQuote.Attribution is { } attribution && SourcePasses(attribution, strict),
            _ => true,
        };
    }

    private static bool SourcePasses(Source source, bool strict) =>
        RuleConditions.SourceHasText(source) &&
        (!strict || (RuleConditions.SourceLengthWithinLimit(source) && RuleConditions.AnonymousHasNoName(source)));

    private static bool QuotePasses(Quote quote, bool strict) =>
        RuleConditions.QuoteIdWellFormed(quote) &&
        RuleConditions.QuoteKindDefined(quote) &&
        RuleConditions.QuoteHasText(quote) &&
        RuleConditions.SpanNotNegative(quote.Span) &&
        quote.Source is { } source && SourcePasses(source, strict);

    private static bool MetricPasses(Metric metric, bool strict) =>
        RuleConditions.MetricIdWellFormed(metric) &&
        RuleConditions.MetricKindDefined(metric) &&
        RuleConditions.ComparatorDefined(metric) &&
        RuleConditions.MetricHasText(metric) &&
        RuleConditions.SpanNotNegative(metric.Span) &&
        RuleConditions.CurrencyValid(metric) &&
        RuleConditions.PercentageUnitValid(metric) &&
        RuleConditions.ValueNotNegative(metric) &&
        (!strict ||
            (RuleConditions.CountWhole(metric) &&
            RuleConditions.PercentageInRange(metric) &&
            RuleConditions.ComparatorMatchesWording(metric) &&
            RuleConditions.CurrencyUnambiguous(metric)));

    private static bool CrossReferencesPass(BriefingDocument document, bool strict)
    {
        var index = new DocumentIndex(document);
        if (index.HasDuplicateIds())
        {
            return false;
        }

        foreach (var quote in document.Quotes)
        {
            if (RuleConditions.Anchor(index, quote.BlockId, quote.Span, quote.Text, out _) != AnchorProblem.None)
            {
                return false;
            }
        }

        foreach (var metric in document.Metrics)
        {
            if (RuleConditions.Anchor(index, metric.BlockId, metric.Span, metric.Text, out _) != AnchorProblem.None)
            {
                return false;
            }
        }

        foreach (var block in document.Body)
        {
            if (block is not PullQuote pullQuote)
            {
                continue;
            }

            if ((pullQuote.QuoteId is { } quoteId && RuleConditions.PullQuoteReference(index, pullQuote, quoteId, out _) != PullQuoteProblem.None) ||
                (strict && RuleConditions.PullQuoteEditorial(index, pullQuote, out _) != PullQuoteProblem.None))
            {
                return false;
            }
        }

        return document.Disclaimer is not null && (!strict || RuleConditions.Disclaimer(document) == DisclaimerProblem.None);
    }
}
