using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Briefing.Model.Diagnostics;

namespace Briefing.Model.Json;

/// <summary>
/// The JSON front door: reads briefing JSON (schema version 1.x) from text, UTF-8 bytes or a stream
/// into a <see cref="BriefingReadResult"/>, never throwing for bad content, and writes briefings as
/// compact or indented JSON. All paths use the source-generated <see cref="BriefingJsonContext"/>.
/// </summary>
/// <remarks>
/// Diagnostic codes: <c>BJ001</c> malformed JSON (syntax, invalid UTF-8, comments, trailing commas);
/// <c>BJ002</c> JSON that does not fit the contract (wrong type, missing required member, duplicate
/// member, unknown block type); <c>BJ003</c> unsupported <c>schemaVersion</c>; <c>BJ004</c> input
/// larger than <see cref="BriefingJsonReadOptions.MaxDocumentBytes"/>; <c>BJ005</c> the stream could
/// not be read.
/// </remarks>
public static class BriefingJson
{
    private static readonly JsonTypeInfo<BriefingDocument> CompactInfo = CreateInfo(indented: false);
    private static readonly JsonTypeInfo<BriefingDocument> IndentedInfo = CreateInfo(indented: true);

    /// <summary>The largest write buffer a thread keeps for the next write (bytes).</summary>
    private const int MaxCachedWriteBuffer = 1024 * 1024;

    /// <summary>A thread's reusable output buffer and writers for the write fast path.</summary>
    [ThreadStatic]
    private static WriterCache? t_writerCache;

    /// <summary>The metadata used to read and write documents (compact output).</summary>
    public static JsonTypeInfo<BriefingDocument> TypeInfo => CompactInfo;

