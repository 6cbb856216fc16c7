using System.Globalization;
using Briefing.Model.Validation;

namespace Briefing.Model.Tests.Reliability;

/// <summary>
/// Issue 18, point 1(b): the hints in BV014/BV032/BV034 messages searched every block (or quote) for
/// every reference, references × blocks under the default rules. They share one budget linear in the
/// document now: a normal document keeps its hints, a storm of bad references gets its findings all the
/// same, the later ones without the hint. (Time is measured by the benchmarks, not here.)
/// </summary>
public sealed class HintBudgetTests
{
    private const int Count = 3000;

    [Fact]
    public void Every_dangling_block_reference_is_reported_and_the_hint_work_stays_within_the_budget()
    {
        var blocks = Enumerable.Range(0, Count).Select(i => (Block)new Paragraph { Id = Id("p", i), Text = $"Paragraph {i} says nothing of interest at all here." }).ToList();
        blocks.Add(new Paragraph { Id = "last", Text = "The figure of 12% is here." });
        var metrics = Enumerable.Range(0, Count).Select(i => new Metric
        {
            Id = Id("m", i), Kind = MetricKind.Percentage, Value = 12, Unit = "%", Text = "12%", BlockId = "gone", Span = new TextSpan(0, 3),
        });
        var briefing = new BriefingDocument { Title = "Storm", Body = [.. blocks], Metrics = [.. metrics] };

        var findings = BriefingValidation.Validate(briefing).Where(d => d.Code == "BV032").ToList();

        Assert.Equal(Count, findings.Count);
        Assert.Contains("The text occurs in block 'last'.", findings[0].Message, StringComparison.Ordinal);
        var hinted = findings.Count(f => f.Message.Contains("occurs in block", StringComparison.Ordinal));
        var textSize = blocks.Sum(b => (long)b.Text.Length) + 64 * 1024;
        Assert.InRange(hinted * (long)blocks.Sum(b => b.Text.Length), 0, textSize * 8);
    }

    [Fact]
    public void Every_dangling_pull_quote_is_reported_with_hints_while_the_budget_lasts()
    {
        var briefing = PullQuoteStorm(quoteId: "missing");

        var findings = BriefingValidation.Validate(briefing).Where(d => d.Code == "BV014").ToList();

        Assert.Equal(Count, findings.Count);
        Assert.True(findings.Count(f => f.Message.Contains(Id("q", Count - 1), StringComparison.Ordinal)) is > 0 and < Count);
    }

    [Fact]
    public void Unlinked_pull_quotes_past_the_budget_are_never_said_to_match_no_quote()
    {
        // Strict BV016/BV018 compare each pull quote without quoteId with the quotes: pull quotes × quotes.
        // Past the linear budget the validator cannot know; it must say so instead of "matches no quote".
        var briefing = PullQuoteStorm(quoteId: null);

        var findings = BriefingValidation.Validate(briefing, ValidationLevel.Strict).Where(d => d.Code is "BV016" or "BV018").ToList();

        Assert.Equal(Count, findings.Count);
        Assert.Equal("BV018", findings[0].Code); // the first ones are compared, and found
        Assert.Contains(findings, f => f.Code == "BV016"); // the budget ran out
        Assert.All(findings.Where(f => f.Code == "BV016"), f => Assert.Contains("was not compared with every body quote", f.Message, StringComparison.Ordinal));
    }

    /// <summary>Count quotes, and Count pull quotes that all display the last one (with <paramref name="quoteId"/>).</summary>
    private static BriefingDocument PullQuoteStorm(string? quoteId)
    {
        var quotes = Enumerable.Range(0, Count).Select(i => new Quote
        {
            Id = Id("q", i), Kind = QuoteKind.Direct, Text = $"Words number {i} that were said", BlockId = "p0",
            Source = new Source { Text = "an official" }, Span = new TextSpan(0, 1),
        });
        var pulls = Enumerable.Range(0, Count).Select(i => (Block)new PullQuote
        {
            Id = Id("pq", i), Text = $"Words number {Count - 1} that were said", QuoteId = quoteId, Attribution = new Source { Text = "an official" },
        });
        return new BriefingDocument
        {
            Title = "Storm",
            Body = [new Paragraph { Id = "p0", Text = "W" }, .. pulls],
            Quotes = [.. quotes],
        };
    }

        private static string Id(string prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);
}
