using System.Text.Json.Serialization;

namespace Briefing.Model;

/// <summary>How a quote reproduces what its source said.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QuoteKind>))]
public enum QuoteKind
{
    /// <summary>The source's words, inside quotation marks.</summary>
    [JsonStringEnumMemberName("direct")]
    Direct,

    /// <summary>An attributed claim without quotation marks (<c>According to X, …</c>, <c>X said that …</c>).</summary>
    [JsonStringEnumMemberName("reported")]
    Reported,
}

/// <summary>
/// Something a source said, as a stand-off annotation: <see cref="Span"/> points into the text of the
/// block <see cref="BlockId"/>, and <see cref="Text"/> is what the span covers.
/// </summary>
public sealed record Quote : IJsonOnDeserialized
{
    /// <summary>Identifier, unique across the document (<c>q1</c>).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Direct (quoted words) or reported (attributed claim).</summary>
    [JsonPropertyName("kind")]
    public required QuoteKind Kind { get; init; }

    /// <summary>The quoted or reported words (for direct quotes, without the enclosing quotation marks).</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>Who said it.</summary>
    [JsonPropertyName("source")]
    public required Source Source { get; init; }

    /// <summary>The <see cref="Block.Id"/> of the block that contains the quote.</summary>
    [JsonPropertyName("blockId")]
    public required string BlockId { get; init; }

    /// <summary>Where <see cref="Text"/> lies in the block's text.</summary>
    [JsonPropertyName("span")]
    public required TextSpan Span { get; init; }

    /// <summary>The words that introduce the quote as written (<c>According to</c>, <c>said</c>, <c>told us</c>).</summary>
    [JsonPropertyName("cue")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Cue { get; init; }

    /// <summary>JSON members this version does not know; preserved on round trip.</summary>
    [JsonExtensionData, JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    void IJsonOnDeserialized.OnDeserialized() => UnknownProperties?.Freeze();
}
