using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Briefing.Model.Text;

/// <summary>
/// The plain-text front door: parses the publishers' layout (docs/text-layout.md) into the model and writes the
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
        var (clean, invalidAt, invalidCount) = ReplaceLoneSurrogates(text);
        return TextParser.Parse(clean, options ?? BriefingTextOptions.Default, invalidAt, invalidCount);
    }

    /// <summary>Parses a briefing in the plain-text layout.</summary>
    /// <param name="text">The text (LF, CRLF or CR line ends; a leading BOM is skipped).</param>
    /// <param name="options">Limits; <see cref="BriefingTextOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, diagnostics with line and column, and the source map.</returns>
    public static BriefingReadResult Parse(ReadOnlySpan<char> text, BriefingTextOptions? options = null)
    {
        options ??= BriefingTextOptions.Default;
        return text.Length > options.MaxDocumentChars ? TooLarge(text.Length, options) : Parse(text.ToString(), options);
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

        // The BOM is skipped once, as for a string (by the parser): a title that itself begins with
        // U+FEFF, written after a BOM by Write, is kept.
        var bom = Utf8Input.BomLength(utf8);
        if ((long)utf8.Length - bom > (long)options.MaxDocumentChars * 3)
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
        using var input = new InputBuffer(MaxBytes(options));
        try
        {
            while (input.Advance(utf8.Read(input.Free().Span)))
            {
            }
        }
        catch (IOException exception)
        {
            return Unreadable(exception);
        }

        return input.TooLarge ? TooLarge(input.Length, options) : Parse(input.Content, options);
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
        using var input = new InputBuffer(MaxBytes(options));
        try
        {
            while (input.Advance(await utf8.ReadAsync(input.Free(), cancellationToken).ConfigureAwait(false)))
            {
            }
        }
        catch (IOException exception)
        {
            return Unreadable(exception);
        }

        return input.TooLarge ? TooLarge(input.Length, options) : Parse(input.Content, options);
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
        return TextWriterCore.Write(WritableView.Of(briefing));
    }

    private static long MaxBytes(BriefingTextOptions options) => Math.Min((long)options.MaxDocumentChars * 3 + 3, Array.MaxLength);

    private static BriefingReadResult TooLarge(long size, BriefingTextOptions options) =>
        TextParser.Failure(TextDiagnostics.DocumentTooLarge, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"The input ({size} characters or bytes) is larger than the limit of {options.MaxDocumentChars} characters (BriefingTextOptions.MaxDocumentChars)."));

    private static BriefingReadResult Unreadable(IOException exception) =>
        TextParser.Failure(TextDiagnostics.UnreadableInput, $"The input could not be read: {exception.Message}");

    /// <summary>
    /// Replaces lone surrogates (invalid UTF-16, which no UTF-8 file or JSON string can carry) with
    /// U+FFFD, remembering where the first one was, so they are reported like invalid UTF-8.
    /// </summary>
    private static (string Text, int InvalidAt, int InvalidCount) ReplaceLoneSurrogates(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0)
        {
            return (text, -1, 0);
        }

        var chars = text.ToCharArray();
        var invalidAt = -1;
        var invalidCount = 0;
        for (var i = first; i < chars.Length; i++)
        {
            if (!char.IsSurrogate(chars[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
                continue;
            }

            chars[i] = '\uFFFD';
            invalidCount++;
            if (invalidAt < 0)
            {
                invalidAt = i;
            }
        }

        return invalidCount == 0 ? (text, -1, 0) : (new string(chars), invalidAt, invalidCount);
    }

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

    /// <summary>A pooled, growing byte buffer that stops reading once it holds more than a limit.</summary>
    private sealed class InputBuffer(long limit) : IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);

        public int Length { get; private set; }

        public bool TooLarge => Length > limit;

        public ReadOnlySpan<byte> Content => _buffer.AsSpan(0, Length);

        /// <summary>The free part of the buffer, grown when full.</summary>
        public Memory<byte> Free()
        {
            if (Length == _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, Array.MaxLength));
                _buffer.AsSpan(0, Length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }

            return _buffer.AsMemory(Length);
        }

        /// <summary>Records <paramref name="read"/> more bytes; whether to read on.</summary>
        public bool Advance(int read)
        {
            Length += read;
            return read > 0 && !TooLarge;
        }

        public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
    }
}
