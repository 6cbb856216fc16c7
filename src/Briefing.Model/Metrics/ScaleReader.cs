namespace Briefing.Model.Metrics;

/// <summary>Reads a scale after a number: a word (<c>million</c>, <c>lakh</c>) for any figure, an abbreviation (<c>m</c>, <c>bn</c>) for money only.</summary>
internal static class ScaleReader
{
    /// <summary>A scale word after the number, or for <paramref name="money"/> an abbreviation.</summary>
    public static bool TryScale(ScanText t, int pos, bool money, out decimal scale, out int end, out bool abbreviation)
    {
        scale = 1m;
        end = pos;
        abbreviation = false;
        var k = t.SkipSpacesOrHyphen(pos);
        if (!t.TryWordAt(k, out var w) || (w < t.Length && char.IsAsciiDigit(t[w])))
        {
            return false;
        }

        var word = t.Between(k, w);
        if (MetricVocabulary.TryGetScaleWord(word, out scale))
        {
            end = w;
            return true;
        }

        if (money && MetricVocabulary.TryGetScaleAbbreviation(word, out scale))
        {
            end = w;
            abbreviation = true;
            return true;
        }

        scale = 1m;
        return false;
    }
}
