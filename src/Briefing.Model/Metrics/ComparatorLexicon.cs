using System.Collections.Frozen;

namespace Briefing.Model.Metrics;

/// <summary>
/// The comparator lexicon: the words and signs that make a figure approximate, a bound or an exact
/// value. One table for both sides: the scanner reads a figure's comparator with it, and validation
/// (BV056) reads the comparator a metric's text implies with <see cref="TryImplied"/>, so a metric the
/// extractor wrote always agrees with its own text.
/// </summary>
internal static class ComparatorLexicon
{
    private static readonly (string Phrase, Comparator Comparator)[] PhraseRows =
    [
        // The contract's own words (docs/contract.md, "Comparators").
        ("about", Comparator.Approximately), ("around", Comparator.Approximately), ("roughly", Comparator.Approximately),
        ("an estimated", Comparator.Approximately), ("almost", Comparator.Approximately), ("nearly", Comparator.Approximately),
        ("close to", Comparator.Approximately),
        ("below", Comparator.LessThan), ("under", Comparator.LessThan), ("less than", Comparator.LessThan), ("fewer than", Comparator.LessThan),
        ("up to", Comparator.AtMost), ("no more than", Comparator.AtMost),
        ("more than", Comparator.MoreThan), ("over", Comparator.MoreThan), ("above", Comparator.MoreThan), ("exceeding", Comparator.MoreThan),
        ("at least", Comparator.AtLeast), ("no less than", Comparator.AtLeast),

        // Same meaning, other words (docs/metrics.md, "Comparators"); none of them changes a phrase above.
        ("approximately", Comparator.Approximately),
        ("lower than", Comparator.LessThan), ("smaller than", Comparator.LessThan),
        ("at most", Comparator.AtMost), ("not more than", Comparator.AtMost), ("no greater than", Comparator.AtMost),
        ("less than or equal to", Comparator.AtMost), ("fewer than or equal to", Comparator.AtMost),
        ("equal to or less than", Comparator.AtMost), ("equal to or fewer than", Comparator.AtMost),
        ("less or equal than", Comparator.AtMost), ("smaller or equal than", Comparator.AtMost), ("lower or equal than", Comparator.AtMost),
        ("greater than", Comparator.MoreThan), ("larger than", Comparator.MoreThan), ("higher than", Comparator.MoreThan),
        ("bigger than", Comparator.MoreThan), ("in excess of", Comparator.MoreThan), ("exceed", Comparator.MoreThan),
        ("exceeds", Comparator.MoreThan), ("exceeded", Comparator.MoreThan), ("surpass", Comparator.MoreThan),
        ("surpassing", Comparator.MoreThan), ("surpassed", Comparator.MoreThan),
        ("not less than", Comparator.AtLeast), ("no fewer than", Comparator.AtLeast),
        ("more than or equal to", Comparator.AtLeast), ("greater than or equal to", Comparator.AtLeast),
        ("equal to or more than", Comparator.AtLeast), ("equal to or greater than", Comparator.AtLeast),
        ("at least or equal to", Comparator.AtLeast), ("greater or equal than", Comparator.AtLeast),
        ("higher or equal than", Comparator.AtLeast), ("bigger or equal than", Comparator.AtLeast), ("larger or equal than", Comparator.AtLeast),
    ];

    // After the figure: "200 or more", "5,000 or less".
    private static readonly (string Phrase, Comparator Comparator)[] PostfixRows =
    [
        ("or more", Comparator.AtLeast), ("or greater", Comparator.AtLeast), ("or above", Comparator.AtLeast),
        ("or higher", Comparator.AtLeast), ("and more", Comparator.AtLeast), ("and above", Comparator.AtLeast),
        ("or less", Comparator.AtMost), ("or fewer", Comparator.AtMost), ("or below", Comparator.AtMost), ("or lower", Comparator.AtMost),
    ];

