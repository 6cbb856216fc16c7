namespace Briefing.Model.Metrics;

/// <summary>
/// Reads a figure's comparator with <see cref="ComparatorLexicon"/>: a sign or the longest phrase that
/// ends right before the figure (not left of <c>floor</c>), and a phrase right after it.
/// </summary>
internal static class ComparatorReader
{
    /// <summary>The comparator written before the figure whose text starts at <paramref name="leftEdge"/>, and where its words or sign start.</summary>
    public static Comparator Before(ScanText t, int leftEdge, int floor, out int start)
    {
        start = leftEdge;
        var k = t.SkipSpacesLeft(leftEdge);
        if (k > floor && k > 0)
        {
            var c = t[k - 1];
            var before = k >= 2 ? t[k - 2] : ' ';
            // A sign: "≥ 5", "<5%", "<= 10"; not "<<" or "=>" runs.
            if (c is '≥' or '≤' || (c is '>' or '<' && before is not ('<' or '>' or '=')))
            {
                start = k - 1;
                ComparatorLexicon.TryGetSign(c, orEqual: false, out var signed);
                return signed;
            }

            if (c == '=')
            {
                var e = t.SkipSpacesLeft(k - 1);
                if (e > floor && e > 0 && t[e - 1] is '<' or '>' && (e < 2 || t[e - 2] is not ('<' or '>' or '=')))
                {
                    start = e - 1;
                    ComparatorLexicon.TryGetSign(t[e - 1], orEqual: true, out var signed);
                    return signed;
                }

                return Comparator.Exact;
            }
        }

        // Words before the figure, nearest first, each put before the ones read so far (right-aligned in the buffer, joined
        // by single spaces) while the words read end some phrase: most figures' nearest word ends none, and a phrase can be
        // no longer than the words that end one. The longest phrase among them wins.
        Span<char> buffer = stackalloc char[(ScanText.MaxWordLength + 1) * 8];
        Span<int> starts = stackalloc int[8];
        Span<int> lengths = stackalloc int[8];
        var max = Math.Min(ComparatorLexicon.MaxPhraseWords, starts.Length);
        var count = 0;
        var length = 0;
        var pos = leftEdge;
        while (count < max)
        {
            var e = t.SkipSpacesLeft(pos);
            if (e == pos || e <= floor || !t.TryWordBefore(e, out var ws) || ws < floor)
            {
                break;
            }

            var word = t.Between(ws, e);
            var tail = length + word.Length + (count > 0 ? 1 : 0);
            if (count > 0)
            {
                buffer[^(length + 1)] = ' ';
            }

            word.CopyTo(buffer[^tail..]);
            if (!ComparatorLexicon.EndsAPhrase(buffer[^tail..]))
            {
                break;
            }

            starts[count] = ws;
            lengths[count++] = length = tail;
            pos = ws;
        }

        for (var words = count; words >= 1; words--)
        {
            if (ComparatorLexicon.TryGetPhrase(buffer[^lengths[words - 1]..], out var comparator))
            {
                start = starts[words - 1];
                return comparator;
            }
        }

        return Comparator.Exact;
    }

    /// <summary>A phrase after the figure ending at <paramref name="end"/> ("or more", "or equal to") that changes <paramref name="comparator"/>; returns the figure's new end.</summary>
    public static int After(ScanText t, int end, ref Comparator comparator)
    {
        var k = t.SkipSpaces(end);
        if (k == end || !t.TryWordAt(k, out var w1))
        {
            return end;
        }

        var k2 = t.SkipSpaces(w1);
        if (k2 == w1 || !t.TryWordAt(k2, out var w2))
        {
            return end;
        }

        Span<char> buffer = stackalloc char[(ScanText.MaxWordLength + 1) * 2];
        var length = t.Compose(k, [w1, w2], buffer);
        var phrase = buffer[..length];
        var next = w2;
        // "200 or more", but not "200 or more than 190"; "less than 5000 or equal (to)".
        if (!ComparatorLexicon.TryGetPostfix(phrase, out var found) && ComparatorLexicon.TryOrEqual(phrase, comparator, out found))
        {
            var k3 = t.SkipSpaces(w2);
            if (t.TryWordAt(k3, out var w3) && t.Between(k3, w3).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                next = w3;
            }
        }
        else if (found == Comparator.Exact)
        {
            return end;
        }

        var k4 = t.SkipSpaces(next);
        if (t.TryWordAt(k4, out var w4) && t.Between(k4, w4).Equals("than", StringComparison.OrdinalIgnoreCase))
        {
            var k5 = t.SkipSpaces(w4);
            if (k5 < t.Length && (char.IsAsciiDigit(t[k5]) || CurrencyTable.TryGetSign(t.Text.AsSpan(k5, 1), out _)))
            {
                return end;
            }

            next = w4;
        }
        else if (t.IsDigitAt(k4))
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
}
