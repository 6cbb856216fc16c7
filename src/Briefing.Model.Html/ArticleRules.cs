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
        var keptTexts = new HashSet<string>(StringComparer.Ordinal);
        if (root is not null)
        {
            foreach (var block in PageWalker.Walk(root, MaxArticleDepth))
            {
                keptTexts.Add(block.Text);
            }
        }

        foreach (var block in blocks)
        {
            block.Kept = root is not null && (IsInside(block.Anchor, root) || keptTexts.Contains(block.Text));
        }

        var region = ArticleRegion(blocks);
        var chosen = new List<PageBlock>();
        foreach (var block in blocks)
        {
            if (region is null ? IsProse(block) && (block.Region.FlagsBelow(null) & NotArticle) == 0 : InArticle(block, region))
            {
                chosen.Add(block);
            }
        }

        TrimEdges(chosen);

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

    /// <summary>A block of running text: not a link list.</summary>
    private static bool IsProse(PageBlock block) => block.LinkDensity <= LinkListDensity;

    /// <summary>The nearest region holding every paragraph of prose the article finder kept; <see langword="null"/> when it kept none.</summary>
    private static PageRegion? ArticleRegion(List<PageBlock> blocks)
    {
        PageRegion? region = null;
        var any = false;
        foreach (var block in blocks)
        {
            if (block.Kept && block.Kind == PageBlockKind.Paragraph && IsProse(block) && block.Chars >= 25)
            {
                region = PageRegion.Common(region, block.Region);
                any = true;
            }
        }

        if (!any)
        {
            foreach (var block in blocks)
            {
                if (block.Kept)
                {
                    region = PageRegion.Common(region, block.Region);
                }
            }
        }

        return region;
    }

    private static bool InArticle(PageBlock block, PageRegion region)
    {
        if (!block.Region.IsWithin(region))
        {
            return false;
        }

        // A displayed quote is its own region (an aside, a figure): what holds it is what counts.
        var flags = block.Kind == PageBlockKind.Quote && block.Region != region ? block.Region.Parent?.FlagsBelow(region) ?? RegionFlags.None : block.Region.FlagsBelow(region);
        if ((flags & NotArticle) != 0 && (flags & RegionFlags.Notice) == 0)
        {
            return false;
        }

        if (block.Kind != PageBlockKind.Quote && (!IsProse(block) || IsCredit(block.Text)))
        {
            return false;
        }

        // What the finder dropped comes back only when it reads as sentences.
        if (!block.Kept && block.Kind != PageBlockKind.Quote &&
            (Words(block.Text) < 8 || !Layout.HasFinalPunctuation(block.Text)))
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
                    (SameText(block.Text, before) || (Words(after) > Words(before) && SameText(block.Text, after))))
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

    /// <summary>
    /// The standfirst: a short paragraph before the article's first paragraph whose markup calls it one
    /// (<c>standfirst</c>, <c>dek</c>, <c>lede</c>, <c>summary</c>… classes), or whose text is the page's
    /// declared description.
    /// </summary>
    private static void ReadStandfirst(PageContent page, List<PageBlock> chosen, List<PageBlock> blocks, PageFacts metadata, PageBlock? titleHeading)
    {
        var first = chosen.Find(b => b.Kind == PageBlockKind.Paragraph && (b.Region.FlagsBelow(null) & RegionFlags.Standfirst) == 0);
        var end = first is null ? blocks.Count : blocks.IndexOf(first);
        var start = titleHeading is null ? 0 : blocks.IndexOf(titleHeading) + 1;
        for (var i = start; i < end; i++)
        {
            var block = blocks[i];
            if (block.Kind != PageBlockKind.Paragraph || Words(block.Text) > StandfirstMaxWords)
            {
                continue;
            }

            var marked = (block.Region.FlagsBelow(null) & RegionFlags.Standfirst) != 0 || (PageWalker.FlagsOf(block.Element) & RegionFlags.Standfirst) != 0;
            if ((marked && (chosen.Contains(block) || (block.Region.FlagsBelow(null) & (RegionFlags.Navigation | RegionFlags.Aside | RegionFlags.Related | RegionFlags.Footer)) == 0)) ||
                (metadata.Description is { } description && SameText(block.Text, description)))
            {
                page.Standfirst = block;
                return;
            }
        }
    }

    /// <summary>
    /// A picture credit: a short line that opens with a copyright sign or holds one (<c>© dpa | Name</c>).
    /// </summary>
    private static bool IsCredit(string text)
    {
        var t = text.AsSpan().TrimStart();
        return t.StartsWith("\u00A9") || (t.Contains('\u00A9') && Words(text) <= 12);
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
        block.Kind is PageBlockKind.Paragraph && Words(block.Text) <= 5 && !Layout.HasFinalPunctuation(block.Text);

    /// <summary>
    /// Headings that head nothing: at the end of the article, or followed straight away by a heading of
    /// the same or a higher rank (a "Read more" or "Related" heading whose list was not article text).
    /// </summary>
    private static void DropEmptyHeadings(List<PageBlock> chosen)
    {
        for (var i = chosen.Count - 1; i >= 0; i--)
        {
            var block = chosen[i];
            if (block.Kind != PageBlockKind.Heading || block.Level == 1)
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

    private static int Words(string text) => text.AsSpan().Count(' ') + 1;

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
