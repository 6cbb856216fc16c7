using System.Text;
using BenchmarkDotNet.Attributes;
using Briefing.Cli;
using Briefing.Model.Json;
using Briefing.Model.Text;

namespace Briefing.Model.Benchmarks;

/// <summary>
/// <c>briefing validate</c> on a small NDJSON feed (the parsed seed, 500 lines with different ids,
/// about 4.6 MB) written to a temporary file: reading, binding, default-rule validation in parallel
/// and the report, without process start. Throughput is the feed's size over the mean; the end-to-end
/// numbers on a 210 MiB feed are in benchmarks/README.md ("Feed throughput").
/// </summary>
[MemoryDiagnoser]
public class FeedBenchmarks
{
    private string _feed = "";

    /// <summary>The report format.</summary>
    [Params("json", "sarif", "text")]
    public string Format { get; set; } = "json";

    [GlobalSetup]
    public void Setup()
    {
        var seed = BriefingText.Parse(Seeds.Read("russian-interest.txt")).Briefing
            ?? throw new InvalidOperationException("The seed does not parse.");
        _feed = Path.Combine(Path.GetTempPath(), $"briefing-feed-benchmark-{Environment.ProcessId}.ndjson");
        var lines = new StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            lines.Append(BriefingJson.Write(seed with { Id = $"doc-{i:D4}" })).Append('\n');
        }

        File.WriteAllText(_feed, lines.ToString());

        // The feed must validate clean and be counted whole, or the benchmark measures nothing.
        using var output = new StringWriter();
        if (BriefingCommand.Run(["validate", _feed, "--format", "json"], output, TextWriter.Null) != 0
            || !output.ToString().Contains("\"documents\": 500", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The benchmark feed does not validate clean: " + output);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_feed);

    /// <summary>Validates the feed and writes the report to a null writer.</summary>
    [Benchmark]
    public int Validate() => BriefingCommand.Run(["validate", _feed, "--format", Format], TextWriter.Null, TextWriter.Null);
}
