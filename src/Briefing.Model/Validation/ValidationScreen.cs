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
/// <para>How it stays in step with the rules: every rule on an element is declared once in
/// <see cref="RuleTable"/> (code, member, condition, message; its rule set from the catalogue), from
/// which the FluentValidation validators are built and which this screen iterates; the whole-document
/// conditions are <see cref="RuleConditions"/> methods called both by the validator's checks and here.
/// The screen itself only walks the structure (null entries, a missing source or attribution, which
/// skip their child rules). The screen passes exactly when FluentValidation would
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
        if (!RuleTable.Passes(RuleTable.Document, document, strict))
        {
            return false;
        }

        foreach (var author in document.Authors)
        {
            if (author is null || !RuleTable.Passes(RuleTable.Author, author, strict))
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
            (disclaimer.Paragraphs.Contains(null!) || !RuleTable.Passes(RuleTable.Disclaimer, disclaimer, strict)))
        {
            return false;
        }

        foreach (var related in document.Related)
        {
            if (related is null || !RuleTable.Passes(RuleTable.Related, related, strict))
            {
                return false;
            }
        }

        return CrossReferencesPass(document, strict);
    }

    private static bool BlockPasses(Block block, bool strict)
    {
        if (!RuleTable.Passes(RuleTable.Block, block, strict))
        {
            return false;
        }

        return block switch
        {
            Heading heading => RuleTable.Passes(RuleTable.Heading, heading, strict),
            PullQuote pullQuote => pullQuote.Attribution is { } attribution && RuleTable.Passes(RuleTable.Source, attribution, strict),
            _ => true,
        };
    }

    private static bool QuotePasses(Quote quote, bool strict) =>
        RuleTable.Passes(RuleTable.Quote, quote, strict) &&
        quote.Source is { } source && RuleTable.Passes(RuleTable.Source, source, strict);

    private static bool MetricPasses(Metric metric, bool strict) => RuleTable.Passes(RuleTable.Metric, metric, strict);

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
