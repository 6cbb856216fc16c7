using System.Text.Json.Serialization;

namespace Briefing.Model;

/// <summary>What a metric measures.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MetricKind>))]
public enum MetricKind
{
    /// <summary>An amount of money; <see cref="Metric.Unit"/> is its ISO 4217 currency code.</summary>
    [JsonStringEnumMemberName("money")]
    Money,

    /// <summary>A percentage (<c>%</c>) or percentage points (<c>pp</c>).</summary>
    [JsonStringEnumMemberName("percentage")]
    Percentage,

    /// <summary>A number of things; <see cref="Metric.Unit"/> is the counted noun (<c>people</c>).</summary>
    [JsonStringEnumMemberName("count")]
    Count,

    /// <summary>A measured quantity; <see cref="Metric.Unit"/> is the measure (<c>tonnes</c>).</summary>
    [JsonStringEnumMemberName("quantity")]
    Quantity,

    /// <summary>A ratio (<c>one in five</c>, <c>3:1</c>).</summary>
    [JsonStringEnumMemberName("ratio")]
    Ratio,
}

/// <summary>How the written figure relates to the true value.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Comparator>))]
public enum Comparator
{
    /// <summary>The figure as stated.</summary>
    [JsonStringEnumMemberName("exact")]
    Exact,

    /// <summary><c>about</c>, <c>around</c>, <c>roughly</c>, <c>an estimated</c>, <c>almost</c>, <c>nearly</c>, <c>close to</c>.</summary>
    [JsonStringEnumMemberName("approximately")]
    Approximately,

    /// <summary><c>below</c>, <c>under</c>, <c>less than</c>, <c>fewer than</c>.</summary>
    [JsonStringEnumMemberName("lessThan")]
    LessThan,

    /// <summary><c>up to</c>, <c>no more than</c>.</summary>
    [JsonStringEnumMemberName("atMost")]
    AtMost,

    /// <summary><c>more than</c>, <c>over</c>, <c>above</c>, <c>exceeding</c>.</summary>
    [JsonStringEnumMemberName("moreThan")]
    MoreThan,

    /// <summary><c>at least</c>, <c>no less than</c>.</summary>
    [JsonStringEnumMemberName("atLeast")]
    AtLeast,
}

/// <summary>
/// A figure in the body (money, percentage, count, quantity, ratio) as a stand-off annotation:
/// <see cref="Span"/> points into the text of block <see cref="BlockId"/>.
/// </summary>
public sealed record Metric : IJsonOnDeserialized
{
    /// <summary>Identifier, unique across the document (<c>m1</c>).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>What the figure measures.</summary>
    [JsonPropertyName("kind")]
    public required MetricKind Kind { get; init; }

    /// <summary>The fully scaled value, exactly: <c>USD 3.15 billion</c> is 3150000000.</summary>
    [JsonConverter(typeof(Json.ExactDecimalConverter))]
    [JsonPropertyName("value")]
    public required decimal Value { get; init; }

    /// <summary>ISO 4217 code for money (<c>USD</c>), <c>%</c> or <c>pp</c> for percentages, the counted noun or measure otherwise.</summary>
    [JsonPropertyName("unit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; init; }

    /// <summary>How the figure relates to the true value (<c>below 1%</c> is <see cref="Comparator.LessThan"/>).</summary>
    [JsonPropertyName("comparator")]
    public Comparator Comparator { get; init; }

    /// <summary>
    /// Whether <see cref="Unit"/> was inferred from an ambiguous sign (a bare <c>$</c> is read as USD
    /// but could be another dollar or peso).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    [JsonPropertyName("ambiguous")]
    public bool Ambiguous { get; init; }

    /// <summary>The figure exactly as written (<c>USD 3.15 billion</c>).</summary>
    [JsonPropertyName("text")]
    public required string Text { get; init; }

    /// <summary>The <see cref="Block.Id"/> of the block that contains the figure.</summary>
    [JsonPropertyName("blockId")]
    public required string BlockId { get; init; }

    /// <summary>Where <see cref="Text"/> lies in the block's text.</summary>
    [JsonPropertyName("span")]
    public required TextSpan Span { get; init; }

    /// <summary>The period the sentence dates the figure to (<c>2020</c>), when it does.</summary>
    [JsonPropertyName("period")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Period { get; init; }

    /// <summary>JSON members this version does not know; preserved on round trip.</summary>
    [JsonExtensionData, JsonInclude]
    public UnknownProperties? UnknownProperties { get; internal set; }

    void IJsonOnDeserialized.OnDeserialized() => UnknownProperties?.Freeze();
}
