using System.Buffers;

namespace Briefing.Model.Text;

/// <summary>Character classes and line shapes the layout rules are written in.</summary>
internal static class Layout
{
    /// <summary>Every double quotation mark the parser knows (straight, curly, low, guillemets).</summary>
    public static readonly SearchValues<char> DoubleQuotes = SearchValues.Create("\"\u201C\u201D\u201E\u201F\u00AB\u00BB");

    /// <summary>Every mark that may open or close a quotation: the double marks, the apostrophe (doubled, wire style) and the single curly marks.</summary>
    public static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"\u201C\u201D\u201E\u201F\u00AB\u00BB'\u2018");

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?\u2026");

    public static bool IsOpeningQuote(char c) => c is '\u201C' or '\u201E' or '\u201F' or '\u00AB' or '"';

    public static bool IsClosingQuote(char c) => c is '\u201D' or '\u00BB' or '"';

    public static bool IsSentenceEnd(char c) => SentenceEnds.Contains(c);

    /// <summary>The index of the first sentence punctuation (<c>. ! ? …</c>) in <paramref name="text"/>, or -1.</summary>
    public static int IndexOfSentenceEnd(ReadOnlySpan<char> text) => text.IndexOfAny(SentenceEnds);

    /// <summary>Closing quotes (double and single) and brackets that may follow final punctuation.</summary>
    public static bool IsCloser(char c) => c is '\u201D' or '\u00BB' or '"' or '\u2019' or '\'' or ')' or ']';

    /// <summary>The text without white space (NBSP included) at either end.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text) => text.Trim();

    /// <summary>
    /// Whether the text ends with sentence punctuation (<c>.</c> <c>!</c> <c>?</c> <c>…</c>), looking
    /// through trailing white space, closing quotes and brackets.
    /// </summary>
    public static bool EndsSentence(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd();
        while (t.Length > 0 && IsCloser(t[^1]))
        {
            t = t[..^1].TrimEnd();
        }

        return t.Length > 0 && IsSentenceEnd(t[^1]);
    }

    /// <summary>
    /// Whether the text ends with any final punctuation: sentence punctuation, a comma, colon or
    /// semicolon, or a closing quotation mark.
    /// </summary>
    public static bool HasFinalPunctuation(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && (IsSentenceEnd(t[^1]) || t[^1] is ',' or ':' or ';' || IsClosingQuote(t[^1]) || t[^1] == '\u2019');
    }

    /// <summary>Counts words (runs of non-space characters), stopping once <paramref name="limit"/> is passed.</summary>
    public static int CountWords(ReadOnlySpan<char> text, int limit = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++count > limit)
                {
                    return count;
                }
            }
        }

        return count;
    }

    /// <summary>Whether the whole (trimmed) text is one quotation: it opens and closes with a double quotation mark and holds no other.</summary>
    public static bool IsWholeQuotation(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        return t.Length >= 2 && IsOpeningQuote(t[0]) && IsClosingQuote(t[^1]) && t[1..^1].IndexOfAny(DoubleQuotes) < 0;
    }

    /// <summary>
    /// A short line that may be a heading: one line, at most <paramref name="maxWords"/> words, no
    /// final punctuation, not a quotation, starting with a letter or digit.
    /// </summary>
    public static bool IsHeadingLike(ReadOnlySpan<char> line, int maxWords)
    {
        var t = line.Trim();
        return t.Length > 0 && t.Length <= maxWords * 16 && char.IsLetterOrDigit(t[0]) &&
            t.IndexOfAny('\n', '\r') < 0 && !HasFinalPunctuation(t) && CountWords(t, maxWords) <= maxWords;
    }

    /// <summary>Whether every word of four letters or more starts with a capital (<c>Important Notice</c>).</summary>
    public static bool IsTitleCase(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        var start = -1;
        for (var i = 0; i <= t.Length; i++)
        {
            var boundary = i == t.Length || char.IsWhiteSpace(t[i]);
            if (!boundary)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                var word = t[start..i];
                if (word.Length >= 4 && char.IsLetter(word[0]) && !char.IsUpper(word[0]))
                {
                    return false;
                }

                start = -1;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> has <paramref name="word"/> at <paramref name="index"/>, matching case-insensitively, with word boundaries on both sides.</summary>
    public static bool IsWordAt(ReadOnlySpan<char> text, int index, ReadOnlySpan<char> word)
    {
        if (index < 0 || index + word.Length > text.Length)
        {
            return false;
        }

        // Most calls fail at the first letter: for an ASCII character against a lower-case ASCII letter,
        // ignoring case is a bit, so say no without the full comparison.
        var first = text[index];
        if (word.Length > 0 && char.IsAsciiLetterLower(word[0]) && char.IsAscii(first) && (first | 0x20) != word[0])
        {
            return false;
        }

        if (!text.Slice(index, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = index == 0 || !char.IsLetterOrDigit(text[index - 1]);
        var after = index + word.Length == text.Length || !char.IsLetterOrDigit(text[index + word.Length]);
        return before && after;
    }

    /// <summary>Finds <paramref name="word"/> (case-insensitive, whole words) in <paramref name="text"/> from <paramref name="start"/>; -1 when absent.</summary>
    public static int IndexOfWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int start = 0)
    {
        while (start <= text.Length - word.Length)
        {
            var found = text[start..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return -1;
            }

            found += start;
            if (IsWordAt(text, found, word))
            {
                return found;
            }

            start = found + 1;
        }

        return -1;
    }

    /// <summary>Finds the last whole-word occurrence of <paramref name="word"/> in <paramref name="text"/>; -1 when absent.</summary>
    public static int LastIndexOfWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        var end = text.Length;
        while (end >= word.Length)
        {
            var found = text[..end].LastIndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return -1;
            }

            if (IsWordAt(text, found, word))
            {
                return found;
            }

            end = found + word.Length - 1;
        }

        return -1;
    }
}
