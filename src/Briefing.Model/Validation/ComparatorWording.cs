namespace Briefing.Model.Validation;

/// <summary>
/// The comparator a figure's leading words imply (docs/metrics.md, "Comparators"): <c>below 1%</c> is
/// <see cref="Comparator.LessThan"/>, <c>about 700 people</c> is <see cref="Comparator.Approximately"/>.
/// </summary>
internal static class ComparatorWording
{
    // Longest phrases first, so "no more than" wins over "more than".
    private static readonly (string Phrase, Comparator Comparator)[] Phrases =
    [
        ("no more than", Comparator.AtMost),
        ("no less than", Comparator.AtLeast),
        ("no fewer than", Comparator.AtLeast),
        ("an estimated", Comparator.Approximately),
        ("approximately", Comparator.Approximately),
        ("in excess of", Comparator.MoreThan),
        ("fewer than", Comparator.LessThan),
        ("less than", Comparator.LessThan),
        ("more than", Comparator.MoreThan),
        ("exceeding", Comparator.MoreThan),
        ("close to", Comparator.Approximately),
        ("at least", Comparator.AtLeast),
        ("at most", Comparator.AtMost),
        ("roughly", Comparator.Approximately),
        ("around", Comparator.Approximately),
        ("almost", Comparator.Approximately),
        ("nearly", Comparator.Approximately),
        ("below", Comparator.LessThan),
        ("under", Comparator.LessThan),
        ("above", Comparator.MoreThan),
        ("about", Comparator.Approximately),
        ("up to", Comparator.AtMost),
        ("over", Comparator.MoreThan),
    ];

    /// <summary>Finds the comparator the text's leading words imply.</summary>
    /// <param name="text">A metric's text as written.</param>
    /// <param name="comparator">The implied comparator.</param>
    /// <param name="phrase">The words that imply it.</param>
    /// <returns>Whether the text starts with comparator wording.</returns>
    public static bool TryImplied(string? text, out Comparator comparator, out string phrase)
    {
        var span = (text ?? "").AsSpan().TrimStart();
        foreach (var (candidate, implied) in Phrases)
        {
            if (span.Length > candidate.Length &&
                span.StartsWith(candidate, StringComparison.OrdinalIgnoreCase) &&
                char.IsWhiteSpace(span[candidate.Length]))
            {
                comparator = implied;
                phrase = candidate;
                return true;
            }
        }

        comparator = Comparator.Exact;
        phrase = "";
        return false;
    }
}
