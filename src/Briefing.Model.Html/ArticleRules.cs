using AngleSharp.Dom;
using Briefing.Model.Text;

namespace Briefing.Model.Html;

/// <summary>A related item as the page lists it.</summary>
internal sealed record PageLink(string? Title, string? Summary, string? Href, TextPosition Position);

/// <summary>The parts of a page, chosen by <see cref="ArticleRules"/>, before they become a document.</summary>
internal sealed class PageContent
{
    public string? Title { get; set; }

    public TextPosition TitlePosition { get; set; }

    /// <summary>The heading that shows the title on the page.</summary>
    public PageBlock? TitleHeading { get; set; }

    public PageBlock? Standfirst { get; set; }

    public List<PageBlock> Body { get; } = [];

    public PageBlock? NoticeHeading { get; set; }

    public List<PageBlock> Notice { get; } = [];

    public PageBlock? RelatedHeading { get; set; }

    public List<PageLink> Related { get; } = [];
}

/// <summary>
/// Decides which blocks of a page are the article and what the page's sections are. The article
/// finder (SmartReader) proposes the article; these rules, which follow the markup, then
/// <list type="bullet">
/// <item>find the article's region: the nearest element holding all the paragraphs it kept;</item>
/// <item>take back text blocks inside that region that it dropped, unless their markup says they are
/// navigation, footer, sidebar, share bar, comments, related links or a notice;</item>
/// <item>drop blocks it kept whose markup, below the region, says the same, and link lists;</item>
/// <item>take the title, the standfirst, the notice and the related list out of the body.</item>
/// </list>
/// </summary>
internal static class ArticleRules
{
    private const RegionFlags NotArticle = RegionFlags.Navigation | RegionFlags.Footer | RegionFlags.Boilerplate | RegionFlags.Comments | RegionFlags.Related | RegionFlags.Aside | RegionFlags.Byline;

    /// <summary>Links make up more than this share of a block's letters: a link list, not prose.</summary>
    private const double LinkListDensity = 0.5;

    private const int StandfirstMaxWords = 80;

    private const int MaxArticleDepth = 256;

    public static PageContent Apply(List<PageBlock> blocks, IElement? root, string? title, PageFacts metadata)
    {
        var page = new PageContent();
        // A block is kept when its text node is in the article finder's element, or, since the finder
        // starts again on a copy of the page when its first attempt finds too little, when a block of
        // that element has the same text.
        var keptTexts = root is null ? [] : PageWalker.Texts(root, MaxArticleDepth);

        foreach (var block in blocks)
        {
            block.Kept = root is not null && (IsInside(block.Anchor, root) || keptTexts.Contains(block.Text));
        }

        MeasureLists(blocks);
        var holders = LiftProseRegions(blocks);
        var region = TitledArticle(blocks, ArticleRegion(blocks), title ?? metadata.Headline, metadata.Publisher);
        var chosen = new List<PageBlock>();
        var beside = region is null ? null : Beside(blocks, region, holders);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (region is null ? IsProse(block) && (block.Region.FlagsBelow(null) & NotArticle) == 0 :
                (InArticle(block, region) && (block.Kept || block.Kind != PageBlockKind.Heading || HeadsText(blocks, i))) || (beside is not null && beside[i] && BesideText(blocks, i)))
            {
                chosen.Add(block);
            }
        }

        DropClosingAppeals(chosen);
        TrimEdges(chosen);
        DropRelatedSections(chosen);
        DropEmptyHeadings(chosen);
        ReadTitle(page, chosen, blocks, title, metadata);
        ReadRelated(page, blocks);
        ReadNotice(page, chosen, blocks, region);
        ReadStandfirst(page, chosen, blocks, metadata, page.TitleHeading);
        foreach (var block in chosen)
        {
            if (block != page.Standfirst && block != page.NoticeHeading && !page.Notice.Contains(block) && block != page.RelatedHeading)
            {
                page.Body.Add(block);
            }
        }

