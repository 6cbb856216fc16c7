namespace Briefing.Model.Metrics;

/// <summary>
/// A read-only view of the text the metric readers look at, with the bounded look-arounds they share
/// (spaces, words, word boundaries, phrases). It holds no position: every method takes the position it
/// looks from and returns the position it reaches, so what a reader consumed is always in its result.
/// </summary>
internal readonly struct ScanText(string text)
{
    /// <summary>The longest word the readers look at; longer letter runs are not words of ours.</summary>
    public const int MaxWordLength = 24;

    /// <summary>The text.</summary>
    public string Text { get; } = text;

    /// <summary>The text's length.</summary>
    public int Length => Text.Length;

    /// <summary>The character at <paramref name="k"/>.</summary>
    public char this[int k] => Text[k];

    /// <summary>The span of <paramref name="length"/> characters at <paramref name="start"/>.</summary>
    public ReadOnlySpan<char> Span(int start, int length) => Text.AsSpan(start, length);

    /// <summary>The text between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public ReadOnlySpan<char> Between(int start, int end) => Text.AsSpan(start, end - start);

    /// <summary>Spaces between words: space, tab, no-break and thin spaces (not line breaks).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u2009' or '\u202F' or '\t';

    /// <summary>Past at most two spaces from <paramref name="k"/>.</summary>
    public int SkipSpaces(int k)
    {
        var limit = k + 2;
        while (k < Length && k < limit && IsSpace(Text[k]))
        {
            k++;
        }

        return k;
    }

    /// <summary>Back over at most two spaces before <paramref name="k"/>.</summary>
    public int SkipSpacesLeft(int k)
    {
        var limit = k - 2;
        while (k > 0 && k > limit && IsSpace(Text[k - 1]))
        {
            k--;
        }

        return k;
    }

    /// <summary>Past a hyphen joining a word ("5-million"), else past spaces.</summary>
    public int SkipSpacesOrHyphen(int k) =>
        k < Length && Text[k] == '-' && k + 1 < Length && char.IsLetter(Text[k + 1]) ? k + 1 : SkipSpaces(k);

    /// <summary>Past the digits at <paramref name="k"/>.</summary>
    public int SkipDigits(int k)
    {
        while (k < Length && char.IsAsciiDigit(Text[k]))
        {
            k++;
        }

        return k;
    }

    /// <summary>The end of the identifier-like token at <paramref name="k"/>: letters and digits joined by <c>- / . : , _</c>.</summary>
    public int TokenEnd(int k)
    {
        while (k < Length && (char.IsLetterOrDigit(Text[k]) || (Text[k] is '-' or '/' or '.' or ':' or ',' or '_' && k + 1 < Length && char.IsLetterOrDigit(Text[k + 1]))))
        {
            k++;
        }

        return k;
    }

    /// <summary>Past the token at <paramref name="k"/> (<see cref="TokenEnd"/>): what was read so far now ends there at least, so <paramref name="floor"/> moves up to it.</summary>
    public int SkipToken(int k, ref int floor)
    {
        var end = TokenEnd(k);
        floor = Math.Max(floor, end);
        return end;
    }

    /// <summary>A word (letters, at most <see cref="MaxWordLength"/>) starting at <paramref name="k"/>.</summary>
    public bool TryWordAt(int k, out int end)
    {
        end = k;
        while (end < Length && char.IsLetter(Text[end]) && end - k <= MaxWordLength)
        {
            end++;
        }

        return end > k && end - k <= MaxWordLength;
    }

    /// <summary>A word ending at <paramref name="end"/> that starts at a word boundary.</summary>
    public bool TryWordBefore(int end, out int start)
    {
        start = end;
        while (start > 0 && char.IsLetter(Text[start - 1]) && end - start <= MaxWordLength)
        {
            start--;
        }

        return start < end && end - start <= MaxWordLength && IsBoundaryBefore(start);
    }

    /// <summary>The word right before <paramref name="start"/> (after spaces, or "Nov." with its dot); empty when there is none.</summary>
    public Range WordBefore(int start)
    {
        var k = SkipSpacesLeft(start);
        if (k > 0 && Text[k - 1] == '.')
        {
            k = SkipSpacesLeft(k - 1);
        }

        return k < start && TryWordBefore(k, out var ws) ? new Range(ws, k) : new Range(start, start);
    }

    /// <summary>Whether the word after <paramref name="pos"/> (past spaces) is <paramref name="word"/>, ignoring case.</summary>
    public bool NextWordIs(int pos, string word)
    {
        var k = SkipSpaces(pos);
        return TryWordAt(k, out var w) && Between(k, w).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="k"/> starts a word, at <paramref name="end"/>, equal to <paramref name="word"/> ignoring case.</summary>
    public bool IsWordAt(int k, string word, out int end) =>
        TryWordAt(k, out end) && Between(k, end).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="start"/> opens a sentence or clause (after <c>. ! ? : ;</c> or a line break, and opening quotes).</summary>
    public bool OpensSentence(int start)
    {
        var k = start;
        while (k > 0 && k > start - 8 && (char.IsWhiteSpace(Text[k - 1]) || Text[k - 1] is '"' or '“' or '‘' or '\'' or '('))
        {
            k--;
        }

        return k == 0 || Text[k - 1] is '.' or '!' or '?' or '\n' or '\r' or ':' or ';';
    }

    /// <summary>Whether no letter or digit stands right before <paramref name="k"/>.</summary>
    public bool IsBoundaryBefore(int k) => k == 0 || !char.IsLetterOrDigit(Text[k - 1]);

    /// <summary>Whether a digit stands at <paramref name="k"/>.</summary>
    public bool IsDigitAt(int k) => k < Length && char.IsAsciiDigit(Text[k]);

    /// <summary>A lookup of a phrase of words joined by single spaces.</summary>
    public delegate bool PhraseLookup<T>(ReadOnlySpan<char> phrase, out T value);

    /// <summary>The first words of <paramref name="phrases"/>, ignoring case as the phrase lookups do: a phrase whose first word is none of them is none of the phrases.</summary>
    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords(IEnumerable<string> phrases) =>
        new HashSet<string>(phrases.Select(static phrase => phrase.Split(' ')[0]), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The longest phrase of one to <paramref name="maxWords"/> words starting at <paramref name="k"/> that <paramref name="lookup"/> knows;
    /// <paramref name="firstWords"/> are the first words of the phrases it knows (<see cref="FirstWords"/>), so that a word that opens none is
    /// passed over without reading the words after it.
    /// </summary>
    public bool TryPhrase<T>(int k, int maxWords, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWords, PhraseLookup<T> lookup, out T value, out int end)
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

            if (count == 0 && !firstWords.Contains(Between(k, w)))
            {
                return false;
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

    /// <summary>The words from <paramref name="start"/> to each of <paramref name="wordEnds"/>, joined by single spaces into <paramref name="buffer"/>.</summary>
    public int Compose(int start, ReadOnlySpan<int> wordEnds, Span<char> buffer)
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

            var word = Between(pos, wordEnds[i]);
            word.CopyTo(buffer[length..]);
            length += word.Length;
            pos = wordEnds[i];
        }

        return length;
    }
}
