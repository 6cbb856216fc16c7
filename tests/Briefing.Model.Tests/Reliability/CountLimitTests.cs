using System.Text;
using Briefing.Model.Diagnostics;
using Briefing.Model.Text;

namespace Briefing.Model.Tests.Reliability;

/// <summary>Issue 18, point 2: nothing bounded how many quotes or metrics a document could hold.</summary>
public sealed class CountLimitTests
{
    private static string Storm(int blocks, string piece, int perBlock)
    {
        var text = new StringBuilder("A storm of figures\n\n");
        for (var b = 0; b < blocks; b++)
        {
            for (var i = 0; i < perBlock; i++)
            {
                text.Append(piece);
            }

            text.Append("\n\n");
        }

        return text.ToString();
    }

    [Theory]
    [InlineData(100, 7)]
    [InlineData(100, 100)]
    [InlineData(1, 3)]
    public void Metrics_past_MaxMetrics_are_not_kept_and_one_BT014_says_where(int limit, int perBlock)
    {
        var text = Storm(40, "$1 and ", perBlock);

        var result = BriefingText.Parse(text, new BriefingTextOptions { MaxMetrics = limit });

        var all = BriefingText.Parse(text).Briefing!;
        var briefing = result.Briefing!;
        Assert.Equal(all.Metrics.Take(limit), briefing.Metrics);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "BT014");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        var firstDropped = all.Metrics[limit];
        Assert.Equal($"/body/{all.Body.IndexOf(all.FindBlock(firstDropped.BlockId)!)}", warning.Path);
    }

    [Fact]
    public void Exactly_MaxMetrics_metrics_is_no_finding()
    {
        var text = Storm(4, "$1 and ", 5);
        var count = BriefingText.Parse(text).Briefing!.Metrics.Length;

        var result = BriefingText.Parse(text, new BriefingTextOptions { MaxMetrics = count });

        Assert.Equal(count, result.Briefing!.Metrics.Length);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "BT014");
    }

    [Fact]
    public void Quotes_past_MaxQuotes_are_not_kept_and_one_BT013_says_where()
    {
        var text = Storm(30, "\u201CWe will act,\u201D the minister said. ", 3);

        var result = BriefingText.Parse(text, new BriefingTextOptions { MaxQuotes = 10 });

        Assert.Equal(10, result.Briefing!.Quotes.Length);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "BT013");
        var all = BriefingText.Parse(text).Briefing!;
        Assert.Equal(all.Quotes.Take(10), result.Briefing.Quotes);
        Assert.Equal($"/body/{all.Body.IndexOf(all.FindBlock(all.Quotes[10].BlockId)!)}", warning.Path);
    }

    [Fact]
    public void A_metric_storm_under_the_default_limits_keeps_the_default_number_of_metrics()
    {
        // About 200,000 figures in small blocks, under the block limit: once every one was kept.
        var result = BriefingText.Parse(Storm(4000, "$1$1", 25));

        Assert.Equal(BriefingTextOptions.Default.MaxMetrics, result.Briefing!.Metrics.Length);
        Assert.Single(result.Diagnostics, d => d.Code == "BT014");
    }
}
