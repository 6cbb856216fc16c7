using System.Globalization;
using BenchmarkDotNet.Attributes;
using Briefing.Model.Validation;

namespace Briefing.Model.Benchmarks;

/// <summary>
/// Issue 18, 1(b): validation of documents full of bad references, at 1× and 10× size. Linear rules
/// take about 10× the time and memory at 10×; the hints once made these references × blocks.
/// </summary>
[MemoryDiagnoser]
public class ReferenceStormBenchmarks
{
    private BriefingDocument _document = null!;

    [Params(1_000, 10_000)]
    public int Size { get; set; }

    [Params("dangling-blockId", "dangling-quoteId", "span-mismatch", "metric-storm")]
    public string Case { get; set; } = "dangling-blockId";

    [GlobalSetup]
    public void Setup()
    {
        var blocks = Enumerable.Range(0, Size).Select(i => (Block)new Paragraph { Id = Id("p", i), Text = $"Paragraph {i} names the figure of 12% here." }).ToArray();
        _document = Case switch
        {
            "dangling-blockId" => new BriefingDocument { Title = "Storm", Body = [.. blocks], Metrics = [.. Metrics(i => "gone", i => new TextSpan(0, 3))] },
            "span-mismatch" => new BriefingDocument { Title = "Storm", Body = [.. blocks], Metrics = [.. Metrics(i => Id("p", i), i => new TextSpan(0, 3))] },
            "metric-storm" => new BriefingDocument { Title = "Storm", Body = [.. blocks], Metrics = [.. Metrics(i => Id("p", i), i => new TextSpan(blocks[i].Text.IndexOf("12%", StringComparison.Ordinal), 3))] },
            _ => new BriefingDocument
            {
                Title = "Storm",
                Body = [.. blocks, .. Enumerable.Range(0, Size).Select(i => (Block)new PullQuote { Id = Id("pq", i), Text = $"Words number {Size - 1} that were said", QuoteId = "missing", Attribution = new Source { Text = "an official" } })],
                Quotes = [.. Enumerable.Range(0, Size).Select(i => new Quote { Id = Id("q", i), Kind = QuoteKind.Direct, Text = $"Words number {i} that were said", BlockId = Id("p", i), Source = new Source { Text = "an official" }, Span = new TextSpan(0, 1) })],
            },
        };
    }

    [Benchmark]
    public int Validate() => BriefingValidation.Validate(_document).Length;

    private IEnumerable<Metric> Metrics(Func<int, string> blockId, Func<int, TextSpan> span) =>
        Enumerable.Range(0, Size).Select(i => new Metric
        {
            Id = Id("m", i), Kind = MetricKind.Percentage, Value = 12, Unit = "%", Text = "12%", BlockId = blockId(i), Span = span(i),
        });

    private static string Id(string prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);
}
