using System.Buffers;

namespace Briefing.Model;

/// <summary>
/// Character classes, word tests, line shapes and where a sentence ends: the facts of written text
/// that the text reader, the sentence splitter (<c>Text.Sentences</c>), the metric extractor and the
/// page metadata are written in. At the root so that none of them depends on another for them.
/// </summary>
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

    /// <summary>
    /// Whether <paramref name="text"/> has at most <paramref name="maxWords"/> words (<see cref="CountWords"/>): n words take
    /// at least 2n − 1 characters, so a text shorter than 2 × <paramref name="maxWords"/> characters is told so without counting.
    /// </summary>
    public static bool HasAtMostWords(ReadOnlySpan<char> text, int maxWords) =>
        text.Length < 2 * (long)maxWords || CountWords(text, maxWords) <= maxWords;

    /// <summary>Counts words (runs of non-space characters), stopping once <paramref name="limit"/> is passed.</summary>
    public static int CountWords(ReadOnlySpan<char> text, int limit = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsWhiteSpace(c))
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

    /// <summary>The white space among the characters below 64 (a bit each); no character from 64 to 127 is white space.</summary>
    private static readonly ulong LowWhiteSpace = WhiteSpaceBelow64();

    /// <summary><see cref="char.IsWhiteSpace(char)"/>, with ASCII told by one bit.</summary>
    public static bool IsWhiteSpace(char c) => c < 64 ? ((LowWhiteSpace >> c) & 1) != 0 : c > '\u007F' && char.IsWhiteSpace(c);

    private static ulong WhiteSpaceBelow64()
    {
        var mask = 0UL;
        for (var c = '\0'; c < (char)64; c++)
        {
            mask |= char.IsWhiteSpace(c) ? 1UL << c : 0;
        }

        return mask;
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
            t.IndexOfAny('\n', '\r') < 0 && !HasFinalPunctuation(t) && HasAtMostWords(t, maxWords);
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

        // The same for the second letter: words that share their first letter (the openers of one letter) mostly differ there.
        if (word.Length > 1 && char.IsAsciiLetterLower(word[1]) && char.IsAscii(text[index + 1]) && (text[index + 1] | 0x20) != word[1])
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

    private static readonly WordSet Abbreviations =
        ["mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "st", "jr", "sr", "no", "vs", "etc", "e.g", "i.e", "approx", "maj", "adm", "pres", "gov", "rev", "hon", "cmdr", "supt", "insp"];

    /// <summary>The months as news style abbreviates them before a day (<c>Jan. 8</c>, <c>Sept. 11</c>).</summary>
    private static readonly WordSet MonthAbbreviations = ["jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec"];

    /// <summary>The longest of <see cref="Abbreviations"/>: a longer word is none of them.</summary>
    private static readonly int AbbreviationMaxLength = Abbreviations.Max(static abbreviation => abbreviation.Length);

    /// <summary>
    /// When the sentence punctuation at <paramref name="index"/> ends a sentence (looking through
    /// closing quotes and brackets after it), the index just past them; otherwise -1.
    /// </summary>
    public static int EndOfSentenceAt(string text, int index)
    {
        var j = index + 1;
        while (j < text.Length && IsCloser(text[j]))
        {
            j++;
        }

        return IsBoundary(text, j) && !IsAbbreviation(text, index) ? j : -1;
    }

    /// <summary>The index of the first character at or after <paramref name="index"/> that is not white space.</summary>
    public static int SkipSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>Whether a sentence can end just before <paramref name="index"/>: the end of the text, or white space followed by a capital, digit, opening quote or bracket.</summary>
    public static bool IsBoundary(string text, int index)
    {
        if (index >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[index]))
        {
            return false;
        }

        var next = SkipSpace(text, index);
        return next == text.Length || char.IsUpper(text[next]) || char.IsDigit(text[next]) || IsOpeningQuote(text[next]) || text[next] is '\u2018' or '(' or '[' or '\'';
    }

    /// <summary>Whether the period at <paramref name="dot"/> ends an abbreviation or an initial (<c>Mr.</c>, <c>U.S.</c>, <c>J.</c>) rather than a sentence.</summary>
    public static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var start = dot;
        while (start > 0 && dot - start < 12 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. Smith"
        }

        if (word.Contains('.'))
        {
            return true; // "U.S." and the like
        }

        if (word.Length > AbbreviationMaxLength)
        {
            return false;
        }

        if (Abbreviations.Contains(word))
        {
            return true;
        }

        // "the Nov. 8 election": a month abbreviated before its day (news style) ends no sentence; "in Nov. The …" still does.
        return dot + 2 < text.Length && text[dot + 1] == ' ' && char.IsDigit(text[dot + 2]) && char.IsUpper(word[0]) &&
            MonthAbbreviations.Contains(word);
    }
}
