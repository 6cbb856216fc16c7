using System.Text;
using System.Text.RegularExpressions;
using Briefing.Model.Diagnostics;

namespace Briefing.Model.Html;

/// <summary>
/// Decodes a page's bytes: a byte order mark decides; else bytes that are valid UTF-8 are UTF-8; else
/// the encoding the page declares in its first 2 KB (<c>meta charset</c>, <c>http-equiv</c>) when .NET
/// knows it (legacy code pages included); else UTF-8 with invalid bytes read as U+FFFD (a finding).
/// </summary>
internal static partial class PageEncoding
{
    static PageEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, List<Diagnostic> diagnostics)
    {
        var bom = Utf8Input.BomLength(bytes);
        if (bom > 0)
        {
            bytes = bytes[bom..];
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        if (Charset().Match(head) is { Success: true } match)
        {
            try
            {
                var declared = Encoding.GetEncoding(match.Groups[1].Value);
                if (declared is not UTF8Encoding)
                {
                    return declared.GetString(bytes);
                }
            }
            catch (ArgumentException)
            {
                // An encoding .NET does not know: read as UTF-8 below.
            }
        }

        var text = Encoding.UTF8.GetString(bytes);
        var at = text.IndexOf('\uFFFD', StringComparison.Ordinal);
        var (line, column) = PageReader.LineAndColumn(text, Math.Max(0, at));
        diagnostics.Add(HtmlDiagnostics.Create(HtmlDiagnostics.InvalidEncoding, DiagnosticSeverity.Warning,
            "The page is not valid UTF-8 and declares no other encoding .NET knows; each invalid sequence was read as U+FFFD, the first here.", null, new TextPosition(line, column)));
        return text;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Charset();
}
