using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Briefing.Model;

/// <summary>
/// A briefing: a short analytical article with its title, standfirst, body blocks, the quotes and
/// metrics found in the body (stand-off annotations), the legal disclaimer and related articles.
/// Immutable and compared by value, collections included.
/// </summary>
/// <remarks>
/// The JSON contract calls this object <c>Briefing</c>. The C# type is named <c>BriefingDocument</c>
/// because a type named like the root namespace (<c>Briefing</c>) cannot be named from code that
/// imports <c>Briefing.Model</c> (error CS0118).
/// <para>Every member states its JSON name and when it is left out, so any serializer that reads
/// System.Text.Json attributes (plain <see cref="System.Text.Json.JsonSerializer"/> with any options,
/// ASP.NET Core) writes and reads the contract's names and shape. <see cref="Json.BriefingJson"/>
/// adds what attributes cannot: the strict reader (duplicates, nullability, supported
/// <see cref="SchemaVersion"/>) and diagnostics instead of exceptions.</para>
/// </remarks>
public sealed record BriefingDocument : IJsonOnDeserialized
{
    /// <summary>The schema version this library writes.</summary>
    /// <remarks>
    /// <c>1.1</c> added the optional page metadata (<see cref="Published"/>, <see cref="Authors"/>,
    /// <see cref="Url"/>); a <c>1.0</c> document is a valid <c>1.1</c> document, and every <c>1.x</c>
    /// document is read (a reader of an older minor version keeps the members it does not know).
    /// </remarks>
    public const string CurrentSchemaVersion = "1.1";

    /// <summary>The JSON Schema pattern of the versions <see cref="IsSupportedVersion"/> accepts (a test keeps the two equal).</summary>
    internal const string SupportedVersionPattern = "^1(\\.[0-9]+)?$";

