using System.Buffers;
using System.Text;

namespace Briefing.Model.Validation;

/// <summary>
/// Compares a pull quote with the body quote it excerpts, and an attribution line with a source, in
/// time linear in the texts (no regular expressions).
/// </summary>
internal static class QuoteMatching
{
    // Straight and curly quotation marks and apostrophes, guillemets, low-9 quotes, prime-like marks.
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"'`\u00AB\u00BB\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2039\u203A\u2032\u2033");

    private static readonly SearchValues<char> FinalPunctuation = SearchValues.Create(".,;:!?\u2026");

    private static readonly string[] StopWords = ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with"];

    /// <summary>
    /// Whether <paramref name="excerpt"/> is a verbatim excerpt of <paramref name="quote"/>, ignoring
    /// quotation marks (straight or curly), differences in whitespace, final punctuation and the case
    /// of the excerpt's first letter. An ellipsis (<c>…</c> or <c>...</c>) in the excerpt stands for
    /// omitted words: the parts around it must occur in the quote in order.
    /// </summary>
    public static bool IsExcerpt(string excerpt, string quote)
    {
        var haystack = Normalize(quote);
        var needle = Normalize(excerpt).Replace("...", "\u2026", StringComparison.Ordinal);
        var position = 0;
        var matchedAny = false;
        foreach (var part in needle.Split('\u2026'))
        {
            var piece = TrimPunctuation(part);
            if (piece.Length == 0)
            {
                continue;
            }

            var found = IndexOf(haystack, piece, position, toggleFirst: !matchedAny);
            if (found < 0)
            {
                return false;
            }

            position = found + piece.Length;
            matchedAny = true;
        }

        return matchedAny;
    }

    /// <summary>
    /// Whether an attribution line agrees with a source: at least half of the attribution's words
    /// (ignoring a few function words and case) occur in the source's text or its parts.
    /// </summary>
    public static bool AttributionMatches(string attribution, Source source)
    {
        var sourceWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddWords(sourceWords, source.Text);
        AddWords(sourceWords, source.Name);
        AddWords(sourceWords, source.Role);
        AddWords(sourceWords, source.Affiliation);
        AddWords(sourceWords, source.Location);

        var attributionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        AddWords(attributionWords, attribution);
        if (attributionWords.Count == 0)
        {
            return true;
        }

        var found = attributionWords.Count(sourceWords.Contains);
        return found * 2 >= attributionWords.Count;
    }

    /// <summary>Drops quotation marks, collapses whitespace (NBSP included) to single spaces, trims.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (QuoteMarks.Contains(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string TrimPunctuation(string text)
    {
        var span = text.AsSpan().Trim();
        while (span.Length > 0 && (FinalPunctuation.Contains(span[^1]) || char.IsWhiteSpace(span[^1])))
        {
            span = span[..^1];
        }

        while (span.Length > 0 && (FinalPunctuation.Contains(span[0]) || char.IsWhiteSpace(span[0])))
        {
            span = span[1..];
        }

        return span.ToString();
    }

    private static int IndexOf(string haystack, string piece, int start, bool toggleFirst)
    {
        var found = haystack.IndexOf(piece, start, StringComparison.Ordinal);
        if (found >= 0 || !toggleFirst || !char.IsLetter(piece[0]))
        {
            return found;
        }

        // A pull quote may capitalise the first word of an excerpt taken from mid-sentence.
        var first = char.IsUpper(piece[0]) ? char.ToLowerInvariant(piece[0]) : char.ToUpperInvariant(piece[0]);
        return haystack.IndexOf(string.Concat(first.ToString(), piece.AsSpan(1)), start, StringComparison.Ordinal);
    }

    private static void AddWords(HashSet<string> words, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                if (!StopWords.Contains(word, StringComparer.OrdinalIgnoreCase))
                {
                    words.Add(word);
                }

                start = -1;
            }
        }
    }
}