    /// <summary>Reads a briefing from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see cref="BriefingJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document and diagnostics.</returns>
    public static BriefingReadResult Read(string json, BriefingJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= BriefingJsonReadOptions.Default;
        if (Encoding.UTF8.GetMaxByteCount(json.Length) > options.MaxDocumentBytes &&
            Encoding.UTF8.GetByteCount(json) > options.MaxDocumentBytes)
        {
            return TooLarge(options);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var count = Encoding.UTF8.GetBytes(json, buffer);
            return ReadCore(buffer.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a briefing from UTF-8 encoded JSON (a leading byte order mark is allowed).</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="options">Limits; <see cref="BriefingJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document and diagnostics.</returns>
    public static BriefingReadResult Read(ReadOnlySpan<byte> utf8Json, BriefingJsonReadOptions? options = null)
    {
        options ??= BriefingJsonReadOptions.Default;
        return utf8Json.Length > options.MaxDocumentBytes ? TooLarge(options) : ReadCore(utf8Json);
    }

    /// <summary>Reads a briefing from a stream of UTF-8 JSON, up to <see cref="BriefingJsonReadOptions.MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="options">Limits; <see cref="BriefingJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document and diagnostics.</returns>
    public static async ValueTask<BriefingReadResult> ReadAsync(Stream utf8Json, BriefingJsonReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= BriefingJsonReadOptions.Default;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > options.MaxDocumentBytes)
                    {
                        return TooLarge(options);
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read;
                try
                {
                    read = await utf8Json.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                }
                catch (IOException exception)
                {
                    return Failure("BJ005", $"The input could not be read: {exception.Message}", null, null, null);
                }

                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return length > options.MaxDocumentBytes ? TooLarge(options) : ReadCore(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a briefing from a stream of UTF-8 JSON, synchronously.</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="options">Limits; <see cref="BriefingJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document and diagnostics.</returns>
    public static BriefingReadResult Read(Stream utf8Json, BriefingJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= BriefingJsonReadOptions.Default;
        using var memory = new MemoryStream();
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = utf8Json.Read(buffer)) > 0)
            {
                memory.Write(buffer, 0, read);
                if (memory.Length > options.MaxDocumentBytes)
                {
                    return TooLarge(options);
                }
            }
        }
        catch (IOException exception)
        {
            return Failure("BJ005", $"The input could not be read: {exception.Message}", null, null, null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return ReadCore(memory.GetBuffer().AsSpan(0, (int)memory.Length));
    }

    /// <summary>Writes a briefing as JSON text.</summary>
    /// <param name="briefing">The document.</param>
    /// <param name="indented">Whether to indent (two spaces) for people; compact otherwise.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">The document has a value the contract rejects (a null <see cref="BriefingDocument.Title"/>, block id or text): what <see cref="Read(string, BriefingJsonReadOptions?)"/> rejects is never written.</exception>
    public static string Write(BriefingDocument briefing, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        if (!BriefingJsonWriter.CanWrite(briefing))
        {
            return Encoding.UTF8.GetString(SerializeReadable(briefing, indented));
        }

        var cache = Render(briefing, indented);
        var text = Encoding.UTF8.GetString(cache.Buffer.WrittenSpan);
        Release(cache);
        return text;
    }

    /// <summary>Writes a briefing as UTF-8 JSON bytes.</summary>
    /// <param name="briefing">The document.</param>
    /// <param name="indented">Whether to indent (two spaces) for people; compact otherwise.</param>
    /// <returns>The UTF-8 bytes (no byte order mark).</returns>
    /// <exception cref="ArgumentException">The document has a value the contract rejects (see <see cref="Write(BriefingDocument, bool)"/>).</exception>
    public static byte[] WriteUtf8(BriefingDocument briefing, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        if (!BriefingJsonWriter.CanWrite(briefing))
        {
            return SerializeReadable(briefing, indented);
        }

        var cache = Render(briefing, indented);
        var bytes = cache.Buffer.WrittenSpan.ToArray();
        Release(cache);
        return bytes;
    }

    /// <summary>Writes a briefing as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The destination; left open.</param>
    /// <param name="briefing">The document.</param>
    /// <param name="indented">Whether to indent (two spaces) for people; compact otherwise.</param>
    /// <exception cref="ArgumentException">The document has a value the contract rejects (see <see cref="Write(BriefingDocument, bool)"/>).</exception>
    public static void Write(Stream utf8Json, BriefingDocument briefing, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(briefing);
        if (!BriefingJsonWriter.CanWrite(briefing))
        {
            utf8Json.Write(SerializeReadable(briefing, indented));
            return;
        }

        var cache = Render(briefing, indented);
        try
        {
            utf8Json.Write(cache.Buffer.WrittenSpan);
        }
        finally
        {
            Release(cache);
        }
    }

    /// <summary>Writes a briefing with an existing writer (for embedding in larger documents or feeds).</summary>
    /// <param name="writer">The writer; its options decide indentation and escaping.</param>
    /// <param name="briefing">The document.</param>
    /// <exception cref="ArgumentException">The document has a value the contract rejects (see <see cref="Write(BriefingDocument, bool)"/>).</exception>
    public static void Write(Utf8JsonWriter writer, BriefingDocument briefing)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(briefing);
        if (BriefingJsonWriter.CanWrite(briefing))
        {
            BriefingJsonWriter.Write(writer, briefing);
        }
        else
        {
            using var document = JsonDocument.Parse(SerializeReadable(briefing, indented: false));
            document.WriteTo(writer);
        }
    }

    /// <summary>
    /// Gives diagnostics about a JSON document the line and column range of the member their
    /// <see cref="Diagnostic.Path"/> names, by re-reading <paramref name="utf8Json"/> (call it only
    /// when there are diagnostics: a clean document costs nothing). A pointer to a member that is
    /// absent (a missing required member) gets the range of the nearest enclosing member.
    /// </summary>
    /// <param name="utf8Json">The UTF-8 JSON the diagnostics are about (what was passed to <see cref="Read(ReadOnlySpan{byte}, BriefingJsonReadOptions?)"/>).</param>
    /// <param name="diagnostics">Diagnostics from reading and validating it.</param>
    /// <returns>The diagnostics in the same order; those with a pointer and no line now have <see cref="Diagnostic.Line"/>, <see cref="Diagnostic.Column"/>, <see cref="Diagnostic.EndLine"/> and <see cref="Diagnostic.EndColumn"/>.</returns>
    public static ImmutableArray<Diagnostic> Locate(ReadOnlySpan<byte> utf8Json, ImmutableArray<Diagnostic> diagnostics)
    {
        if (diagnostics.IsDefaultOrEmpty)
        {
            return diagnostics.IsDefault ? [] : diagnostics;
        }

        var pointers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Line is null && diagnostic.Path is { } path && (path.Length == 0 || path[0] == '/'))
            {
                pointers.Add(path);
            }
        }

        if (pointers.Count == 0)
        {
            return diagnostics;
        }

        var ranges = JsonPositions.Locate(utf8Json, pointers);
        var builder = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            builder.Add(diagnostic.Line is null && diagnostic.Path is { } path && ranges.TryGetValue(path, out var range)
                ? diagnostic with { Line = range.Line, Column = range.Column, EndLine = range.EndLine, EndColumn = range.EndColumn }
                : diagnostic);
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// The serializer's write of a document the fast path does not take (a null where the contract has
    /// none, a null list entry, an unnamed enum value), checked by reading it back: what
    /// <see cref="Read(ReadOnlySpan{byte}, BriefingJsonReadOptions?)"/> would reject is never written.
    /// </summary>
    /// <exception cref="ArgumentException">The document would not read back (for example a null <see cref="BriefingDocument.Title"/>).</exception>
    private static byte[] SerializeReadable(BriefingDocument briefing, bool indented)
    {
        byte[] bytes;
        try
        {
            bytes = JsonSerializer.SerializeToUtf8Bytes(briefing, indented ? IndentedInfo : CompactInfo);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException)
        {
            throw new ArgumentException($"The briefing cannot be written as the JSON contract: {exception.Message}", nameof(briefing), exception);
        }

        var back = ReadCore(bytes);
        foreach (var diagnostic in back.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                throw new ArgumentException($"The briefing cannot be written as the JSON contract, which would reject it: {diagnostic.Message} [{diagnostic.Path}]", nameof(briefing));
            }
        }

        return bytes;
    }

    /// <summary>The serializer's own (metadata-driven) write, which the fast path must match byte for byte (for tests).</summary>
    internal static byte[] WriteWithSerializer(BriefingDocument briefing, bool indented) =>
        JsonSerializer.SerializeToUtf8Bytes(briefing, indented ? IndentedInfo : CompactInfo);

    /// <summary>
    /// Writes with the fast path into this thread's reusable buffer, taken from the thread while in use
    /// (a write the stream makes from its own <c>Write</c>, re-entrantly, gets a buffer of its own);
    /// call <see cref="Release"/> when done with it.
    /// </summary>
    private static WriterCache Render(BriefingDocument briefing, bool indented)
    {
        var cache = t_writerCache ?? new WriterCache();
        t_writerCache = null;
        var buffer = cache.Buffer;
        buffer.ResetWrittenCount();
        var writer = indented
            ? cache.Indented ??= new Utf8JsonWriter(buffer, WriterOptions(IndentedInfo.Options))
            : cache.Compact ??= new Utf8JsonWriter(buffer, WriterOptions(CompactInfo.Options));
        writer.Reset(buffer);
        BriefingJsonWriter.Write(writer, briefing);
        writer.Flush();
        return cache;
    }

    /// <summary>The writer settings the serializer derives from <paramref name="options"/>, so both paths write the same bytes.</summary>
    private static JsonWriterOptions WriterOptions(JsonSerializerOptions options) => new()
    {
        Encoder = options.Encoder,
        Indented = options.WriteIndented,
        IndentCharacter = options.IndentCharacter,
        IndentSize = options.IndentSize,
        NewLine = options.NewLine,
        MaxDepth = options.MaxDepth,
        SkipValidation = true, // the fast path writes a fixed, tested shape
    };

    private static void Release(WriterCache cache)
    {
        // A very large document's buffer is not kept alive on this thread.
        if (cache.Buffer.Capacity <= MaxCachedWriteBuffer)
        {
            t_writerCache = cache;
        }
    }

    private static JsonTypeInfo<BriefingDocument> CreateInfo(bool indented)
    {
        var options = new JsonSerializerOptions(BriefingJsonContext.Default.Options)
        {
            WriteIndented = indented,
            IndentSize = 2,
            // Output is JSON data, not HTML: keep “curly quotes”, en dashes and accents readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // The generated contracts, read create-then-set rather than through argument buffers (see DirectBinding),
            // with null lists read as absent (see NullReadsAsAbsent).
            TypeInfoResolver = BriefingJsonContext.Default.WithAddedModifier(DirectBinding.Apply).WithAddedModifier(NullReadsAsAbsent.Apply),
        };
        options.MakeReadOnly();
        return (JsonTypeInfo<BriefingDocument>)options.GetTypeInfo(typeof(BriefingDocument));
    }

    private static BriefingReadResult ReadCore(ReadOnlySpan<byte> utf8)
    {
        utf8 = Utf8Input.WithoutBom(utf8);

        // One vectorised pass: System.Text.Json does not transcode (and so does not check) strings it
        // keeps as JsonElement, such as unknown members; invalid UTF-8 must never be carried along.
        if (Utf8Input.FirstInvalid(utf8) is var invalid and >= 0)
        {
            var (invalidLine, invalidColumn) = Utf8Input.Position(utf8, invalid);
            return Failure("BJ001", "The input is not valid UTF-8: a byte sequence is not UTF-8 (it is reported, never replaced).", null, invalidLine, invalidColumn);
        }

        if (SurrogateEscapes.FindLone(utf8) is var (pointer, offset))
        {
            var (line, column) = Utf8Input.Position(utf8, offset);
            return Failure("BJ001", "A string holds a lone UTF-16 surrogate escape (such as \\udc00), which is not Unicode text and cannot be written back (it is reported, never replaced).", pointer, (int)line, (int)column);
        }

        BriefingDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8, CompactInfo);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Bad content, never a bug of the caller's: explain it as a diagnostic.
            return Explain(utf8, exception);
        }

