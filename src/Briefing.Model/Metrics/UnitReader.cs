namespace Briefing.Model.Metrics;

/// <summary>Reads what a number measures: percent (<c>%</c>, <c>per cent</c>, <c>percentage points</c>), a measure from the units table, or a counted plural noun.</summary>
internal static class UnitReader
{
    /// <summary>Percent or percentage points after the number: <c>%</c>, <c>per cent</c>, <c>percent</c>, <c>pp</c>, <c>percentage points</c>.</summary>
    public static bool TryPercent(ScanText t, int pos, out int end, out string unit)
    {
        end = pos;
        unit = "%";
        var k = t.SkipSpaces(pos);
        if (k < t.Length && (t[k] is '%' or '％'))
        {
            if (k + 1 < t.Length && char.IsLetterOrDigit(t[k + 1]))
            {
                return false; // "30%25": URL encoding
            }

            end = k + 1;
            return true;
        }

        if (!t.TryWordAt(k, out var w1))
        {
            return false;
        }

        var word = t.Between(k, w1);
        if (word.Equals("pp", StringComparison.OrdinalIgnoreCase) || word.Equals("ppt", StringComparison.OrdinalIgnoreCase))
        {
            end = w1;
            unit = "pp";
            return true;
        }

        if (word.Equals("percent", StringComparison.OrdinalIgnoreCase) || word.Equals("percentage", StringComparison.OrdinalIgnoreCase))
        {
            end = w1;
            var k2 = t.SkipSpaces(w1);
            if (t.TryWordAt(k2, out var w2) && t.Between(k2, w2) is var next
                && (next.Equals("point", StringComparison.OrdinalIgnoreCase) || next.Equals("points", StringComparison.OrdinalIgnoreCase)))
            {
                end = w2;
                unit = "pp";
            }

            return true;
        }

        if (word.Equals("per", StringComparison.OrdinalIgnoreCase))
        {
            var k2 = t.SkipSpaces(w1);
            if (t.TryWordAt(k2, out var w2) && t.Between(k2, w2).Equals("cent", StringComparison.OrdinalIgnoreCase))
            {
                end = w2;
                return true;
            }
        }

        return false;
    }

    /// <summary>A measure from the units table (a quantity) or a plural noun right after the number (a count).</summary>
    public static bool TryUnitAfter(ScanText t, int pos, out int end, out FigureKind kind)
    {
        kind = FigureKind.Number;
        var k = t.SkipSpacesOrHyphen(pos);
        if (t.TryPhrase(k, MetricVocabulary.MaxUnitWords, MetricVocabulary.UnitFirstWords, static (ReadOnlySpan<char> phrase, out bool found) => found = MetricVocabulary.IsUnit(phrase), out _, out end))
        {
            kind = FigureKind.Quantity;
            return true;
        }

        // Counted noun: a plural word right after the number (and after spaces only, not a hyphen).
        k = t.SkipSpaces(pos);
        if (k == pos || !t.TryWordAt(k, out end) || (end < t.Length && (t[end] is '\'' or '’' or '-')))
        {
            return false;
        }

        var word = t.Between(k, end);
        if (MetricVocabulary.IsIrregularPlural(word) || (LooksPlural(word) && !MetricVocabulary.IsNotCounted(word)))
        {
            kind = FigureKind.Count;
            return true;
        }

        return false;
    }

    /// <summary>A word of three or more letters ending in <c>s</c> (not <c>ss</c>, <c>us</c>, <c>is</c>, not all capitals).</summary>
    public static bool LooksPlural(ReadOnlySpan<char> word) =>
        word.Length >= 3 && (word[^1] == 's') && !word.EndsWith("ss", StringComparison.Ordinal)
        && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
        && !IsAllUpper(word);

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
