using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Briefing.Model.Diagnostics;
using Briefing.Model.Json;

namespace Briefing.Model.Interop;

/// <summary>
/// Converts briefings to and from IPTC ninjs 2.2 (News in JSON) items.
/// </summary>
/// <remarks>
/// <para>
/// Export: title → <c>headlines</c> role <c>main</c>; standfirst → <c>headlines</c> role <c>subhead</c>;
/// body → two <c>bodies</c>: <c>text/plain</c> (role <c>main</c>, blocks separated by blank lines, a pull
/// quote followed by its attribution line) and <c>application/xhtml+xml</c> (role <c>richtext</c>:
/// <c>&lt;p&gt;</c>, <c>&lt;h2&gt;</c>, and pull quotes as <c>&lt;figure&gt;&lt;blockquote&gt;</c> with the
/// attribution in <c>&lt;figcaption&gt;</c>, each with the block id as <c>id</c>, inside a
/// <c>&lt;div xml:space="preserve"&gt;</c> so the text is kept exactly); disclaimer → <c>usageterms</c>;
/// publisher → <c>copyrightholder</c>; category → the first <c>subjects</c> entry; language →
/// <c>language</c>; id → <c>slugline</c>; url → <c>uri</c> (unless <see cref="NinjsExportOptions.ItemUri"/>
/// is given; else a <c>urn:briefing:</c> URN of the id); published → <c>firstcreated</c> and
/// <c>versioncreated</c>; authors → <c>by</c> (<c>A, B and C</c>); related articles → <c>associations</c> of type <c>text</c>
/// (<c>name</c> <c>related-N</c>, <c>uri</c> the item's uri with the fragment <c>#related-N</c>); the
/// genre is IPTC's <c>Analysis</c>. The ninjs 2.2 root allows no members of its own, so the quotes and
/// metrics (and the parts of pull quotes and the disclaimer ninjs has no member for) travel in one
/// <c>descriptions</c> entry — descriptions are metadata by the standard's definition — with role
/// <see cref="AnnotationsRole"/> and content type <see cref="AnnotationsContentType"/>, whose value is
/// JSON text: <c>{ "quotes": Quote[], "metrics": Metric[], "pullQuotes": [{ "blockId", "attribution", "quoteId" }], "disclaimerHeading", "published", "authors", "url" }</c>
/// with quotes and metrics in the briefing JSON contract's shape; <c>published</c>, <c>authors</c> and
/// <c>url</c> are there only when the standard members cannot hold them exactly (a time that is not
/// RFC 3339, names a <c>by</c> line cannot separate, an address that is not the item's <c>uri</c>).
/// </para>
/// <para>
/// Import checks the document against the structure of the ninjs 2.2 schema (types, required members,
/// enumerations, ranges, no unknown members) and reports each violation as an error (codes in
/// <see cref="NinjsCodes"/>); a valid item becomes a briefing: the <c>main</c> (or first) headline is the
/// title, a <c>subhead</c> headline the standfirst, the first HTML body (or else the first plain-text
/// body) gives the blocks, <c>usageterms</c> and <c>copyrightnotice</c> the disclaimer,
/// <c>copyrightholder</c> the publisher, the first subject the category, associations of type
/// <c>text</c> the related list, <c>firstcreated</c> (or else <c>versioncreated</c>) the publication
/// time, <c>by</c> the authors (split at commas, semicolons, <c>&amp;</c> and <c>and</c>, a leading
/// <c>By</c> dropped), an http(s) <c>uri</c> the address, and the annotations description the quotes and metrics.
/// </para>
/// </remarks>
public static class Ninjs
{
    /// <summary>The <c>role</c> of the description that carries the briefing annotations.</summary>
    public const string AnnotationsRole = "briefing-annotations";

    /// <summary>The <c>contenttype</c> (a vendor media type) of the description that carries the briefing annotations.</summary>
    public const string AnnotationsContentType = "application/vnd.briefing-model.annotations+json";

    /// <summary>The <c>$id</c> of the IPTC ninjs 2.2 JSON Schema the export conforms to.</summary>
    public const string SchemaId = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#";

