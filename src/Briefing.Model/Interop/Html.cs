using System.Net;
using System.Text;

namespace Briefing.Model.Interop;

/// <summary>A body block read from an HTML or XHTML body.</summary>
internal sealed record HtmlBlock(HtmlBlockKind Kind, string? Id, string Text, string? Attribution);

/// <summary>What an <see cref="HtmlBlock"/> became.</summary>
internal enum HtmlBlockKind
{
    Paragraph,
    Heading,
    PullQuote,
}

/// <summary>
/// Writes XHTML text safely and reads the text blocks of HTML or XHTML bodies. The reader is a small,
/// lenient, linear tokenizer (agency bodies are fragments, sometimes malformed: <c>&lt;/ br&gt;</c>,
/// unclosed paragraphs), not an XML parser: it never throws and never recurses deeper than
/// <see cref="MaxDepth"/>.
/// </summary>
internal static class Html
{
    private const int MaxDepth = 128;

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "head", "title", "script", "style", "template", "noscript", "textarea", "svg", "math" };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal) { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr" };

    private static readonly HashSet<string> BlockLevel = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption",
    };

    /// <summary>Appends <paramref name="text"/> as XML character data (or an attribute value when <paramref name="attribute"/>).</summary>
    /// <remarks>
    /// Escapes <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> (and <c>"</c> in attributes); writes carriage returns as
    /// <c>&amp;#13;</c> so XML parsers keep them; replaces characters XML 1.0 cannot carry (C0 controls other
    /// than tab and line feed, lone surrogates, U+FFFE, U+FFFF) with U+FFFD.
    /// </remarks>
    public static void AppendEscaped(StringBuilder builder, string text, bool attribute = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"' when attribute:
                    builder.Append("&quot;");
                    break;
                case '\r':
                    builder.Append("&#13;");
                    break;
                case '\n' or '\t' when attribute:
                    builder.Append(c == '\n' ? "&#10;" : "&#9;");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if ((c < ' ' && c is not '\n' and not '\t') || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }

    /// <summary>Reads the text blocks of an HTML or XHTML fragment or document.</summary>
    public static List<HtmlBlock> ReadBlocks(string html)
    {
        var root = Parse(html);
        var blocks = new List<HtmlBlock>();
        var pending = new TextCollector(preserve: false);

        // When the body marks its paragraphs, text outside them is decoration (datelines, bylines,
        // credits); a body without paragraph elements is all loose text.
        var looseText = root.Find("p") is null;
        Walk(root, preserve: false, looseText, blocks, ref pending);
        Flush(blocks, ref pending, preserve: false, looseText);
        return blocks;
    }

    /// <summary>The text of an HTML fragment (for headlines and descriptions that carry markup).</summary>
    public static string ReadText(string html)
    {
        var collector = new TextCollector(preserve: false);
        AppendText(Parse(html), collector);
        return collector.ToString();
    }

    private static void Walk(Element element, bool preserve, bool looseText, List<HtmlBlock> blocks, ref TextCollector pending)
    {
        foreach (var child in element.Children)
        {
            if (child is string text)
            {
                if (pending.Preserve != preserve)
                {
                    Flush(blocks, ref pending, preserve, looseText);
                }

                pending.Append(text);
                continue;
            }

            var e = (Element)child;
            var childPreserve = e.Attribute("xml:space") switch
            {
                "preserve" => true,
                "default" => false,
                _ => preserve,
            };

            if (Skipped.Contains(e.Name))
            {
                continue;
            }

            if (e.Name == "br")
            {
                pending.LineBreak();
                continue;
            }

            if (!BlockLevel.Contains(e.Name))
            {
                // Inline markup (a, span, sup, em ...): its text joins the running paragraph.
                if (pending.Preserve != childPreserve && pending.IsEmpty)
                {
                    pending = new TextCollector(childPreserve);
                }

                AppendText(e, pending);
                continue;
            }

            Flush(blocks, ref pending, childPreserve, looseText);
            switch (e.Name)
            {
                case "h1":
                    // The item's own title, repeated in full-page bodies: the headline carries it.
                    break;
                case "h2" or "h3" or "h4" or "h5" or "h6":
                    Add(blocks, HtmlBlockKind.Heading, e.Attribute("id"), TextOf(e, childPreserve), null);
                    break;
                case "p":
                    Add(blocks, HtmlBlockKind.Paragraph, e.Attribute("id"), TextOf(e, childPreserve), null);
                    break;
                case "figure":
                    // A figure around a blockquote is a pull quote with its caption as attribution;
                    // any other figure is an illustration, and its caption is not body text.
                    if (e.Find("blockquote") is { } quote)
                    {
                        var caption = e.Find("figcaption");
                        AddQuote(blocks, e.Attribute("id") ?? quote.Attribute("id"), quote, caption, childPreserve);
                    }

                    break;
                case "blockquote":
                    AddQuote(blocks, e.Attribute("id"), e, e.Children.OfType<Element>().FirstOrDefault(c => c.Name is "footer" or "cite"), childPreserve);
                    break;
                default:
                    Walk(e, childPreserve, looseText, blocks, ref pending);
                    Flush(blocks, ref pending, childPreserve, looseText);
                    break;
            }
        }
    }

    private static void AddQuote(List<HtmlBlock> blocks, string? id, Element quote, Element? attribution, bool preserve)
    {
        var collector = new TextCollector(preserve);
        AppendText(quote, collector, exclude: attribution);
        var text = collector.ToString();
        var source = attribution is null ? null : TextOf(attribution, preserve: false).TrimStart('\u2014', '\u2013', '\u2015', '-', ' ', '\u00A0');
        if (string.IsNullOrEmpty(source))
        {
            // A quotation without an attribution is body text (agencies set dialogue this way).
            Add(blocks, HtmlBlockKind.Paragraph, id, text, null);
        }
        else
        {
            Add(blocks, HtmlBlockKind.PullQuote, id, text, source);
        }
    }

    private static void Add(List<HtmlBlock> blocks, HtmlBlockKind kind, string? id, string text, string? attribution)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            blocks.Add(new HtmlBlock(kind, string.IsNullOrWhiteSpace(id) ? null : id, text, attribution));
        }
    }

    private static void Flush(List<HtmlBlock> blocks, ref TextCollector pending, bool preserve, bool looseText = true)
    {
        if (looseText && !pending.IsEmpty)
        {
            Add(blocks, HtmlBlockKind.Paragraph, null, pending.ToString(), null);
        }

        pending = new TextCollector(preserve);
    }

    private static string TextOf(Element element, bool preserve)
    {
        var collector = new TextCollector(preserve);
        AppendText(element, collector);
        return collector.ToString();
    }

    private static void AppendText(Element element, TextCollector collector, Element? exclude = null)
    {
        foreach (var child in element.Children)
        {
            if (child is string text)
            {
                collector.Append(text);
            }
            else if (child is Element e && !ReferenceEquals(e, exclude) && !Skipped.Contains(e.Name))
            {
                if (e.Name == "br")
                {
                    collector.LineBreak();
                }
                else if (BlockLevel.Contains(e.Name))
                {
                    collector.BlockBreak();
                    AppendText(e, collector, exclude);
                    collector.BlockBreak();
                }
                else
                {
                    AppendText(e, collector, exclude);
                }
            }
        }
    }

    private static Element Parse(string html)
    {
        var root = new Element("#root", null);
        var stack = new List<Element> { root };
        var text = new StringBuilder();
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }

            text.Append(html, i, lt - i);
            var next = lt + 1 < html.Length ? html[lt + 1] : '\0';
            if (html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
            {
                i = SkipPast(html, lt + 4, "-->");
            }
            else if (html.AsSpan(lt).StartsWith("<![CDATA[", StringComparison.Ordinal))
            {
                FlushText(stack, text);
                var end = html.IndexOf("]]>", lt + 9, StringComparison.Ordinal);
                var content = end < 0 ? html[(lt + 9)..] : html[(lt + 9)..end];
                stack[^1].Children.Add(content);
                i = end < 0 ? html.Length : end + 3;
            }
            else if (next is '!' or '?')
            {
                i = SkipPast(html, lt + 2, ">");
            }
            else if (next == '/')
            {
                FlushText(stack, text);
                var (name, after) = ReadName(html, lt + 2);
                i = SkipPast(html, after, ">");
                if (name.Length > 0)
                {
                    Close(stack, name);
                }
            }
            else if (char.IsAsciiLetter(next))
            {
                FlushText(stack, text);
                i = OpenTag(html, lt + 1, stack);
            }
            else
            {
                text.Append('<');
                i = lt + 1;
            }
        }

        FlushText(stack, text);
        return root;
    }

    private static int OpenTag(string html, int start, List<Element> stack)
    {
        var (name, i) = ReadName(html, start);
        var element = new Element(name, null);
        var selfClosing = false;
        while (i < html.Length)
        {
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                break;
            }

            if (html[i] == '>')
            {
                i++;
                break;
            }

            if (html[i] == '/')
            {
                selfClosing = true;
                i++;
                continue;
            }

            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not '=' and not '>' and not '/')
            {
                i++;
            }

            var attribute = html[nameStart..i].ToLowerInvariant();
            if (attribute.Length == 0)
            {
                i++;
                continue;
            }

            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            var value = "";
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && char.IsWhiteSpace(html[i]))
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var end = html.IndexOf(quote, i + 1);
                    end = end < 0 ? html.Length : end;
                    value = html[(i + 1)..end];
                    i = Math.Min(end + 1, html.Length);
                }
                else
                {
                    var valueStart = i;
                    while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }

                    value = html[valueStart..i];
                }
            }

            element.Attributes ??= new Dictionary<string, string>(StringComparer.Ordinal);
            element.Attributes.TryAdd(attribute, WebUtility.HtmlDecode(value));
        }

        // A new block closes an open paragraph (HTML's implied end tags), and an item closes an item.
        if (BlockLevel.Contains(name) && stack.Count > 1 && stack[^1].Name == "p")
        {
            stack.RemoveAt(stack.Count - 1);
        }

        if (name == "li" && stack.Count > 1 && stack[^1].Name == "li")
        {
            stack.RemoveAt(stack.Count - 1);
        }

        stack[^1].Children.Add(element);
        if (Skipped.Contains(name))
        {
            // Raw text (script, style) and metadata: skip the content up to the end tag.
            if (!selfClosing)
            {
                var end = IndexOfEndTag(html, i, name);
                i = end < 0 ? html.Length : SkipPast(html, end, ">");
            }
        }
        else if (!selfClosing && !Void.Contains(name) && stack.Count < MaxDepth)
        {
            stack.Add(element);
        }

        return i;
    }

    private static int IndexOfEndTag(string html, int from, string name)
    {
        var i = from;
        while (true)
        {
            var candidate = html.IndexOf("</", i, StringComparison.Ordinal);
            if (candidate < 0)
            {
                return -1;
            }

            if (html.AsSpan(candidate + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            i = candidate + 2;
        }
    }

    private static void Close(List<Element> stack, string name)
    {
        for (var depth = stack.Count - 1; depth > 0; depth--)
        {
            if (stack[depth].Name == name)
            {
                stack.RemoveRange(depth, stack.Count - depth);
                return;
            }
        }
    }

    private static (string Name, int End) ReadName(string html, int start)
    {
        var i = start;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is ':' or '-' or '_' or '.'))
        {
            i++;
        }

        return (html[start..i].ToLowerInvariant(), i);
    }

    private static int SkipPast(string html, int from, string terminator)
    {
        var end = html.IndexOf(terminator, Math.Min(from, html.Length), StringComparison.Ordinal);
        return end < 0 ? html.Length : end + terminator.Length;
    }

    private static void FlushText(List<Element> stack, StringBuilder text)
    {
        if (text.Length > 0)
        {
            stack[^1].Children.Add(WebUtility.HtmlDecode(text.ToString()));
            text.Clear();
        }
    }

    private sealed class Element(string name, Dictionary<string, string>? attributes)
    {
        public string Name { get; } = name;

        public Dictionary<string, string>? Attributes { get; set; } = attributes;

        public List<object> Children { get; } = [];

        public string? Attribute(string name) => Attributes is not null && Attributes.TryGetValue(name, out var value) ? value : null;

        /// <summary>The first descendant named <paramref name="name"/>, breadth-first (so nesting depth does not matter).</summary>
        public Element? Find(string name)
        {
            var queue = new Queue<Element>();
            queue.Enqueue(this);
            while (queue.Count > 0)
            {
                foreach (var child in queue.Dequeue().Children)
                {
                    if (child is Element e)
                    {
                        if (e.Name == name)
                        {
                            return e;
                        }

                        queue.Enqueue(e);
                    }
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Gathers the text of a block. HTML whitespace (space, tab, line feed, form feed, carriage return)
    /// collapses to single spaces and is trimmed, unless the block is inside <c>xml:space="preserve"</c>,
    /// where text is kept exactly; <c>&lt;br&gt;</c> is a line feed in both modes.
    /// </summary>
    private sealed class TextCollector(bool preserve)
    {
        private readonly StringBuilder _text = new();
        private bool _pendingSpace;
        private bool _trailingBreak;

        public bool Preserve { get; } = preserve;

        public bool IsEmpty => Preserve ? string.IsNullOrWhiteSpace(_text.ToString()) : _text.Length == 0;

        public void Append(string text)
        {
            if (Preserve)
            {
                _text.Append(text);
                _trailingBreak &= text.Length == 0;
                return;
            }

            foreach (var c in text)
            {
                if (c is ' ' or '\t' or '\n' or '\f' or '\r')
                {
                    _pendingSpace = _text.Length > 0 && _text[^1] != '\n';
                }
                else
                {
                    if (_pendingSpace)
                    {
                        _text.Append(' ');
                        _pendingSpace = false;
                    }

                    _text.Append(c);
                    _trailingBreak = false;
                }
            }
        }

        public void LineBreak()
        {
            _text.Append('\n');
            _pendingSpace = false;
            _trailingBreak = false;
        }

        public void BlockBreak()
        {
            if (_text.Length > 0 && _text[^1] != '\n')
            {
                LineBreak();
                _trailingBreak = true;
            }

            _pendingSpace = false;
        }

        public override string ToString()
        {
            if (!Preserve)
            {
                return _text.ToString().Trim('\n');
            }

            // A separator added after the last block is not part of the text.
            return _trailingBreak ? _text.ToString(0, _text.Length - 1) : _text.ToString();
        }
    }
}
