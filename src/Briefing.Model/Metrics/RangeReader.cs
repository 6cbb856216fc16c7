namespace Briefing.Model.Metrics;

/// <summary>
/// Passes over the figures of a text once they are read: a range (<c>5-7%</c>, <c>between 8,000 and
/// 10,000 troops</c>) makes its ends <c>atLeast</c> and <c>atMost</c> with the high end's unit and scale,
/// and a bare number counts what the next figure counts (<c>1,000 of the 2,500 officers</c>).
/// </summary>
internal static class RangeReader
{
    // "5-7%", "3–4 per cent", "between 8,000 and 10,000 members", "USD 5-7 million": the low end shares the
    // high end's unit and scale; a range is "at least" its low end and "at most" its high end.
    public static void ReadRanges(ScanText t, List<Figure> figures)
    {
        for (var k = 0; k + 1 < figures.Count; k++)
        {
            var f = figures[k];
            var g = figures[k + 1];
            var moneyRange = f.Kind == FigureKind.Money && g.Kind == FigureKind.Number && f.Multiplier == 1m && g.Multiplier > 1m;
            if (f.IsYear || g.IsYear || f.Comparator != Comparator.Exact || g.Comparator != Comparator.Exact || (g.Kind == FigureKind.Number && !moneyRange))
            {
                continue;
            }

            var between = false;
            var pos = t.SkipSpaces(f.End);
            if (pos < t.Length && t[pos] is '-' or '–')
            {
                pos = t.SkipSpaces(pos + 1);
            }
            else if (t.TryWordAt(pos, out var andEnd) && t.Between(pos, andEnd).Equals("and", StringComparison.OrdinalIgnoreCase)
                && t.WordBefore(f.Start) is var before && t.Text.AsSpan(before).Equals("between", StringComparison.OrdinalIgnoreCase))
            {
                between = true;
                pos = t.SkipSpaces(andEnd);
            }
            else
            {
                continue;
            }

            if (pos != g.Start || pos == f.End)
            {
                continue;
            }

            Figure low;
            if (moneyRange && NumberReader.TryScaleValue(f.Value, g.Multiplier, false, out var scaled))
            {
                low = f with { Value = scaled, Multiplier = g.Multiplier }; // "USD 5-7 million"
                g = g with { Kind = FigureKind.Money, Unit = f.Unit, Ambiguous = f.Ambiguous };
            }
            else if (f.Kind == FigureKind.Number && f.Multiplier == 1m && NumberReader.TryScaleValue(f.Value, g.Multiplier, false, out scaled))
            {
                low = f with { Kind = g.Kind, Unit = g.Unit, Ambiguous = g.Ambiguous, Value = scaled, Multiplier = g.Multiplier };
            }
            else if (f.Kind == g.Kind && f.Unit == g.Unit)
            {
                low = f; // "5%-7%"
            }
            else
            {
                continue;
            }

            if (between)
            {
                var before = t.WordBefore(f.Start);
                low = low with { Start = before.Start.Value };
            }

            figures[k] = low with { Comparator = Comparator.AtLeast };
            figures[k + 1] = g with { Comparator = Comparator.AtMost };
        }
    }

    // "fewer than 1,000 of the 2,500 officers": the first number counts what the second counts.
    public static void InheritCountedNoun(ScanText t, List<Figure> figures)
    {
        for (var k = 0; k + 1 < figures.Count; k++)
        {
            var f = figures[k];
            var g = figures[k + 1];
            if (f.Kind != FigureKind.Number || f.IsYear || g.Kind is not (FigureKind.Count or FigureKind.Quantity) || g.Comparator != Comparator.Exact)
            {
                continue;
            }

            var pos = t.SkipSpaces(f.End);
            if (!t.TryWordAt(pos, out var ofEnd) || !t.Between(pos, ofEnd).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            pos = t.SkipSpaces(ofEnd);
            if (t.TryWordAt(pos, out var theEnd) && t.Between(pos, theEnd).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                pos = t.SkipSpaces(theEnd);
            }

            if (pos == g.Start)
            {
                figures[k] = f with { Kind = g.Kind, Unit = g.Unit };
            }
        }
    }
}