        if (document is null)
        {
            return Failure("BJ002", "The document is null; expected a briefing object.", "", 1, 1);
        }

        if (!BriefingDocument.IsSupportedVersion(document.SchemaVersion))
        {
            return UnsupportedVersion(document.SchemaVersion);
        }

        return new BriefingReadResult(document, []);
    }

    private static BriefingReadResult Explain(ReadOnlySpan<byte> utf8, Exception exception)
    {
        // A newer producer's document may not bind at all: say so rather than reporting its shape.
        if (ProbeSchemaVersion(utf8) is { } version && !BriefingDocument.IsSupportedVersion(version))
        {
            return UnsupportedVersion(version);
        }

        // Was it the syntax, or the shape? A reader-only pass tells without costing the happy path.
        var syntaxError = FindSyntaxError(utf8);
        if (syntaxError is null && ContractExplainer.Explain(utf8, CompactInfo) is { } problem)
        {
            // In the contract's words (members, JSON types), placed on the member the pointer names.
            var range = JsonPositions.Locate(utf8, [problem.Pointer]).GetValueOrDefault(problem.Pointer);
            return new BriefingReadResult(null, [new Diagnostic
            {
                Code = "BJ002",
                Severity = DiagnosticSeverity.Error,
                Message = problem.Message,
                Path = problem.Pointer,
                Line = range.Line == 0 ? null : range.Line,
                Column = range.Line == 0 ? null : range.Column,
                EndLine = range.Line == 0 ? null : range.EndLine,
                EndColumn = range.Line == 0 ? null : range.EndColumn,
            }]);
        }

        var shapeError = exception as JsonException;
        var source = syntaxError ?? shapeError;
        var (line, column) = Utf8Input.Position(utf8, source?.LineNumber, source?.BytePositionInLine);
        var message = Utf8Input.CleanJsonMessage((source ?? exception).Message);
        return Failure(syntaxError is null ? "BJ002" : "BJ001", message, ToPointer(shapeError?.Path), line, column);
    }

    private static JsonException? FindSyntaxError(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            AllowTrailingCommas = false,
            CommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = BriefingJsonContext.Default.Options.MaxDepth,
        });
        try
        {
            // UTF-8 was checked for the whole input before binding; this pass checks structure only.
            while (reader.Read())
            {
            }

            return null;
        }
        catch (JsonException exception)
        {
            return exception;
        }
    }

    private static string? ProbeSchemaVersion(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("schemaVersion"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
        }

        return null;
    }

    private static BriefingReadResult UnsupportedVersion(string? version) =>
        Failure(
            "BJ003",
            $"schemaVersion '{version}' is not supported: this library reads schema version 1.x (it writes {BriefingDocument.CurrentSchemaVersion}). Upgrade Briefing.Model to read newer documents.",
            "/schemaVersion",
            null,
            null);

    private static BriefingReadResult TooLarge(BriefingJsonReadOptions options) =>
        Failure("BJ004", $"The document is larger than the limit of {options.MaxDocumentBytes} bytes (BriefingJsonReadOptions.MaxDocumentBytes).", "", null, null);

    private static BriefingReadResult Failure(string code, string message, string? path, int? line, int? column) =>
        new(null, [new Diagnostic { Code = code, Severity = DiagnosticSeverity.Error, Message = message, Path = path, Line = line, Column = column }]);

    /// <summary>Turns a JSONPath such as <c>$.body[2].text</c> into a JSON pointer (<c>/body/2/text</c>).</summary>
    internal static string ToPointer(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "";
        }

        var builder = new StringBuilder(jsonPath.Length);
        var i = jsonPath[0] == '$' ? 1 : 0;
        while (i < jsonPath.Length)
        {
            var c = jsonPath[i];
            if (c == '.')
            {
                var end = jsonPath.IndexOfAny(['.', '['], i + 1);
                if (end < 0)
                {
                    end = jsonPath.Length;
                }

                AppendToken(builder, jsonPath[(i + 1)..end]);
                i = end;
            }
            else if (c == '[')
            {
                if (i + 1 < jsonPath.Length && jsonPath[i + 1] == '\'')
                {
                    var close = jsonPath.IndexOf("']", i + 2, StringComparison.Ordinal);
                    if (close < 0)
                    {
                        close = jsonPath.Length;
                    }

                    AppendToken(builder, jsonPath[(i + 2)..close]);
                    i = Math.Min(close + 2, jsonPath.Length);
                }
                else
                {
                    var close = jsonPath.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        close = jsonPath.Length;
                    }

                    AppendToken(builder, jsonPath[(i + 1)..close]);
                    i = Math.Min(close + 1, jsonPath.Length);
                }
            }
            else
            {
                i++;
            }
        }

        return builder.ToString();
    }

    private static void AppendToken(StringBuilder builder, string token) =>
        builder.Append('/').Append(JsonPositions.Escape(token));

    private sealed class WriterCache
    {
        public ArrayBufferWriter<byte> Buffer { get; } = new(16 * 1024);

        public Utf8JsonWriter? Compact { get; set; }

        public Utf8JsonWriter? Indented { get; set; }
    }
}
