namespace Briefing.Model.Metrics;

/// <summary>
/// Reads the currency around a number: a sign, a prefixed sign (<c>US$</c>, <c>R$</c>, tokenised
/// <c>us $</c>), an ISO 4217 code or a currency name, before or after it, and the cents after an
/// amount. Nothing left of <c>floor</c> (the end of what was read before) is looked at.
/// </summary>
internal static class CurrencyReader
{
    /// <summary>A currency after the number (a sign, a code, a name of one to three words), past spaces or a hyphen.</summary>
    public static bool TryCurrencyAfter(ScanText t, int pos, out CurrencyEntry entry, out int end, out decimal codeScale)
    {
        entry = default;
        end = pos;
        codeScale = 1m;
        var k = t.SkipSpacesOrHyphen(pos);
        if (k >= t.Length)
        {
            return false;
        }

        // A sign after the number ("10 €", "100元"), unless it stands against the next number ("1 $10").
        for (var length = 2; length >= 1; length--)
        {
            if (k + length <= t.Length && CurrencyTable.TryGetSign(t.Text.AsSpan(k, length), out entry))
            {
                if (t.IsDigitAt(k + length) || (k + length < t.Length && char.IsLetter(t[k + length]) && !char.IsLetter(t[k])))
                {
                    return false;
                }

                end = k + length;
                return true;
            }
        }

        if (!t.TryWordAt(k, out var w))
        {
            return false;
        }

        if (!t.IsDigitAt(w) && CurrencyTable.TryGetCode(t.Between(k, w), false, out var code, out codeScale))
        {
            entry = new CurrencyEntry(code, false, 1m);
            end = w;
            return true;
        }

        codeScale = 1m;
        return t.TryPhrase(k, CurrencyTable.MaxNameWords, CurrencyTable.NameFirstWords, static (ReadOnlySpan<char> phrase, out CurrencyEntry e) => CurrencyTable.TryGetName(phrase, out e), out entry, out end);
    }

    /// <summary>A currency before the number, ending at <paramref name="k"/> and not left of <paramref name="floor"/>: a sign (with its prefix), <c>S/</c>, a code or a sign word.</summary>
    public static bool TryCurrencyBefore(ScanText t, int k, int floor, out CurrencyEntry entry, out int start, out decimal codeScale)
    {
        entry = default;
        start = k;
        codeScale = 1m;
        if (k <= floor || k == 0)
        {
            return false;
        }

        var c = t[k - 1];

        // "S/ 100", "S/.100" (Peruvian sol).
        if ((c == '/' && k >= 2 && t[k - 2] == 'S' && t.IsBoundaryBefore(k - 2))
            || (c == '.' && k >= 3 && t[k - 2] == '/' && t[k - 3] == 'S' && t.IsBoundaryBefore(k - 3)))
        {
            entry = new CurrencyEntry("PEN", false, 1m);
            start = c == '/' ? k - 2 : k - 3;
            return start >= floor;
        }

        for (var length = 2; length >= 1; length--)
        {
            if (k - length >= floor && CurrencyTable.TryGetSign(t.Text.AsSpan(k - length, length), out entry))
            {
                start = k - length;
                if (c == '$')
                {
                    DollarPrefix(t, floor, ref entry, ref start);
                }

                return true;
            }
        }

        // A code or a sign word before the number: "USD 3.15 billion", "Rs 500".
        if (char.IsLetter(c) || c == '.')
        {
            var ws = k;
            while (ws > floor && ws > 0 && (char.IsLetter(t[ws - 1]) || (t[ws - 1] == '.' && ws == k)) && k - ws < 6)
            {
                ws--;
            }

            if (!t.IsBoundaryBefore(ws))
            {
                return false;
            }

            var word = t.Between(ws, k);
            if (CurrencyTable.TryGetPrefixWord(word, out entry))
            {
                start = ws;
                return true;
            }

            if (CurrencyTable.TryGetCode(word, t.OpensSentence(ws), out var code, out codeScale))
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
    private static void DollarPrefix(ScanText t, int floor, ref CurrencyEntry entry, ref int start)
    {
        var k = start;
        var spaced = false;
        if (k > 0 && t[k - 1] == ' ' && k - 1 > floor)
        {
            k--;
            spaced = true;
        }

        var ls = k;
        while (ls > floor && ls > 0 && (char.IsLetter(t[ls - 1]) || t[ls - 1] == '.') && k - ls < 5)
        {
            ls--;
        }

        if (ls == k || !t.IsBoundaryBefore(ls) || !char.IsLetter(t[ls]))
        {
            return;
        }

        // Spaced, a single letter is read only as "c $" (Canadian, as tokenised news text writes it): "a $5" is not A$.
        if (spaced && k - ls == 1 && t[ls] is not ('c' or 'C'))
        {
            return;
        }

        if (CurrencyTable.TryGetDollarPrefix(t.Between(ls, k), out var prefixed))
        {
            entry = prefixed;
            start = ls;
        }
        else if (!spaced && k - ls == 3 && CurrencyTable.TryGetCode(t.Text.AsSpan(ls, 3), false, out var code, out _))
        {
            entry = new CurrencyEntry(code, false, 1m);
            start = ls;
        }
    }

    /// <summary>The cents after an amount: <c>3 dollars 50 cents</c>, <c>15 dollars and 15</c>, <c>17 USD 25</c>.</summary>
    public static bool TrySubunit(ScanText t, int pos, out decimal cents, out int end)
    {
        cents = 0m;
        end = pos;
        var k = t.SkipSpaces(pos);
        if (k == pos)
        {
            return false;
        }

        if (t.TryWordAt(k, out var w) && t.Between(k, w).Equals("and", StringComparison.OrdinalIgnoreCase))
        {
            k = t.SkipSpaces(w);
        }

        var d = k;
        while (d < t.Length && char.IsAsciiDigit(t[d]) && d - k < 3)
        {
            d++;
        }

        var digits = d - k;
        if (digits is < 1 or > 2 || (d < t.Length && (char.IsLetterOrDigit(t[d]) || t[d] is '%' or '$')) || (d + 1 < t.Length && t[d] is '.' or ',' && char.IsAsciiDigit(t[d + 1])))
        {
            return false;
        }

        cents = (t[k] - '0') * (digits == 2 ? 10 : 1) + (digits == 2 ? t[k + 1] - '0' : 0);
        var after = t.SkipSpaces(d);
        if (t.TryWordAt(after, out var we))
        {
            var word = t.Between(after, we);
            if (word.StartsWith("cent", StringComparison.OrdinalIgnoreCase) || word.Equals("pence", StringComparison.OrdinalIgnoreCase)
                || word.Equals("centavos", StringComparison.OrdinalIgnoreCase) || word.Equals("kopecks", StringComparison.OrdinalIgnoreCase))
            {
                end = we;
                return true;
            }

            // "15 dollars 50 times" is two figures; "15 USD 50 more" is one.
            if (UnitReader.LooksPlural(word) || MetricVocabulary.IsUnit(word) || MetricVocabulary.TryGetScaleWord(word, out _) || CurrencyTable.TryGetName(word, out _)
                || CurrencyTable.TryGetCode(word, false, out _, out _) || word.Equals("per", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        else if (after < t.Length && CurrencyTable.TryGetSign(t.Text.AsSpan(after, 1), out _))
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
}
