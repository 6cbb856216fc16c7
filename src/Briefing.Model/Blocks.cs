using System.Text.Json.Serialization;

namespace Briefing.Model;

/// <summary>
/// A block of the body, in reading order. Serialized polymorphically on <c>"type"</c>:
/// <c>paragraph</c> (<see cref="Paragraph"/>), <c>pullQuote</c> (<see cref="PullQuote"/>),
/// <c>heading</c> (<see cref="Heading"/>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(Paragraph), "paragraph")]
[JsonDerivedType(typeof(PullQuote), "pullQuote")]
[JsonDerivedType(typeof(Heading), "heading")]
public abstract record Block : IJsonOnDeserialized
{
    private protected Block()
    {
    }

    /// <summary>Identifier, unique across the document (<c>p1</c>, <c>pq1</c>); quotes and metrics refer to it.</summary>
    [JsonPropertyOrder(-2)]
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The block's text exactly as written: never rewritten, so spans stay valid.</summary>
    [JsonPropertyOrder(-1)]
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>JSON members this version does not know; preserved on round trip.</summary>
    [JsonExtensionData, JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    void IJsonOnDeserialized.OnDeserialized() => UnknownProperties?.Freeze();
}

/// <summary>A body paragraph.</summary>
public sealed record Paragraph : Block;

/// <summary>A heading inside the body (for longer briefings).</summary>
public sealed record Heading : Block;

/// <summary>
/// A display excerpt of a body quote (the large-type quotation publishers set apart), with the short
/// attribution line printed under it.
/// </summary>
public sealed record PullQuote : Block
{
    /// <summary>The attribution line, split into role, affiliation and location.</summary>
    [JsonPropertyName("attribution")]
    public required Source Attribution { get; init; }

    /// <summary>The <see cref="Quote.Id"/> of the body quote this pull quote excerpts; <see langword="null"/> when none matches.</summary>
    [JsonPropertyName("quoteId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? QuoteId { get; init; }
}
