using System.Text.Json.Serialization;

namespace Briefing.Model;

/// <summary>
/// A range of a block's text in UTF-16 code units (how C# and JavaScript index strings).
/// Quotes and metrics point into block text with spans, so the text itself is never rewritten.
/// </summary>
/// <param name="Start">Zero-based offset of the first code unit.</param>
/// <param name="Length">Number of code units covered.</param>
/// <remarks>A span is two numbers and keeps nothing else: another member inside <c>span</c> in JSON is a
/// <c>BJ002</c> finding at its pointer rather than silently dropped.</remarks>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
public readonly record struct TextSpan([property: JsonRequired, JsonPropertyName("start")] int Start, [property: JsonRequired, JsonPropertyName("length")] int Length)
{
    /// <summary>The offset just past the last covered code unit (computed; not part of the JSON contract).</summary>
    [JsonIgnore]
    public int End => Start + Length;

    /// <summary>The span of the first occurrence of <paramref name="part"/> in <paramref name="text"/> (ordinal), for building a quote or metric in code.</summary>
    /// <param name="text">The block text the span points into.</param>
    /// <param name="part">The quoted words or the figure, exactly as they appear in <paramref name="text"/>.</param>
    /// <param name="startIndex">Where to start looking (to find a later occurrence).</param>
    /// <returns>The span, or <see langword="null"/> when <paramref name="part"/> does not occur (or is empty).</returns>
    public static TextSpan? Find(string text, string part, int startIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(part);
        ArgumentOutOfRangeException.ThrowIfNegative(startIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startIndex, text.Length);
        var at = part.Length == 0 ? -1 : text.IndexOf(part, startIndex, StringComparison.Ordinal);
        return at < 0 ? null : new TextSpan(at, part.Length);
    }

    /// <summary>Whether the span lies within a text of <paramref name="textLength"/> code units.</summary>
    /// <param name="textLength">Length of the text the span points into.</param>
    /// <returns><see langword="true"/> when start and length are non-negative and the end is inside the text.</returns>
    public bool FitsIn(int textLength) => Start >= 0 && Length >= 0 && (long)Start + Length <= textLength;

    /// <summary>The covered part of <paramref name="text"/>, or <see langword="null"/> when the span does not fit.</summary>
    /// <param name="text">The block text the span points into.</param>
    /// <returns>The covered substring, or <see langword="null"/>.</returns>
    public string? Slice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FitsIn(text.Length) ? text.Substring(Start, Length) : null;
    }
}
