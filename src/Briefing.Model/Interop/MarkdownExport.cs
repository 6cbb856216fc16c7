using System.Text;

namespace Briefing.Model.Interop;

/// <summary>
/// Writes a briefing as CommonMark: <c># title</c>, the standfirst in italics, a byline (authors,
/// publication date, address) when the briefing has page metadata, the body paragraphs,
/// headings as <c>##</c>, pull quotes as block quotes with an attribution line
/// (<c>&gt; — Role, Location</c>), the disclaimer under its heading, and the related list under
/// <c>## Most recent in Category</c>.
/// </summary>
/// <remarks>
/// Text is escaped so that it renders as written and never changes the document's structure: the
/// inline markers <c>\ * _ ` [ ] ~</c> are always escaped, <c>&lt;</c> and <c>&amp;</c> when they could
/// start HTML or an entity, and a line that would start a heading, block quote, list, thematic break,
/// setext underline, fence or table (<c>#</c>, <c>&gt;</c>, <c>-</c>, <c>+</c>, <c>=</c>, <c>|</c>,
/// <c>1.</c>, <c>1)</c>) has that character escaped. Leading blanks of a line are dropped (Markdown
/// would read four of them as code), and whitespace-only lines inside a block are skipped (they would
/// split it). Line ends are <c>\n</c>; the text ends with one.
/// </remarks>
public static class MarkdownExport
{
    /// <summary>
    /// The byline under the standfirst: <c>By A and B · 2024-03-05 · &lt;https://…&gt;</c> (the
    /// calendar date of an RFC 3339 publication time, other times as written; an http(s) address as a
    /// link, another as text).
    /// </summary>
    private static void Byline(StringBuilder markdown, BriefingDocument briefing)
    {
        var first = true;
        void Text(string text)
        {
            if (first)
            {
                EscapeLineStart(markdown, text); // the line's start could read as a heading or a list
            }
            else
            {
                markdown.Append(" \u00B7 ");
                Inline(markdown, text);
            }

            first = false;
        }

        if (!briefing.Authors.IsEmpty)
        {
            Text("By " + OneLine(PageMetadata.JoinByline(briefing.Authors)));
        }

        if (!string.IsNullOrWhiteSpace(briefing.Published))
        {
            Text(Ninjs.PublicationTime(briefing.Published) is { } time ? time[..10] : OneLine(briefing.Published));
        }

        if (Ninjs.WebAddress(briefing.Url) is { } url && url.AsSpan().IndexOfAny('<', '>') < 0)
        {
            markdown.Append(first ? "<" : " \u00B7 <").Append(url).Append('>');
            first = false;
        }
        else if (!string.IsNullOrWhiteSpace(briefing.Url))
        {
            Text(OneLine(briefing.Url));
        }

        if (!first)
        {
            markdown.Append("\n\n");
        }
    }

    /// <summary>Writes a briefing as Markdown.</summary>
    /// <param name="briefing">The briefing.</param>
    /// <returns>The Markdown text.</returns>
    public static string Write(BriefingDocument briefing)
    {
        briefing = WritableView.Of(briefing);
        var markdown = new StringBuilder();
        Heading(markdown, 1, briefing.Title);
        if (!string.IsNullOrWhiteSpace(briefing.Standfirst))
        {
            Emphasis(markdown, "*", OneLine(briefing.Standfirst));
            markdown.Append("\n\n");
        }

        Byline(markdown, briefing);

        foreach (var block in briefing.Body)
        {
            switch (block)
            {
                case Heading heading:
                    Heading(markdown, 2, heading.Text);
                    break;
                case PullQuote quote:
                    Lines(markdown, quote.Text, "> ");
                    if (!string.IsNullOrWhiteSpace(quote.Attribution.Text))
                    {
                        markdown.Append(">\n> \u2014 ");
                        Inline(markdown, OneLine(quote.Attribution.Text));
                        markdown.Append('\n');
                    }

                    markdown.Append('\n');
                    break;
                default:
                    Lines(markdown, block.Text, "");
                    markdown.Append('\n');
                    break;
            }
        }

        if (briefing.Disclaimer is { } disclaimer)
        {
            if (string.IsNullOrWhiteSpace(disclaimer.Heading))
            {
                markdown.Append("---\n\n");
            }
            else
            {
                Heading(markdown, 2, disclaimer.Heading);
            }

            foreach (var paragraph in disclaimer.Paragraphs)
            {
                if (!string.IsNullOrWhiteSpace(paragraph))
                {
                    Lines(markdown, paragraph, "");
                    markdown.Append('\n');
                }
            }
        }

        if (!briefing.Related.IsEmpty)
        {
            Heading(markdown, 2, string.IsNullOrWhiteSpace(briefing.Category) ? "Related" : $"Most recent in {OneLine(briefing.Category)}");
            foreach (var related in briefing.Related)
            {
                markdown.Append("- ");
                var title = string.IsNullOrWhiteSpace(related.Title) ? null : OneLine(related.Title);
                var summary = string.IsNullOrWhiteSpace(related.Summary) ? null : OneLine(related.Summary);
                if (title is not null)
                {
                    Emphasis(markdown, "**", title);
                    if (summary is not null)
                    {
                        markdown.Append(" \u2014 ");
                    }
                }

                if (summary is not null)
                {
                    if (title is null)
                    {
                        EscapeLineStart(markdown, summary);
                    }
                    else
                    {
                        Inline(markdown, summary);
                    }
                }

                markdown.Append('\n');
            }

            markdown.Append('\n');
        }

        // One final newline.
        while (markdown.Length > 1 && markdown[^1] == '\n' && markdown[^2] == '\n')
        {
            markdown.Length--;
        }

        return markdown.ToString();
    }

