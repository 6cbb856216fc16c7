using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Briefing.Model.Json;

namespace Briefing.Model.Text;

/// <summary>
/// The plain-text front door: parses the publishers' layout (DESIGN §3) into the model and writes the
/// model back in the same layout. Parsing never throws for bad content: problems are diagnostics
/// (<c>BT001</c>…) with line and column, and the result's <see cref="BriefingReadResult.SourceMap"/>
/// tells where each part of the document came from.
/// </summary>
public static class BriefingText
{
    /// <summary>Parses a briefing in the plain-text layout.</summary>
    /// <param name="text">The text (LF, CRLF or CR line ends; a leading BOM is skipped).</param>
    /// <param name="options">Limits; <see cref="BriefingTextOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, diagnostics with line and column, and the source map.</returns>
    public static BriefingReadResult Parse(string text, BriefingTextOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextParser.Parse(text, options ?? BriefingTextOptions.Default);
    }

    /// <summary>Parses a briefing in the plain-text layout.</summary>
    /// <param name="text">The text (LF, CRLF or CR line ends; a leading BOM is skipped).</param>
    /// <param name="options">Limits; <see cref="BriefingTextOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, diagnostics with line and column, and the source map.</returns>
    public static BriefingReadResult Parse(ReadOnlySpan<char> text, BriefingTextOptions? options = null)
    {
        options ??= BriefingTextOptions.Default;
        return text.Length > options.MaxDocumentChars ? TooLarge(text.Length, options) : TextParser.Parse(text.ToString(), options);
    }

    /// <summary>
    /// Parses a briefing from UTF-8 bytes (a leading BOM is skipped). Invalid UTF-8 is a <c>BT006</c>
    /// error at the first bad sequence; each bad sequence is read as U+FFFD so the rest of the text is kept.
    /// </summary>
    /// <param name="utf8">The UTF-8 bytes.</param>
    /// <param name="options">Limits; <see cref="BriefingTextOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, diagnostics with line and column, and the source map.</returns>
    public static BriefingReadResult Parse(ReadOnlySpan<byte> utf8, BriefingTextOptions? options = null)
    {
        options ??= BriefingTextOptions.Default;
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if ((long)utf8.Length > (long)options.MaxDocumentChars * 3)
        {
            return TooLarge(utf8.Length, options);
        }

        var (text, invalidAt, invalidCount) = Decode(utf8);
        return TextParser.Parse(text, options, invalidAt, invalidCount);
    }

    /// <summary>Parses a briefing from a stream of UTF-8 text, read to its end (not closed).</summary>
    /// <param name="utf8">The stream.</param>
    /// <param name="options">Limits; <see cref="BriefingTextOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, diagnostics with line and column, and the source map.</returns>
    public static BriefingReadResult Parse(Stream utf8, BriefingTextOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        options ??= BriefingTextOptions.Default;
        var limit = MaxBytes(options);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length);
                }

                int read;
                try
                {
                    read = utf8.Read(buffer, length, buffer.Length - length);
                }
                catch (IOException exception)
                {
                    return Unreadable(exception);
                }

                if (read == 0)
                {
                    return Parse(buffer.AsSpan(0, length), options);
                }

                length += read;
                if (length > limit)
                {
                    return TooLarge(length, options);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses a briefing from a stream of UTF-8 text, read asynchronously to its end (not closed).</summary>
    /// <param name="utf8">The stream.</param>
    /// <param name="options">Limits; <see cref="BriefingTextOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document, diagnostics with line and column, and the source map.</returns>
    public static async ValueTask<BriefingReadResult> ParseAsync(Stream utf8, BriefingTextOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        options ??= BriefingTextOptions.Default;
        var limit = MaxBytes(options);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length);
                }

                int read;
                try
                {
                    read = await utf8.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                }
                catch (IOException exception)
                {
                    return Unreadable(exception);
                }

                if (read == 0)
                {
                    return Parse(buffer.AsSpan(0, length), options);
                }

                length += read;
                if (length > limit)
                {
                    return TooLarge(length, options);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes a briefing in the plain-text layout: title, standfirst, body blocks (a pull quote followed
    /// by its attribution line), the disclaimer (heading and lines in one block), then the related list,
    /// blocks separated by blank lines and lines ended with <c>\n</c>. <c>Parse(Write(b))</c> equals
    /// <c>b</c> for every briefing the parser produced.
    /// </summary>
    /// <param name="briefing">The document.</param>
    /// <returns>The text.</returns>
    public static string Write(BriefingDocument briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        return TextWriterCore.Write(briefing);
    }

    private static long MaxBytes(BriefingTextOptions options) => Math.Min((long)options.MaxDocumentChars * 3 + 3, Array.MaxLength);

    private static byte[] Grow(byte[] buffer, int length)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static BriefingReadResult TooLarge(long size, BriefingTextOptions options) =>
        TextParser.Failure(TextDiagnostics.DocumentTooLarge, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The input ({size} characters or bytes) is larger than the limit of {options.MaxDocumentChars} characters (BriefingTextOptions.MaxDocumentChars)."));

    private static BriefingReadResult Unreadable(IOException exception) =>
        TextParser.Failure(TextDiagnostics.UnreadableInput, $"The input could not be read: {exception.Message}");

    /// <summary>Decodes UTF-8, replacing each invalid sequence with U+FFFD and remembering where the first one was.</summary>
    private static (string Text, int InvalidAt, int InvalidCount) Decode(ReadOnlySpan<byte> utf8)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(utf8.Length, 16));
        try
        {
            var written = 0;
            var invalidAt = -1;
            var invalidCount = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(utf8, chars.AsSpan(written), out var read, out var wrote, replaceInvalidSequences: false);
                written += wrote;
                utf8 = utf8[read..];
                if (status == OperationStatus.Done)
                {
                    break;
                }

                // InvalidData or NeedMoreData (a truncated sequence at the end): one replacement character.
                if (invalidAt < 0)
                {
                    invalidAt = written;
                }

                invalidCount++;
                chars[written++] = '\uFFFD';
                Rune.DecodeFromUtf8(utf8, out _, out var skip);
                utf8 = utf8[Math.Max(skip, 1)..];
            }

            return (new string(chars, 0, written), invalidAt, invalidCount);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