    /// <summary>Whether this library reads a document of <paramref name="version"/>: any <c>1.x</c> (every reader, and validation's BV001, ask here).</summary>
    /// <param name="version">The document's <c>schemaVersion</c>.</param>
    /// <returns><see langword="true"/> for <c>1</c> and <c>1.</c> followed by digits.</returns>
    internal static bool IsSupportedVersion(string? version)
    {
        if (string.IsNullOrEmpty(version))
        {
            return false;
        }

        var dot = version.IndexOf('.', StringComparison.Ordinal);
        var major = dot < 0 ? version : version.AsSpan(0, dot);
        var minor = dot < 0 ? "0" : version.AsSpan(dot + 1);
        return major is "1" && !minor.IsEmpty && !minor.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>The version of the JSON contract (<c>"1.1"</c>; any <c>1.x</c> is read and kept as written).</summary>
    [JsonPropertyName("schemaVersion")]
    public string SchemaVersion
    {
        get;
        init => field = value ?? CurrentSchemaVersion;
    } = CurrentSchemaVersion;

    /// <summary>A stable slug identifying the briefing; derived from the title when not given (see <see cref="Slug"/>).</summary>
    /// <remarks>When no id is given (or it is empty), the id is <see cref="Slug.From"/> of the <see cref="Title"/>, so a document always has one.</remarks>
    [JsonPropertyName("id")]
    public string Id
    {
        get => string.IsNullOrEmpty(field) ? Slug.From(Title ?? "") : field;
        init => field = value ?? "";
    } = "";

    /// <summary>The title (the first non-blank line of the text layout).</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>The optional one-sentence summary under the title.</summary>
    [JsonPropertyName("standfirst")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Standfirst { get; init; }

    /// <summary>The category the related list names (<c>Politics</c> from <c>Most recent in Politics</c>).</summary>
    [JsonPropertyName("category")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Category { get; init; }

    /// <summary>BCP 47 language tag; readers treat <see langword="null"/> as <c>en</c>.</summary>
    [JsonPropertyName("language")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Language { get; init; }

    /// <summary>The publisher, from the disclaimer when it names one.</summary>
    [JsonPropertyName("publisher")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Publisher { get; init; }

    /// <summary>
    /// When the briefing was published, as written: an RFC 3339 date-time such as
    /// <c>2024-03-05T09:30:00Z</c> or <c>2024-03-05T09:30:00+01:00</c>.
    /// </summary>
    /// <remarks>
    /// Kept as text, not as a <see cref="DateTimeOffset"/>, so a value that is not a date-time is
    /// reported by the validators (<c>BV080</c>) rather than lost while reading, and so the offset
    /// and precision the publisher wrote come back unchanged.
    /// </remarks>
    [JsonPropertyName("published")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Published { get; init; }

    /// <summary>The people the byline names, in its order (each a display name such as <c>Jane Doe</c>).</summary>
    /// <remarks>Optional in the contract (added in 1.1, so a 1.0 document without it is valid); the writer writes <c>[]</c> when there are none.</remarks>
    [JsonPropertyName("authors")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ImmutableArray<string> Authors
    {
        get;
        init => field = ValueEquality.OrEmpty(value);
    } = [];

    /// <summary>The canonical absolute address of the article (<c>https://…</c>).</summary>
    [JsonPropertyName("url")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }

    /// <summary>The body blocks in reading order.</summary>
    [JsonPropertyName("body")]
    public ImmutableArray<Block> Body
    {
        get;
        init => field = ValueEquality.OrEmpty(value);
    } = [];

    /// <summary>Direct quotes and reported statements found in the body.</summary>
    [JsonPropertyName("quotes")]
    public ImmutableArray<Quote> Quotes
    {
        get;
        init => field = ValueEquality.OrEmpty(value);
    } = [];

    /// <summary>Money, percentages, counts and quantities found in the body.</summary>
    [JsonPropertyName("metrics")]
    public ImmutableArray<Metric> Metrics
    {
        get;
        init => field = ValueEquality.OrEmpty(value);
    } = [];

    /// <summary>The legal notice, when the briefing has one.</summary>
    [JsonPropertyName("disclaimer")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Disclaimer? Disclaimer { get; init; }

    /// <summary>Related articles listed after the briefing.</summary>
    [JsonPropertyName("related")]
    public ImmutableArray<RelatedArticle> Related
    {
        get;
        init => field = ValueEquality.OrEmpty(value);
    } = [];

    /// <summary>JSON members this version does not know; preserved on round trip.</summary>
    [JsonExtensionData, JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    /// <summary>Finds a body block by its identifier.</summary>
    /// <param name="id">A <see cref="Block.Id"/>.</param>
    /// <returns>The block, or <see langword="null"/> when no block has that identifier.</returns>
    public Block? FindBlock(string id)
    {
        foreach (var block in Body)
        {
            if (string.Equals(block.Id, id, StringComparison.Ordinal))
            {
                return block;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(BriefingDocument? other) =>
        other is not null &&
        SchemaVersion == other.SchemaVersion && Id == other.Id && Title == other.Title &&
        Standfirst == other.Standfirst && Category == other.Category && Language == other.Language &&
        Publisher == other.Publisher && Published == other.Published && Url == other.Url &&
        ValueEquality.SequenceEqual(Authors, other.Authors) && Equals(Disclaimer, other.Disclaimer) &&
        ValueEquality.SequenceEqual(Body, other.Body) &&
        ValueEquality.SequenceEqual(Quotes, other.Quotes) &&
        ValueEquality.SequenceEqual(Metrics, other.Metrics) &&
        ValueEquality.SequenceEqual(Related, other.Related) &&
        Equals(UnknownProperties, other.UnknownProperties);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Id, Title, Standfirst, ValueEquality.Hash(Body), ValueEquality.Hash(Quotes), ValueEquality.Hash(Metrics), ValueEquality.Hash(Related));

    void IJsonOnDeserialized.OnDeserialized() => UnknownProperties?.Freeze();
}
