namespace Briefing.Model.Validation;

/// <summary>What the rules accept as an identifier: 1 to N letters (any script), digits, <c>-</c>, <c>_</c>, <c>.</c> or <c>:</c>.</summary>
internal static class Identifiers
{
    public static bool IsWellFormed(string? id, int maxLength)
    {
        if (string.IsNullOrEmpty(id) || id.Length > maxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The JSON Schema pattern (ECMAScript with the <c>u</c> flag) of an id <see cref="IsWellFormed"/>
    /// accepts: letters (<c>\p{L}</c>), decimal digits (<c>\p{Nd}</c>), '-', '_', '.' and ':'.
    /// </summary>
    public static string Pattern(int maxLength) => "^[\\p{L}\\p{Nd}_.:-]{1," + maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}$";

    public static string Describe(string kind, string? id, int maxLength) =>
        string.IsNullOrEmpty(id)
            ? $"The {kind} has no id: give it a short identifier unique in the document (letters, digits, '-', '_', '.' or ':')."
            : $"The {kind} id '{Shorten(id)}' is not usable: use 1 to {maxLength} letters, digits, '-', '_', '.' or ':' (no spaces).";

    /// <summary>Cuts long user text for messages.</summary>
    public static string Shorten(string? text, int max = 60)
    {
        if (text is null || text.Length <= max)
        {
            return text ?? "";
        }

        // Never cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return string.Concat(text.AsSpan(0, cut), "\u2026");
    }

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    public static bool IsSingleLine(string? text) => text is null || !text.AsSpan().ContainsAny(AsciiSets.LineBreaks);
}
