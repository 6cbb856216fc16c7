using Briefing.Model.Validation;
using CsCheck;
using static Briefing.Model.Tests.Properties.PropertyRuns;

namespace Briefing.Model.Tests.Validation;

/// <summary>
/// <see cref="QuoteMatching"/> works on spans without allocating; these properties hold it to the
/// plain-string statement of the same rules (the implementation it replaced), on texts built from
/// the fragments that matter: quotation marks, ellipses, final punctuation, whitespace, case and stop words.
/// </summary>
public sealed class QuoteMatchingProperties
{
    private static readonly string[] Fragments =
    [
        "Russia", "russia", "approach", "Approach", "is", "the", "The", "of", "and", "AND", "political", "\u00C9lite", "\u00E9lite", "1", "2024",
        " ", " ", " ", "\u00A0", "\n", "\t", "\u201C", "\u201D", "\"", "\u2019", "'", "\u2026", "...", "..", ".", ",", ";", "!", "?", "-", "\u4E2D",
    ];

    private static readonly Gen<string> Text = Gen.OneOf(Fragments).Array[0, 24].Select(string.Concat);

    /// <summary>Excerpts: mostly a piece of the quote, altered a little; sometimes anything.</summary>
    private static readonly Gen<(string Excerpt, string Quote)> Pair =
        from quote in Text
        from start in Gen.Int[0, quote.Length]
        from length in Gen.Int[0, quote.Length - start]
        from prefix in Gen.OneOf("", "\u201C", "\u2026 ", "...", ". ")
        from suffix in Gen.OneOf("", "\u201D", ".", " \u2026", "!\"")
        from other in Text
        from which in Gen.Int[0, 3]
        select (which == 0 ? other : string.Concat(prefix, quote.AsSpan(start, length), suffix), quote);

    [Fact]
    public void Excerpts_are_matched_as_the_string_statement_of_the_rule_matches_them() =>
        Pair.Sample(
            pair => Assert.Equal(Reference.IsExcerpt(pair.Excerpt, pair.Quote), QuoteMatching.IsExcerpt(pair.Excerpt, pair.Quote)),
            writeLine: Output,
            iter: Iterations(5000),
            print: p => Print(p.Excerpt) + " in " + Print(p.Quote));

    [Fact]
    public void Long_excerpts_past_the_stack_buffer_match_too()
    {
        var quote = string.Concat(Enumerable.Repeat("Russia\u2019s approach is more political than economic. ", 40));
        Assert.True(QuoteMatching.IsExcerpt("\u201C" + quote.Trim() + "\u201D", quote));
        Assert.False(QuoteMatching.IsExcerpt(quote + "x", quote));
    }

    [Fact]
    public void Attributions_are_matched_as_the_set_statement_of_the_rule_matches_them() =>
        Gen.Select(Text, Text, Text.Null(0.5), Gen.Int[1, 30]).Sample(
            (attribution, text, role, repeat) =>
            {
                // Repeating the texts takes some past the word-by-word limit, to the set-based path.
                var source = new Source { Text = string.Concat(Enumerable.Repeat(text + " ", repeat)), Role = role };
                Assert.Equal(Reference.AttributionMatches(attribution, source), QuoteMatching.AttributionMatches(attribution, source));
                var longAttribution = string.Concat(Enumerable.Repeat(attribution + " ", repeat));
                Assert.Equal(Reference.AttributionMatches(longAttribution, source), QuoteMatching.AttributionMatches(longAttribution, source));
            },
            writeLine: Output,
            iter: Inputs);

    /// <summary>The rules stated over strings.</summary>
    private static class Reference
    {
        private static readonly string[] StopWords = ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with"];

        public static bool IsExcerpt(string excerpt, string quote)
        {
            var haystack = Normalize(quote);
            var position = 0;
            var matchedAny = false;
            foreach (var part in Normalize(excerpt).Replace("...", "\u2026", StringComparison.Ordinal).Split('\u2026'))
            {
                var piece = part.Trim().Trim(".,;:!?\u2026".ToCharArray()).Trim();
                while (piece.Length > 0 && piece.Trim(".,;:!?\u2026".ToCharArray()).Trim() != piece)
                {
                    piece = piece.Trim(".,;:!?\u2026".ToCharArray()).Trim();
                }

                if (piece.Length == 0)
                {
                    continue;
                }

                var found = haystack.IndexOf(piece, position, StringComparison.Ordinal);
                if (found < 0 && !matchedAny && char.IsLetter(piece[0]))
                {
                    var first = char.IsUpper(piece[0]) ? char.ToLowerInvariant(piece[0]) : char.ToUpperInvariant(piece[0]);
                    found = haystack.IndexOf(first + piece[1..], position, StringComparison.Ordinal);
                }

                if (found < 0)
                {
                    return false;
                }

                position = found + piece.Length;
                matchedAny = true;
            }

            return matchedAny;
        }

        public static bool AttributionMatches(string attribution, Source source)
        {
            var sourceWords = new[] { source.Text, source.Name, source.Role, source.Affiliation, source.Location }.SelectMany(Words).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var words = Words(attribution).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return words.Count == 0 || words.Count(sourceWords.Contains) * 2 >= words.Count;
        }

        private static IEnumerable<string> Words(string? text)
        {
            var word = new System.Text.StringBuilder();
            foreach (var c in (text ?? "") + " ")
            {
                if (char.IsLetterOrDigit(c))
                {
                    word.Append(c);
                }
                else if (word.Length > 0)
                {
                    if (!StopWords.Contains(word.ToString(), StringComparer.OrdinalIgnoreCase))
                    {
                        yield return word.ToString();
                    }

                    word.Clear();
                }
            }
        }

        private static string Normalize(string text)
        {
            var quoteMarks = "\"'`\u00AB\u00BB\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2039\u203A\u2032\u2033";
            var kept = text.Where(c => !quoteMarks.Contains(c, StringComparison.Ordinal)).ToArray();
            return string.Join(' ', new string(kept).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
