using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Briefing.Model.Html;

namespace Briefing.Model.Benchmarks;

/// <summary>
/// Web page to model (<see cref="BriefingHtml.Parse(string, string?, BriefingHtmlOptions?)"/>) against
/// SmartReader alone (AngleSharp parse + <c>GetArticle</c>, the baseline) on the same page: a seed's
/// publisher page (navigation, cookie banner, share buttons, sidebar, comments, footer) and the same
/// page with its article ten times as long (the same page chrome, ten times the paragraphs), to show
/// the cost grows with the page, not faster.
/// </summary>
[MemoryDiagnoser]
public class HtmlParseBenchmarks
{
    private const string Url = "https://briefings.example/politics/russian-interest";

    // One parser for every run, as BriefingHtml keeps one per thread: making a parser builds
    // AngleSharp's configuration, a fixed cost that is neither side's work on the page.
    private readonly HtmlParser _parser = new();
    private string _page = "";

    /// <summary>The page as published (1x) or with its article body repeated ten times (10x).</summary>
    [Params("1x", "10x")]
    public string Size { get; set; } = "1x";

    [GlobalSetup]
    public void Setup()
    {
        _page = Seeds.Read("russian-interest.html");
        if (Size == "10x")
        {
            const string Open = "<div class=\"article-body\">";
            var start = _page.IndexOf(Open, StringComparison.Ordinal) + Open.Length;
            var end = _page.IndexOf("</div>", start, StringComparison.Ordinal);
            var body = _page[start..end];
            _page = string.Concat(_page.AsSpan(0, start), new StringBuilder().Insert(0, body, 10).ToString(), _page.AsSpan(end));
        }

        if (BriefingHtml.Parse(_page, Url).Briefing is not { Body.Length: > 0 } || SmartReaderAlone() == 0)
        {
            throw new InvalidOperationException("The page did not read to an article.");
        }
    }

    [Benchmark(Baseline = true, Description = "SmartReader alone")]
    public int SmartReaderAlone()
    {
        using var document = _parser.ParseDocument(_page);
        using var reader = new SmartReader.Reader(Url, document);
        return reader.GetArticle().TextContent?.Length ?? 0;
    }

    [Benchmark(Description = "BriefingHtml.Parse")]
    public int Parse() => BriefingHtml.Parse(_page, Url).Briefing!.Body.Length;
}
