using System.Buffers;
using System.Text;
using AngleSharp.Dom;

namespace Briefing.Model.Html;

/// <summary>
/// Walks a parsed page in reading order and cuts it into blocks by its markup: headings, paragraphs,
/// list items, displayed quotes, and text loose in containers. Inline markup joins the running block;
/// a block-level element ends it. Scripts, styles, forms' controls, media and hidden elements carry no
/// text. Each block remembers the region (element) that holds it and what that region's tag, role,
/// class and id say (navigation, footer, aside, share bar, related list, notice…), for the rules that
/// decide what is the article.
/// </summary>
internal sealed class PageWalker
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "HEAD", "TITLE", "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "MATH", "IFRAME", "OBJECT", "EMBED", "CANVAS", "VIDEO", "AUDIO",
        "MAP", "BUTTON", "SELECT", "OPTION", "TEXTAREA", "INPUT", "LABEL", "DIALOG", "PICTURE", "IMG",
    };

    private static readonly HashSet<string> BlockLevel = new(StringComparer.Ordinal)
    {
        "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CENTER", "DD", "DETAILS", "DIR", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
        "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP", "HR", "HTML", "LI", "MAIN", "MENU", "NAV", "OL", "P", "PRE",
        "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL", "CAPTION", "LEGEND", "OPTGROUP",
    };

    /// <summary>Whether a tag is skipped, block-level or inline, in one lookup per element.</summary>
    private static readonly Dictionary<string, TagKind> TagKinds = TagKindTable();

    private static readonly HashSet<string> NavigationWords = new(StringComparer.Ordinal)
        { "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager", "skip", "masthead", "topbar" };

    private static readonly HashSet<string> BoilerplateWords = new(StringComparer.Ordinal)
    {
        "cookie", "cookies", "consent", "gdpr", "share", "sharing", "shares", "sharebar", "social", "newsletter", "subscribe", "subscription", "signup",
        "promo", "promotion", "advert", "advertisement", "advertising", "ad", "ads", "sponsor", "sponsored", "modal", "popup", "toolbar", "widget",
        "tags", "tagcloud", "print", "login", "paywall", "banner", "overlay", "sidebar", "rail", "licence", "license",
    };

    private static readonly HashSet<string> CommentWords = new(StringComparer.Ordinal)
        { "comment", "comments", "disqus", "respond", "replies", "kommentar", "kommentare", "commentaire", "commentaires", "comentario", "comentarios", "komentarze" };

    private static readonly HashSet<string> RelatedWords = new(StringComparer.Ordinal)
        { "related", "recommended", "recommendations", "popular", "trending", "outbrain", "taboola", "readmore", "latest" };

    private static readonly HashSet<string> NoticeWords = new(StringComparer.Ordinal) { "disclaimer", "notice", "legal", "disclosure" };

    private static readonly HashSet<string> StandfirstWords = new(StringComparer.Ordinal)
    {
        "standfirst", "dek", "deck", "lede", "lead", "subtitle", "subheadline", "subhead", "summary", "intro", "excerpt", "strapline", "teaser",
        "description", "sapo", "chapo",
    };

    /// <summary>Who wrote the page and when: the article's metadata line (<c>entry-meta</c>, <c>post-date</c>, <c>postmetadata</c>).</summary>
    private static readonly HashSet<string> BylineWords = new(StringComparer.Ordinal)
        { "byline", "author", "authors", "writer", "dateline", "meta", "metadata", "postmeta", "postmetadata", "date", "time", "timestamp", "pubdate" };

    private static readonly HashSet<string> CaptionWords = new(StringComparer.Ordinal)
        { "caption", "captions", "credit", "credits", "copyright", "photocredit", "imagecredit" };

    private static readonly HashSet<string> HiddenWords = new(StringComparer.Ordinal) { "hidden", "sronly", "invisible", "offscreen", "screenreadertext", "visuallyhidden" };

    /// <summary>The longest word of <see cref="HiddenWords"/>: a longer class name is not one.</summary>
    private const int HiddenWordMaxLength = 16;

    /// <summary>
    /// Each class or id word of the lists above with the flag it gives, the first list in this order
    /// winning (navigation, footer, boilerplate, comments, related, notice, standfirst, byline, caption),
    /// looked up by span so that reading a class allocates nothing.
    /// </summary>
    private static readonly Dictionary<string, RegionFlags>.AlternateLookup<ReadOnlySpan<char>> WordFlagOf = WordFlagTable().GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HiddenWordOf = HiddenWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The white space a browser collapses (no-break spaces are kept).</summary>
    private static readonly SearchValues<char> CollapsedSpace = SearchValues.Create(" \t\n\r\f");

    private readonly List<PageBlock> _blocks = [];
    private readonly StringBuilder _text = new();
    private readonly int _maxDepth;

    /// <summary>When set, the walk only gathers the blocks' texts here (no blocks, regions or positions).</summary>
    private readonly HashSet<string>? _texts;

    // The running block.
    private PageBlockKind _kind;
    private int _level;
    private IElement _element = null!;
    private PageRegion _region = null!;
    private IElement? _list;
    private INode? _anchor;
    private int _chars;
    private int _linkChars;
    private int _inLink;
    private string? _href;
    private bool _preserve;

    private PageWalker(int maxDepth, HashSet<string>? texts = null)
    {
        _maxDepth = maxDepth;
        _texts = texts;
    }

    /// <summary>The blocks of <paramref name="body"/>, in reading order.</summary>
    public static List<PageBlock> Walk(IElement body, int maxDepth)
    {
        var walker = new PageWalker(maxDepth);
        var region = new PageRegion(null, body, RegionFlags.None);
        walker.Start(PageBlockKind.Paragraph, 0, body, region);
        walker.WalkChildren(body, region, 0);
        walker.Flush();
        return walker._blocks;
    }

    /// <summary>The texts of the blocks <see cref="Walk"/> would cut <paramref name="element"/> into, without making the blocks.</summary>
    public static HashSet<string> Texts(IElement element, int maxDepth)
    {
        var walker = new PageWalker(maxDepth, new HashSet<string>(StringComparer.Ordinal));
        var region = new PageRegion(null, element, RegionFlags.None);
        walker.Start(PageBlockKind.Paragraph, 0, element, region);
        walker.WalkChildren(element, region, 0);
        walker.Flush();
        return walker._texts!;
    }

    /// <summary>The flags an element's tag, role, class and id give the blocks inside it.</summary>
    internal static RegionFlags FlagsOf(IElement element) => FlagsOf(element, Attributes.Of(element));

    private static RegionFlags FlagsOf(IElement element, in Attributes attributes)
    {
        var flags = element.LocalName switch
        {
            "nav" => RegionFlags.Navigation,
            "footer" => RegionFlags.Footer,
            "aside" => RegionFlags.Aside,
            "header" => RegionFlags.Header,
            "article" or "main" => RegionFlags.Article,
            "address" => RegionFlags.Byline,
            _ => RegionFlags.None,
        };

        flags |= attributes.Role switch
        {
            "navigation" or "menu" or "menubar" or "search" or "tablist" => RegionFlags.Navigation,
            "contentinfo" => RegionFlags.Footer,
            "complementary" => RegionFlags.Aside,
            "banner" => RegionFlags.Header,
            "dialog" or "alertdialog" or "alert" => RegionFlags.Boilerplate,
            "main" or "article" => RegionFlags.Article,
            _ => RegionFlags.None,
        };

        if (attributes.Rel == "author" || attributes.ItemProp is "author" or "creator")
        {
            flags |= RegionFlags.Byline;
        }

        flags |= WordFlags(attributes.Class) | WordFlags(attributes.Id);
        return flags;
    }

    /// <summary>The attributes the walk reads, in one pass over the element's attributes (each <c>GetAttribute</c> searches them and lower-cases the name).</summary>
    private readonly record struct Attributes(string? Role, string? Rel, string? ItemProp, string? Class, string? Id, string? Style, string? AriaHidden, bool Hidden)
    {
        public static Attributes Of(IElement element)
        {
            var attributes = element.Attributes;
            if (attributes.Length == 0)
            {
                return default;
            }

            string? role = null, rel = null, itemProp = null, classes = null, id = null, style = null, ariaHidden = null;
            var hidden = false;
            for (var i = 0; i < attributes.Length; i++)
            {
                var attribute = attributes[i];
                if (attribute is null)
                {
                    continue;
                }

                switch (attribute.Name)
                {
                    case "role": role ??= attribute.Value; break;
                    case "rel": rel ??= attribute.Value; break;
                    case "itemprop": itemProp ??= attribute.Value; break;
                    case "class": classes ??= attribute.Value; break;
                    case "id": id ??= attribute.Value; break;
                    case "style": style ??= attribute.Value; break;
                    case "aria-hidden": ariaHidden ??= attribute.Value; break;
                    case "hidden": hidden = true; break;
                    default: break;
                }
            }

            return new Attributes(role, rel, itemProp, classes, id, style, ariaHidden, hidden);
        }
    }

    /// <summary>Flags from the words of a class or id (<c>share-buttons</c>, <c>relatedArticles</c>, <c>site_footer</c>).</summary>
    private static RegionFlags WordFlags(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 512)
        {
            return RegionFlags.None;
        }

        var flags = RegionFlags.None;
        Span<char> word = stackalloc char[64];
        var length = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var boundary = !char.IsAsciiLetterOrDigit(c) || (char.IsAsciiLetterUpper(c) && length > 0 && char.IsAsciiLetterLower(word[length - 1]));
            if (boundary && length > 0)
            {
                flags |= WordFlagOf.TryGetValue(word[..length], out var flag) ? flag : CompoundFlags(word[..length]);
                length = 0;
            }

            if (char.IsAsciiLetterOrDigit(c) && length < word.Length)
            {
                word[length++] = char.ToLowerInvariant(c);
            }
        }

        return flags;
    }

    /// <summary>
    /// What a class word run together from a known word and a container's name says (<c>relatedposts</c>,
    /// <c>commentlist</c>, <c>sharebuttons</c>, <c>newsletterform</c>): the flag of the known word.
    /// </summary>
    private static readonly string[] ContainerSuffixes =
        ["posts", "post", "articles", "stories", "links", "items", "list", "box", "widget", "wrapper", "wrap", "container", "section", "area", "block", "bar", "buttons", "button", "form", "icons", "tools"];

    /// <summary>The shortest known word a compound class word opens with.</summary>
    private const int CompoundMinHead = 3;

    private static RegionFlags CompoundFlags(ReadOnlySpan<char> word)
    {
        if (word.Length < CompoundMinHead + 3)
        {
            return RegionFlags.None;
        }

        foreach (var suffix in ContainerSuffixes)
        {
            if (word.Length - suffix.Length >= CompoundMinHead && word.EndsWith(suffix, StringComparison.Ordinal) &&
                WordFlagOf.TryGetValue(word[..^suffix.Length], out var flag))
            {
                return flag;
            }
        }

        return RegionFlags.None;
    }

    private enum TagKind
    {
        Inline,
        Skipped,
        Block,
    }

    private static Dictionary<string, TagKind> TagKindTable()
    {
        var table = new Dictionary<string, TagKind>(StringComparer.Ordinal);
        foreach (var tag in Skipped)
        {
            table[tag] = TagKind.Skipped;
        }

        foreach (var tag in BlockLevel)
        {
            table.TryAdd(tag, TagKind.Block);
        }

        return table;
    }

    private static TagKind KindOf(string tag) => TagKinds.TryGetValue(tag, out var kind) ? kind : TagKind.Inline;

    private static Dictionary<string, RegionFlags> WordFlagTable()
    {
        var table = new Dictionary<string, RegionFlags>(StringComparer.Ordinal);
        foreach (var (words, flag) in new (IEnumerable<string> Words, RegionFlags Flag)[]
        {
            (NavigationWords, RegionFlags.Navigation), (["footer"], RegionFlags.Footer), (BoilerplateWords, RegionFlags.Boilerplate),
            (CommentWords, RegionFlags.Comments), (RelatedWords, RegionFlags.Related), (NoticeWords, RegionFlags.Notice),
            (StandfirstWords, RegionFlags.Standfirst), (BylineWords, RegionFlags.Byline), (CaptionWords, RegionFlags.Caption),
        })
        {
            foreach (var word in words)
            {
                table.TryAdd(word, flag);
            }
        }

        return table;
    }

    /// <summary>Whether an element is not rendered (<c>hidden</c>, <c>aria-hidden</c>, <c>display:none</c>, screen-reader-only classes).</summary>
    private static bool IsHidden(in Attributes attributes)
    {
        if (attributes.Hidden || attributes.AriaHidden == "true")
        {
            return true;
        }

        if (attributes.Style is { } style)
        {
            var compact = Compact(style);
            if (compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return attributes.Class is { } classes && HasHiddenClass(classes);
    }

    /// <summary>
    /// Whether a class name, without its hyphens and underscores and in lower case, says the element is
    /// not shown (<c>sr-only</c>, <c>visually-hidden</c>, <c>screen-reader-text</c>).
    /// </summary>
    private static bool HasHiddenClass(string classes)
    {
        Span<char> word = stackalloc char[HiddenWordMaxLength];
        var length = 0;
        var tooLong = false;
        for (var i = 0; i <= classes.Length; i++)
        {
            var c = i < classes.Length ? classes[i] : ' ';
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (length > 0 && !tooLong && HiddenWordOf.Contains(word[..length]))
                {
                    return true;
                }

                length = 0;
                tooLong = false;
            }
            else if (c is not ('-' or '_'))
            {
                if (length < word.Length)
                {
                    word[length++] = char.ToLowerInvariant(c);
                }
                else
                {
                    tooLong = true;
                }
            }
        }

        return false;
    }

    private static string Compact(string style) => style.Replace(" ", "", StringComparison.Ordinal);

    private void WalkChildren(INode parent, PageRegion region, int depth)
    {
        if (depth >= _maxDepth)
        {
            return;
        }

        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var node = children[i];
            if (node is IText text)
            {
                AppendText(text);
            }
            else if (node is IElement element)
            {
                WalkElement(element, region, depth + 1);
            }
        }
    }

    private void WalkElement(IElement element, PageRegion region, int depth)
    {
        var tag = element.TagName;
        var tagKind = KindOf(tag);
        if (tagKind == TagKind.Skipped)
        {
            return;
        }

        var attributes = Attributes.Of(element);
        if (IsHidden(attributes))
        {
            return;
        }

        // A caption or credit classed as such (inline or block) describes a picture; it is not the article's text.
        var flags = FlagsOf(element, attributes);
        if ((flags & RegionFlags.Caption) != 0)
        {
            if (tagKind == TagKind.Block)
            {
                Flush();
                Start(_kind, _level, _element, _region, _list, _preserve);
            }

            return;
        }

        if (tag == "BR")
        {
            AppendBreak();
            return;
        }

        if (tagKind != TagKind.Block)
        {
            var link = tag == "A";
            if (link)
            {
                _inLink++;
                _href ??= element.GetAttribute("href");
            }

            WalkChildren(element, region, depth);
            if (link)
            {
                _inLink--;
            }

            return;
        }

        // A block-level element ends the running block and starts its own.
        Flush();
        var (kind, level, list, preserve, element0) = (_kind, _level, _list, _preserve, _element);
        var outer = region;
        if (_texts is null && (flags != RegionFlags.None || tag is "DIV" or "SECTION" or "ARTICLE" or "MAIN" or "UL" or "OL" or "DL" or "TABLE" or "BLOCKQUOTE" or "FIGURE"))
        {
            region = new PageRegion(region, element, flags);
        }

        if (!TryQuote(element, region, attributes.Class))
        {
            switch (tag)
            {
                case "H1" or "H2" or "H3" or "H4" or "H5" or "H6":
                    Start(PageBlockKind.Heading, tag[1] - '0', element, region);
                    break;
                case "LI" or "DT":
                    Start(PageBlockKind.ListItem, 0, element, region, element.ParentElement);
                    break;
                case "PRE":
                    Start(PageBlockKind.Paragraph, 0, element, region, preserve: true);
                    break;
                case "FIGCAPTION" or "CAPTION" or "LEGEND":
                    // Captions of pictures and tables describe them; they are not the article's text.
                    Start(kind, level, element0, outer, list, preserve);
                    return;
                default:
                    Start(PageBlockKind.Paragraph, 0, element, region, tag == "DD" ? element.ParentElement : null);
                    break;
            }

            WalkChildren(element, region, depth);
            Flush();
        }

        // Text after the element belongs to the block around it again.
        Start(kind == PageBlockKind.Heading ? PageBlockKind.Paragraph : kind, 0, element0, outer, list, preserve);
    }

    /// <summary>
    /// A displayed quote: a <c>figure</c> holding a <c>blockquote</c> with a <c>figcaption</c>, or a
    /// <c>blockquote</c> (or an <c>aside</c> or element classed as a pull quote) holding a <c>cite</c>,
    /// <c>footer</c> or <c>figcaption</c>. Its text is one block; the attribution goes with it.
    /// Without an attribution, a blockquote's paragraphs are read as paragraphs.
    /// </summary>
    private bool TryQuote(IElement element, PageRegion region, string? classes)
    {
        var tag = element.TagName;
        var pullQuoteClass = classes is { } c && (c.Contains("pullquote", StringComparison.OrdinalIgnoreCase) || c.Contains("pull-quote", StringComparison.OrdinalIgnoreCase));
        if (tag is not ("FIGURE" or "BLOCKQUOTE" or "ASIDE") && !pullQuoteClass)
        {
            return false;
        }

        // A sidebar is a pull quote only when it holds a quotation.
        if (tag == "ASIDE" && !pullQuoteClass && FirstDescendant(element, "blockquote", null, null) is null && !StartsWithQuotationMark(element.TextContent))
        {
            return false;
        }

        IElement? quote;
        IElement? attribution;
        if (tag == "FIGURE")
        {
            quote = FirstDescendant(element, "blockquote", null, null);
            attribution = FindChild(element, "FIGCAPTION");
            if (quote is null)
            {
                return false;
            }
        }
        else
        {
            quote = element;
            attribution = FindAttribution(element);
        }

        if (attribution is null)
        {
            return false;
        }

        var attributionText = TrimDashes(Collapse(TextOf(attribution, null)));
        var quoteText = Collapse(TextOf(quote, attribution));
        if (attributionText.Length == 0 || quoteText.Length == 0 || PageText.Words(quoteText) > 120 || PageText.Words(attributionText) > 20)
        {
            return false;
        }

        var anchor = FirstText(quote, attribution);
        if (anchor is null)
        {
            return false;
        }

        if (_texts is not null)
        {
            _texts.Add(quoteText);
            return true;
        }

        _blocks.Add(new PageBlock
        {
            Kind = PageBlockKind.Quote,
            Text = quoteText,
            Attribution = attributionText,
            Element = element,
            Anchor = anchor,
            Position = PositionOf(element),
            Region = region,
            Chars = CountChars(quoteText),
        });
        return true;
    }

    private static bool StartsWithQuotationMark(string text)
    {
        var t = text.AsSpan().TrimStart();
        return t.Length > 0 && t[0] is '"' or '\u201C' or '\u201E' or '\u00AB';
    }

    private static IElement? FindChild(IElement element, string tag)
    {
        foreach (var child in element.Children)
        {
            if (child.TagName == tag)
            {
                return child;
            }
        }

        return null;
    }

    private static IElement? FindAttribution(IElement element) => FirstDescendant(element, "cite", "footer", "figcaption");

    /// <summary>
    /// The first element below <paramref name="element"/>, in document order, of one of the given tags
    /// (as the selector <c>cite, footer, figcaption</c> finds it, without parsing a selector each time).
    /// </summary>
    private static IElement? FirstDescendant(IElement element, string tag, string? tag2, string? tag3)
    {
        foreach (var e in PageNodes.ElementsBelow(element))
        {
            if (IsTag(e, tag) || IsTag(e, tag2) || IsTag(e, tag3))
            {
                return e;
            }
        }

        return null;

        static bool IsTag(IElement e, string? tag) => tag is not null && e.LocalName.Equals(tag, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The dashes an attribution line is introduced with (<c>— Name, role</c>).</summary>
    internal static string TrimDashes(string text) => text.TrimStart('\u2014', '\u2013', '\u2015', '-', ' ', '\u00A0').Trim();

    private static INode? FirstText(INode node, IElement? exclude)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text && !string.IsNullOrWhiteSpace(text.Data))
            {
                return text;
            }

            if (child is IElement e && e != exclude && KindOf(e.TagName) != TagKind.Skipped && FirstText(e, exclude) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The text of an element's subtree (without <paramref name="exclude"/>), block boundaries read as spaces.</summary>
    private static string TextOf(IElement element, IElement? exclude)
    {
        var builder = new StringBuilder();
        AppendSubtree(element, exclude, builder, 0);
        return builder.ToString();
    }

    private static void AppendSubtree(INode node, IElement? exclude, StringBuilder builder, int depth)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length && depth < 64; i++)
        {
            var child = children[i];
            if (child is IText text)
            {
                builder.Append(text.Data);
            }
            else if (child is IElement e && e != exclude && KindOf(e.TagName) is var kind && kind != TagKind.Skipped && !IsHidden(Attributes.Of(e)))
            {
                if (kind == TagKind.Block || e.TagName == "BR")
                {
                    builder.Append(' ');
                }

                AppendSubtree(e, exclude, builder, depth + 1);
            }
        }
    }

    /// <summary>White space collapsed as a browser renders it (no-break spaces kept), trimmed.</summary>
    internal static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static int CountChars(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                n++;
            }
        }

        return n;
    }

    private static TextPosition PositionOf(IElement element) =>
        element.SourceReference is { } source ? new TextPosition(source.Position.Line, source.Position.Column) : default;

    private void Start(PageBlockKind kind, int level, IElement element, PageRegion region, IElement? list = null, bool preserve = false)
    {
        _kind = kind;
        _level = level;
        _element = element;
        _region = region;
        _list = list;
        _preserve = preserve;
        _text.Clear();
        _anchor = null;
        _chars = 0;
        _linkChars = 0;
        _href = null;
    }

    private void AppendText(IText node)
    {
        var data = node.Data;
        var letters = 0;
        foreach (var c in data)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters++;
            }
        }

        if (_anchor is null && !string.IsNullOrWhiteSpace(data))
        {
            _anchor = node;
        }

        _chars += letters;
        if (_inLink > 0)
        {
            _linkChars += letters;
        }

        if (_preserve)
        {
            _text.Append(data);
            return;
        }

        // White space collapsed to one space, none at the start of the block or after a line break;
        // the runs between are appended whole.
        var rest = data.AsSpan();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOfAny(CollapsedSpace);
            if (space < 0)
            {
                _text.Append(rest);
                return;
            }

            _text.Append(rest[..space]);
            if (_text.Length > 0 && _text[^1] is not ' ' and not '\n')
            {
                _text.Append(' ');
            }

            rest = rest[(space + 1)..];
        }
    }

    private void AppendBreak()
    {
        while (_text.Length > 0 && _text[^1] == ' ')
        {
            _text.Length--;
        }

        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append('\n');
        }
    }

    private void Flush()
    {
        if (_anchor is not null)
        {
            var text = _preserve ? _text.ToString().Trim('\n', '\r') : _text.ToString().Trim(' ', '\t', '\n', '\r', '\f').Replace(" \n", "\n", StringComparison.Ordinal);
            if (text.Length > 0 && _chars > 0 && _texts is not null)
            {
                _texts.Add(text);
            }
            else if (text.Length > 0 && _chars > 0)
            {
                _blocks.Add(new PageBlock
                {
                    Kind = _kind,
                    Level = _level,
                    Text = text,
                    Element = _element,
                    Anchor = _anchor,
                    Position = PositionOf(_element),
                    Region = _region,
                    Chars = _chars,
                    LinkChars = _linkChars,
                    Href = _href,
                    List = _list,
                });
            }
        }

        _text.Clear();
        _anchor = null;
        _chars = 0;
        _linkChars = 0;
        _href = null;
    }
}
