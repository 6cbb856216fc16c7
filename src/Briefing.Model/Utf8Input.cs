using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Briefing.Model;

/// <summary>
/// The one place where the readers (<c>BriefingJson</c>, <c>Ninjs</c>, <c>BriefingText</c>) handle raw
/// UTF-8 input: the byte-order mark, validity, and turning byte positions into the 1-based lines and
/// character (UTF-16 code unit) columns every diagnostic reports.
/// </summary>
internal static class Utf8Input
{
    /// <summary>Length of a leading UTF-8 byte-order mark: 3, or 0 when there is none.</summary>
    /// <param name="utf8">The input.</param>
    /// <returns>The number of bytes to skip.</returns>
    public static int BomLength(ReadOnlySpan<byte> utf8) => utf8.StartsWith("\uFEFF"u8) ? 3 : 0;

    /// <summary>The input without a leading byte-order mark (only the first one: a U+FEFF after it is text).</summary>
    /// <param name="utf8">The input.</param>
    /// <returns>The input from its first byte of content.</returns>
    public static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> utf8) => utf8[BomLength(utf8)..];

    /// <summary>Byte offset of the first sequence that is not UTF-8 (a truncated one at the end included), or -1.</summary>
    /// <param name="utf8">The input.</param>
    /// <returns>The offset, or -1 when the whole input is valid UTF-8 (one vectorised pass).</returns>
    public static int FirstInvalid(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8))
        {
            return -1;
        }

        var offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>1-based line and column, in characters (UTF-16 code units), of a byte offset.</summary>
    /// <param name="utf8">The input the offset is in.</param>
    /// <param name="offset">A byte offset; clamped to the input.</param>
    /// <returns>The position; an invalid byte before it on its line counts as one character.</returns>
    public static (int Line, int Column) Position(ReadOnlySpan<byte> utf8, long offset)
    {
        var prefix = utf8[..(int)Math.Clamp(offset, 0, utf8.Length)];
        var line = prefix.Count((byte)'\n') + 1;
        var lineStart = prefix.LastIndexOf((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(prefix[lineStart..]) + 1);
    }

    /// <summary>
    /// 1-based line and character column of a position as System.Text.Json reports it (0-based line,
    /// 0-based byte position in that line).
    /// </summary>
    /// <param name="utf8">The input that was read.</param>
    /// <param name="lineNumber">The 0-based line, or <see langword="null"/> when unknown.</param>
    /// <param name="bytePositionInLine">The 0-based byte position in the line, or <see langword="null"/>.</param>
    /// <returns>The position; both <see langword="null"/> when unknown, the column <see langword="null"/> past the end.</returns>
    public static (int? Line, int? Column) Position(ReadOnlySpan<byte> utf8, long? lineNumber, long? bytePositionInLine)
    {
        if (lineNumber is not { } line || bytePositionInLine is not { } bytes)
        {
            return (null, null);
        }

        var start = 0;
        for (long current = 0; current < line; current++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return ((int)Math.Min(line + 1, int.MaxValue), null);
            }

            start += next + 1;
        }

        var end = (int)Math.Min(start + bytes, utf8.Length);
        return ((int)Math.Min(line + 1, int.MaxValue), Encoding.UTF8.GetCharCount(utf8[start..end]) + 1);
    }

    /// <summary>
    /// A System.Text.Json exception message without its trailing "Path: … | LineNumber: … |
    /// BytePositionInLine: …" (0-based, in bytes): the readers report the pointer and a 1-based
    /// character position separately.
    /// </summary>
    /// <param name="message">The exception's message.</param>
    /// <returns>The message in its own words.</returns>
    public static string CleanJsonMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        var path = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (path >= 0 && (cut < 0 || path < cut))
        {
            cut = path;
        }

        // The reader's wording names its own parameter; say what it means.
        return (cut < 0 ? message : message[..cut])
            .Replace(", when isFinalBlock is true", "", StringComparison.Ordinal)
            .Replace(", while isFinalBlock is true", "", StringComparison.Ordinal)
            .Trim();
    }
}