    // The annotations are JSON data inside a JSON string, never HTML: keep non-ASCII text readable.
    private static readonly JsonTypeInfo<NinjsAnnotations> ReadableAnnotations =
        new NinjsAnnotationsContext(new JsonSerializerOptions(NinjsAnnotationsContext.Default.Options) { Encoder = InteropJson.Relaxed }).NinjsAnnotations;

    private static readonly string[] SubheadRoles = ["subhead", "sub", "subheadline", "subtitle", "standfirst"];

    /// <summary>Exports a briefing as a ninjs 2.2 item (JSON text).</summary>
    /// <param name="briefing">The briefing.</param>
    /// <param name="options">How to write; <see cref="NinjsExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The ninjs JSON, valid against <c>ninjs-schema_2.2.json</c>.</returns>
    public static string Export(BriefingDocument briefing, NinjsExportOptions? options = null)
    {
        options ??= NinjsExportOptions.Default;
        return InteropJson.Write(ExportNode(briefing, options), options.Indented, InteropJson.Relaxed);
    }

    /// <summary>Exports a briefing as a ninjs 2.2 item (a JSON node, to add to or embed).</summary>
    /// <param name="briefing">The briefing.</param>
    /// <param name="options">How to write; <see cref="NinjsExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>A new JSON object.</returns>
    public static JsonObject ExportNode(BriefingDocument briefing, NinjsExportOptions? options = null)
    {
        briefing = WritableView.Of(briefing);
        options ??= NinjsExportOptions.Default;
        var id = string.IsNullOrEmpty(briefing.Id) ? Slug.From(briefing.Title) : briefing.Id;
        var uri = options.ItemUri?.OriginalString ?? WebAddress(briefing.Url) ?? "urn:briefing:" + Uri.EscapeDataString(id);

        var item = new JsonObject
        {
            ["uri"] = uri,
            ["type"] = "text",
            ["representationtype"] = "full",
            ["standard"] = new JsonObject { ["name"] = "ninjs", ["version"] = "2.2", ["schema"] = SchemaId.TrimEnd('#') },
            ["language"] = briefing.Language ?? "en",
            ["slugline"] = id,
        };

        if (PublicationTime(briefing.Published) is { } published)
        {
            // One time is known: the first version is the one published, and the one described.
            item["firstcreated"] = published;
            item["versioncreated"] = published;
        }

        if (!briefing.Authors.IsEmpty)
        {
            item["by"] = PageMetadata.JoinByline(briefing.Authors);
        }

        var headlines = new JsonArray(RoleValue("main", "text/plain", briefing.Title));
        if (briefing.Standfirst is { } standfirst)
        {
            headlines.Add((JsonNode)RoleValue("subhead", "text/plain", standfirst));
        }

        item["headlines"] = headlines;
        item["bodies"] = new JsonArray(
            RoleValue("main", "text/plain", PlainBody(briefing)),
            RoleValue("richtext", "application/xhtml+xml", XhtmlBody(briefing)));

        if (options.IncludeAnnotations && Annotations(briefing, uri) is { IsEmpty: false } annotations)
        {
            var json = JsonSerializer.Serialize(annotations, ReadableAnnotations);
            item["descriptions"] = new JsonArray(RoleValue(AnnotationsRole, AnnotationsContentType, json));
        }

        var publisher = briefing.Publisher ?? briefing.Disclaimer?.Publisher;
        if (briefing.Disclaimer is { Paragraphs.Length: > 0 } disclaimer)
        {
            item["usageterms"] = string.Join('\n', disclaimer.Paragraphs);
        }

        item.AddIfPresent("copyrightholder", publisher);
        if (!string.IsNullOrEmpty(briefing.Category))
        {
            item["subjects"] = new JsonArray(new JsonObject { ["name"] = briefing.Category, ["rel"] = "about" });
        }

        item["genres"] = new JsonArray(new JsonObject { ["name"] = "Analysis", ["uri"] = "http://cv.iptc.org/newscodes/genre/Analysis" });

        if (!briefing.Related.IsEmpty)
        {
            var associations = new JsonArray();
            for (var i = 0; i < briefing.Related.Length; i++)
            {
                var related = briefing.Related[i];
                var name = $"related-{i + 1}";
                var association = new JsonObject { ["name"] = name, ["uri"] = $"{WithoutFragment(uri)}#{name}", ["type"] = "text" };
                if (related.Title is { } title)
                {
                    association["headlines"] = new JsonArray(RoleValue("main", "text/plain", title));
                }

                if (related.Summary is { } summary)
                {
                    association["descriptions"] = new JsonArray(RoleValue("summary", "text/plain", summary));
                }

                associations.Add((JsonNode)association);
            }

            item["associations"] = associations;
        }

        return item;
    }

