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

    /// <summary>The version of the JSON contract (<c>"1.1"</c>; any <c>1.x</c> is read and kept as written).</summary>
    public string SchemaVersion
    {
        get;
        init => field = value ?? CurrentSchemaVersion;
    } = CurrentSchemaVersion;

    /// <summary>A stable slug identifying the briefing; derived from the title when not given (see <see cref="Slug"/>).</summary>
    /// <remarks>When no id is given (or it is empty), the id is <see cref="Slug.From"/> of the <see cref="Title"/>, so a document always has one.</remarks>
    public string Id
    {
        get => string.IsNullOrEmpty(field) ? Slug.From(Title ?? "") : field;
        init => field = value ?? "";
    } = "";

    /// <summary>The title (the first non-blank line of the text layout).</summary>
    public required string Title { get; init; }

    /// <summary>The optional one-sentence summary under the title.</summary>
    public string? Standfirst { get; init; }

    /// <summary>The category the related list names (<c>Politics</c> from <c>Most recent in Politics</c>).</summary>
    public string? Category { get; init; }

    /// <summary>BCP 47 language tag; readers treat <see langword="null"/> as <c>en</c>.</summary>
    public string? Language { get; init; }

    /// <summary>The publisher, from the disclaimer when it names one.</summary>
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
    public string? Published { get; init; }

    /// <summary>The people the byline names, in its order (each a display name such as <c>Jane Doe</c>).</summary>
    public ImmutableArray<string> Authors
    {
        get;
        init => field = ValueEquality.OrEmpty(value);
    } = [];

    /// <summary>The canonical absolute address of the article (<c>https://…</c>).</summary>
    public string? Url { get; init; }

    /// <summary>The body blocks in reading order.</summary>
    public ImmutableArray<Block> Body
    {
        get;
        init => field = ValueEquality.OrEmpty(value);
    } = [];

    /// <summary>Direct quotes and reported statements found in the body.</summary>
    public ImmutableArray<Quote> Quotes
    {
        get;
        init => field = ValueEquality.OrEmpty(value);
    } = [];

    /// <summary>Money, percentages, counts and quantities found in the body.</summary>
    public ImmutableArray<Metric> Metrics
    {
        get;
        init => field = ValueEquality.OrEmpty(value);
    } = [];

    /// <summary>The legal notice, when the briefing has one.</summary>
    public Disclaimer? Disclaimer { get; init; }

    /// <summary>Related articles listed after the briefing.</summary>
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
