using AngleSharp.Dom;

namespace Briefing.Model.Html;

/// <summary>What a block of the page is, by its markup.</summary>
internal enum PageBlockKind
{
    /// <summary><c>p</c>, <c>pre</c>, <c>dd</c>, or text loose in a container.</summary>
    Paragraph,

    /// <summary><c>h1</c>…<c>h6</c>.</summary>
    Heading,

    /// <summary><c>li</c> (and <c>dt</c>).</summary>
    ListItem,

    /// <summary>A displayed quote with its attribution (<c>figure &gt; blockquote</c> + <c>figcaption</c>, a <c>blockquote</c> or pull-quote <c>aside</c> with a <c>cite</c>).</summary>
    Quote,
}

/// <summary>What an element says about the blocks inside it, by its tag, ARIA role, class and id.</summary>
[Flags]
internal enum RegionFlags
{
    None = 0,
    Navigation = 1,
    Footer = 2,
    Aside = 4,
    Header = 8,
    Boilerplate = 16,
    Article = 32,
    Related = 64,
    Notice = 128,
    Standfirst = 256,
    Byline = 512,
    Comments = 1024,

    /// <summary>A picture's caption or credit (class or id word <c>caption</c>, <c>credit</c>, <c>copyright</c>): not read.</summary>
    Caption = 2048,
}

/// <summary>An element of the page that holds blocks, with its place in the page as parsed (before the article finder moves anything).</summary>
internal sealed class PageRegion(PageRegion? parent, IElement element, RegionFlags flags)
{
    public PageRegion? Parent { get; } = parent;

    public IElement Element { get; } = element;

    /// <summary>What the element says; <see cref="ArticleRules"/> takes back an ad or related flag from a region that holds the article's prose.</summary>
    public RegionFlags Flags { get; set; } = flags;

    public int Depth { get; } = parent is null ? 0 : parent.Depth + 1;

    /// <summary>The flags of this region and every region above it, up to (not including) <paramref name="top"/>.</summary>
    public RegionFlags FlagsBelow(PageRegion? top)
    {
        var flags = RegionFlags.None;
        for (var r = this; r is not null && r != top; r = r.Parent)
        {
            flags |= r.Flags;
        }

        return flags;
    }

    /// <summary>Whether <paramref name="ancestor"/> is this region or holds it.</summary>
    public bool IsWithin(PageRegion ancestor)
    {
        for (var r = this; r is not null; r = r.Parent)
        {
            if (r == ancestor)
            {
                return true;
            }

            if (r.Depth < ancestor.Depth)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The nearest region that holds both.</summary>
    public static PageRegion? Common(PageRegion? a, PageRegion? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        while (a!.Depth > b!.Depth)
        {
            a = a.Parent;
        }

        while (b!.Depth > a!.Depth)
        {
            b = b.Parent;
        }

        while (a != b)
        {
            a = a!.Parent;
            b = b!.Parent;
        }

        return a;
    }
}

/// <summary>A block of text of the page, in reading order.</summary>
internal sealed class PageBlock
{
    public required PageBlockKind Kind { get; init; }

    /// <summary>The heading level (1–6); 0 for other blocks.</summary>
    public int Level { get; init; }

    public required string Text { get; init; }

    /// <summary>A displayed quote's attribution line as written.</summary>
    public string? Attribution { get; init; }

    public required IElement Element { get; init; }

    /// <summary>A text node of the block: where the article finder left it tells whether it kept the block.</summary>
    public required INode Anchor { get; init; }

    public required TextPosition Position { get; init; }

    public required PageRegion Region { get; init; }

    /// <summary>Letters and digits inside links.</summary>
    public int LinkChars { get; init; }

    /// <summary>Letters and digits in all.</summary>
    public int Chars { get; init; }

    /// <summary>The address of the block's first link.</summary>
    public string? Href { get; init; }

    /// <summary>The list (<c>ul</c>, <c>ol</c>, <c>dl</c>) the block is an item of.</summary>
    public IElement? List { get; init; }

    /// <summary>Whether the article finder kept the block.</summary>
    public bool Kept { get; set; }

    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    /// <summary>For a list item, the links' share of the letters of its whole list (<see cref="ArticleRules"/> sets it).</summary>
    public double? ListLinkDensity { get; set; }
}
