using System.Buffers;

namespace Briefing.Model.Metrics;

/// <summary>
/// Dates metrics by the years written next to them. A year introduced by <c>in</c>, <c>during</c>,
/// <c>throughout</c>, <c>for</c> or <c>by</c> that opens a sentence ("In 2020, China amounted for 15% …
/// below 1%") dates every metric of that sentence; the same phrase later in a sentence ("fell 19% in
/// 1988") dates only the metric right before it, and wins over the opening year. Sentences end where
/// the library's splitter (<c>Text.Sentences</c>, through <see cref="Layout.EndOfSentenceAt"/>) ends them, and also at <c>;</c> and at line breaks.
/// </summary>
internal static class SentencePeriods
{
    private static readonly SearchValues<char> BreakCandidates = SearchValues.Create("\n\r;.!?");

    /// <summary>Fills <paramref name="periods"/> (cleared first) with the period of each figure (by index), or <see langword="null"/>.</summary>
    public static void Assign(string text, List<Figure> figures, List<string?> periods)
    {
        periods.Clear();
        for (var i = 0; i < figures.Count; i++)
        {
            periods.Add(null);
        }

        // The sentence number of each figure; a block rarely has more than a few dozen figures.
        Span<int> sentence = figures.Count <= 128 ? stackalloc int[figures.Count] : new int[figures.Count];
        var id = 0;
        var from = 0;
        for (var i = 0; i < figures.Count; i++)
        {
            id += CountBreaks(text, from, figures[i].Start);
            sentence[i] = id;
            from = Math.Max(from, figures[i].End);
        }

        // Each sentence is a run of consecutive figures.
        var runStart = 0;
        for (var i = 0; i <= figures.Count; i++)
        {
            if (i < figures.Count && sentence[i] == sentence[runStart])
            {
                continue;
            }

            string? opening = null;
            for (var k = runStart; k < i && opening is null; k++)
            {
                if (figures[k].Dating == Dating.Sentence)
                {
                    opening = Year(text, figures[k]);
                }
            }

            for (var k = runStart; k < i; k++)
            {
                if (figures[k].Kind != FigureKind.Number)
                {
                    periods[k] = opening;
                }
                else if (figures[k].Dating == Dating.Previous && k > runStart && figures[k - 1].Kind != FigureKind.Number)
                {
                    periods[k - 1] = Year(text, figures[k]);
                }
            }

            runStart = i;
        }
    }

    private static string Year(string text, Figure year) => text.Substring(year.NumberStart, 4);

    private static int CountBreaks(string text, int from, int to)
    {
        var breaks = 0;
        for (var k = from; k < to; k++)
        {
            var next = text.AsSpan(k, to - k).IndexOfAny(BreakCandidates); // jump to the next character that may break
            if (next < 0)
            {
                break;
            }

            k += next;
            var c = text[k];
            if (c is '\n' or '\r' or ';')
            {
                breaks++;
            }
            else if (c is '.' or '!' or '?' && Layout.EndOfSentenceAt(text, k) > 0)
            {
                breaks++;
            }
        }

        return breaks;
    }
}
