namespace Briefing.Model.Metrics;

/// <summary>
/// Dates figures by their sentence: a year introduced by <c>in</c>, <c>during</c>, <c>throughout</c>,
/// <c>for</c> or <c>by</c> ("In 2020, China amounted for 15% …") is the period of every metric in that
/// sentence; when a sentence names several such years, each metric takes the nearest one.
/// </summary>
internal static class SentencePeriods
{
    /// <summary>The period of each figure (by index), or <see langword="null"/>.</summary>
    public static string?[] Assign(string text, List<Figure> figures)
    {
        var periods = new string?[figures.Count];
        var sentence = new int[figures.Count];
        var id = 0;
        var from = 0;
        for (var i = 0; i < figures.Count; i++)
        {
            id += CountBreaks(text, from, figures[i].Start);
            sentence[i] = id;
            from = Math.Max(from, figures[i].End);
        }

        // Each sentence is a run of consecutive figures; pair its metrics with its dating years.
        var runStart = 0;
        var years = new List<int>();
        for (var i = 0; i <= figures.Count; i++)
        {
            if (i < figures.Count && sentence[i] == sentence[runStart])
            {
                continue;
            }

            years.Clear();
            for (var k = runStart; k < i; k++)
            {
                if (figures[k].DatesSentence)
                {
                    years.Add(k);
                }
            }

            if (years.Count > 0)
            {
                var y = 0;
                for (var k = runStart; k < i; k++)
                {
                    if (figures[k].Kind == FigureKind.Number)
                    {
                        continue;
                    }

                    // Nearest dating year: years are in text order, so walk forward once.
                    while (y + 1 < years.Count && Distance(figures[years[y + 1]], figures[k]) <= Distance(figures[years[y]], figures[k]))
                    {
                        y++;
                    }

                    var year = figures[years[y]];
                    periods[k] = text.Substring(year.NumberStart, 4);
                }
            }

            runStart = i;
        }

        return periods;
    }

    private static int Distance(Figure year, Figure metric) =>
        year.End <= metric.Start ? metric.Start - year.End : Math.Max(0, year.Start - metric.End);

    // Sentence ends between two figures: . ! ? followed by a space, a closing quote or the end; line breaks.
    private static int CountBreaks(string text, int from, int to)
    {
        var breaks = 0;
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c is '\n' or '\r')
            {
                breaks++;
            }
            else if (c is '.' or '!' or '?' && (k + 1 >= text.Length || char.IsWhiteSpace(text[k + 1]) || text[k + 1] is '"' or '”' or '’' or ')'))
            {
                breaks++;
            }
        }

        return breaks;
    }
}