        return page;
    }

    private static bool IsInside(INode node, IElement root)
    {
        for (var n = node.Parent; n is not null; n = n.Parent)
        {
            if (n == root)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the block after a heading is a sentence the article finder kept: a heading it dropped comes back only over the article's text.</summary>
    private static bool HeadsText(List<PageBlock> blocks, int heading) =>
        heading + 1 < blocks.Count && blocks[heading + 1] is { Kept: true, Kind: PageBlockKind.Paragraph } next && IsSentence(next);

    /// <summary>A block of running text: not a link list.</summary>
    private static bool IsProse(PageBlock block) => (block.ListLinkDensity ?? block.LinkDensity) <= LinkListDensity;

    /// <summary>
    /// A list is a link list or not as a whole: an item that is all link (a bug's title, a report's name)
    /// in a list of items with text around their links is an item of the article's list, and an item with
    /// a few unlinked words in a list of links is a link still.
    /// </summary>
    private static void MeasureLists(List<PageBlock> blocks)
    {
        var lists = new Dictionary<IElement, (int Chars, int LinkChars)>();
        foreach (var block in blocks)
        {
            if (block is { Kind: PageBlockKind.ListItem, List: { } list })
            {
                var (chars, linkChars) = lists.GetValueOrDefault(list);
                lists[list] = (chars + block.Chars, linkChars + block.LinkChars);
            }
        }

        foreach (var block in blocks)
        {
            if (block is { Kind: PageBlockKind.ListItem, List: { } list } && lists[list] is var (chars, linkChars) && chars > 0)
            {
                block.ListLinkDensity = (double)linkChars / chars;
            }
        }
    }

    /// <summary>A block that reads as a sentence: eight words or more and final punctuation.</summary>
    private static bool IsSentence(PageBlock block) => PageText.Words(block.Text) >= 8 && PageText.HasFinalPunctuation(block.Text);

    /// <summary>Prose words a region must hold, in at least <see cref="LiftMinParagraphs"/> sentences, for its ad or related class to be overruled.</summary>
    private const int LiftMinWords = 150;

    private const int LiftMinParagraphs = 3;

    /// <summary>At most this share of a lifted region's letters are in links.</summary>
    private const double LiftMaxLinkDensity = 0.25;

    /// <summary>What a class word may say wrongly of a container that holds the article (<c>ad-scrolled</c>, <c>widget-wrap</c>, <c>newsArticleMeta</c>).</summary>
    private const RegionFlags Liftable = RegionFlags.Boilerplate | RegionFlags.Related | RegionFlags.Byline;

    private sealed class RegionText
    {
        public int Chars;
        public int LinkChars;
        public int ProseWords;
        public int ProseParagraphs;
        public bool Kept;
    }

    /// <summary>
    /// A container whose class calls it an ad slot, a widget, a related box or metadata (<c>section--ads</c>,
    /// <c>elementor-widget</c>, <c>ad-scrolled</c>, <c>article-meta</c>) but that holds the article: paragraphs the article
    /// finder kept, at least <see cref="LiftMinParagraphs"/> sentences and <see cref="LiftMinWords"/>
    /// words of them, few links. Its text is prose, whatever the class says: the flag is taken back. The
    /// tags and roles that say the same (<c>aside</c>, <c>nav</c>, <c>footer</c>, <c>address</c>) are not overruled.
    /// Linear: each region's counts are added to its parent once, deepest first.
    /// </summary>
    /// <returns>The elements of the regions that hold text.</returns>
    private static HashSet<IElement> LiftProseRegions(List<PageBlock> blocks)
    {
        var texts = new Dictionary<PageRegion, RegionText>();
        foreach (var block in blocks)
        {
            for (var r = block.Region; r is not null && !texts.ContainsKey(r); r = r.Parent)
            {
                texts[r] = new RegionText();
            }

            var own = texts[block.Region];
            own.Chars += block.Chars;
            own.LinkChars += block.LinkChars;
            own.Kept |= block.Kept;
            if (block.Kind == PageBlockKind.Paragraph && IsProse(block) && IsSentence(block))
            {
                own.ProseWords += PageText.Words(block.Text);
                own.ProseParagraphs++;
            }
        }

        var regions = texts.Keys.ToList();
        regions.Sort((a, b) => b.Depth.CompareTo(a.Depth));
        foreach (var region in regions)
        {
            var text = texts[region];
            if ((region.Flags & Liftable) != 0 && region.Element.LocalName is not ("aside" or "nav" or "footer" or "address") &&
                text.Kept && text.ProseParagraphs >= LiftMinParagraphs && text.ProseWords >= LiftMinWords && text.LinkChars <= text.Chars * LiftMaxLinkDensity)
            {
                region.Flags &= ~Liftable;
            }

            if (region.Parent is { } parent)
            {
                var up = texts[parent];
                up.Chars += text.Chars;
                up.LinkChars += text.LinkChars;
                up.ProseWords += text.ProseWords;
                up.ProseParagraphs += text.ProseParagraphs;
                up.Kept |= text.Kept;
            }
        }

        var holders = new HashSet<IElement>(regions.Count);
        foreach (var region in regions)
        {
            holders.Add(region.Element);
        }

        return holders;
    }

    /// <summary>
    /// The nearest region holding every paragraph of prose the article finder kept, outside comments,
    /// footers, navigation and sidebars; failing those, every block it kept there (an article of list
    /// items), then every block it kept; <see langword="null"/> when it kept none.
    /// </summary>
    private static PageRegion? ArticleRegion(List<PageBlock> blocks)
    {
        return Common(blocks, paragraphs: true, outside: true) ?? Common(blocks, paragraphs: false, outside: true) ?? Common(blocks, paragraphs: false, outside: false);

        static PageRegion? Common(List<PageBlock> blocks, bool paragraphs, bool outside)
        {
            PageRegion? region = null;
            foreach (var block in blocks)
            {
                if (block.Kept && (!paragraphs || (block.Kind == PageBlockKind.Paragraph && IsProse(block) && block.Chars >= 25)) &&
                    (!outside || (block.Region.FlagsBelow(null) & NotArticle) == 0))
                {
                    region = PageRegion.Common(region, block.Region);
                }
            }

            return region;
        }
    }

    /// <summary>Sentences an article element must hold to be taken for the page's article in place of the finder's choice.</summary>
    private const int TitledArticleMinSentences = 3;

    /// <summary>
    /// A page of several articles (an endless scroll, a list of stories): the article is the
    /// <c>article</c> element (or <c>main</c>, or role) whose heading is the page's title, when the
    /// finder's region lies outside it and it holds <see cref="TitledArticleMinSentences"/> sentences.
    /// </summary>
    private static PageRegion? TitledArticle(List<PageBlock> blocks, PageRegion? region, string? title, string? publisher)
    {
        if (region is null || title is null)
        {
            return region;
        }

        var heading = blocks.Find(b => b.Kind == PageBlockKind.Heading && b.Level <= 2 && SameText(b.Text, title)) ?? WithoutSiteName(title, blocks, publisher).Heading;
        var article = heading?.Region;
        while (article is not null && (article.Flags & RegionFlags.Article) == 0)
        {
            article = article.Parent;
        }

        if (article is null || article.IsWithin(region) || region.IsWithin(article))
        {
            return region;
        }

        var sentences = 0;
        foreach (var block in blocks)
        {
            if (block.Kind == PageBlockKind.Paragraph && block.Region.IsWithin(article) && IsProse(block) && IsSentence(block))
            {
                sentences++;
            }
        }

        return sentences >= TitledArticleMinSentences ? article : region;
    }

    /// <summary>How many levels above the article's region the container repeated beside it may be.</summary>
    private const int BesideLevels = 6;

    /// <summary>
    /// The article going on beside its region: an article cut into sibling containers of one kind (a
    /// text block per paragraph, the part after a table in a box like the one before), of which the
    /// finder took one. The region, or the nearest element a few levels above it (not above an
    /// <c>article</c> or <c>main</c>), that has siblings of its tag and class holding text: their blocks are the article's too, unless
    /// navigation, a footer, a sidebar, boilerplate, comments, related links, a byline or a header hold them.
    /// </summary>
    private static bool[]? Beside(List<PageBlock> blocks, PageRegion region, HashSet<IElement> holders)
    {
        PageRegion? unit = null;
        for (var (r, up) = (region, 0); r.Parent is not null && up < BesideLevels; r = r.Parent, up++)
        {
            if (HasTwin(r.Element, holders))
            {
                unit = r;
                break;
            }

            if ((r.Flags & RegionFlags.Article) != 0)
            {
                break;
            }
        }

        if (unit?.Parent is not { } parent)
        {
            return null;
        }

        var beside = new bool[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            var r = blocks[i].Region;
            while (r is not null && r.Depth > unit.Depth)
            {
                r = r.Parent;
            }

            beside[i] = r is not null && r != unit && r.Parent == parent && Twins(r.Element, unit.Element) &&
                (blocks[i].Region.FlagsBelow(parent) & (NotArticle | RegionFlags.Header)) == 0;
        }

        return beside;

        static bool HasTwin(IElement element, HashSet<IElement> holders)
        {
            if (string.IsNullOrEmpty(element.ClassName) || element.ParentElement is not { } up)
            {
                return false;
            }

            foreach (var sibling in up.Children)
            {
                if (sibling != element && Twins(sibling, element) && holders.Contains(sibling))
                {
                    return true;
                }
            }

            return false;
        }

        static bool Twins(IElement a, IElement b) => a.LocalName == b.LocalName && string.Equals(a.ClassName, b.ClassName, StringComparison.Ordinal);
    }

    /// <summary>What of the article beside its region is text: sentences, and headings over them.</summary>
    private static bool BesideText(List<PageBlock> blocks, int i)
    {
        var block = blocks[i];
        return block.Kind == PageBlockKind.Heading
            ? i + 1 < blocks.Count && blocks[i + 1].Kind == PageBlockKind.Paragraph && IsSentence(blocks[i + 1])
            : block.Kind is PageBlockKind.Paragraph or PageBlockKind.ListItem && IsSentence(block) && !IsCredit(block.Text) && !IsAdLabel(block.Text);
    }

    private static bool InArticle(PageBlock block, PageRegion region)
    {
        if (!block.Region.IsWithin(region))
        {
            return false;
        }

        // A displayed quote is its own region (an aside, a figure): what holds it is what counts.
        var flags = block.Kind == PageBlockKind.Quote && block.Region != region ? block.Region.Parent?.FlagsBelow(region) ?? RegionFlags.None : block.Region.FlagsBelow(region);
        if ((flags & NotArticle) != 0 && ((flags & RegionFlags.Notice) == 0 || (flags & RegionFlags.Comments) != 0))
        {
            return false;
        }

        if (block.Kind != PageBlockKind.Quote && (!IsProse(block) || IsCredit(block.Text) || IsAdLabel(block.Text)))
        {
            return false;
        }

        // The article's own header holds its title, kicker, date and byline: only sentences there are text.
        if ((flags & RegionFlags.Header) != 0 && block.Kind != PageBlockKind.Heading && !IsSentence(block))
        {
            return false;
        }

        // What the finder dropped comes back only when it reads as sentences, or heads a part of the
        // article (a heading that heads nothing is dropped after).
        if (!block.Kept && block.Kind is not (PageBlockKind.Quote or PageBlockKind.Heading) && !IsSentence(block))
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// The title SmartReader read (the page's declared headline or title element without the site's
    /// suffix); a heading in the article that says the same is not repeated in the body.
    /// </summary>
    private static void ReadTitle(PageContent page, List<PageBlock> chosen, List<PageBlock> blocks, string? title, PageFacts metadata)
    {
        title ??= metadata.Headline;
        PageBlock? heading = null;
        foreach (var block in blocks)
        {
            if (block.Kind == PageBlockKind.Heading && block.Level <= 2 && title is not null && SameText(block.Text, title))
            {
                heading = block;
                break;
            }
        }

        if (title is null)
        {
            foreach (var block in blocks)
            {
                if (block.Kind == PageBlockKind.Heading && block.Level == 1)
                {
                    heading = block;
                    title = block.Text;
                    break;
                }
            }
        }

        if (heading is null && title is not null)
        {
            (title, heading) = WithoutSiteName(title, blocks, metadata.Publisher);
        }

        page.Title = title;
        if (heading is not null)
        {
            page.TitleHeading = heading;
            page.TitlePosition = heading.Position;
            chosen.Remove(heading);
        }

        // The title repeated at the top of the article (SmartReader's own heading, a second h1).
        while (chosen.Count > 0 && chosen[0].Kind == PageBlockKind.Heading && title is not null && SameText(chosen[0].Text, title))
        {
            chosen.RemoveAt(0);
        }
    }

    private static readonly string[] TitleSeparators = [" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " / ", " \u00B7 ", " \u00BB ", " : "];

    /// <summary>
    /// A title with the site's name around it (<c>Port strike spreads | The Daily Example</c>): the part
    /// a heading of the page says, or the title without the part that is the publisher's name.
    /// </summary>
    private static (string Title, PageBlock? Heading) WithoutSiteName(string title, List<PageBlock> blocks, string? publisher)
    {
        foreach (var separator in TitleSeparators)
        {
            var at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            // The article's own part is the one a heading repeats; the part after the separator only
            // when it is the longer one (a site's logo is often a heading too: "Long article title · Site").
            var before = title[..at];
            var after = title[(at + separator.Length)..];
            foreach (var block in blocks)
            {
                if (block.Kind == PageBlockKind.Heading && block.Level <= 2 &&
                    (SameText(block.Text, before) || (PageText.Words(after) > PageText.Words(before) && SameText(block.Text, after))))
                {
                    return (block.Text, block);
                }
            }

            var last = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (publisher is not null && SameText(title[(last + separator.Length)..], publisher))
            {
                return (title[..last].Trim(), null);
            }
        }

        return (title, null);
    }

    /// <summary>
    /// The related list: a heading that opens one (<c>Related</c>, <c>Most recent in …</c>, <c>More from …</c>,
    /// by the text layout's own rule) followed by a list. Each item's link (or first line) is its title
    /// and address; a paragraph of the item is its summary. The first such list on the page.
    /// </summary>
    private static void ReadRelated(PageContent page, List<PageBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var heading = blocks[i];
            if (heading.Kind != PageBlockKind.Heading || !TextParser.IsRelatedHeading(heading.Text))
            {
                continue;
            }

            IElement? list = null;
            IElement? currentItem = null;
            for (var j = i + 1; j < blocks.Count; j++)
            {
                var block = blocks[j];
                var item = ItemOf(block.Element);
                if (item is null || (list is not null && item.ParentElement != list))
                {
                    break;
                }

                list = item.ParentElement;
                var last = page.Related.Count - 1;
                if (block.Kind == PageBlockKind.ListItem || item != currentItem)
                {
                    page.Related.Add(block.Kind == PageBlockKind.ListItem || block.Href is not null
                        ? new PageLink(block.Text, null, block.Href, block.Position)
                        : new PageLink(null, block.Text, null, block.Position));
                }
                else if (last >= 0 && page.Related[last].Summary is null)
                {
                    page.Related[last] = page.Related[last] with { Summary = block.Text };
                }

                currentItem = item;
            }

            if (page.Related.Count > 0)
            {
                page.RelatedHeading = heading;
                return;
            }
        }
    }

    /// <summary>The list item an element is or is in (up to three levels up).</summary>
    private static IElement? ItemOf(IElement element)
    {
        var e = element;
        for (var up = 0; e is not null && up < 4; up++, e = e.ParentElement)
        {
            if (e.TagName is "LI" or "DT" or "DD")
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// The legal notice: a heading the text layout reads as a notice (<c>Important Notice</c>,
    /// <c>Disclaimer</c>…) in or after the article, and the paragraphs after it up to the next heading.
    /// </summary>
    private static void ReadNotice(PageContent page, List<PageBlock> chosen, List<PageBlock> blocks, PageRegion? region)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var heading = blocks[i];
            if (heading.Kind != PageBlockKind.Heading || !TextParser.IsNoticeHeading(heading.Text) ||
                (region is not null && !chosen.Contains(heading) && !heading.Region.IsWithin(region) && (heading.Region.Flags & RegionFlags.Notice) == 0))
            {
                continue;
            }

            for (var j = i + 1; j < blocks.Count && blocks[j].Kind is PageBlockKind.Paragraph or PageBlockKind.ListItem && blocks[j].Region.IsWithin(heading.Region); j++)
            {
                page.Notice.Add(blocks[j]);
            }

            if (page.Notice.Count > 0)
            {
                page.NoticeHeading = heading;
                return;
            }
        }
    }

    /// <summary>Words a marked standfirst has at least: fewer is a date, a kicker or a byline in the standfirst's box.</summary>
    private const int StandfirstMinWords = 8;

    /// <summary>Words the unmarked lead paragraph right after the title must have to be read as a standfirst.</summary>
    private const int LeadMinWords = 12;

    private const RegionFlags NotStandfirst = RegionFlags.Navigation | RegionFlags.Aside | RegionFlags.Related | RegionFlags.Footer | RegionFlags.Boilerplate |
        RegionFlags.Byline | RegionFlags.Comments;

    /// <summary>
    /// The standfirst, before the article's first paragraph: a line of <see cref="StandfirstMinWords"/>
    /// words or more (not a date or a byline) whose markup calls it one (<c>standfirst</c>, <c>dek</c>,
    /// <c>lede</c>, <c>summary</c>… classes; a paragraph, or a heading set as one), or a sentence whose
    /// text is the page's declared description, or, failing those, the paragraph of sentences that comes
    /// right after the title (a teaser in no marked box).
    /// </summary>
    private static void ReadStandfirst(PageContent page, List<PageBlock> chosen, List<PageBlock> blocks, PageFacts metadata, PageBlock? titleHeading)
    {
        var first = chosen.Find(b => b.Kind == PageBlockKind.Paragraph && (b.Region.FlagsBelow(null) & RegionFlags.Standfirst) == 0);
        var end = first is null ? blocks.Count : blocks.IndexOf(first);
        var titleAt = titleHeading is null ? TitleLine(blocks, page.Title, end) : blocks.IndexOf(titleHeading);
        PageBlock? lead = null;
        for (var i = titleAt + 1; i < end; i++)
        {
            var block = blocks[i];
            if (block.Kind is not (PageBlockKind.Paragraph or PageBlockKind.Heading) || PageText.Words(block.Text) > StandfirstMaxWords)
            {
                continue;
            }

            var flags = block.Region.FlagsBelow(null) | PageWalker.FlagsOf(block.Element);
            var marked = (flags & RegionFlags.Standfirst) != 0;
            var sentence = IsSentence(block);
            if (IsProse(block) && (chosen.Contains(block) || (flags & NotStandfirst) == 0) &&
                ((marked && PageText.Words(block.Text) >= StandfirstMinWords && (block.Kind == PageBlockKind.Paragraph || (flags & NotStandfirst) == 0)) ||
                 (sentence && metadata.Description is { } description && SameText(block.Text, description))))
            {
                page.Standfirst = block;
                return;
            }

            // The first paragraph after the title, past the short lines between (date, kicker, author).
            if (lead is null && titleAt >= 0 && block.Kind == PageBlockKind.Paragraph && (flags & NotStandfirst) == 0)
            {
                if (sentence && IsProse(block) && PageText.Words(block.Text) >= LeadMinWords)
                {
                    lead = block;
                }
                else if (PageText.Words(block.Text) > RelatedLeadMaxWords || PageText.HasFinalPunctuation(block.Text))
                {
                    titleAt = -1; // text that is not a lead: no paragraph further on is the title's lead
                }
            }
        }

        page.Standfirst = lead;
    }

    /// <summary>Where the title stands on the page when no heading shows it: the first block before <paramref name="end"/> that says it; -1 when none does.</summary>
    private static int TitleLine(List<PageBlock> blocks, string? title, int end)
    {
        for (var i = 0; title is not null && i < end; i++)
        {
            if (SameText(blocks[i].Text, title))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The labels a picture's caption or credit opens with (<c>Foto: dpa</c>, <c>Abbildung: …</c>), in the languages pages are read in.</summary>
    private static readonly string[] PictureLabels =
        ["photo", "photos", "foto", "fotos", "picture", "image", "bild", "bilder", "abbildung", "abb", "beitragsbild", "titelbild", "bildquelle", "fotoquelle",
         "imagen", "immagine", "zdjęcie", "fot", "credit", "credits", "photograph", "figure"];

    private const int CaptionMaxWords = 60;

    private const int CreditMaxWords = 6;

    /// <summary>
    /// A picture's caption or credit: a short line that opens with a copyright sign or holds one
    /// (<c>© dpa | Name</c>), one that opens with a picture's label and a colon (<c>Abbildung: …</c>),
    /// or a caption that ends with a credit (<c>… Foto: Andina</c>, <c>… Bild via Name</c>).
    /// </summary>
    private static bool IsCredit(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.StartsWith("\u00A9") || (t.Contains('\u00A9') && PageText.Words(text) <= 12))
        {
            return true;
        }

        if (PageText.Words(text) > CaptionMaxWords)
        {
            return false;
        }

        foreach (var label in PictureLabels)
        {
            if (Layout.IsWordAt(t, 0, label) && t[label.Length..].TrimStart(". ").StartsWith(":"))
            {
                return true;
            }
        }

        // The credit at the end: a capitalised "<label>:" or "<label> via" and a few words (a name, an
        // agency), where the label stands last in the line. The words are read once, from the end, and
        // each label is looked at where it stands last.
        var seen = 0;
        for (var end = t.Length; end > 0;)
        {
            while (end > 0 && !char.IsLetterOrDigit(t[end - 1]))
            {
                end--;
            }

            var at = end;
            while (at > 0 && char.IsLetterOrDigit(t[at - 1]))
            {
                at--;
            }

            var label = PictureLabelOf(t[at..end]);
            if (label >= 0 && (seen & (1 << label)) == 0)
            {
                seen |= 1 << label;
                if (at > 0 && char.IsUpper(t[at]) && IsCreditAfter(t[end..]))
                {
                    return true;
                }
            }

            end = at;
        }

        return false;
    }

    /// <summary>What follows a picture's label at the end of a caption: a colon or <c>via</c>, then a few words without final punctuation.</summary>
    private static bool IsCreditAfter(ReadOnlySpan<char> afterLabel)
    {
        var rest = afterLabel.TrimStart(". ");
        var skip = rest.StartsWith(":") ? 1 : Layout.IsWordAt(rest, 0, "via") ? 3 : -1;
        return skip >= 0 && Layout.CountWords(rest[skip..], CreditMaxWords) <= CreditMaxWords && !PageText.HasFinalPunctuation(rest[skip..]);
    }

    /// <summary>The index in <see cref="PictureLabels"/> of a word, ignoring case; -1 when it is none.</summary>
    private static int PictureLabelOf(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < PictureLabels.Length; i++)
        {
            if (word.Length == PictureLabels[i].Length && word.Equals(PictureLabels[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>How many blocks at the end of the article are looked at for the publisher's appeals.</summary>
    private const int AppealTailBlocks = 6;

    /// <summary>Words of the longest line an appeal's box holds besides its appeals (a slogan, a button).</summary>
    private const int AppealBoxLineMaxWords = 20;

    /// <summary>
    /// The publisher's appeals among the last few blocks of the article (<see cref="Appeals"/>: subscribe,
    /// download the app, become a member, write to the editors). When only short lines follow the first
    /// of them, it closes the article with its box (slogan, pitch, button): all of it goes; otherwise the
    /// appeals alone go. A quotation is never an appeal: a source may ask readers for donations.
    /// </summary>
    private static void DropClosingAppeals(List<PageBlock> chosen)
    {
        var appeal = new bool[Math.Min(AppealTailBlocks, chosen.Count)];
        var first = -1;
        for (var i = chosen.Count - 1; i >= 0 && i >= chosen.Count - appeal.Length; i--)
        {
            var block = chosen[i];
            if (block.Kind == PageBlockKind.Quote || PageText.Words(block.Text) > Appeals.MaxWords)
            {
                break;
            }

            if (block.Text.AsSpan().IndexOfAny(Layout.DoubleQuotes) < 0 && Appeals.IsAppeal(block.Text))
            {
                appeal[chosen.Count - 1 - i] = true;
                first = i;
            }
        }

        if (first < 0)
        {
            return;
        }

        var boxOnly = true;
        for (var i = first + 1; i < chosen.Count; i++)
        {
            boxOnly &= appeal[chosen.Count - 1 - i] || PageText.Words(chosen[i].Text) <= AppealBoxLineMaxWords;
        }

        if (boxOnly)
        {
            chosen.RemoveRange(first, chosen.Count - first);
            return;
        }

        for (var i = chosen.Count - 1; i >= first; i--)
        {
            if (appeal[chosen.Count - 1 - i])
            {
                chosen.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Short lines at the edges of the article that are not sentences (labels, dates, credits, a
    /// section's name): the first and last paragraphs of at most a few words without final punctuation.
    /// </summary>
    private static void TrimEdges(List<PageBlock> chosen)
    {
        while (chosen.Count > 0 && IsStray(chosen[^1]))
        {
            chosen.RemoveAt(chosen.Count - 1);
        }

        while (chosen.Count > 0 && IsStray(chosen[0]))
        {
            chosen.RemoveAt(0);
        }
    }

    private static bool IsStray(PageBlock block) =>
        block.Kind is PageBlockKind.Paragraph && PageText.Words(block.Text) <= 5 && !PageText.HasFinalPunctuation(block.Text);

    /// <summary>
    /// Headings that head nothing: at the end of the article, or followed straight away by a heading of
    /// the same or a higher rank (a "Read more" or "Related" heading whose list was not article text).
    /// A heading that is a sentence (a paragraph set in a heading's type) is text, not a heading of nothing.
    /// </summary>
    private static void DropEmptyHeadings(List<PageBlock> chosen)
    {
        for (var i = chosen.Count - 1; i >= 0; i--)
        {
            var block = chosen[i];
            if (block.Kind != PageBlockKind.Heading || block.Level == 1 || IsSentence(block))
            {
                continue;
            }

            var next = i + 1 < chosen.Count ? chosen[i + 1] : null;
            if (next is null || (next.Kind == PageBlockKind.Heading && next.Level <= block.Level))
            {
                chosen.RemoveAt(i);
            }
        }
    }

    /// <summary>The longest block, in words, a related-reading section may hold: longer is an article's part.</summary>
    private const int RelatedSectionMaxWords = 60;

    private const int RelatedLeadMaxWords = 8;

    /// <summary>
    /// A related-reading section inside the article: a heading, or a short line (<c>Lesen Sie auch:</c>),
    /// that the text layout reads as one (<see cref="TextParser.IsRelatedHeading"/>, in the languages it
    /// knows), and what it heads: the list items and linked lines that follow and, after a heading, the
    /// teasers in boxes of their own, up to a heading of the same or a higher rank or a paragraph beside
    /// the heading (the article going on). Nothing is dropped when a block of it is long prose.
    /// </summary>
    private static void DropRelatedSections(List<PageBlock> chosen)
    {
        // Sections are marked, then dropped in one pass; a section kept as prose is skipped whole, so
        // every block is looked at a bounded number of times.
        var dropped = new bool[chosen.Count];
        var any = false;
        for (var i = 0; i < chosen.Count; i++)
        {
            var lead = chosen[i];
            var heading = lead.Kind == PageBlockKind.Heading;
            if (!(heading || (lead.Kind == PageBlockKind.Paragraph && PageText.Words(lead.Text) <= RelatedLeadMaxWords)) || !TextParser.IsRelatedHeading(lead.Text))
            {
                continue;
            }

            var end = i + 1;
            var prose = false;
            while (end < chosen.Count && (chosen[end] is var next && (next.Kind == PageBlockKind.ListItem || (next.Kind == PageBlockKind.Paragraph && next.LinkChars > 0) ||
                (heading && (next.Kind == PageBlockKind.Heading ? next.Level > lead.Level : next.Region != lead.Region)))))
            {
                prose |= PageText.Words(next.Text) > RelatedSectionMaxWords;
                end++;
            }

            if (!prose)
            {
                Array.Fill(dropped, true, i, end - i);
                any = true;
            }

            i = end - 1;
        }

        if (any)
        {
            var kept = 0;
            for (var j = 0; j < chosen.Count; j++)
            {
                if (!dropped[j])
                {
                    chosen[kept++] = chosen[j];
                }
            }

            chosen.RemoveRange(kept, chosen.Count - kept);
        }
    }

    /// <summary>The words that label an advertisement (<c>Anzeige:</c>, <c>[Werbung]</c>, <c>Advertisement</c>), in the languages pages are read in.</summary>
    private static readonly string[] AdLabels =
        ["advertisement", "advertising", "sponsored", "anzeige", "werbung", "publicidad", "publicité", "pubblicità", "reklama", "publicidade", "advertentie"];

    private const int AdLabelMaxWords = 40;

    /// <summary>A block that opens with an advertisement's label standing alone (<c>Anzeige:</c>, <c>ANZEIGE - …</c>, <c>*Werbung.</c>).</summary>
    private static bool IsAdLabel(string text)
    {
        var t = text.AsSpan().TrimStart("*[( \u00A0");
        foreach (var label in AdLabels)
        {
            if (Layout.IsWordAt(t, 0, label) && PageText.Words(text) <= AdLabelMaxWords)
            {
                var rest = t[label.Length..].TrimStart(' ');
                if (rest.IsEmpty || rest[0] is ':' or '-' or '\u2013' or '\u2014' or '.' or ']' or ')' or '|')
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether two texts say the same, ignoring case, white space and punctuation.</summary>
    internal static bool SameText(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsLetterOrDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }
}
