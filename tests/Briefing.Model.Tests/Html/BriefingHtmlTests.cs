using System.Text;
using Briefing.Model.Diagnostics;
using Briefing.Model.Html;
using Briefing.Model.Tests.Support;
using Briefing.Model.Text;

namespace Briefing.Model.Tests.Html;

public sealed class BriefingHtmlTests
{
    /// <summary>Every seed has a publisher's page beside it (navigation, cookie banner, share buttons, sidebar, comments, footer around the article).</summary>
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(TestData.SeedsDirectory, "*.html").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_seeds_page_reads_to_the_same_document_as_its_text(string seed)
    {
        var text = BriefingText.Parse(TestData.ReadSeed(seed + ".txt"));
        var page = BriefingHtml.Parse(TestData.ReadSeedBytes(seed + ".html"), "https://briefings.example/" + seed);

        Assert.True(page.Succeeded, string.Join('\n', page.Diagnostics));

        // What only the page carries: its publication time, author and canonical address.
        var briefing = page.Briefing!;
        Assert.Equal("2024-05-14T09:30:00+00:00", briefing.Published);
        Assert.Equal(["Analysis team"], briefing.Authors);
        Assert.StartsWith("https://briefings.example/", briefing.Url, StringComparison.Ordinal);
        Assert.Equal(text.Briefing, briefing with { Published = null, Authors = [], Url = null });
    }

