using System.Text.Json.Serialization;

namespace Briefing.Model;

/// <summary>Who said something: the attribution as written, split into parts where the text allows.</summary>
public sealed record Source : IJsonOnDeserialized
{
    /// <summary>The attribution exactly as written, e.g. <c>a senior Venezuelan business executive, now living in New York</c>.</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>A person's or organisation's name, when the text gives one (<c>Marie-Claude Etienne</c>).</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }

    /// <summary>The source's role or description (<c>senior Venezuelan business executive</c>).</summary>
    [JsonPropertyName("role")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Role { get; init; }

    /// <summary>The organisation the source belongs to (<c>political studies institute</c>).</summary>
    [JsonPropertyName("affiliation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Affiliation { get; init; }

    /// <summary>Where the source is (<c>New York</c>).</summary>
    [JsonPropertyName("location")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Location { get; init; }

    /// <summary>Whether the source is not named (described only by role, affiliation or location).</summary>
    [JsonPropertyName("anonymous")]
    public bool Anonymous { get; init; }

    /// <summary>JSON members this version does not know; preserved on round trip.</summary>
    [JsonExtensionData, JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    void IJsonOnDeserialized.OnDeserialized() => UnknownProperties?.Freeze();
}
