using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Briefing.Model;

/// <summary>The legal notice at the end of a briefing (<c>Important Notice</c>).</summary>
public sealed record Disclaimer : IJsonOnDeserialized
{
    /// <summary>The heading line as written (<c>Important Notice</c>), when there is one.</summary>
    [JsonPropertyName("heading")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Heading { get; init; }

    /// <summary>The notice's paragraphs, each exactly as written.</summary>
    [JsonPropertyName("paragraphs")]
    public ImmutableArray<string> Paragraphs
    {
        get;
        init => field = ValueEquality.OrEmpty(value);
    } = [];

    /// <summary>The publisher the notice names (<c>Deheza Limited</c>), when it names one.</summary>
    [JsonPropertyName("publisher")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Publisher { get; init; }

    /// <summary>JSON members this version does not know; preserved on round trip.</summary>
    [JsonExtensionData, JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    /// <inheritdoc />
    public bool Equals(Disclaimer? other) =>
        other is not null && Heading == other.Heading && Publisher == other.Publisher &&
        ValueEquality.SequenceEqual(Paragraphs, other.Paragraphs) &&
        Equals(UnknownProperties, other.UnknownProperties);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Heading, Publisher, ValueEquality.Hash(Paragraphs));

    void IJsonOnDeserialized.OnDeserialized() => UnknownProperties?.Freeze();
}