    /// <summary>Imports a ninjs 2.x item from JSON text. Never throws for bad content.</summary>
    /// <param name="json">The ninjs JSON.</param>
    /// <param name="options">Limits; <see cref="BriefingJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The briefing (none when the item is not valid ninjs 2.2) and the diagnostics (<see cref="NinjsCodes"/>).</returns>
    public static BriefingReadResult Import(string json, BriefingJsonReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= BriefingJsonReadOptions.Default;
        if ((long)json.Length > options.MaxDocumentBytes && Encoding.UTF8.GetByteCount(json) > options.MaxDocumentBytes)
        {
            return TooLarge(options);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var count = Encoding.UTF8.GetBytes(json, buffer);
            return Import(buffer.AsSpan(0, count), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Imports a ninjs 2.x item from UTF-8 JSON (a leading byte order mark is allowed). Never throws for bad content.</summary>
    /// <param name="utf8Json">The UTF-8 bytes.</param>
    /// <param name="options">Limits; <see cref="BriefingJsonReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The briefing (none when the item is not valid ninjs 2.2) and the diagnostics (<see cref="NinjsCodes"/>).</returns>
    public static BriefingReadResult Import(ReadOnlySpan<byte> utf8Json, BriefingJsonReadOptions? options = null)
    {
        options ??= BriefingJsonReadOptions.Default;
        if (utf8Json.Length > options.MaxDocumentBytes)
        {
            return TooLarge(options);
        }

        utf8Json = Utf8Input.WithoutBom(utf8Json);
        if (Utf8Input.FirstInvalid(utf8Json) is var invalid and >= 0)
        {
            var (line, column) = Utf8Input.Position(utf8Json, invalid);
            return Failure(NinjsCodes.MalformedJson, "The input is not valid UTF-8.", "", line, column);
        }

        JsonDocument? document = null;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
            document = JsonDocument.ParseValue(ref reader);

            // Anything but whitespace after the value makes Read throw.
            _ = reader.Read();
        }
        catch (JsonException exception)
        {
            document?.Dispose();
            var (line, column) = Utf8Input.Position(utf8Json, exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
            return Failure(NinjsCodes.MalformedJson, Utf8Input.CleanJsonMessage(exception.Message), "", line, column);
        }

        using (document)
        {
            var diagnostics = new List<Diagnostic>();
            if (FindDuplicateMember(document.RootElement, "") is { } duplicate)
            {
                return new BriefingReadResult(null, [.. Locate(utf8Json, [new Diagnostic { Code = NinjsCodes.MalformedJson, Severity = DiagnosticSeverity.Error, Message = $"The member '{duplicate.Name}' occurs twice.", Path = duplicate.Path }])]);
            }

            NinjsSchema.Check(document.RootElement, diagnostics);
            if (diagnostics.Count > 0)
            {
                return new BriefingReadResult(null, [.. Locate(utf8Json, diagnostics)]);
            }

            var briefing = NinjsReader.Read(document.RootElement, diagnostics);
            return new BriefingReadResult(briefing, [.. diagnostics]);
        }
    }

    internal static bool IsSubhead(string? role) => role is not null && SubheadRoles.Contains(role, StringComparer.OrdinalIgnoreCase);

    private static JsonObject RoleValue(string role, string contentType, string value) =>
        new() { ["role"] = role, ["contenttype"] = contentType, ["value"] = value };

    private static string PlainBody(BriefingDocument briefing)
    {
        var builder = new StringBuilder();
        foreach (var block in briefing.Body)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(block.Text);
            if (block is PullQuote quote)
            {
                builder.Append("\n\n").Append(quote.Attribution.Text);
            }
        }

        return builder.ToString();
    }

    private static string XhtmlBody(BriefingDocument briefing)
    {
        var builder = new StringBuilder("<div xmlns=\"http://www.w3.org/1999/xhtml\" xml:space=\"preserve\">");
        foreach (var block in briefing.Body)
        {
            var (open, close) = block switch
            {
                PullQuote => ("figure", "figure"),
                Heading => ("h2", "h2"),
                _ => ("p", "p"),
            };
            builder.Append('<').Append(open).Append(" id=\"");
            Html.AppendEscaped(builder, block.Id, attribute: true);
            builder.Append("\">");
            if (block is PullQuote quote)
            {
                builder.Append("<blockquote><p>");
                Html.AppendEscaped(builder, quote.Text);
                builder.Append("</p></blockquote><figcaption>");
                Html.AppendEscaped(builder, quote.Attribution.Text);
                builder.Append("</figcaption>");
            }
            else
            {
                Html.AppendEscaped(builder, block.Text);
            }

            builder.Append("</").Append(close).Append('>');
        }

        return builder.Append("</div>").ToString();
    }

    private static NinjsAnnotations Annotations(BriefingDocument briefing, string uri) => new()
    {
        Quotes = briefing.Quotes,
        Metrics = briefing.Metrics,
        PullQuotes = [.. briefing.Body.OfType<PullQuote>().Select(q => new PullQuoteAnnotation { BlockId = q.Id, Attribution = q.Attribution, QuoteId = q.QuoteId })],
        DisclaimerHeading = briefing.Disclaimer?.Heading,
        Published = briefing.Published is { } published && PublicationTime(published) is null ? published : null,
        Authors = PageMetadata.BylineRoundTrips(briefing.Authors) ? null : briefing.Authors,
        Url = briefing.Url is { } url && url != uri ? url : null,
    };

    /// <summary>The publication time when ninjs can carry it (<c>format: date-time</c>).</summary>
    internal static string? PublicationTime(string? published) =>
        published is not null && PageMetadata.IsDateTime(published) ? published : null;

    /// <summary>The article's address when it can be the item's <c>uri</c> (an absolute http(s) URL).</summary>
    internal static string? WebAddress(string? url) =>
        url is not null && PageMetadata.IsWebAddress(url) ? url : null;

    private static string WithoutFragment(string uri) => uri.IndexOf('#', StringComparison.Ordinal) is >= 0 and var hash ? uri[..hash] : uri;

    private static (string Name, string Path)? FindDuplicateMember(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var memberPath = $"{path}/{JsonPositions.Escape(property.Name)}";
                if (!seen.Add(property.Name))
                {
                    return (property.Name, memberPath);
                }

                if (FindDuplicateMember(property.Value, memberPath) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (FindDuplicateMember(item, $"{path}/{index++}") is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    /// <summary>Adds the line and column of each diagnostic's JSON pointer (the library's one pointer locator).</summary>
    private static List<Diagnostic> Locate(ReadOnlySpan<byte> utf8, List<Diagnostic> diagnostics)
    {
        var located = JsonPositions.Locate(utf8, [.. diagnostics.Select(static d => d.Path ?? "")]);
        return [.. diagnostics.Select(d => located.TryGetValue(d.Path ?? "", out var at) ? d with { Line = at.Line, Column = at.Column } : d)];
    }

    private static BriefingReadResult TooLarge(BriefingJsonReadOptions options) =>
        Failure(NinjsCodes.TooLarge, $"The input is larger than {options.MaxDocumentBytes} bytes.", "", null, null);

    private static BriefingReadResult Failure(string code, string message, string? path, int? line, int? column) =>
        new(null, [new Diagnostic { Code = code, Severity = DiagnosticSeverity.Error, Message = message, Path = path, Line = line, Column = column }]);
}
