namespace Briefing.Model.Html;

/// <summary>
/// One linear pass over the raw markup, before it is parsed, that finds where the page would pass the
/// element or nesting limit. HTML parsing and article finding take time in proportion to elements
/// times depth, so the page is cut there rather than parsed whole. The pass counts start and end tags
/// the way the parser will build elements: void elements and elements whose end tag may be left out
/// (<c>p</c>, <c>li</c>, table cells…) do not nest; comments and the contents of <c>script</c>,
/// <c>style</c>, <c>textarea</c> and <c>title</c> are skipped.
/// </summary>
internal static class PageLimits
{
    private static readonly HashSet<string> NonNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "html", "head", "body",
    };

    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"];

    /// <summary>Where the page must be cut (the offset of the first tag past a limit), and which limit; (-1, null) when it fits.</summary>
    public static (int CutAt, string? Code) Find(string html, BriefingHtmlOptions options)
    {
        var elements = 0;
        var depth = 0;
        var i = 0;
        var n = html.Length;
        while (true)
        {
            i = html.IndexOf('<', i);
            if (i < 0 || i + 1 >= n)
            {
                return (-1, null);
            }

            var c = html[i + 1];
            if (c == '!')
            {
                i = SkipDeclaration(html, i);
                continue;
            }

            var closing = c == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < n && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }

            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            var end = html.IndexOf('>', nameEnd);
            if (end < 0)
            {
                return (-1, null);
            }

            var selfClosing = html[end - 1] == '/';
            var nests = !IsNonNesting(name) && !selfClosing;
            if (closing)
            {
                if (nests && depth > 0)
                {
                    depth--;
                }

                i = end + 1;
                continue;
            }

            if (++elements > options.MaxElements)
            {
                return (i, HtmlDiagnostics.TooManyElements);
            }

            if (nests && ++depth > options.MaxDepth)
            {
                return (i, HtmlDiagnostics.NestedTooDeep);
            }

            i = end + 1;
            if ((name[0] | 0x20) is not ('s' or 't' or 'x' or 'n' or 'p'))
            {
                continue; // no raw-text element's name starts otherwise
            }

            foreach (var raw in RawText)
            {
                if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
                {
                    var close = html.IndexOf("</" + raw, i, StringComparison.OrdinalIgnoreCase);
                    i = close < 0 ? n : close; // its end tag, read next, closes it
                    break;
                }
            }
        }
    }

    private static bool IsNonNesting(ReadOnlySpan<char> name)
    {
        var lookup = NonNesting.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(name);
    }

    private static int SkipDeclaration(string html, int i)
    {
        if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        var end = html.IndexOf('>', i);
        return end < 0 ? html.Length : end + 1;
    }
}
