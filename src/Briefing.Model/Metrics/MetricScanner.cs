using System.Buffers;
using System.Globalization;

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
/// The hand-written scanner behind <see cref="MetricExtractor"/>: it jumps from digit to digit
/// (<see cref="SearchValues{T}"/>), reads each number and looks a bounded number of words to either
/// side. Every look-around is capped, so the work is linear in the text; nothing here throws.
/// </summary>
internal sealed class MetricScanner
{
    private const int MaxWordLength = 24;
    private const int MaxDigits = 28;
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private readonly List<Figure> figures;
    private string text = "";
    private int n;
    private int lastEnd;

    /// <summary>A scanner that reads into <paramref name="figures"/>; one can read block after block (<see cref="Read"/>).</summary>
    public MetricScanner(List<Figure> figures) => this.figures = figures;

    /// <summary>Every number in <paramref name="text"/> in order, metrics and bare numbers alike.</summary>
    public static List<Figure> Scan(string text)
    {
        var figures = new List<Figure>();
        new MetricScanner(figures).Read(text);
        return figures;
    }

    /// <summary>Fills the scanner's list (cleared first) with every number in <paramref name="text"/>, in order; keeps no reference to the text afterwards.</summary>
    public void Read(string text)
    {
        figures.Clear();
        this.text = text;
        n = text.Length;
        lastEnd = 0;
        try
        {
            Run();
        }
        finally
        {
            this.text = "";
            n = 0;
        }
    }

    private void Run()
    {
        var i = 0;
        var urls = new UrlRanges(text);
        while (i < n)
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

            var next = ReadFigure(p);
            i = next > p ? next : p + 1;
        }

