using Briefing.Model.Html;
using Briefing.Model.Text;

namespace Briefing.Model.Tests.Html;

/// <summary>The rules that choose a page's article text around what the article finder kept (ArticleRules, PageWalker's class words).</summary>
public sealed class HtmlArticleRulesTests
{
    /// <summary>Paragraphs of plain prose about a harbour, enough for the article finder to take the page for an article.</summary>
    private const string Prose = """
        <p>The harbour reopened on Monday after three weeks of repairs to the outer wall, and the first ferries left on time in calm weather.</p>
        <p>Engineers replaced more than two hundred metres of the breakwater, which had cracked during the storms of the previous winter.</p>
        <p>Traders on the quay said that the closure had cost them most of the spring season, and several asked the council for help with their rents.</p>
        <p>The port authority said that the repairs came in under budget and that a second phase would start in the autumn, once the tourist season ends.</p>
        """;

    private static string Page(string article, string head = "<title>Harbour reopens</title>") =>
        $"<!doctype html><html lang=\"en\"><head>{head}</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>{article}<footer><p>© Harbour Gazette</p></footer></body></html>";

    private static string BodyText(string html) => string.Join('\n', BriefingHtml.Parse(html).Briefing!.Body.Select(b => b.Text));

    /// <summary>The body holds every <paramref name="present"/> text and none of the <paramref name="absent"/> ones.</summary>
    private static void AssertBody(string html, string[] present, string[] absent)
    {
        var all = BodyText(html);
        Assert.All(present, text => Assert.Contains(text, all, StringComparison.Ordinal));
        Assert.All(absent, text => Assert.DoesNotContain(text, all, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Read also:", true)]
    [InlineData("Lesen Sie auch", true)]
    [InlineData("Zum Weiterlesen:", true)]
    [InlineData("À lire aussi", true)]
    [InlineData("Leer más", true)]
    [InlineData("Te puede interesar", true)]
    [InlineData("Czytaj także", true)]
    [InlineData("Das könnte Sie auch interessieren!", true)]
    [InlineData("Lesen ist für viele Kinder schwer, sagt die Lehrerin.", false)]
    [InlineData("Readers wrote in", false)]
    [InlineData("Mehrheit im Rat", false)]
    public void Related_reading_headings_are_known_in_several_languages_and_sentences_are_not_headings(string heading, bool related) =>
        Assert.Equal(related, TextParser.IsRelatedHeading(heading));

    [Fact]
    public void A_related_reading_box_inside_the_article_is_dropped_and_the_article_goes_on()
    {
        var html = Page($"""
            <article><h1>Harbour reopens</h1>{Prose}
            <h3>Lesen Sie auch</h3>
            <ul><li><a href="/a">Neuer Fahrplan für die Fähren</a></li><li><a href="/b">Streit um die Hafengebühren</a></li></ul>
            <p>The council will meet the traders next week to discuss the rents, a spokeswoman for the mayor said on Monday evening.</p>
            <p>Zum Weiterlesen:</p>
            <p><a href="/c">Die Geschichte des Hafens</a>, Hafenverlag 2019.</p>
            </article>
            """);

        AssertBody(html, present: ["discuss the rents"], absent: ["Lesen Sie auch", "Zum Weiterlesen", "Hafenverlag"]);
    }

    [Fact]
    public void A_read_more_line_over_long_linked_prose_is_article_text_and_many_such_lines_read_in_one_pass()
    {
        var lines = string.Concat(Enumerable.Range(1, 2000).Select(i => $"<p>Read more: <a href=\"/r{i}\">story {i}</a></p>"));
        var html = Page($"""
            <article><h1>Harbour reopens</h1>{Prose}
            {lines}
            <p>Read more about the works in the <a href="/report">engineers' report</a>, which sets out how the outer wall was rebuilt block by block over three weeks,
            why the old breakwater cracked in the winter storms, what the second phase in the autumn will change for the ferries, the fishing boats and the traders
            on the quay, and how much of the budget is left for the work on the inner harbour that the council promised last year.</p>
            </article>
            """);

        AssertBody(html, present: ["engineers' report", "inner harbour"], absent: []);
    }

    [Fact]
    public void A_related_heading_over_teaser_boxes_goes_with_its_teasers()
    {
        var html = Page($"""
            <main><h1>Harbour reopens</h1><div class="text">{Prose}</div>
            <div class="more"><h2>À lire aussi</h2>
            <div class="card"><h3>Les ferries reprennent</h3><div><p>Les premiers bateaux sont partis lundi matin, à l'heure.</p></div></div>
            <div class="card"><h3>Le quai rénové</h3><div><p>Deux cents mètres de digue ont été refaits cet hiver.</p></div></div>
            </div></main>
            """);

        AssertBody(html, present: ["second phase would start in the autumn"], absent: ["lire aussi", "Les ferries reprennent", "digue"]);
    }

    [Fact]
    public void Captions_credits_and_advertisement_labels_are_not_article_text()
    {
        var html = Page($"""
            <article><h1>Harbour reopens</h1>{Prose}
            <p>Abbildung: Der Hafen nach der Reparatur der Außenmauer, von Süden gesehen.</p>
            <p>The new breakwater seen from the lighthouse on Monday. Foto: Hafenamt</p>
            <div class="image-caption"><p>The quay at noon, busy again with traders and visitors.</p></div>
            <p>ANZEIGE - Heute schon gebucht? Fährtickets gibt es hier:</p>
            <p>Photographers were asked to keep away from the cranes while the last blocks were set in place.</p>
            </article>
            """);

        AssertBody(html, present: ["keep away from the cranes"], absent: ["Abbildung", "Hafenamt", "busy again with traders", "ANZEIGE"]);
    }

    [Fact]
    public void The_articles_header_gives_no_dates_or_metadata_lines_to_the_body()
    {
        var html = Page($"""
            <article><header><p class="kicker">Ports</p><h1>Harbour reopens</h1><p>16 March 2021</p></header>
            <div class="content">{Prose}<div class="entry-meta">Posted on 16 March 2021 in Ports and Shipping</div></div></article>
            """);

        AssertBody(html, present: ["three weeks of repairs"], absent: ["16 March 2021", "Posted on"]);
    }

    [Fact]
    public void The_paragraph_right_after_the_title_is_the_standfirst_and_a_date_or_byline_never_is()
    {
        var unmarked = Page($"""
            <div class="page"><h1>Harbour reopens</h1><div class="by">Anna Berg</div>
            <div class="top-header"><p>After three weeks of repairs the harbour is open again, and the traders hope to save what is left of the season.</p></div>
            <article>{Prose}</article></div>
            """);
        Assert.Equal("After three weeks of repairs the harbour is open again, and the traders hope to save what is left of the season.",
            BriefingHtml.Parse(unmarked).Briefing!.Standfirst);

        var marked = Page($"""
            <article><div class="intro"><h1>Harbour reopens</h1><div class="date">25 January 2022</div><p class="byline">By Anna Berg</p>
            <p>The harbour is open again after three weeks, and the traders hope to save the season.</p></div>{Prose}</article>
            """);
        Assert.Equal("The harbour is open again after three weeks, and the traders hope to save the season.", BriefingHtml.Parse(marked).Briefing!.Standfirst);

        // A marked standfirst need not end with a full stop; a declared description that is no sentence is not taken.
        var unpunctuated = Page($"""
            <article><h1>Harbour reopens</h1><p class="dek">After three weeks of repairs the harbour is open again for ferries and traders</p>{Prose}</article>
            """);
        Assert.Equal("After three weeks of repairs the harbour is open again for ferries and traders", BriefingHtml.Parse(unpunctuated).Briefing!.Standfirst);
        var described = Page($"""
            <div class="page"><h1>Harbour reopens</h1><div class="sub"><p>New task force for the harbour starts its work</p></div><article>{Prose}</article></div>
            """, "<title>Harbour reopens</title><meta name=\"description\" content=\"New task force for the harbour starts its work\">");
        Assert.Null(BriefingHtml.Parse(described).Briefing!.Standfirst);
    }

    [Fact]
    public void A_heading_that_is_a_sentence_is_kept_even_when_no_text_follows_it()
    {
        var html = Page($"""
            <article><h1>Harbour reopens</h1>{Prose}
            <h3>The council has promised to decide on the traders' rents before the summer holidays begin in July.</h3>
            <h3>Contact</h3>
            </article>
            """);

        AssertBody(html, present: ["before the summer holidays begin in July."], absent: ["Contact"]);
    }

    [Theory]
    [InlineData("article-body ad-scrolled")]
    [InlineData("layout newsArticleMeta")]
    public void An_article_whose_container_is_classed_as_an_ad_slot_or_metadata_is_still_read(string classes)
    {
        var html = Page($"""
            <main><h1>Harbour reopens</h1>
            <div class="{classes}">{Prose}
            <p>Ferry companies said bookings for the summer had recovered quickly once the reopening date was announced last month.</p>
            <p>The harbour master thanked the divers and crane drivers, who had worked through two weekends of rain to finish the wall on time.</p>
            <p>Fishermen, who had moored at the neighbouring port for the three weeks, began to bring their boats back on Tuesday morning.</p></div>
            <div class="ad-slot"><p>Book your ferry tickets online today and save ten per cent on every crossing this summer.</p></div>
            <div class="licence-info"><p>All rights reserved. Further distribution of this article is not permitted without the publisher's consent.</p></div>
            </main>
            """);

        AssertBody(html, present: ["three weeks of repairs", "bookings for the summer"], absent: ["ten per cent", "All rights reserved"]);
    }

    [Fact]
    public void On_a_page_of_several_articles_the_article_is_the_one_the_title_heads()
    {
        var other = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>In its meeting number {i} the council discussed the budget for schools, roads and the library, and several members asked for more time to read the figures.</p>"));
        var html = Page($"""
            <div class="stream"><article><header><h1>Harbour reopens</h1></header><div class="text">{Prose}</div></article>
            <article><header><h2>Council argues over budget</h2></header><div class="text">{other}</div></article></div>
            """, "<title>Harbour reopens | Harbour Gazette</title>");

        AssertBody(html, present: ["three weeks of repairs", "second phase would start in the autumn"], absent: ["council discussed the budget"]);
    }

    [Fact]
    public void Comments_do_not_become_the_article_when_the_article_is_a_list()
    {
        var html = Page("""
            <article><h1>Harbour works: what changes</h1><div class="entry">
            <ul><li>The outer wall was rebuilt over two hundred metres, with new concrete blocks along the whole length.</li>
            <li>Ferries run every hour from seven in the morning until ten at night, seven days a week.</li>
            <li>Traders on the quay pay no rent for April, and half rent for May, the council decided.</li>
            <li>A second phase of the works starts in the autumn, when the tourist season is over.</li></ul></div></article>
            <section id="kommentare"><ol class="list">
            <li><p>Endlich! Wir haben so lange auf die Fähre gewartet, und jetzt ist der Sommer fast schon vorbei, leider.</p></li>
            <li><p>Die neuen Blöcke sehen gut aus, aber warum hat das drei Wochen gedauert? Das verstehe ich nicht ganz.</p></li>
            </ol></section>
            """, "<title>Harbour works: what changes</title>");

        AssertBody(html, present: ["Ferries run every hour"], absent: ["Endlich", "neuen Blöcke"]);
    }

    [Fact]
    public void Chinese_and_Japanese_paragraphs_read_as_sentences_though_they_have_no_spaces()
    {
        var html = Page("""
            <article><h1>港口重新开放</h1>
            <p>港口在周一重新开放，此前外堤经过了三个星期的维修，第一批渡轮在平静的天气中准时出发。</p>
            <p>工程师们更换了两百多米的防波堤，这段防波堤在去年冬天的风暴中出现了裂缝。</p>
            <p>码头上的商人说，关闭使他们失去了大部分春季生意，有几位商人请求市议会帮助支付租金。</p>
            <p>港務局によると、修理費は予算を下回り、第二期の工事は秋の観光シーズンが終わってから始まる。</p>
            <p>港务局表示：“第二期工程将在秋季开始。”</p>
            <p>编辑 王小明</p>
            </article>
            """, "<title>港口重新开放</title>");

        AssertBody(html, present: ["港口在周一重新开放", "两百多米的防波堤", "请求市议会", "秋の観光シーズン", "第二期工程将在秋季开始"], absent: ["编辑"]);
    }

    [Theory]
    [InlineData("The harbour reopened on Monday.", 5, true)]
    [InlineData("港口在周一重新开放。", 5, true)]
    [InlineData("第一批渡轮准时出发！", 5, true)]
    [InlineData("「秋に始まる」", 3, true)]
    [InlineData("编辑 王小明", 4, false)]
    [InlineData("Harbour news", 2, false)]
    public void Words_are_counted_in_scripts_written_without_spaces_and_full_width_marks_end_sentences(string text, int words, bool final)
    {
        Assert.Equal(words, PageText.Words(text));
        Assert.Equal(final, PageText.HasFinalPunctuation(text));
    }

    /// <summary>The body texts the rules choose when the article finder hands over the element <paramref name="finderChoice"/> selects.</summary>
    private static string BodyAround(string html, string finderChoice)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var blocks = PageWalker.Walk(document.Body!, 256);
        var page = ArticleRules.Apply(blocks, document.QuerySelector(finderChoice), document.Title, PageFacts.Read(document, null));
        return string.Join('\n', page.Body.Select(b => b.Text));
    }

    [Fact]
    public void An_article_cut_into_sibling_boxes_of_one_kind_is_read_from_every_box_when_the_finder_took_one()
    {
        var html = Page($"""
            <main><h1>Harbour reopens</h1>
            <div class="band text-band"><div class="inner"><div class="row"></div><div class="row"><div class="column" id="first">{Prose}</div></div></div></div>
            <div class="band figures-band"><div class="inner"><table><tr><th>Wall</th><td>200 m</td></tr><tr><th>Weeks</th><td>3</td></tr></table></div></div>
            <div class="band text-band"><div class="inner"><div class="row"></div><div class="row"><div class="column">
            <h2>What comes next</h2>
            <p>The second phase will strengthen the inner harbour wall, where the fishing boats moor during the winter storms.</p>
            </div></div></div></div>
            <div class="band text-band"><div class="inner"><div class="row"></div><div class="row"><div class="column share">
            <p>Share this article with your friends and family on every network you like.</p>
            </div></div></div></div>
            <div class="band"><p>Our harbour newsletter arrives every Friday morning with the week's shipping news.</p></div>
            </main>
            """);

        var body = BodyAround(html, "#first");
        Assert.Contains("three weeks of repairs", body, StringComparison.Ordinal);
        Assert.Contains("What comes next", body, StringComparison.Ordinal);
        Assert.Contains("fishing boats moor", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this article", body, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter arrives", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_is_a_link_list_or_not_as_a_whole_so_an_item_that_is_all_link_stays_in_the_articles_list()
    {
        var html = Page($"""
            <article><h1>Harbour reopens</h1>{Prose}
            <h2>What changed this week</h2>
            <ul><li><a href="/report">The harbour master's report on the outer wall</a></li>
            <li>Ferries now leave every hour from the north quay, as the <a href="/timetable">new timetable</a> shows.</li>
            <li>The council agreed to halve the traders' rents for May and to waive them for April.</li>
            <li>Fishing boats may moor at the inner wall again from Friday, the harbour master said.</li></ul>
            <p>The second phase will strengthen the inner harbour wall, where the fishing boats moor during the winter storms.</p>
            <ul><li><a href="/s1">Council argues over the budget for schools</a></li><li><a href="/s2">New cycle lanes open on the coast road</a></li>
            <li><a href="/s3">Library extends its opening hours</a> (Monday)</li></ul>
            </article>
            """);

        AssertBody(html, present: ["The harbour master's report on the outer wall", "halve the traders' rents"], absent: ["Council argues", "cycle lanes", "opening hours"]);
    }

    [Theory]
    [InlineData("Subscribe now to the weekly edition for the whole story.", true)]
    [InlineData("Never miss a sailing: sign up for our ferry newsletter.", true)]
    [InlineData("Tell us what you think: write to the harbour desk at letters@example.com.", true)]
    [InlineData("Hazte miembro y recibe cada semana nuestro boletín del puerto.", true)]
    [InlineData("Unterstützen Sie unseren Hafenjournalismus mit einem Abo.", true)]
    [InlineData("Register", true)]
    [InlineData("The ferry company said subscriptions to its season ticket rose by a fifth last year.", false)]
    [InlineData("Traders will register their stalls with the council before the summer season.", false)]
    [InlineData("We rebuilt the outer wall in three weeks, and the first ferries left on time.", false)]
    public void An_appeal_to_the_reader_has_a_call_word_and_speaks_to_the_reader_or_opens_with_the_call(string text, bool appeal) =>
        Assert.Equal(appeal, Appeals.IsAppeal(text));

    [Fact]
    public void The_publishers_appeals_that_close_an_article_are_dropped_with_their_box_but_not_a_quotation_or_the_text_after_them()
    {
        var closing = Page($"""
            <article><h1>Harbour reopens</h1>{Prose}
            <p>“Please give to the lifeboat fund, and sign up as a volunteer,” the harbour master told us.</p>
            <p>Subscribe now to the weekly edition for the whole story.</p>
            <p>Good journalism costs money.</p>
            <p>Download our app for the latest harbour news.</p>
            </article>
            """);
        AssertBody(closing, present: ["three weeks of repairs", "lifeboat fund"], absent: ["Subscribe now", "costs money", "Download our app"]);

        var inside = Page($"""
            <article><h1>Harbour reopens</h1>{Prose}
            <p>Never miss a sailing: sign up for our ferry newsletter.</p>
            <p>The harbour master thanked the divers and crane drivers, who had worked through two weekends of rain to finish the wall on time.</p>
            </article>
            """);
        AssertBody(inside, present: ["three weeks of repairs", "crane drivers"], absent: ["ferry newsletter"]);
    }

    [Fact]
    public void A_class_word_run_together_from_a_known_word_and_a_containers_name_says_what_the_known_word_says()
    {
        var html = Page($"""
            <article><h1>Harbour reopens</h1>{Prose}
            <div class="site-relatedposts"><h3>Harbour history</h3><p>The old lighthouse on the north pier was built in 1871 and restored by volunteers in the nineties.</p></div>
            <ol class="commentlist"><li><p>At last the ferries are running again, although the summer is nearly over by now.</p></li></ol>
            </article>
            """);

        AssertBody(html, present: ["three weeks of repairs"], absent: ["old lighthouse", "ferries are running again"]);
    }
}
