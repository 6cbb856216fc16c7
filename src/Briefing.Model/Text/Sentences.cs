namespace Briefing.Model.Text;

/// <summary>
/// The library's one sentence splitter. A sentence ends at <c>. ! ? …</c> (through closing quotes
/// and brackets) followed by white space and a capital, digit, opening quote or bracket, or by the
/// end of the text; a period after an abbreviation (<c>Mr.</c>, <c>Gen.</c>) or an initial
/// (<c>J. Smith</c>, <c>U.S.</c>) does not end one. Quotations are opaque: a sentence never ends
/// inside one, and a quotation whose words end a sentence (<c>… Caracas.” Next</c>) ends it.
/// One pass, linear in the text.
/// </summary>
internal static class Sentences
{
    /// <summary>
    /// Splits <paramref name="text"/> into sentences (start, end), into <paramref name="sentences"/>
    /// (cleared first). <paramref name="quotations"/> are the text's quotations from
    /// <see cref="QuoteFinder.FindQuotations"/> (opening mark, closing mark), in order; pass an empty
    /// list to split without them.
    /// </summary>
    public static List<(int Start, int End)> Split(string text, List<(int Open, int Close)> quotations, List<(int Start, int End)> sentences)
    {
        sentences.Clear();
        var start = Layout.SkipSpace(text, 0);
        var q = 0;
        var i = start;
        while (i < text.Length)
        {
            if (q < quotations.Count && quotations[q].Open == i)
            {
                var (open, close) = quotations[q];
                q++;
                var inner = text.AsSpan(QuoteFinder.ContentStart(text, open), Math.Max(0, close - QuoteFinder.ContentStart(text, open))).TrimEnd();
                i = QuoteFinder.AfterClose(text, close);
                if (inner.Length > 0 && Layout.IsSentenceEnd(inner[^1]) && Layout.IsBoundary(text, i))
                {
                    sentences.Add((start, i));
                    start = Layout.SkipSpace(text, i);
                    i = start;
                }

                continue;
            }

            // Nothing can happen before the next quotation or the next sentence punctuation: jump there.
            // (A quotation that opens before i was passed over and never matches, as in a char-by-char scan.)
            while (q < quotations.Count && quotations[q].Open < i)
            {
                q++;
            }

            var stop = q < quotations.Count ? quotations[q].Open : text.Length;
            var ahead = Layout.IndexOfSentenceEnd(text.AsSpan(i, stop - i));
            if (ahead < 0)
            {
                i = stop;
                continue;
            }

            i += ahead;
            var j = Layout.EndOfSentenceAt(text, i);
            if (j > 0)
            {
                sentences.Add((start, j));
                start = Layout.SkipSpace(text, j);
                i = start;
                continue;
            }

            i++;
        }

        if (start < text.Length || sentences.Count == 0)
        {
            sentences.Add((start, text.Length));
        }

        return sentences;
    }

    /// <summary>Counts the sentences of <paramref name="text"/> (quotations not taken as opaque), stopping once <paramref name="limit"/> is passed.</summary>
    public static int Count(string text, int limit)
    {
        var count = 0;
        var i = 0;
        var last = 0;
        while (i < text.Length)
        {
            var ahead = Layout.IndexOfSentenceEnd(text.AsSpan(i));
            if (ahead < 0)
            {
                break;
            }

            i += ahead;
            var j = Layout.EndOfSentenceAt(text, i);
            if (j > 0)
            {
                last = j;
                if (++count > limit)
                {
                    return count;
                }

                i = j;
                continue;
            }

            i++;
        }

        return text.AsSpan(last).Trim().Length > 0 ? count + 1 : count;
    }
}