    private static void Heading(StringBuilder markdown, int level, string text)
    {
        markdown.Append('#', level).Append(' ');
        var line = OneLine(text);
        Inline(markdown, line);

        // A heading's trailing #s would be read as its closing sequence.
        if (line.EndsWith('#'))
        {
            markdown.Insert(markdown.Length - 1, '\\');
        }

        markdown.Append("\n\n");
    }

    /// <summary>Wraps text in emphasis, keeping surrounding whitespace outside the markers (CommonMark ignores markers next to whitespace).</summary>
    private static void Emphasis(StringBuilder markdown, string marker, string text)
    {
        var trimmed = text.Trim();
        var leading = text[..text.IndexOf(trimmed, StringComparison.Ordinal)];
        var trailing = text[(leading.Length + trimmed.Length)..];
        markdown.Append(leading).Append(marker);
        Inline(markdown, trimmed);
        markdown.Append(marker).Append(trailing);
    }

    /// <summary>Writes a block's lines, each with <paramref name="prefix"/>, escaped at the line start and inline.</summary>
    private static void Lines(StringBuilder markdown, string text, string prefix)
    {
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            markdown.Append(prefix);
            EscapeLineStart(markdown, line.TrimStart(' ', '\t').TrimEnd(' ', '\t'));
            markdown.Append('\n');
        }
    }

    private static void EscapeLineStart(StringBuilder markdown, string line)
    {
        if (line.Length == 0)
        {
            return;
        }

        var first = line[0];
        if (first is '#' or '>' or '-' or '+' or '=' or '|' or ':') // ':' opens a definition in Markdig's extensions
        {
            markdown.Append('\\').Append(first);
            Inline(markdown, line[1..]);
            return;
        }

        // An ordered list marker: up to nine digits, then '.' or ')'.
        var digits = 0;
        while (digits < line.Length && digits < 10 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits is > 0 and < 10 && digits < line.Length && line[digits] is '.' or ')')
        {
            markdown.Append(line, 0, digits).Append('\\');
            Inline(markdown, line[digits..]);
            return;
        }

        // A letter or roman-numeral list marker (extensions: "a.", "B)", "iv."), then a space or the end.
        var letters = 0;
        while (letters < line.Length && letters < 10 && char.IsAsciiLetter(line[letters]) && (letters == 0 || IsRomanDigit(line[letters])))
        {
            letters++;
        }

        if ((letters == 1 || (letters is > 1 and < 10 && IsRomanDigit(line[0]))) && letters < line.Length && line[letters] is '.' or ')' &&
            (letters + 1 == line.Length || char.IsWhiteSpace(line[letters + 1])))
        {
            markdown.Append(line, 0, letters).Append('\\');
            Inline(markdown, line[letters..]);
            return;
        }

        Inline(markdown, line);
    }

    /// <summary>
    /// Writes text so that it stays text in CommonMark and in common extensions (GFM and Markdig's
    /// advanced set): markup characters are escaped, and so are the places an extension would start an
    /// autolink (<c>scheme:</c> followed by more, <c>www.</c>) or read attributes (<c>{</c>): a URL in
    /// the text is shown, never linked, and HTML inside or after it stays text.
    /// </summary>
    private static void Inline(StringBuilder markdown, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var previous = i > 0 ? text[i - 1] : '\0';
            var escape = c switch
            {
                '\\' or '*' or '_' or '`' or '[' or ']' or '~' or '}' or '|' or '^' or '=' or '+' or '$' => true,
                '<' => true,
                '&' => char.IsAsciiLetter(next) || next == '#',
                ':' => char.IsAsciiLetter(previous) && next != '\0' && !char.IsWhiteSpace(next),
                '.' => i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase) && (i == 3 || !char.IsLetterOrDigit(text[i - 4])),
                _ => false,
            };
            if (c == '{')
            {
                // Markdig reads a heading's {#id} attributes before backslash escapes: an entity is text everywhere.
                markdown.Append("&#123;");
                continue;
            }

            if (escape)
            {
                markdown.Append('\\');
            }

            markdown.Append(c);
        }
    }

    private static bool IsRomanDigit(char c) => "ivxlcdmIVXLCDM".Contains(c, StringComparison.Ordinal);

    private static string OneLine(string text) => string.Join(' ', text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
