using BenchmarkDotNet.Attributes;
using Briefing.Model.Text;
using Markdig;

namespace Briefing.Model.Benchmarks;

/// <summary>
/// Plain text to model: the seed, and a ~10 MB corpus of briefings (the four seeds repeated as
/// separate documents, each parsed on its own). Peers on the same strings: Markdig's
/// <c>Markdown.Parse</c> (the baseline) and a bare line enumeration (the floor any line-based
/// parser must pay).
/// </summary>
[MemoryDiagnoser]
public class TextParseBenchmarks
{
    private string[] _documents = [];

    /// <summary>Which input: the seed alone or the ~10 MB corpus.</summary>
    [Params("seed", "corpus-10MB")]
    public string Input { get; set; } = "seed";

    [GlobalSetup]
    public void Setup()
    {
        _documents = Input == "seed" ? [Seeds.Read("russian-interest.txt")] : Corpus.Create(10L * 1024 * 1024);
        TextParseCheck.RequireRealWork(_documents, ParseBriefing(), ParseMarkdig(), EnumerateLines());
    }

    [Benchmark(Baseline = true, Description = "Markdig Markdown.Parse")]
    public int ParseMarkdig() => TextParseCheck.Markdig(_documents);

    [Benchmark(Description = "BriefingText.Parse")]
    public int ParseBriefing() => TextParseCheck.Briefing(_documents);

    [Benchmark(Description = "line enumeration (floor)")]
    public int EnumerateLines() => TextParseCheck.Lines(_documents);
}

/// <summary>The work the text benchmarks time, and the check that each side did it.</summary>
internal static class TextParseCheck
{
    /// <summary>Parses every document; returns the number of body blocks plus quotes plus metrics.</summary>
    public static int Briefing(string[] documents)
    {
        var count = 0;
        foreach (var document in documents)
        {
            var briefing = BriefingText.Parse(document).Briefing;
            if (briefing is not null)
            {
                count += briefing.Body.Length + briefing.Quotes.Length + briefing.Metrics.Length;
            }
        }

        return count;
    }

    /// <summary>Parses every document as Markdown; returns the number of top-level blocks.</summary>
    public static int Markdig(string[] documents)
    {
        var count = 0;
        foreach (var document in documents)
        {
            count += Markdown.Parse(document).Count;
        }

        return count;
    }

    /// <summary>Counts the lines of every document.</summary>
    public static int Lines(string[] documents)
    {
        var count = 0;
        foreach (var document in documents)
        {
            foreach (var line in document.AsSpan().EnumerateLines())
            {
                count += line.IsEmpty ? 0 : 1;
            }
        }

        return count;
    }

    /// <summary>
    /// Throws unless every side did real work on every document: each document parses into a
    /// briefing (the seed with its 4 metrics), the counts equal the per-seed counts times the number
    /// of copies, and Markdig and the line enumeration saw blocks and lines.
    /// </summary>
    public static void RequireRealWork(string[] documents, int briefingCount, int markdigCount, int lineCount)
    {
        var expected = 0;
        foreach (var document in documents)
        {
            var result = BriefingText.Parse(document);
            var briefing = result.Briefing ?? throw new InvalidOperationException("A corpus document does not parse: " + string.Join("; ", result.Diagnostics));
            if (briefing.Body.Length == 0)
            {
                throw new InvalidOperationException("A corpus document parsed into no blocks.");
            }

            expected += briefing.Body.Length + briefing.Quotes.Length + briefing.Metrics.Length;
        }

        var seed = BriefingText.Parse(Seeds.Read("russian-interest.txt")).Briefing;
        if (seed is null || seed.Metrics.Length != 4 || seed.Quotes.Length == 0)
        {
            throw new InvalidOperationException("The seed no longer yields its quotes and 4 metrics: the parse benchmark would time less work.");
        }

        if (briefingCount != expected || briefingCount < documents.Length)
        {
            throw new InvalidOperationException($"BriefingText.Parse counted {briefingCount} blocks, quotes and metrics; expected {expected}.");
        }

        if (markdigCount < documents.Length || lineCount < documents.Length)
        {
            throw new InvalidOperationException($"Markdig ({markdigCount} blocks) or the line enumeration ({lineCount} lines) did no real work.");
        }
    }
}

/// <summary>
/// Scaling of the text parser: the same corpus at 1× (~1 MB) and 10× (~10 MB). Linear means the
/// 10× mean is at most 11× the 1× mean.
/// </summary>
[MemoryDiagnoser]
public class TextParseScalingBenchmarks
{
    private string[] _documents = [];

    /// <summary>Multiple of a ~1 MB corpus.</summary>
    [Params(1, 10)]
    public int Scale { get; set; } = 1;

    [GlobalSetup]
    public void Setup()
    {
        _documents = Corpus.Create(Scale * 1024L * 1024);
        TextParseCheck.RequireRealWork(_documents, Parse(), TextParseCheck.Markdig(_documents), TextParseCheck.Lines(_documents));
    }

    [Benchmark(Description = "BriefingText.Parse")]
    public int Parse() => TextParseCheck.Briefing(_documents);
}
