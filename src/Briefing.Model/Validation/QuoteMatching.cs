using System.Buffers;

namespace Briefing.Model.Validation;

/// <summary>
/// Compares a pull quote with the body quote it excerpts, and an attribution line with a source, in
/// time linear in the texts (no regular expressions).
/// </summary>
internal static class QuoteMatching
{
    // Straight and curly quotation marks and apostrophes, guillemets, low-9 quotes, prime-like marks.
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"'`\u00AB\u00BB\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2039\u203A\u2032\u2033");

    /// <summary>Visible ASCII other than quotation marks, and the space: what normalising keeps as it is (spaces apart).</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        " !#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_abcdefghijklmnopqrstuvwxyz{|}~");

    private static readonly SearchValues<char> FinalPunctuation = SearchValues.Create(".,;:!?\u2026");

    private static readonly string[] StopWords = ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with"];

    /// <summary>Longest excerpt plus quote normalised on the stack; longer ones use a pooled buffer.</summary>
    private const int StackLimit = 1024;

    /// <summary>Longest attribution, and longest source texts together, compared word by word without a set.</summary>
    private const int ScanLimit = 256;

    /// <summary>
    /// Whether <paramref name="excerpt"/> is a verbatim excerpt of <paramref name="quote"/>, ignoring
    /// quotation marks (straight or curly), differences in whitespace, final punctuation and the case
    /// of the excerpt's first letter. An ellipsis (<c>…</c> or <c>...</c>) in the excerpt stands for
    /// omitted words: the parts around it must occur in the quote in order. Time linear in the two
    /// texts for every input (each part is found with a Knuth–Morris–Pratt search); allocates nothing
    /// for texts of ordinary length. The text parser links pull quotes with the same matcher.
    /// </summary>
    public static bool IsExcerpt(string excerpt, string quote)
    {
        var total = excerpt.Length + quote.Length;
        char[]? rented = null;
        var buffer = total <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(total));
        try
        {
            // Normalising never lengthens a text, so both fit.
            var haystack = buffer[..Normalize(quote, buffer)];
            var rest = buffer[haystack.Length..];
            return IsNormalizedExcerpt(rest[..Normalize(excerpt, rest)], haystack);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// <see cref="IsExcerpt(string, string)"/> for texts already normalised with
    /// <see cref="Normalize(string, Span{char})"/>, so that a caller comparing one text with several
    /// normalises each once. <paramref name="excerpt"/> is left as it was.
    /// </summary>
    internal static bool IsNormalizedExcerpt(ReadOnlySpan<char> excerpt, ReadOnlySpan<char> quote)
    {
        // The matcher works on a copy of the excerpt (it switches the first letter's case in place)
        // and a failure table for the Knuth–Morris–Pratt search, both as long as the excerpt.
        char[]? rentedChars = null;
        int[]? rentedInts = null;
        var copy = excerpt.Length <= ScanLimit ? stackalloc char[ScanLimit] : (rentedChars = ArrayPool<char>.Shared.Rent(excerpt.Length));
        var failure = excerpt.Length <= ScanLimit ? stackalloc int[ScanLimit] : (rentedInts = ArrayPool<int>.Shared.Rent(excerpt.Length));
        try
        {
            excerpt.CopyTo(copy);
            return IsExcerpt(copy[..excerpt.Length], quote, failure);
        }
        finally
        {
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
                ArrayPool<int>.Shared.Return(rentedInts!);
            }
        }
    }

    /// <summary>
    /// Whether an attribution line agrees with a source: at least half of the attribution's words
    /// (ignoring a few function words and case) occur in the source's text or its parts.
    /// </summary>
    public static bool AttributionMatches(string attribution, Source source)
    {
        var sourceLength = Length(source.Text) + Length(source.Name) + Length(source.Role) + Length(source.Affiliation) + Length(source.Location);
        if (attribution.Length > ScanLimit || sourceLength > ScanLimit)
        {
            return AttributionMatchesBySets(attribution, source);
        }

        // Short texts (the usual case): compare word by word, allocating nothing.
        int distinct = 0, found = 0;
        var text = attribution.AsSpan();
        for (var at = 0; NextWord(text, ref at, out var start) is { Length: > 0 } word;)
        {
            if (IsStopWord(word) || ContainsWord(text[..start], word))
            {
                continue;
            }

            distinct++;
            if (ContainsWord(source.Text, word) || ContainsWord(source.Name, word) || ContainsWord(source.Role, word) ||
                ContainsWord(source.Affiliation, word) || ContainsWord(source.Location, word))
            {
                found++;
            }
        }

        return distinct == 0 || found * 2 >= distinct;
    }

    /// <summary>Drops quotation marks, collapses whitespace (NBSP included) to single spaces, trims.</summary>
    internal static string Normalize(string text)
    {
        var buffer = new char[text.Length];
        return new string(buffer, 0, Normalize(text, buffer));
    }

    /// <summary>Writes <paramref name="text"/> normalised into <paramref name="destination"/> (at least as long); returns the length written.</summary>
    internal static int Normalize(string text, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        var i = 0;
        while (i < text.Length)
        {
            // Runs of visible ASCII words (no quotation marks) separated by single spaces, the bulk of
            // English prose, are copied in one go; the rest goes char by char.
            var run = text.AsSpan(i);
            var end = run.IndexOfAnyExcept(PlainAscii);
            run = run[..(end < 0 ? run.Length : end)];
            var words = run.Trim(' ');
            if (!words.IsEmpty && !words.Contains("  ", StringComparison.Ordinal))
            {
                pendingSpace |= words.Length < run.Length && run[0] == ' ' && length > 0;
                if (pendingSpace)
                {
                    destination[length++] = ' ';
                }

                words.CopyTo(destination[length..]);
                length += words.Length;
                pendingSpace = run[^1] == ' ';
            }
            else
            {
                foreach (var c in run)
                {
                    Append(c, destination, ref length, ref pendingSpace);
                }
            }

            i += run.Length;
            while (i < text.Length && !PlainAscii.Contains(text[i]))
            {
                Append(text[i++], destination, ref length, ref pendingSpace);
            }
        }

        return length;
    }

    /// <summary>Normalises one char: drops a quotation mark, turns whitespace into a pending space, writes anything else.</summary>
    private static void Append(char c, Span<char> destination, ref int length, ref bool pendingSpace)
    {
        if (QuoteMarks.Contains(c))
        {
            return;
        }

        if (char.IsWhiteSpace(c))
        {
            pendingSpace = length > 0;
            return;
        }

        if (pendingSpace)
        {
            destination[length++] = ' ';
            pendingSpace = false;
        }

        destination[length++] = c;
    }

    /// <summary>Matches the parts of a normalised excerpt, split at ellipses, in order in the normalised quote.</summary>
    private static bool IsExcerpt(Span<char> needle, ReadOnlySpan<char> haystack, Span<int> failure)
    {
        var position = 0;
        var matchedAny = false;
        var start = 0;
        for (var i = 0; ; i++)
        {
            // An ellipsis ('…', or '...' read left to right) ends a part, as does the end of the excerpt;
            // the characters that cannot start one are passed over in one vectorised search.
            var mark = needle[i..].IndexOfAny('\u2026', '.');
            i = mark < 0 ? needle.Length : i + mark;
            int next;
            if (i == needle.Length)
            {
                next = -1;
            }
            else if (needle[i] == '\u2026')
            {
                next = i + 1;
            }
            else if (needle[i] == '.' && i + 2 < needle.Length && needle[i + 1] == '.' && needle[i + 2] == '.')
            {
                next = i + 3;
            }
            else
            {
                continue;
            }

            var piece = TrimPunctuation(needle[start..i]);
            if (piece.Length > 0)
            {
                // Each part is searched from where the one before ended, so the parts of one excerpt
                // scan the quote once between them (twice for the first, with its first letter switched).
                var found = IndexOf(haystack, piece, position, toggleFirst: !matchedAny, failure);
                if (found < 0)
                {
                    return false;
                }

                position = found + piece.Length;
                matchedAny = true;
            }

            if (next < 0)
            {
                return matchedAny;
            }

            start = next;
            i = next - 1;
        }
    }

    private static Span<char> TrimPunctuation(Span<char> span)
    {
        while (span.Length > 0 && (FinalPunctuation.Contains(span[^1]) || char.IsWhiteSpace(span[^1])))
        {
            span = span[..^1];
        }

        while (span.Length > 0 && (FinalPunctuation.Contains(span[0]) || char.IsWhiteSpace(span[0])))
        {
            span = span[1..];
        }

        return span;
    }

    /// <summary>Finds <paramref name="piece"/> from <paramref name="start"/>; for the first part, also with its first letter's case switched (in place).</summary>
    private static int IndexOf(ReadOnlySpan<char> haystack, Span<char> piece, int start, bool toggleFirst, Span<int> failure)
    {
        var found = LinearIndexOf(haystack[start..], piece, failure);
        if (found >= 0)
        {
            return start + found;
        }

        if (!toggleFirst || !char.IsLetter(piece[0]))
        {
            return -1;
        }

        // A pull quote may capitalise the first word of an excerpt taken from mid-sentence.
        piece[0] = char.IsUpper(piece[0]) ? char.ToLowerInvariant(piece[0]) : char.ToUpperInvariant(piece[0]);
        found = LinearIndexOf(haystack[start..], piece, failure);
        return found < 0 ? -1 : start + found;
    }

    /// <summary>
    /// The first index of <paramref name="pattern"/> in <paramref name="text"/>, or -1, by
    /// Knuth–Morris–Pratt: at most 2 × (text + pattern) comparisons whatever the texts look like (an
    /// ordinal search can take text × pattern on periodic text). Between partial matches it skips to
    /// the next occurrence of the pattern's first two chars with a vectorised search and compares from
    /// there in vectors up to the first mismatch; the failure table is built only as far as a mismatch
    /// needs it (a pattern found at its first candidate needs none).
    /// </summary>
    /// <param name="text">Where to search.</param>
    /// <param name="pattern">What to find; not empty.</param>
    /// <param name="failure">Scratch at least as long as <paramref name="pattern"/>.</param>
    internal static int LinearIndexOf(ReadOnlySpan<char> text, ReadOnlySpan<char> pattern, Span<int> failure)
    {
        if (pattern.Length > text.Length)
        {
            return -1;
        }

        if (pattern.Length == 1)
        {
            return text.IndexOf(pattern[0]);
        }

        // failure[i]: the length of the longest proper prefix of pattern[..(i + 1)] that is also its suffix;
        // known for i < built.
        failure[0] = 0;
        var built = 1;
        var matched = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (matched == 0)
            {
                // A two-char search is linear: it checks each place once, in vectors.
                var skip = text[i..].IndexOf(pattern[..2]);
                if (skip < 0 || text.Length - (i + skip) < pattern.Length)
                {
                    return -1;
                }

                i += skip;

                // From a candidate the pattern is compared in vectors as far as it matches; the search goes on
                // from the first mismatch as if the matched chars had been read one by one.
                matched = text[i..].CommonPrefixLength(pattern);
                if (matched == pattern.Length)
                {
                    return i;
                }

                i += matched;
                if (i == text.Length)
                {
                    return -1;
                }
            }

            while (matched > 0 && text[i] != pattern[matched])
            {
                built = BuildFailure(pattern, failure, built, matched);
                matched = failure[matched - 1];
            }

            if (text[i] == pattern[matched] && ++matched == pattern.Length)
            {
                return i - pattern.Length + 1;
            }
        }

        return -1;
    }

    /// <summary>Extends the failure table of <paramref name="pattern"/> from <paramref name="built"/> entries to at least <paramref name="count"/>; returns how many are known.</summary>
    private static int BuildFailure(ReadOnlySpan<char> pattern, Span<int> failure, int built, int count)
    {
        for (int i = built, k = failure[built - 1]; i < count; i++)
        {
            while (k > 0 && pattern[i] != pattern[k])
            {
                k = failure[k - 1];
            }

            if (pattern[i] == pattern[k])
            {
                k++;
            }

            failure[i] = k;
        }

        return Math.Max(built, count);
    }

    /// <summary>The next run of letters and digits at or after <paramref name="at"/>, and where it starts; empty at the end.</summary>
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, ref int at, out int start)
    {
        while (at < text.Length && !char.IsLetterOrDigit(text[at]))
        {
            at++;
        }

        start = at;
        while (at < text.Length && char.IsLetterOrDigit(text[at]))
        {
            at++;
        }

        return text[start..at];
    }

    /// <summary>Whether <paramref name="text"/> has <paramref name="word"/> as a whole word, ignoring case.</summary>
    private static bool ContainsWord(ReadOnlySpan<char> text, ReadOnlySpan<char> word)
    {
        for (var at = 0; NextWord(text, ref at, out _) is { Length: > 0 } candidate;)
        {
            if (candidate.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStopWord(ReadOnlySpan<char> word)
    {
        foreach (var stopWord in StopWords)
        {
            if (word.Equals(stopWord, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int Length(string? text) => text?.Length ?? 0;

    /// <summary><see cref="AttributionMatches"/> for long texts, in time linear in their length.</summary>
    private static bool AttributionMatchesBySets(string attribution, Source source)
    {
        var sourceWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddWords(sourceWords, source.Text);
        AddWords(sourceWords, source.Name);
        AddWords(sourceWords, source.Role);
        AddWords(sourceWords, source.Affiliation);
        AddWords(sourceWords, source.Location);

        var attributionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddWords(attributionWords, attribution);
        var found = 0;
        foreach (var word in attributionWords)
        {
            found += sourceWords.Contains(word) ? 1 : 0;
        }

        return attributionWords.Count == 0 || found * 2 >= attributionWords.Count;
    }

    private static void AddWords(HashSet<string> words, string? text)
    {
        for (var at = 0; NextWord(text, ref at, out _) is { Length: > 0 } word;)
        {
            if (!IsStopWord(word))
            {
                words.Add(word.ToString());
            }
        }
    }
}
