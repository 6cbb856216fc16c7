using System.Text.Json.Serialization;

namespace Briefing.Model;

/// <summary>An item of the related list (<c>Most recent in Politics</c>); either part may be missing.</summary>
public sealed record RelatedArticle : IJsonOnDeserialized
{
    /// <summary>The related article's title; <see langword="null"/> when the list shows only a summary.</summary>
    [JsonPropertyName("title")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Title { get; init; }

    /// <summary>The one-line summary under the title.</summary>
    [JsonPropertyName("summary")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Summary { get; init; }

    /// <summary>JSON members this version does not know; preserved on round trip.</summary>
    [JsonExtensionData, JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    void IJsonOnDeserialized.OnDeserialized() => UnknownProperties?.Freeze();
}
