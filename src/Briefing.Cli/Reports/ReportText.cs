using System.Globalization;
using System.Text;

namespace Briefing.Cli.Reports;

/// <summary>
/// Makes text from briefings safe to put in a report: control characters (C0, DEL, C1), line and
/// paragraph separators, bidirectional overrides and lone surrogates become visible <c>\u001B</c>
/// escapes, so a hostile title cannot drive a terminal, forge a CI command or break XML.
/// </summary>
internal static class ReportText
{
    /// <summary>The text with unsafe characters escaped; line breaks too unless <paramref name="keepLineBreaks"/>.</summary>
    public static string Visible(string text, bool keepLineBreaks = false)
    {
        var i = 0;
        while (i < text.Length && IsSafe(text, i, keepLineBreaks))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else if (IsSafe(text, i, keepLineBreaks))
            {
                builder.Append(text[i]);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)text[i]:X4}");
            }
        }

        return builder.ToString();
    }

    private static bool IsSafe(string text, int i, bool keepLineBreaks)
    {
        var c = text[i];
        if (c is '\n' or '\r')
        {
            return keepLineBreaks;
        }

        if (c == '\t')
        {
            return true;
        }

        if (char.IsSurrogate(c))
        {
            return char.IsHighSurrogate(c)
                ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : i > 0 && char.IsHighSurrogate(text[i - 1]);
        }

        return !(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF'
            || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'));
    }

    /// <summary>A file path as a relative URI reference with forward slashes (SARIF, GitHub), or the name itself for stdin.</summary>
    public static string RelativePath(string file)
    {
        if (file == "-")
        {
            return "stdin";
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(file));
        return relative.Replace('\\', '/');
    }
}