    [Fact]
    public void The_seeds_pages_carry_their_boilerplate_and_metadata_and_none_of_it_reaches_the_document()
    {
        var html = TestData.ReadSeed("troubled-waters.html");
        Assert.Contains("cookie", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<nav", html, StringComparison.Ordinal);

        var briefing = BriefingHtml.Parse(html).Briefing!;
        var all = string.Join('\n', briefing.Body.Select(b => b.Text));
        Assert.DoesNotContain("cookies", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign in to join", all, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", all, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", all, StringComparison.Ordinal);

        var metadata = PageFacts.Read(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), new Uri("https://elsewhere.example/x"));
        Assert.Equal("2024-05-14T09:30:00+00:00", metadata.Published);
        Assert.Equal("https://briefings.example/security/troubled-waters", metadata.Url);
        Assert.Equal("en", metadata.Language);
        Assert.Equal("Meridian Risk Advisory Ltd", metadata.Publisher);
        Assert.Equal(["Analysis team"], metadata.Authors);
    }

    [Fact]
    public void Picture_credits_classed_as_such_are_not_read_inline_or_as_blocks()
    {
        const string Html = """
            <!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body>
            <article><h1>Harbour reopens</h1>
            <p>The harbour reopened on Monday after three weeks of repairs to the outer wall, the port authority said.</p>
            <div class="wp-caption"><img src="a.jpg"><p class="credit">Image: Outer Wall Studio</p></div>
            <p>Ferries will run a reduced timetable until the end of the month. <em class="photo-credit">Photo: Harbour Press</em></p>
            <p>Fishing boats were the first to return, and traders said the quay was busy again by noon. <span id="imageCopyright">Port Authority / J. Doe</span></p>
            </article></body></html>
            """;

        var briefing = BriefingHtml.Parse(Html).Briefing!;
        var all = string.Join('\n', briefing.Body.Select(b => b.Text));
        Assert.Contains("three weeks of repairs", all, StringComparison.Ordinal);
        Assert.Contains("reduced timetable until the end of the month.", all, StringComparison.Ordinal);
        Assert.Contains("busy again by noon.", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Outer Wall Studio", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Harbour Press", all, StringComparison.Ordinal);
        Assert.DoesNotContain("J. Doe", all, StringComparison.Ordinal);
    }

    [Fact]
    public void The_title_loses_the_sites_suffix_and_headings_lists_and_quotes_follow_the_markup()
    {
        const string Html = """
            <!doctype html><html lang="en-GB"><head><title>Port strike spreads | The Daily Example</title>
            <meta property="og:site_name" content="The Daily Example"></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Port strike spreads</h1>
            <p>Dock workers in three more ports walked out on Monday, and the union said that talks had failed after 14 hours.</p>
            <h2>What the union wants</h2>
            <ul><li>A pay rise of at least 8% over two years for all dock workers.</li><li>An end to zero-hour contracts in the container terminals.</li></ul>
            <p>"We will stay out until the employers come back with a serious offer," the union's general secretary told reporters outside the port gates.</p>
            <figure><blockquote><p>“We will stay out until the employers come back with a serious offer”</p></blockquote><figcaption>— General secretary, dock workers' union</figcaption></figure>
            <p>The port authority estimated the cost of the stoppage at more than £20m a day in delayed cargo and idle cranes.</p>
            </article>
            <footer><p>© The Daily Example</p></footer></body></html>
            """;

        var result = BriefingHtml.Parse(Html);
        var briefing = result.Briefing!;

        Assert.Equal("Port strike spreads", briefing.Title);
        Assert.Equal("en-GB", briefing.Language);
        Assert.Equal("The Daily Example", briefing.Publisher);
        Assert.Collection(briefing.Body,
            b => Assert.IsType<Paragraph>(b),
            b => Assert.Equal(("What the union wants", typeof(Heading)), (b.Text, b.GetType())),
            b => Assert.Equal("A pay rise of at least 8% over two years for all dock workers.", b.Text),
            b => Assert.Equal("An end to zero-hour contracts in the container terminals.", b.Text),
            b => Assert.IsType<Paragraph>(b),
            b =>
            {
                var pull = Assert.IsType<PullQuote>(b);
                Assert.Equal("General secretary", pull.Attribution.Role);
                Assert.NotNull(pull.QuoteId);
            },
            b => Assert.IsType<Paragraph>(b));

        // The same engines as text: the paragraph's quote and the list item's figure.
        var quote = Assert.Single(briefing.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal(briefing.Body[4].Id, quote.BlockId);
        Assert.Equal(quote.Id, ((PullQuote)briefing.Body[5]).QuoteId);
        Assert.Contains(briefing.Metrics, m => m.BlockId == briefing.Body[2].Id && m.Text == "at least 8%");
        Assert.Contains(briefing.Metrics, m => m.Text == "more than £20m");

        // Positions point into the HTML.
        Assert.True(result.SourceMap.TryGetPosition("/body/1", out var heading));
        Assert.Equal(6, heading.Line);

        // A finding about the whole document (this page has no disclaimer) is placed at its start, as for text.
        var noDisclaimer = Assert.Single(Briefing.Model.Validation.BriefingValidation.Validate(result), d => d.Code == "BV060");
        Assert.Equal((1, 1), (noDisclaimer.Line, noDisclaimer.Column));
    }

    [Theory]
    [InlineData("de", false)]
    [InlineData("es-MX", false)]
    [InlineData("en-US", true)]
    [InlineData("EN", true)]
    [InlineData("", true)]
    public void Quotes_are_sought_only_on_pages_in_English_or_of_no_declared_language(string lang, bool sought)
    {
        // The same sentence shape in each page: a clause before a colon and a quotation. The quote rules read English
        // grammar; on a German page the clause's first word ("Dann") would be taken for a speaker.
        var html = $$"""
            <html lang="{{lang}}"><head><title>Hafen</title></head><body><article><h1>Hafen</h1>
            <p>Dann sagte er den Arbeitern am Tor: „Wir bleiben draußen, bis ein ernstes Angebot kommt.“</p>
            <p>The union's general secretary told reporters: "We will stay out until the employers come back with a serious offer." The stoppage costs more than £20m a day.</p>
            </article></body></html>
            """;

        var result = BriefingHtml.Parse(html);
        var briefing = result.Briefing!;

        Assert.Equal(sought, briefing.Quotes.Length > 0);
        Assert.Equal(sought ? 0 : 1, result.Diagnostics.Count(d => d.Code == "BH012"));
        Assert.All(result.Diagnostics.Where(d => d.Code == "BH012"), d => Assert.Equal(("/language", (int?)1, (int?)1), (d.Path, d.Line, d.Column)));
        Assert.Equal("more than £20m", Assert.Single(briefing.Metrics).Text); // figures are read on every page
        Assert.Equal(2, briefing.Body.Length);
    }

    [Fact]
    public void Json_ld_gives_the_publication_time_authors_and_publisher_and_a_bare_date_is_not_a_publication_time()
    {
        const string Html = """
            <html lang="de"><head><title>T</title><link rel="canonical" href="/artikel/1">
            <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"T","datePublished":"2023-02-01T08:00:00+01:00",
            "author":[{"@type":"Person","name":"Anna Beispiel"},{"@type":"Person","name":"Max Muster"}],"publisher":{"@type":"Organization","name":"Beispiel Verlag"}}]}</script>
            </head><body><time datetime="2020-01-01">1. Januar</time><p>Text.</p></body></html>
            """;

        var briefing = BriefingHtml.Parse(Html, "https://news.example/x/y").Briefing!;

        Assert.Equal("2023-02-01T08:00:00+01:00", briefing.Published);
        Assert.Equal(["Anna Beispiel", "Max Muster"], briefing.Authors);
        Assert.Equal("Beispiel Verlag", briefing.Publisher);
        Assert.Equal("https://news.example/artikel/1", briefing.Url);
        Assert.Equal("de", briefing.Language);
        Assert.Null(BriefingHtml.Parse("<title>T</title><time datetime=\"2020-01-01\">x</time>").Briefing!.Published);
    }

    [Fact]
    public void A_related_list_gives_related_items_and_a_category_and_stays_out_of_the_body()
    {
        const string Html = """
            <html><body><article><h1>Title here</h1><p>The only paragraph of the article, long enough to count as text for the reader.</p></article>
            <aside><h3>Most recent in Politics</h3><ul><li><a href="/a">First story</a></li><li><a href="/b">Second story</a><p>Its summary.</p></li></ul></aside></body></html>
            """;

        var briefing = BriefingHtml.Parse(Html).Briefing!;

        Assert.Equal("Politics", briefing.Category);
        Assert.Equal([("First story", null), ("Second story", "Its summary.")], briefing.Related.Select(r => (r.Title, r.Summary)));
        Assert.DoesNotContain(briefing.Body, b => b.Text.Contains("story", StringComparison.Ordinal));
    }

    public static TheoryData<string> HostilePages() => new()
    {
        "",
        "<",
        "<html>",
        "\0\0\0<p>\uFFFF</p>",
        "<table><tr><td><table><tr><td><p>x</table>",
        "<script>" + new string('x', 10_000),
        "<!--" + new string('-', 10_000),
        string.Concat(Enumerable.Repeat("<b><i>", 5_000)) + "text",
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[[[[[{}]]]]],\"datePublished\":7}</script></head></html>",
    };

    [Theory]
    [MemberData(nameof(HostilePages))]
    public void No_page_makes_reading_throw(string html)
    {
        var result = BriefingHtml.Parse(html);
        Assert.True(result.Briefing is not null || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_page_nested_past_the_limit_is_cut_there_with_its_line_and_column()
    {
        var html = "<html><body>\n<p>Before.</p>\n" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep";

        var result = BriefingHtml.Parse(html, options: new BriefingHtmlOptions { MaxDepth = 64 });

        var cut = Assert.Single(result.Diagnostics, d => d.Code == "BH003");
        Assert.Equal((3, 1 + (5 * 64)), (cut.Line, cut.Column));
    }

    [Fact]
    public void A_page_with_too_many_elements_is_cut_and_says_so()
    {
        var html = "<title>Many</title>" + string.Concat(Enumerable.Repeat("<p>x</p>", 50));

        var result = BriefingHtml.Parse(html, options: new BriefingHtmlOptions { MaxElements = 10 });

        Assert.Contains(result.Diagnostics, d => d.Code == "BH002");
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_in_the_declared_encoding_or_reported()
    {
        var latin1 = Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 society</title></head><body></body></html>");
        Assert.Equal("Caf\u00e9 society", BriefingHtml.Parse(latin1).Briefing!.Title);

        var broken = Encoding.UTF8.GetBytes("<title>Broken</title>\n<p>ab").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var found = Assert.Single(BriefingHtml.Parse(broken).Diagnostics, d => d.Code == "BH007");
        Assert.Equal(2, found.Line);
    }

    [Fact]
    public void A_page_without_a_title_is_an_error_and_an_oversized_page_is_refused()
    {
        Assert.Contains(BriefingHtml.Parse("<p>No title anywhere.</p>").Diagnostics, d => d.Code == "BH005");
        var big = BriefingHtml.Parse(new MemoryStream(new byte[400]), options: new BriefingHtmlOptions { MaxDocumentChars = 100 });
        Assert.Equal("BH001", Assert.Single(big.Diagnostics).Code);
    }
}
