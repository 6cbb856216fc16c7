using System.Buffers;

namespace Briefing.Model.Metrics;

/// <summary>What a figure turned out to be; <see cref="Number"/> is a bare number (not a metric).</summary>
internal enum FigureKind
{
    Number,
    Money,
    Percentage,
    Count,
    Quantity,
}

/// <summary>How a year dates the figures around it: "In 2020, …" opens its sentence and dates all of it;
/// "… 19% in 1988" dates the figure right before it.</summary>
internal enum Dating
{
    None,
    Sentence,
    Previous,
}

/// <summary>
/// A number found in text with what stands around it. <see cref="Start"/>..<see cref="End"/> covers the
/// comparator words, the currency, the number, the scale and the unit.
/// </summary>
internal readonly record struct Figure(
    int Start,
    int End,
    int NumberStart,
    decimal Value,
    FigureKind Kind,
    string? Unit,
    Comparator Comparator,
    bool Ambiguous,
    bool IsYear,
    Dating Dating,
    decimal Multiplier);

/// <summary>
/// The scanner behind <see cref="MetricExtractor"/>: it jumps from digit to digit
/// (<see cref="SearchValues{T}"/>), reads each number with the small readers (<see cref="NumberReader"/>,
/// <see cref="CurrencyReader"/>, <see cref="ScaleReader"/>, <see cref="UnitReader"/>,
/// <see cref="ComparatorReader"/>, <see cref="RangeReader"/>) over a <see cref="ScanText"/>, and looks a
/// bounded number of words to either side. The one position carried from figure to figure is
/// <c>floor</c>, the end of what was read so far (a figure or a skipped identifier): readers that look
/// left stop there. It is a local of <see cref="Read"/>, handed to each reader that reads or moves it.
/// Every look-around is capped, so the work is linear in the text; nothing here throws.
/// </summary>
internal static class MetricScanner
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>Every number in <paramref name="text"/> in order, metrics and bare numbers alike.</summary>
    public static List<Figure> Scan(string text)
    {
        var figures = new List<Figure>();
        Read(text, figures);
        return figures;
    }

    /// <summary>Fills <paramref name="figures"/> (cleared first) with every number in <paramref name="text"/>, in order.</summary>
    public static void Read(string text, List<Figure> figures)
    {
        figures.Clear();
        var t = new ScanText(text);
        var floor = 0;
        var i = 0;
        var urls = new UrlRanges(text);
        while (i < t.Length)
        {
            var rel = text.AsSpan(i).IndexOfAny(Digits);
            if (rel < 0)
            {
                break;
            }

            var p = i + rel;
            if (urls.Covers(p, out var urlEnd))
            {
                i = urlEnd;
                continue;
            }

            var next = ReadFigure(t, p, ref floor, figures);
            i = next > p ? next : p + 1;
        }

        RangeReader.InheritCountedNoun(t, figures);
        RangeReader.ReadRanges(t, figures);
    }

    // The state of one figure while it is read, left to right.
    private struct Reading
    {
        public int LeftEdge;
        public int End;
        public CurrencyEntry? Currency;
        public decimal CurrencyScale;
        public bool Prefixed;
        public bool SuffixCurrency;
        public decimal Scale;
        public bool Abbreviated;
        public FigureKind Kind;
        public string? Unit;

        public void SetCurrency(CurrencyEntry entry, decimal codeScale, bool suffix, int edge)
        {
            Currency = entry;
            CurrencyScale = codeScale;
            SuffixCurrency = suffix;
            Prefixed = !suffix;
            if (suffix)
            {
                End = edge;
            }
            else
            {
                LeftEdge = edge;
            }
        }
    }

    private static int ReadFigure(ScanText t, int p, ref int floor, List<Figure> figures)
    {
        var r = new Reading { LeftEdge = p, End = p, CurrencyScale = 1m, Scale = 1m };
        if (!ReadLeft(t, p, ref floor, ref r, out var skipTo)
            || !NumberReader.ReadNumber(t, p, ref floor, out var j, out var firstGroup, out var grouped, out var hasDecimal, out skipTo))
        {
            return skipTo;
        }

        // A negative sign written against the number: "-30", "−3%".
        var prev = p > 0 ? t[p - 1] : ' ';
        var negative = false;
        if (!r.Prefixed && p >= 1 && (prev is '-' or '−') && (p == 1 || char.IsWhiteSpace(t[p - 2]) || t[p - 2] is '(' or '<' or '>' or '=' or '≤' or '≥'))
        {
            negative = true;
            r.LeftEdge = p - 1;
        }

        if (!NumberReader.TryParseNumber(t, p, j, out var value))
        {
            return j;
        }

        r.End = j;
        if (j < t.Length && char.IsLetter(t[j]) && !ReadAttached(t, p, ref floor, j, ref r, out skipTo))
        {
            return skipTo;
        }

        // Currency written before the number: "$", "US$", "us $", "€", "S/", "USD ", "Rs ".
        if (r.Currency is null && CurrencyReader.TryCurrencyBefore(t, t.SkipSpacesLeft(r.LeftEdge), floor, out var before, out var beforeStart, out var beforeScale))
        {
            r.SetCurrency(before, beforeScale, suffix: false, beforeStart);
        }

        if (r.Kind == FigureKind.Number && r.End == j)
        {
            ReadAfter(t, ref r);
        }

        var percent = r.Kind == FigureKind.Percentage;
        if (r.Currency is not null)
        {
            r.Kind = FigureKind.Money;
            r.Unit = r.Currency.Value.Code;
        }
        else if (!percent && r.Kind == FigureKind.Number && UnitReader.TryUnitAfter(t, r.End, out var unitEnd, out var unitKind))
        {
            r.Kind = unitKind;
            r.Unit = t.Text[t.SkipSpacesOrHyphen(r.End)..unitEnd];
            r.End = unitEnd;
        }

        if (r.Abbreviated && r.Kind != FigureKind.Money)
        {
            return r.End; // "300m" without a currency may be metres: not a metric
        }

        // Pounds of something weigh.
        if (r.Kind == FigureKind.Money && r.SuffixCurrency && r.Currency!.Value.Code == "GBP" && r.Currency.Value.Ambiguous && t.NextWordIs(r.End, "of"))
        {
            r.Kind = FigureKind.Quantity;
            r.Unit = t.Text[t.SkipSpaces(j)..r.End];
            r.Currency = null;
        }

        // "3 dollars 50 cents", "15 USD 50": the smaller unit after the main one.
        var factor = r.Currency?.Factor ?? 1m;
        if (r.Kind == FigureKind.Money && r.SuffixCurrency && r.Scale == 1m && r.CurrencyScale == 1m && factor == 1m && !hasDecimal && !grouped
            && CurrencyReader.TrySubunit(t, r.End, out var cents, out var subunitEnd))
        {
            value += cents / 100m;
            r.End = subunitEnd;
        }

        var comparator = ComparatorReader.Before(t, r.LeftEdge, floor, out var comparatorStart);
        var plainYear = !negative && !grouped && !hasDecimal && firstGroup == 4 && value is >= 1800m and <= 2100m;
        var isYear = plainYear && r.Currency is null && !percent && comparator == Comparator.Exact;
        var wordBefore = t.WordBefore(comparatorStart);
        if ((r.Kind is FigureKind.Count or FigureKind.Quantity or FigureKind.Number) && r.Currency is null && !percent && comparator == Comparator.Exact
            && (isYear || IsReferenceOrDate(t, wordBefore, j, value, grouped || hasDecimal)))
        {
            r.Kind = FigureKind.Number;
            r.Unit = null;
            r.End = j;
        }

        var end = ComparatorReader.After(t, r.End, ref comparator);
        var multiplier = r.Scale * r.CurrencyScale * factor;
        if (!NumberReader.TryScaleValue(value, multiplier, negative, out var scaled))
        {
            return end;
        }

        var dating = !isYear || !MetricVocabulary.IsPeriodPreposition(t.Text.AsSpan(wordBefore)) ? Dating.None
            : t.OpensSentence(wordBefore.Start.Value) ? Dating.Sentence : Dating.Previous;
        figures.Add(new Figure(comparatorStart, end, p, scaled, r.Kind, r.Unit, comparator, r.Currency?.Ambiguous ?? false, isYear, dating, multiplier));
        floor = end;
        return end;
    }

    // What stands against the number on its left: a code ("USD115"), or what makes it no number of ours.
    private static bool ReadLeft(ScanText t, int p, ref int floor, ref Reading r, out int skipTo)
    {
        skipTo = p;
        var prev = p > 0 ? t[p - 1] : ' ';
        if (char.IsLetter(prev))
        {
            // "USD115": a code written against the number; anything else ("G20", "A4") is an identifier.
            var ls = p - 1;
            while (ls > floor && ls > 0 && char.IsLetter(t[ls - 1]) && p - ls < 6)
            {
                ls--;
            }

            if ((ls > 0 && char.IsLetterOrDigit(t[ls - 1])) || !CurrencyTable.TryGetCode(t.Between(ls, p), t.OpensSentence(ls), out var code, out var codeScale))
            {
                skipTo = t.SkipToken(p, ref floor);
                return false;
            }

            r.SetCurrency(new CurrencyEntry(code, false, 1m), codeScale, suffix: false, ls);
            return true;
        }

        if ((prev is ',' or '.') && p >= 2 && char.IsAsciiDigit(t[p - 2]))
        {
            skipTo = t.SkipDigits(p); // "3,5" or "6.2.1": not a number we read
            return false;
        }

        if ((prev is '_' or '+' or '#' or '@' or '&') || (prev == '-' && p >= 2 && char.IsLetter(t[p - 2])))
        {
            skipTo = t.SkipToken(p, ref floor); // "mid-2024", "COVID-19", "+1-222-…", "#5"
            return false;
        }

        return true;
    }

    // Letters written against the number: "300m", "4bn", "115USD", "100元", "10km", "3pp"; otherwise "21st", "3D".
    private static bool ReadAttached(ScanText t, int p, ref int floor, int j, ref Reading r, out int skipTo)
    {
        skipTo = j;
        var e = j;
        while (e < t.Length && char.IsLetter(t[e]) && e - j < 8)
        {
            e++;
        }

        if (e < t.Length && char.IsLetterOrDigit(t[e]))
        {
            skipTo = t.SkipToken(p, ref floor);
            return false;
        }

        var attached = t.Between(j, e);
        if (r.Currency is null && CurrencyReader.TryCurrencyAfter(t, j, out var named, out var namedEnd, out _) && namedEnd <= e)
        {
            r.SetCurrency(named, 1m, suffix: true, namedEnd);
        }
        else if (MetricVocabulary.TryGetScaleAbbreviation(attached, out var s) || MetricVocabulary.TryGetScaleWord(attached, out s))
        {
            r.Scale = s;
            r.Abbreviated = true;
            r.End = e;
        }
        else if (r.Currency is null && !t.IsDigitAt(e) && CurrencyTable.TryGetCode(attached, false, out var code, out var codeScale))
        {
            r.SetCurrency(new CurrencyEntry(code, false, 1m), codeScale, suffix: true, e);
        }
        else if (r.Currency is null && (attached.SequenceEqual("pp") || attached.SequenceEqual("ppt") || attached.SequenceEqual("pc")))
        {
            r.Kind = FigureKind.Percentage;
            r.Unit = attached.SequenceEqual("pc") ? "%" : "pp";
            r.End = e;
        }
        else if (r.Currency is null && attached.SequenceEqual("p"))
        {
            r.SetCurrency(new CurrencyEntry("GBP", false, 0.01m), 1m, suffix: true, e);
        }
        else if (MetricVocabulary.IsUnit(attached))
        {
            r.Kind = FigureKind.Quantity;
            r.Unit = attached.ToString();
            r.End = e;
        }
        else
        {
            skipTo = t.SkipToken(p, ref floor);
            return false;
        }

        return true;
    }

    // After a bare number: percent, or a scale word, then a currency after it ("420 million Finnish markka", "75 USD million").
    private static void ReadAfter(ScanText t, ref Reading r)
    {
        if (UnitReader.TryPercent(t, r.End, out var percentEnd, out var percentUnit))
        {
            r.Kind = FigureKind.Percentage;
            r.Unit = percentUnit;
            r.End = percentEnd;
            return;
        }

        if (ScaleReader.TryScale(t, r.End, r.Currency is not null, out var s, out var scaleEnd, out var isAbbreviation))
        {
            r.Scale = s;
            r.Abbreviated = isAbbreviation;
            r.End = scaleEnd;
        }

        if (r.Currency is null && CurrencyReader.TryCurrencyAfter(t, r.End, out var entry, out var currencyEnd, out var codeScale))
        {
            r.SetCurrency(entry, codeScale, suffix: true, currencyEnd);
            if (r.Scale == 1m && codeScale == 1m && ScaleReader.TryScale(t, r.End, true, out s, out scaleEnd, out isAbbreviation))
            {
                r.Scale = s;
                r.Abbreviated = isAbbreviation;
                r.End = scaleEnd;
            }
        }
    }

    private static bool IsReferenceOrDate(ScanText t, Range wordBefore, int numberEnd, decimal value, bool formatted)
    {
        var before = t.Text.AsSpan(wordBefore);
        if (MetricVocabulary.IsReference(before))
        {
            return true;
        }

        if (formatted || value is < 1m or > 31m)
        {
            return false;
        }

        if (MetricVocabulary.IsMonth(before) && !before.Equals("may", StringComparison.Ordinal) && !before.Equals("march", StringComparison.Ordinal))
        {
            return true;
        }

        var k = t.SkipSpaces(numberEnd);
        return k > numberEnd && t.TryWordAt(k, out var w) && MetricVocabulary.IsMonth(t.Between(k, w));
    }

    /// <summary>Whitespace-delimited tokens that are URLs or e-mail addresses; numbers inside them are not read.</summary>
    private struct UrlRanges(string text)
    {
        private static readonly SearchValues<string> UrlMarkers = SearchValues.Create(["://", "www.", "@"], StringComparison.Ordinal);

        private int searchedTo;
        private int start = -1;
        private int end = -1;

        public bool Covers(int position, out int rangeEnd)
        {
            rangeEnd = position;
            while (position >= end && searchedTo < text.Length)
            {
                var rel = text.AsSpan(searchedTo).IndexOfAny(UrlMarkers);
                if (rel < 0)
                {
                    searchedTo = text.Length;
                    break;
                }

                var hit = searchedTo + rel;
                start = hit;
                while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
                {
                    start--;
                }

                end = hit;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                searchedTo = end;
            }

            if (position >= start && position < end)
            {
                rangeEnd = end;
                return true;
            }

            return false;
        }
    }
}