        InheritCountedNoun();
        ReadRanges();
    }

    // "5-7%", "3–4 per cent", "between 8,000 and 10,000 members", "USD 5-7 million": the low end shares the
    // high end's unit and scale; a range is "at least" its low end and "at most" its high end.
    private void ReadRanges()
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
            var pos = SkipSpaces(f.End);
            if (pos < n && text[pos] is '-' or '–')
            {
                pos = SkipSpaces(pos + 1);
            }
            else if (TryWordAt(pos, out var andEnd) && text.AsSpan(pos, andEnd - pos).Equals("and", StringComparison.OrdinalIgnoreCase)
                && WordBefore(f.Start) is var before && text.AsSpan(before).Equals("between", StringComparison.OrdinalIgnoreCase))
            {
                between = true;
                pos = SkipSpaces(andEnd);
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
            if (moneyRange && TryScaleValue(f.Value, g.Multiplier, false, out var scaled))
            {
                low = f with { Value = scaled, Multiplier = g.Multiplier }; // "USD 5-7 million"
                g = g with { Kind = FigureKind.Money, Unit = f.Unit, Ambiguous = f.Ambiguous };
            }
            else if (f.Kind == FigureKind.Number && f.Multiplier == 1m && TryScaleValue(f.Value, g.Multiplier, false, out scaled))
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
                var before = WordBefore(f.Start);
                low = low with { Start = before.Start.Value };
            }

            figures[k] = low with { Comparator = Comparator.AtLeast };
            figures[k + 1] = g with { Comparator = Comparator.AtMost };
        }
    }

    // "fewer than 1,000 of the 2,500 officers": the first number counts what the second counts.
    private void InheritCountedNoun()
    {
        for (var k = 0; k + 1 < figures.Count; k++)
        {
            var f = figures[k];
            var g = figures[k + 1];
            if (f.Kind != FigureKind.Number || f.IsYear || g.Kind is not (FigureKind.Count or FigureKind.Quantity) || g.Comparator != Comparator.Exact)
            {
                continue;
            }

            var pos = SkipSpaces(f.End);
            if (!TryWordAt(pos, out var ofEnd) || !text.AsSpan(pos, ofEnd - pos).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            pos = SkipSpaces(ofEnd);
            if (TryWordAt(pos, out var theEnd) && text.AsSpan(pos, theEnd - pos).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                pos = SkipSpaces(theEnd);
            }

            if (pos == g.Start)
            {
                figures[k] = f with { Kind = g.Kind, Unit = g.Unit };
            }
        }
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

    private int ReadFigure(int p)
    {
        var r = new Reading { LeftEdge = p, End = p, CurrencyScale = 1m, Scale = 1m };
        if (!ReadLeft(p, ref r, out var skipTo)
            || !ReadNumber(p, out var j, out var firstGroup, out var grouped, out var hasDecimal, out skipTo))
        {
            return skipTo;
        }

        // A negative sign written against the number: "-30", "−3%".
        var prev = p > 0 ? text[p - 1] : ' ';
        var negative = false;
        if (!r.Prefixed && p >= 1 && (prev is '-' or '−') && (p == 1 || char.IsWhiteSpace(text[p - 2]) || text[p - 2] is '(' or '<' or '>' or '=' or '≤' or '≥'))
        {
            negative = true;
            r.LeftEdge = p - 1;
        }

        if (!TryParseNumber(p, j, out var value))
        {
            return j;
        }

        r.End = j;
        if (j < n && char.IsLetter(text[j]) && !ReadAttached(p, j, ref r, out skipTo))
        {
            return skipTo;
        }

        // Currency written before the number: "$", "US$", "us $", "€", "S/", "USD ", "Rs ".
        if (r.Currency is null && TryCurrencyBefore(SkipSpacesLeft(r.LeftEdge), out var before, out var beforeStart, out var beforeScale))
        {
            r.SetCurrency(before, beforeScale, suffix: false, beforeStart);
        }

        if (r.Kind == FigureKind.Number && r.End == j)
        {
            ReadAfter(ref r);
        }

        var percent = r.Kind == FigureKind.Percentage;
        if (r.Currency is not null)
        {
            r.Kind = FigureKind.Money;
            r.Unit = r.Currency.Value.Code;
        }
        else if (!percent && r.Kind == FigureKind.Number && TryUnitAfter(r.End, out var unitEnd, out var unitKind))
        {
            r.Kind = unitKind;
            r.Unit = text[SkipSpacesOrHyphen(r.End)..unitEnd];
            r.End = unitEnd;
        }

        if (r.Abbreviated && r.Kind != FigureKind.Money)
        {
            return r.End; // "300m" without a currency may be metres: not a metric
        }

        // Pounds of something weigh.
        if (r.Kind == FigureKind.Money && r.SuffixCurrency && r.Currency!.Value.Code == "GBP" && r.Currency.Value.Ambiguous && NextWordIs(r.End, "of"))
        {
            r.Kind = FigureKind.Quantity;
            r.Unit = text[SkipSpaces(j)..r.End];
            r.Currency = null;
        }

        // "3 dollars 50 cents", "15 USD 50": the smaller unit after the main one.
        var factor = r.Currency?.Factor ?? 1m;
        if (r.Kind == FigureKind.Money && r.SuffixCurrency && r.Scale == 1m && r.CurrencyScale == 1m && factor == 1m && !hasDecimal && !grouped
            && TrySubunit(r.End, out var cents, out var subunitEnd))
        {
            value += cents / 100m;
            r.End = subunitEnd;
        }

        var comparator = ComparatorBefore(r.LeftEdge, out var comparatorStart);
        var plainYear = !negative && !grouped && !hasDecimal && firstGroup == 4 && value is >= 1800m and <= 2100m;
        var isYear = plainYear && r.Currency is null && !percent && comparator == Comparator.Exact;
        var wordBefore = WordBefore(comparatorStart);
        if ((r.Kind is FigureKind.Count or FigureKind.Quantity or FigureKind.Number) && r.Currency is null && !percent && comparator == Comparator.Exact
            && (isYear || IsReferenceOrDate(wordBefore, j, value, grouped || hasDecimal)))
        {
            r.Kind = FigureKind.Number;
            r.Unit = null;
            r.End = j;
        }

        var end = PostfixComparator(r.End, ref comparator);
        var multiplier = r.Scale * r.CurrencyScale * factor;
        if (!TryScaleValue(value, multiplier, negative, out var scaled))
        {
            return end;
        }

        var dating = !isYear || !MetricVocabulary.IsPeriodPreposition(text.AsSpan(wordBefore)) ? Dating.None
            : OpensSentence(wordBefore.Start.Value) ? Dating.Sentence : Dating.Previous;
        figures.Add(new Figure(comparatorStart, end, p, scaled, r.Kind, r.Unit, comparator, r.Currency?.Ambiguous ?? false, isYear, dating, multiplier));
        lastEnd = end;
        return end;
    }

    // What stands against the number on its left: a code ("USD115"), or what makes it no number of ours.
    private bool ReadLeft(int p, ref Reading r, out int skipTo)
    {
        skipTo = p;
        var prev = p > 0 ? text[p - 1] : ' ';
        if (char.IsLetter(prev))
        {
            // "USD115": a code written against the number; anything else ("G20", "A4") is an identifier.
            var ls = p - 1;
            while (ls > lastEnd && ls > 0 && char.IsLetter(text[ls - 1]) && p - ls < 6)
            {
                ls--;
            }

            if ((ls > 0 && char.IsLetterOrDigit(text[ls - 1])) || !CurrencyTable.TryGetCode(text.AsSpan(ls, p - ls), OpensSentence(ls), out var code, out var codeScale))
            {
                skipTo = SkipToken(p);
                return false;
            }

            r.SetCurrency(new CurrencyEntry(code, false, 1m), codeScale, suffix: false, ls);
            return true;
        }

        if ((prev is ',' or '.') && p >= 2 && char.IsAsciiDigit(text[p - 2]))
        {
            skipTo = SkipDigits(p); // "3,5" or "6.2.1": not a number we read
            return false;
        }

        if ((prev is '_' or '+' or '#' or '@' or '&') || (prev == '-' && p >= 2 && char.IsLetter(text[p - 2])))
        {
            skipTo = SkipToken(p); // "mid-2024", "COVID-19", "+1-222-…", "#5"
            return false;
        }

        return true;
    }

    // The digits, thousands groups and decimals; false (with where to go on) for what is a code, a date or a fraction.
    private bool ReadNumber(int p, out int j, out int firstGroup, out bool grouped, out bool hasDecimal, out int skipTo)
    {
        j = p;
        grouped = false;
        hasDecimal = false;
        while (j < n && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        firstGroup = j - p;
        skipTo = j;
        if (firstGroup > 1 && text[p] == '0')
        {
            skipTo = SkipToken(p); // "0024", "000": identifiers and split tokens
            return false;
        }

        if (firstGroup > MaxDigits)
        {
            return false;
        }

        if (firstGroup <= 3)
        {
            j = ReadGroups(j, firstGroup, out grouped);
        }

        if (j + 1 < n && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            var k = j + 1;
            while (k < n && char.IsAsciiDigit(text[k]))
            {
                k++;
            }

            if (k + 1 < n && text[k] == '.' && char.IsAsciiDigit(text[k + 1]))
            {
                skipTo = SkipToken(p); // "3.2.1"
                return false;
            }

            hasDecimal = true;
            j = k;
        }

        if ((j + 1 < n && (text[j] is '/' or ':') && char.IsAsciiDigit(text[j + 1]))
            || (j + 1 < n && text[j] == '-' && char.IsAsciiDigit(text[j + 1]) && ChainGroups(j) >= 2))
        {
            skipTo = SkipToken(p); // 12/05/2020, 10:30, 1/2; phone-like and ISO dates: 1111-2222-3333, 2024-01-05
            return false;
        }

        if (IsSpacedFraction(j, out var fractionEnd))
        {
            skipTo = fractionEnd; // "1 / 4", "7 3 / 4"
            return false;
        }

        return true;
    }

    // Letters written against the number: "300m", "4bn", "115USD", "100元", "10km", "3pp"; otherwise "21st", "3D".
    private bool ReadAttached(int p, int j, ref Reading r, out int skipTo)
    {
        skipTo = j;
        var e = j;
        while (e < n && char.IsLetter(text[e]) && e - j < 8)
        {
            e++;
        }

        if (e < n && char.IsLetterOrDigit(text[e]))
        {
            skipTo = SkipToken(p);
            return false;
        }

        var attached = text.AsSpan(j, e - j);
        if (r.Currency is null && TryCurrencyAfter(j, out var named, out var namedEnd, out _) && namedEnd <= e)
        {
            r.SetCurrency(named, 1m, suffix: true, namedEnd);
        }
        else if (MetricVocabulary.TryGetScaleAbbreviation(attached, out var s) || MetricVocabulary.TryGetScaleWord(attached, out s))
        {
            r.Scale = s;
            r.Abbreviated = true;
            r.End = e;
        }
        else if (r.Currency is null && !IsDigitAfter(e) && CurrencyTable.TryGetCode(attached, false, out var code, out var codeScale))
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
            skipTo = SkipToken(p);
            return false;
        }

        return true;
    }

    // After a bare number: percent, or a scale word, then a currency after it ("420 million Finnish markka", "75 USD million").
    private void ReadAfter(ref Reading r)
    {
        if (TryPercent(r.End, out var percentEnd, out var percentUnit))
        {
            r.Kind = FigureKind.Percentage;
            r.Unit = percentUnit;
            r.End = percentEnd;
            return;
        }

        if (TryScale(r.End, r.Currency is not null, out var s, out var scaleEnd, out var isAbbreviation))
        {
            r.Scale = s;
            r.Abbreviated = isAbbreviation;
            r.End = scaleEnd;
        }

        if (r.Currency is null && TryCurrencyAfter(r.End, out var entry, out var currencyEnd, out var codeScale))
        {
            r.SetCurrency(entry, codeScale, suffix: true, currencyEnd);
            if (r.Scale == 1m && codeScale == 1m && TryScale(r.End, true, out s, out scaleEnd, out isAbbreviation))
            {
                r.Scale = s;
                r.Abbreviated = isAbbreviation;
                r.End = scaleEnd;
            }
        }
    }

    private static bool TryScaleValue(decimal value, decimal multiplier, bool negative, out decimal scaled)
    {
        scaled = 0m;
        if (multiplier > 1m && value > decimal.MaxValue / multiplier)
        {
            return false;
        }

        scaled = value * multiplier;
        if (negative)
        {
            scaled = -scaled;
        }

        // Drop trailing zeros so 3.15 × 10^9 is written 3150000000, not 3150000000.00.
        scaled /= 1.0000000000000000000000000000m;
        return true;
    }

    private bool TryParseNumber(int start, int end, out decimal value)
    {
        value = 0m;
        Span<char> buffer = stackalloc char[MaxDigits + 2];
        var length = 0;
        var digits = 0;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c != '.')
            {
                continue; // group separators
            }

            if (digits > MaxDigits || length == buffer.Length)
            {
                return false;
            }

            buffer[length++] = c;
        }

        return decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // Thousands groups after the first digits: 700,000 · 3 150 000 (no-break spaces) · 12,34,567 (Indian).
    private int ReadGroups(int end, int firstGroup, out bool grouped)
    {
        grouped = false;
        var k = end;
        var separator = '\0';
        var groups = 0;
        var twoDigitGroups = 0;
        var last = 0;
        var validEnd = end;
        while (k + 1 < n && IsGroupSeparator(text[k]) && (separator == '\0' || text[k] == separator) && char.IsAsciiDigit(text[k + 1]))
        {
            var m = k + 1;
            while (m < n && char.IsAsciiDigit(text[m]) && m - k <= 4)
            {
                m++;
            }

            var length = m - k - 1;
            if ((length != 3 && (length != 2 || text[k] != ',')) || (m < n && char.IsAsciiDigit(text[m])))
            {
                break;
            }

            separator = text[k];
            groups++;
            last = length;
            if (length == 2)
            {
                twoDigitGroups++;
            }

            k = m;
            if (last == 3 && (twoDigitGroups == 0 || (twoDigitGroups == groups - 1 && firstGroup <= 2)))
            {
                validEnd = k;
                grouped = true;
            }
        }

        return validEnd;
    }

    private static bool IsGroupSeparator(char c) => c is ',' or '\u00A0' or '\u202F' or '\u2009';

    // Numbers joined to this one by hyphens: "1000-5000" is a range (1), "1111-2222-3333" a code (2).
    private int ChainGroups(int k)
    {
        var groups = 0;
        while (k + 1 < n && text[k] == '-' && char.IsAsciiDigit(text[k + 1]) && groups < 2)
        {
            k++;
            while (k < n && char.IsAsciiDigit(text[k]))
            {
                k++;
            }

            groups++;
        }

        return groups;
    }

    private bool IsSpacedFraction(int end, out int fractionEnd)
    {
        fractionEnd = end;
        var k = SkipSpaces(end);
        if (k >= n || text[k] != '/')
        {
            return false;
        }

        k = SkipSpaces(k + 1);
        if (k >= n || !char.IsAsciiDigit(text[k]))
        {
            return false;
        }

        while (k < n && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        fractionEnd = k;
        return true;
    }

    private bool TryPercent(int pos, out int end, out string unit)
    {
        end = pos;
        unit = "%";
        var k = SkipSpaces(pos);
        if (k < n && (text[k] is '%' or '％'))
        {
            if (k + 1 < n && char.IsLetterOrDigit(text[k + 1]))
            {
                return false; // "30%25": URL encoding
            }

            end = k + 1;
            return true;
        }

        if (!TryWordAt(k, out var w1))
        {
            return false;
        }

        var word = text.AsSpan(k, w1 - k);
        if (word.Equals("pp", StringComparison.OrdinalIgnoreCase) || word.Equals("ppt", StringComparison.OrdinalIgnoreCase))
        {
            end = w1;
            unit = "pp";
            return true;
        }

        if (word.Equals("percent", StringComparison.OrdinalIgnoreCase) || word.Equals("percentage", StringComparison.OrdinalIgnoreCase))
        {
            end = w1;
            var k2 = SkipSpaces(w1);
            if (TryWordAt(k2, out var w2) && text.AsSpan(k2, w2 - k2) is var next
                && (next.Equals("point", StringComparison.OrdinalIgnoreCase) || next.Equals("points", StringComparison.OrdinalIgnoreCase)))
            {
                end = w2;
                unit = "pp";
            }

            return true;
        }

        if (word.Equals("per", StringComparison.OrdinalIgnoreCase))
        {
            var k2 = SkipSpaces(w1);
            if (TryWordAt(k2, out var w2) && text.AsSpan(k2, w2 - k2).Equals("cent", StringComparison.OrdinalIgnoreCase))
            {
                end = w2;
                return true;
            }
        }

        return false;
    }

    private bool TryScale(int pos, bool money, out decimal scale, out int end, out bool abbreviation)
    {
        scale = 1m;
        end = pos;
        abbreviation = false;
        var k = SkipSpacesOrHyphen(pos);
        if (!TryWordAt(k, out var w) || (w < n && char.IsAsciiDigit(text[w])))
        {
            return false;
        }

        var word = text.AsSpan(k, w - k);
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

    private bool TryCurrencyAfter(int pos, out CurrencyEntry entry, out int end, out decimal codeScale)
    {
        entry = default;
        end = pos;
        codeScale = 1m;
        var k = SkipSpacesOrHyphen(pos);
        if (k >= n)
        {
            return false;
        }

        // A sign after the number ("10 €", "100元"), unless it stands against the next number ("1 $10").
        for (var length = 2; length >= 1; length--)
        {
            if (k + length <= n && CurrencyTable.TryGetSign(text.AsSpan(k, length), out entry))
            {
                if (IsDigitAfter(k + length) || (k + length < n && char.IsLetter(text[k + length]) && !char.IsLetter(text[k])))
                {
                    return false;
                }

                end = k + length;
                return true;
            }
        }

        if (!TryWordAt(k, out var w))
        {
            return false;
        }

        if (!IsDigitAfter(w) && CurrencyTable.TryGetCode(text.AsSpan(k, w - k), false, out var code, out codeScale))
        {
            entry = new CurrencyEntry(code, false, 1m);
            end = w;
            return true;
        }

        codeScale = 1m;
        return TryPhrase(k, CurrencyTable.MaxNameWords, static (ReadOnlySpan<char> phrase, out CurrencyEntry e) => CurrencyTable.TryGetName(phrase, out e), out entry, out end);
    }

    private delegate bool PhraseLookup<T>(ReadOnlySpan<char> phrase, out T value);

    // Longest match of one to maxWords words starting at k, words joined by single spaces for the lookup.
    private bool TryPhrase<T>(int k, int maxWords, PhraseLookup<T> lookup, out T value, out int end)
    {
        value = default!;
        end = k;
        Span<int> ends = stackalloc int[4];
        var count = 0;
        var pos = k;
        while (count < maxWords && count < ends.Length)
        {
            if (!TryWordAt(pos, out var w))
            {
                break;
            }

            ends[count++] = w;
            pos = SkipSpaces(w);
            if (pos == w)
            {
                break;
            }
        }

        Span<char> buffer = stackalloc char[(MaxWordLength + 1) * 4];
        for (var words = count; words >= 1; words--)
        {
            var length = Compose(k, ends[..words], buffer);
            if (lookup(buffer[..length], out value))
            {
                end = ends[words - 1];
                return true;
            }
        }

        return false;
    }

    private int Compose(int start, ReadOnlySpan<int> wordEnds, Span<char> buffer)
    {
        var length = 0;
        var pos = start;
        for (var i = 0; i < wordEnds.Length; i++)
        {
            if (i > 0)
            {
                buffer[length++] = ' ';
                pos = SkipSpaces(pos);
            }

            var word = text.AsSpan(pos, wordEnds[i] - pos);
            word.CopyTo(buffer[length..]);
            length += word.Length;
            pos = wordEnds[i];
        }

        return length;
    }

    private bool TryUnitAfter(int pos, out int end, out FigureKind kind)
    {
        kind = FigureKind.Number;
        var k = SkipSpacesOrHyphen(pos);
        if (TryPhrase(k, MetricVocabulary.MaxUnitWords, static (ReadOnlySpan<char> phrase, out bool found) => found = MetricVocabulary.IsUnit(phrase), out _, out end))
        {
            kind = FigureKind.Quantity;
            return true;
        }

        // Counted noun: a plural word right after the number (and after spaces only, not a hyphen).
        k = SkipSpaces(pos);
        if (k == pos || !TryWordAt(k, out end) || (end < n && (text[end] is '\'' or '’' or '-')))
        {
            return false;
        }

        var word = text.AsSpan(k, end - k);
        if (MetricVocabulary.IsIrregularPlural(word) || (LooksPlural(word) && !MetricVocabulary.IsNotCounted(word)))
        {
            kind = FigureKind.Count;
            return true;
        }

        return false;
    }

    private static bool LooksPlural(ReadOnlySpan<char> word) =>
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

    private bool TrySubunit(int pos, out decimal cents, out int end)
    {
        cents = 0m;
        end = pos;
        var k = SkipSpaces(pos);
        if (k == pos)
        {
            return false;
        }

        if (TryWordAt(k, out var w) && text.AsSpan(k, w - k).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            k = SkipSpaces(w);
        }

        var d = k;
        while (d < n && char.IsAsciiDigit(text[d]) && d - k < 3)
        {
            d++;
        }

        var digits = d - k;
        if (digits is < 1 or > 2 || (d < n && (char.IsLetterOrDigit(text[d]) || text[d] is '%' or '$')) || (d + 1 < n && text[d] is '.' or ',' && char.IsAsciiDigit(text[d + 1])))
        {
            return false;
        }

        cents = (text[k] - '0') * (digits == 2 ? 10 : 1) + (digits == 2 ? text[k + 1] - '0' : 0);
        var after = SkipSpaces(d);
        if (TryWordAt(after, out var we))
        {
            var word = text.AsSpan(after, we - after);
            if (word.StartsWith("cent", StringComparison.OrdinalIgnoreCase) || word.Equals("pence", StringComparison.OrdinalIgnoreCase)
                || word.Equals("centavos", StringComparison.OrdinalIgnoreCase) || word.Equals("kopecks", StringComparison.OrdinalIgnoreCase))
            {
                end = we;
                return true;
            }

            // "15 dollars 50 times" is two figures; "15 USD 50 more" is one.
            if (LooksPlural(word) || MetricVocabulary.IsUnit(word) || MetricVocabulary.TryGetScaleWord(word, out _) || CurrencyTable.TryGetName(word, out _)
                || CurrencyTable.TryGetCode(word, false, out _, out _) || word.Equals("per", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        else if (after < n && CurrencyTable.TryGetSign(text.AsSpan(after, 1), out _))
        {
            return false;
        }

        if (digits != 2)
        {
            return false;
        }

        end = d;
        return true;
    }

    private bool TryCurrencyBefore(int k, out CurrencyEntry entry, out int start, out decimal codeScale)
    {
        entry = default;
        start = k;
        codeScale = 1m;
        if (k <= lastEnd || k == 0)
        {
            return false;
        }

        var c = text[k - 1];

        // "S/ 100", "S/.100" (Peruvian sol).
        if ((c == '/' && k >= 2 && text[k - 2] == 'S' && IsBoundaryBefore(k - 2))
            || (c == '.' && k >= 3 && text[k - 2] == '/' && text[k - 3] == 'S' && IsBoundaryBefore(k - 3)))
        {
            entry = new CurrencyEntry("PEN", false, 1m);
            start = c == '/' ? k - 2 : k - 3;
            return start >= lastEnd;
        }

        for (var length = 2; length >= 1; length--)
        {
            if (k - length >= lastEnd && CurrencyTable.TryGetSign(text.AsSpan(k - length, length), out entry))
            {
                start = k - length;
                if (c == '$')
                {
                    DollarPrefix(ref entry, ref start);
                }

                return true;
            }
        }

        // A code or a sign word before the number: "USD 3.15 billion", "Rs 500".
        if (char.IsLetter(c) || c == '.')
        {
            var ws = k;
            while (ws > lastEnd && ws > 0 && (char.IsLetter(text[ws - 1]) || (text[ws - 1] == '.' && ws == k)) && k - ws < 6)
            {
                ws--;
            }

            if (!IsBoundaryBefore(ws))
            {
                return false;
            }

            var word = text.AsSpan(ws, k - ws);
            if (CurrencyTable.TryGetPrefixWord(word, out entry))
            {
                start = ws;
                return true;
            }

            if (CurrencyTable.TryGetCode(word, OpensSentence(ws), out var code, out codeScale))
            {
                entry = new CurrencyEntry(code, false, 1m);
                start = ws;
                return true;
            }

            codeScale = 1m;
        }

        return false;
    }

    // Letters before "$", against it ("US$", "R$", "usd$") or, in tokenised text, a space away ("us $", "c $", "u.s $").
    private void DollarPrefix(ref CurrencyEntry entry, ref int start)
    {
        var k = start;
        var spaced = false;
        if (k > 0 && text[k - 1] == ' ' && k - 1 > lastEnd)
        {
            k--;
            spaced = true;
        }

        var ls = k;
        while (ls > lastEnd && ls > 0 && (char.IsLetter(text[ls - 1]) || text[ls - 1] == '.') && k - ls < 5)
        {
            ls--;
        }

        if (ls == k || !IsBoundaryBefore(ls) || !char.IsLetter(text[ls]))
        {
            return;
        }

        // Spaced, a single letter is read only as "c $" (Canadian, as tokenised news text writes it): "a $5" is not A$.
        if (spaced && k - ls == 1 && text[ls] is not ('c' or 'C'))
        {
            return;
        }

        if (CurrencyTable.TryGetDollarPrefix(text.AsSpan(ls, k - ls), out var prefixed))
        {
            entry = prefixed;
            start = ls;
        }
        else if (!spaced && k - ls == 3 && CurrencyTable.TryGetCode(text.AsSpan(ls, 3), false, out var code, out _))
        {
            entry = new CurrencyEntry(code, false, 1m);
            start = ls;
        }
    }

    private Comparator ComparatorBefore(int leftEdge, out int start)
    {
        start = leftEdge;
        var k = SkipSpacesLeft(leftEdge);
        if (k > lastEnd && k > 0)
        {
            var c = text[k - 1];
            var before = k >= 2 ? text[k - 2] : ' ';
            switch (c)
            {
                case '≥':
                    start = k - 1;
                    return Comparator.AtLeast;
                case '≤':
                    start = k - 1;
                    return Comparator.AtMost;
                case '>' or '<' when before is not ('<' or '>' or '='):
                    start = k - 1;
                    return c == '>' ? Comparator.MoreThan : Comparator.LessThan;
                case '=':
                    var e = SkipSpacesLeft(k - 1);
                    if (e > lastEnd && e > 0 && text[e - 1] is '<' or '>' && (e < 2 || text[e - 2] is not ('<' or '>' or '=')))
                    {
                        start = e - 1;
                        return text[e - 1] == '>' ? Comparator.AtLeast : Comparator.AtMost;
                    }

                    return Comparator.Exact;
            }
        }

        // Words before the figure, nearest last; the longest phrase that ends right before it wins.
        Span<int> starts = stackalloc int[8];
        var max = Math.Min(ComparatorLexicon.MaxPhraseWords, starts.Length);
        var count = 0;
        var pos = leftEdge;
        while (count < max)
        {
            var e = SkipSpacesLeft(pos);
            if (e == pos || e <= lastEnd || !TryWordBefore(e, out var ws) || ws < lastEnd)
            {
                break;
            }

            starts[count++] = ws;
            pos = ws;
        }

        if (count == 0)
        {
            return Comparator.Exact;
        }

        Span<char> buffer = stackalloc char[(MaxWordLength + 1) * 8];
        Span<int> ends = stackalloc int[8];
        for (var words = count; words >= 1; words--)
        {
            // Word ends, in reading order, for the phrase starts[words-1] .. lastWordEnd.
            var phraseStart = starts[words - 1];
            for (var w = 0; w < words; w++)
            {
                var ws = starts[words - 1 - w];
                var we = ws;
                while (we < n && char.IsLetter(text[we]))
                {
                    we++;
                }

                ends[w] = we;
            }

            var length = Compose(phraseStart, ends[..words], buffer);
            if (ComparatorLexicon.TryGetPhrase(buffer[..length], out var comparator))
            {
                start = phraseStart;
                return comparator;
            }
        }

        return Comparator.Exact;
    }

    private int PostfixComparator(int end, ref Comparator comparator)
    {
        var k = SkipSpaces(end);
        if (k == end || !TryWordAt(k, out var w1))
        {
            return end;
        }

        var k2 = SkipSpaces(w1);
        if (k2 == w1 || !TryWordAt(k2, out var w2))
        {
            return end;
        }

        Span<char> buffer = stackalloc char[(MaxWordLength + 1) * 2];
        var length = Compose(k, [w1, w2], buffer);
        var phrase = buffer[..length];
        var next = w2;
        // "200 or more", but not "200 or more than 190"; "less than 5000 or equal (to)".
        if (!ComparatorLexicon.TryGetPostfix(phrase, out var found) && ComparatorLexicon.TryOrEqual(phrase, comparator, out found))
        {
            var k3 = SkipSpaces(w2);
            if (TryWordAt(k3, out var w3) && text.AsSpan(k3, w3 - k3).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                next = w3;
            }
        }
        else if (found == Comparator.Exact)
        {
            return end;
        }

        var k4 = SkipSpaces(next);
        if (TryWordAt(k4, out var w4) && text.AsSpan(k4, w4 - k4).Equals("than", StringComparison.OrdinalIgnoreCase))
        {
            var k5 = SkipSpaces(w4);
            if (k5 < n && (char.IsAsciiDigit(text[k5]) || CurrencyTable.TryGetSign(text.AsSpan(k5, 1), out _)))
            {
                return end;
            }

            next = w4;
        }
        else if (IsDigitAfter(k4))
        {
            return end; // "or equal to 6000": a figure of its own
        }

        if (!ComparatorLexicon.PostfixApplies(comparator))
        {
            return end;
        }

        comparator = found;
        return next;
    }

    private bool IsReferenceOrDate(Range wordBefore, int numberEnd, decimal value, bool formatted)
    {
        var before = text.AsSpan(wordBefore);
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

        var k = SkipSpaces(numberEnd);
        return k > numberEnd && TryWordAt(k, out var w) && MetricVocabulary.IsMonth(text.AsSpan(k, w - k));
    }

    // The word right before position start (after spaces, or "Nov." with its dot); empty when there is none.
    private Range WordBefore(int start)
    {
        var k = SkipSpacesLeft(start);
        if (k > 0 && text[k - 1] == '.')
        {
            k = SkipSpacesLeft(k - 1);
        }

        return k < start && TryWordBefore(k, out var ws) ? new Range(ws, k) : new Range(start, start);
    }

    private bool TryWordBefore(int end, out int start)
    {
        start = end;
        while (start > 0 && char.IsLetter(text[start - 1]) && end - start <= MaxWordLength)
        {
            start--;
        }

        return start < end && end - start <= MaxWordLength && IsBoundaryBefore(start);
    }

    private bool TryWordAt(int k, out int end)
    {
        end = k;
        while (end < n && char.IsLetter(text[end]) && end - k <= MaxWordLength)
        {
            end++;
        }

        return end > k && end - k <= MaxWordLength;
    }

    private bool NextWordIs(int pos, string word)
    {
        var k = SkipSpaces(pos);
        return TryWordAt(k, out var w) && text.AsSpan(k, w - k).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    private bool OpensSentence(int start)
    {
        var k = start;
        while (k > 0 && k > start - 8 && (char.IsWhiteSpace(text[k - 1]) || text[k - 1] is '"' or '“' or '‘' or '\'' or '('))
        {
            k--;
        }

        return k == 0 || text[k - 1] is '.' or '!' or '?' or '\n' or '\r' or ':' or ';';
    }

    private bool IsBoundaryBefore(int k) => k == 0 || !char.IsLetterOrDigit(text[k - 1]);

    private bool IsDigitAfter(int k) => k < n && char.IsAsciiDigit(text[k]);

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u2009' or '\u202F' or '\t';

    private int SkipSpaces(int k)
    {
        var limit = k + 2;
        while (k < n && k < limit && IsSpace(text[k]))
        {
            k++;
        }

        return k;
    }

    private int SkipSpacesOrHyphen(int k) =>
        k < n && text[k] == '-' && k + 1 < n && char.IsLetter(text[k + 1]) ? k + 1 : SkipSpaces(k);

    private int SkipSpacesLeft(int k)
    {
        var limit = k - 2;
        while (k > 0 && k > limit && IsSpace(text[k - 1]))
        {
            k--;
        }

        return k;
    }

    private int SkipDigits(int k)
    {
        while (k < n && char.IsAsciiDigit(text[k]))
        {
            k++;
        }

        return k;
    }

    // Skips an identifier-like token: letters and digits joined by - / . : , _
    private int SkipToken(int k)
    {
        while (k < n && (char.IsLetterOrDigit(text[k]) || (text[k] is '-' or '/' or '.' or ':' or ',' or '_' && k + 1 < n && char.IsLetterOrDigit(text[k + 1]))))
        {
            k++;
        }

        lastEnd = Math.Max(lastEnd, k);
        return k;
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