    private static readonly Dictionary<string, Comparator>.AlternateLookup<ReadOnlySpan<char>> Phrases =
        PhraseRows.ToDictionary(r => r.Phrase, r => r.Comparator, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, Comparator>.AlternateLookup<ReadOnlySpan<char>> Postfixes =
        PostfixRows.ToDictionary(r => r.Phrase, r => r.Comparator, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The last words of each phrase written before a figure, one word or more (<c>than</c>, <c>more than</c>, <c>no more than</c>):
    /// the words right before a figure can end a phrase only when they are one of them.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseTails =
        PhraseRows.SelectMany(static r => Tails(r.Phrase)).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every phrase written before a figure, with its comparator (for tests and docs).</summary>
    public static IEnumerable<(string Phrase, Comparator Comparator)> PhraseTable => PhraseRows;

    /// <summary>Every phrase written after a figure, with its comparator (for tests and docs).</summary>
    public static IEnumerable<(string Phrase, Comparator Comparator)> PostfixTable => PostfixRows;

    /// <summary>The longest comparator phrase, in words.</summary>
    public static readonly int MaxPhraseWords = PhraseRows.Max(r => r.Phrase.Count(c => c == ' ') + 1);

    /// <summary>A phrase written before the figure ("more than", "an estimated"), words joined by single spaces.</summary>
    public static bool TryGetPhrase(ReadOnlySpan<char> phrase, out Comparator comparator) => Phrases.TryGetValue(phrase, out comparator);

    /// <summary>
    /// Whether some phrase written before a figure ends with <paramref name="words"/> (one word or more, joined by single
    /// spaces, ignoring case): else no phrase that ends with them is one, however many words before them are read.
    /// </summary>
    public static bool EndsAPhrase(ReadOnlySpan<char> words) => PhraseTails.Contains(words);

    /// <summary>The phrase's last word, its last two words, and so on up to the whole phrase.</summary>
    private static IEnumerable<string> Tails(string phrase)
    {
        for (var space = phrase.LastIndexOf(' '); space >= 0; space = space == 0 ? -1 : phrase.LastIndexOf(' ', space - 1))
        {
            yield return phrase[(space + 1)..];
        }

        yield return phrase;
    }

    /// <summary>A two-word phrase written after the figure ("or more", "or less").</summary>
    public static bool TryGetPostfix(ReadOnlySpan<char> phrase, out Comparator comparator) => Postfixes.TryGetValue(phrase, out comparator);

    /// <summary>"or equal (to)" after a strict bound makes it inclusive: "less than 5000 or equal" is at most 5000.</summary>
    public static bool TryOrEqual(ReadOnlySpan<char> phrase, Comparator before, out Comparator comparator)
    {
        comparator = !phrase.Equals("or equal", StringComparison.OrdinalIgnoreCase) ? Comparator.Exact
            : before == Comparator.LessThan ? Comparator.AtMost
            : before == Comparator.MoreThan ? Comparator.AtLeast
            : Comparator.Exact;
        return comparator != Comparator.Exact;
    }

    /// <summary>Whether a phrase after the figure may change <paramref name="before"/> (a bound written before it stands).</summary>
    public static bool PostfixApplies(Comparator before) => before is Comparator.Exact or Comparator.LessThan or Comparator.MoreThan;

    /// <summary>A sign before the figure: <c>≥</c>, <c>≤</c>, <c>&lt;</c>, <c>&gt;</c>; with <paramref name="orEqual"/> (<c>&lt;=</c>, <c>&gt;=</c>) the bound is inclusive.</summary>
    public static bool TryGetSign(char sign, bool orEqual, out Comparator comparator)
    {
        comparator = sign switch
        {
            '≥' => Comparator.AtLeast,
            '≤' => Comparator.AtMost,
            '>' => orEqual ? Comparator.AtLeast : Comparator.MoreThan,
            '<' => orEqual ? Comparator.AtMost : Comparator.LessThan,
            _ => Comparator.Exact,
        };
        return comparator != Comparator.Exact;
    }

    /// <summary>
    /// The comparator a metric's text implies, read with the extractor's own rules: a sign or the longest
    /// phrase the text opens with (<c>below 1%</c> is <see cref="Comparator.LessThan"/>), then a phrase it
    /// ends with (<c>200 people or more</c> is <see cref="Comparator.AtLeast"/>).
    /// </summary>
    /// <param name="text">A metric's text as written.</param>
    /// <param name="comparator">The implied comparator.</param>
    /// <param name="phrase">The words or sign that imply it.</param>
    /// <returns>Whether the text has comparator wording.</returns>
    public static bool TryImplied(string? text, out Comparator comparator, out string phrase)
    {
        var span = (text ?? "").AsSpan().Trim();
        comparator = Comparator.Exact;
        phrase = "";
        var found = false;
        if (span.Length > 1 && span[0] is '≥' or '≤' or '<' or '>')
        {
            var rest = span[1..].TrimStart();
            var orEqual = span[0] is '<' or '>' && rest.Length > 0 && rest[0] == '=';
            found = TryGetSign(span[0], orEqual, out comparator);
            phrase = orEqual ? span[0] + "=" : span[0].ToString();
        }
        else
        {
            Span<Range> words = stackalloc Range[8];
            var count = LeadingWords(span, words[..Math.Min(MaxPhraseWords, words.Length)]);
            Span<char> buffer = stackalloc char[span.Length];
            for (var n = count; n >= 1 && !found; n--)
            {
                var length = Join(span, words[..n], buffer);
                if (length < span.Length && TryGetPhrase(buffer[..length], out comparator))
                {
                    phrase = buffer[..length].ToString();
                    found = true;
                }
            }
        }

        if (PostfixApplies(comparator) && TryTrailing(span, comparator, out var after, out var afterPhrase))
        {
            phrase = found ? phrase + " … " + afterPhrase : afterPhrase;
            comparator = after;
            found = true;
        }

        return found;
    }

    // "… or more", "… or more than", "… or equal", "… or equal to".
    private static bool TryTrailing(ReadOnlySpan<char> span, Comparator before, out Comparator comparator, out string phrase)
    {
        comparator = before;
        phrase = "";
        Span<Range> words = stackalloc Range[3];
        var count = TrailingWords(span, words);
        Span<char> buffer = stackalloc char[span.Length];
        for (var skip = 0; skip <= 1 && count - skip >= 2; skip++)
        {
            if (skip == 1 && !span[words[count - 1]].Equals("than", StringComparison.OrdinalIgnoreCase) && !span[words[count - 1]].Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            var pair = words.Slice(count - skip - 2, 2);
            var length = Join(span, pair, buffer);
            if (TryGetPostfix(buffer[..length], out comparator) || TryOrEqual(buffer[..length], before, out comparator))
            {
                phrase = buffer[..length].ToString();
                return true;
            }
        }

        comparator = before;
        return false;
    }

    // The letter words the text opens with, separated by white space, up to words.Length.
    private static int LeadingWords(ReadOnlySpan<char> span, Span<Range> words)
    {
        var count = 0;
        var k = 0;
        while (count < words.Length && k < span.Length && char.IsLetter(span[k]))
        {
            var start = k;
            while (k < span.Length && char.IsLetter(span[k]))
            {
                k++;
            }

            words[count++] = new Range(start, k);
            if (k >= span.Length || !char.IsWhiteSpace(span[k]))
            {
                break;
            }

            while (k < span.Length && char.IsWhiteSpace(span[k]))
            {
                k++;
            }
        }

        return count;
    }

    // The letter words the text ends with, in reading order, up to words.Length.
    private static int TrailingWords(ReadOnlySpan<char> span, Span<Range> words)
    {
        var count = 0;
        var k = span.Length;
        while (count < words.Length && k > 0 && char.IsLetter(span[k - 1]))
        {
            var end = k;
            while (k > 0 && char.IsLetter(span[k - 1]))
            {
                k--;
            }

            words[words.Length - 1 - count++] = new Range(k, end);
            if (k == 0 || !char.IsWhiteSpace(span[k - 1]))
            {
                break;
            }

            while (k > 0 && char.IsWhiteSpace(span[k - 1]))
            {
                k--;
            }
        }

        words[(words.Length - count)..].CopyTo(words);
        return count;
    }

    private static int Join(ReadOnlySpan<char> span, ReadOnlySpan<Range> words, Span<char> buffer)
    {
        var length = 0;
        foreach (var word in words)
        {
            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            span[word].CopyTo(buffer[length..]);
            length += word.GetOffsetAndLength(span.Length).Length;
        }

        return length;
    }
}
