using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefing.Model.Html;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Html;

/// <summary>How the page's tree is walked: by child index in document order, the metadata's elements in one walk, hidden and credit lines.</summary>
public sealed class HtmlPageWalkTests
{
    /// <summary>The seeds' publisher pages and a page of awkward markup for the metadata selectors.</summary>
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(TestData.SeedsDirectory, "*.html").Order(StringComparer.Ordinal))
        {
            data.Add(File.ReadAllText(path));
        }

        data.Add(AwkwardMetadata);
        return data;
    }

    /// <summary>Tokens that only look like the ones looked for, the marked time after an unmarked one, tabs between class names, elements outside the body.</summary>
    private const string AwkwardMetadata = """
        <!doctype html><html><head><title>T</title>
        <link rel="noncanonical" href="/a"><link rel="Canonical" href="/b"><link rel="alternate	canonical" href="/c">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script><script type="application/LD+json">{}</script>
        <meta name="author" content="A"><meta property="og:title description" content="D">
        </head><body>
        <p class="authors">Not the author</p><span class="x	author">Jane Doe</span><p rel="author">Second</p>
        <time datetime="2020-01-01T10:00:00Z">first</time><time class="pub published" datetime="2020-01-02T10:00:00Z">marked</time>
        <div class="by-line">no</div><div class="byline">Staff</div>
        <svg><time datetime="x"></time></svg>
        </body></html><!-- after --><meta name="late" content="L">
        """;

    [Theory]
    [MemberData(nameof(Pages))]
    public void Elements_below_a_node_come_in_document_order_as_a_selector_finds_them(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(document.QuerySelectorAll("*"), PageNodes.ElementsBelow(document));
        Assert.Equal(document.Body!.QuerySelectorAll("*"), PageNodes.ElementsBelow(document.Body));
    }

    [Fact]
    public void A_tree_deeper_than_the_stack_allows_recursion_is_walked()
    {
        using var document = new HtmlParser().ParseDocument("<body></body>");
        INode parent = document.Body!;
        for (var i = 0; i < 20_000; i++)
        {
            parent = parent.AppendChild(document.CreateElement("div"));
        }

        Assert.Equal(20_000, PageNodes.ElementsBelow(document.Body!).Count());
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_metadata_walk_finds_what_the_selectors_find(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var found = PageFacts.Elements.Find(document);

        Assert.Equal(document.QuerySelectorAll("meta"), found.Metas);
        Assert.Equal(document.QuerySelectorAll("script[type='application/ld+json']"), found.JsonLdScripts);
        Assert.Same(document.QuerySelector("link[rel~=canonical]"), found.Canonical);
        Assert.Same(document.QuerySelector("time[itemprop=datePublished][datetime], time[pubdate][datetime], time.published[datetime]"), found.MarkedTime);
        Assert.Same(document.QuerySelector("time[datetime]"), found.Time);
        Assert.Same(document.QuerySelector("[rel=author], [itemprop=author], .author"), found.Author);
        Assert.Same(document.QuerySelector(".byline"), found.Byline);
        Assert.Equal(document.QuerySelectorAll("*").Length, found.Count);
    }

    [Fact]
    public void The_awkward_pages_metadata_reads_the_marked_time_the_author_and_the_first_canonical_link()
    {
        var facts = PageFacts.Read(new HtmlParser().ParseDocument(AwkwardMetadata), new Uri("https://example.com/x"));
        Assert.Equal("2020-01-02T10:00:00Z", facts.Published);
        Assert.Equal("https://example.com/b", facts.Url); // rel, like type, is compared ignoring case, as the selector does
        Assert.Equal(["A"], facts.Authors);
        Assert.Equal("H", facts.Headline);
        Assert.Equal("D", facts.Description);
    }

    [Fact]
    public void Every_one_of_thousands_of_sibling_paragraphs_is_read_in_order()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 3000).Select(i =>
            $"<p>In its meeting number {i} the council discussed the budget for schools, roads and the library.</p>\n"));
        var briefing = BriefingHtml.Parse($"<!doctype html><html><head><title>Council minutes</title></head><body><h1>Council minutes</h1><div>{paragraphs}</div></body></html>").Briefing!;

        Assert.Equal(3000, briefing.Body.Length);
        Assert.StartsWith("In its meeting number 1 ", briefing.Body[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("In its meeting number 3000 ", briefing.Body[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_more_siblings_than_the_finder_bears_is_read_by_the_markup_rules_alone_and_says_so()
    {
        // SmartReader's time grows with the square of one element's children: past the bound it is not run.
        var count = PageReader.MaxFinderChildren + 1;
        var paragraphs = string.Concat(Enumerable.Range(1, count).Select(i => $"<p>Item {i} of the council's agenda was read and approved.</p>"));
        var result = BriefingHtml.Parse($"<!doctype html><html><head><title>Council agenda</title></head><body><h1>Council agenda</h1><div>{paragraphs}</div></body></html>");

        var finder = Assert.Single(result.Diagnostics, d => d.Code == "BH009");
        Assert.Contains($"{count} child elements", finder.Message, StringComparison.Ordinal);
        Assert.Equal(count, result.Briefing!.Body.Length);
    }

    [Fact]
    public void Hidden_classes_are_read_without_case_hyphens_or_underscores_and_only_as_whole_names()
    {
        const string Html = """
            <!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body>
            <article><h1>Harbour reopens</h1>
            <p>The harbour reopened on Monday after three weeks of repairs to the outer wall, the port authority said. <span class="Visually-Hidden">Skip this line</span></p>
            <p>Ferries will run a reduced timetable until the end of the month, the operator said. <span class="icon	sr_only">Opens in a new window</span></p>
            <p>Fishing boats were the first to return, and traders said the quay was busy again by noon. <span class="hiddenness">Busy traders agreed.</span></p>
            <p class="screen-reader-text">Advertisement continues below this line of text for readers.</p>
            </article></body></html>
            """;

        var all = string.Join('\n', BriefingHtml.Parse(Html).Briefing!.Body.Select(b => b.Text));
        Assert.Contains("three weeks of repairs", all, StringComparison.Ordinal);
        Assert.Contains("Busy traders agreed.", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip this line", all, StringComparison.Ordinal);
        Assert.DoesNotContain("new window", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement continues", all, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credit_is_a_capitalised_label_standing_last_with_a_colon_or_via_and_a_few_words()
    {
        const string Html = """
            <!doctype html><html lang="en"><head><title>Harbour reopens</title></head><body>
            <article><h1>Harbour reopens</h1>
            <p>The harbour reopened on Monday after three weeks of repairs to the outer wall, the port authority said.</p>
            <p>Der Hafen im Winter, als die Mauer brach. Foto: Hafenamt Nord</p>
            <p>Die Kräne am Abend, kurz vor dem Ende der Arbeiten. Bild via Hafenamt</p>
            <p>The museum showed a photo of the old pier, and the Photo Society gave a talk about it to the visitors.</p>
            <p>Traders said the quay was busy again by noon, and the cafés stayed open until late in the evening.</p>
            </article></body></html>
            """;

        var all = string.Join('\n', BriefingHtml.Parse(Html).Briefing!.Body.Select(b => b.Text));
        Assert.Contains("Photo Society gave a talk", all, StringComparison.Ordinal);
        Assert.Contains("busy again by noon", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Hafenamt Nord", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Bild via Hafenamt", all, StringComparison.Ordinal);
    }
}
