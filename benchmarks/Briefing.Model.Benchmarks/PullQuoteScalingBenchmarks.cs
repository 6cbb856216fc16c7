using System.Text;
using BenchmarkDotNet.Attributes;
using Briefing.Model.Text;
using Briefing.Model.Validation;

namespace Briefing.Model.Benchmarks;

/// <summary>
/// Pull-quote linking and the misquote check (BV015) at 1× and 10× input (issue 18 point 1a), on the
/// two shapes that were quadratic: one long quoted paragraph of periodic text with its pull quote (a
/// near-miss at every position for an ordinal search), and many pull quotes that no quote contains
/// (each compared with the quotes around it). Linear work shows as a ratio of about 10 between the
/// two scales; the baseline is the 1× run of the same shape.
/// </summary>
[MemoryDiagnoser]
public class PullQuoteScalingBenchmarks
{
    private string _text = "";

    /// <summary>The shape of the input.</summary>
    [Params("long-quoted-paragraph", "many-unmatched-pull-quotes")]
    public string Shape { get; set; } = "long-quoted-paragraph";

    /// <summary>Multiple of the base size (~100 kB of text for the long paragraph, ~130 kB for the pull quotes; 10× stays under the 1 Mi-char block limit).</summary>
    [Params(1, 10)]
    public int Scale { get; set; } = 1;

    [GlobalSetup]
    public void Setup()
    {
        _text = Shape == "long-quoted-paragraph" ? LongQuotedParagraph(Scale) : ManyUnmatchedPullQuotes(Scale);
        var briefing = BriefingText.Parse(_text).Briefing ?? throw new InvalidOperationException("The input did not parse.");
        var pulls = briefing.Body.OfType<PullQuote>().ToList();
        var expectLinked = Shape == "long-quoted-paragraph";
        if (pulls.Count == 0 || pulls.Any(p => (p.QuoteId is not null) != expectLinked))
        {
            throw new InvalidOperationException("The pull quotes were not linked as the shape expects; the benchmark would not measure linking.");
        }
    }

    [Benchmark(Description = "BriefingText.Parse + BriefingValidation.Validate")]
    public int ParseAndValidate()
    {
        var read = BriefingText.Parse(_text);
        return read.Briefing!.Body.Length + BriefingValidation.Validate(read).Length;
    }

    /// <summary>One paragraph quoting ~100 kB × scale of "a " with a final "b", and a pull quote of its last 10 kB × scale.</summary>
    internal static string LongQuotedParagraph(int scale)
    {
        var quote = string.Concat(Enumerable.Repeat("a ", 50_000 * scale)) + "b";
        var pull = string.Concat(Enumerable.Repeat("a ", 5_000 * scale)) + "b";
        return $"Long Quote\n\nThe minister said: \u201C{quote}\u201D\n\n\u201C{pull}\u201D\n\nMinister, Lima\n\nA closing paragraph that is long enough to be read as a paragraph of the body, and no more than that.\n";
    }

    /// <summary>~140 kB × scale of units: a quote, then a pull quote no quote contains from a source no quote has.</summary>
    internal static string ManyUnmatchedPullQuotes(int scale)
    {
        var text = new StringBuilder("Many Pull Quotes\n\n");
        for (var i = 0; i < 1_600 * scale; i++)
        {
            text.Append("The minister said: \u201CWe act now on the plan.\u201D\n\n\u201CWe never act on any plan.\u201D\n\nAna Torres, economist, Lima\n\n");
        }

        return text.ToString();
    }
}
