namespace Briefing.Model.Text;

internal static partial class QuoteFinder
{
    /// <summary>Longest asker, in words, that <see cref="TryAskedBy"/> reads between <c>by</c> and the question.</summary>
    private const int MaxAskerWords = 8;

    /// <summary>
    /// <c>(When) asked by X whether/if/about/to …, Y said …</c>: the passive names who asked, so the question is
    /// a reported statement of the asker (<c>When asked by a reporter whether the plan would pass, …</c> → source
    /// <c>a reporter</c>, text <c>whether the plan would pass</c>). The question runs to the next comma or clause
    /// break; an unnamed asker (<c>Asked whether …</c>) gives nothing. Adds at most one quote; the sentence's other
    /// rules still run.
    /// </summary>
    private static bool TryAskedBy(string text, List<Token> tokens, List<FoundQuote> found)
    {
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || !WordOf(text, tokens[i]).Equals("asked", StringComparison.OrdinalIgnoreCase) || !IsWordToken(text, tokens, i + 1, "by"))
            {
                continue;
            }

            var opener = i + 2;
            while (opener < tokens.Count && opener - i - 2 <= MaxAskerWords && tokens[opener].Kind == TokenKind.Word && !IsQuestionStart(text, tokens[opener]))
            {
                opener++;
            }

            if (opener == i + 2 || opener >= tokens.Count || tokens[opener].Kind != TokenKind.Word || !IsQuestionStart(text, tokens[opener]))
            {
                return false;
            }

            var askerEnd = opener;
            while (askerEnd - 1 > i + 2 && SpeechCues.TimeWords.Contains(WordOf(text, tokens[askerEnd - 1])))
            {
                askerEnd--; // "asked by a reporter on Thursday whether": the time is no part of the asker
            }

            if (askerEnd - 1 > i + 2 && IsWordToken(text, tokens, askerEnd - 1, "on"))
            {
                askerEnd--;
            }

            var asker = text.AsSpan(tokens[i + 2].Start, tokens[askerEnd - 1].End - tokens[i + 2].Start);
            if (!IsSubject(asker))
            {
                return false;
            }

            var end = opener + 1;
            while (end < tokens.Count && tokens[end].Kind is not (TokenKind.Comma or TokenKind.Break))
            {
                end++;
            }

            return AddClause(text, tokens, opener, end, found, Sources.FromText(asker.ToString()), WordOf(text, tokens[i]));
        }

        return false;
    }

    /// <summary>
    /// Drops the statements found after <paramref name="mark"/> + 1 that overlap the asker's question at
    /// <paramref name="mark"/> (<c>When asked by X whether …, Y said …</c> must not also give Y the question);
    /// true (the question stays).
    /// </summary>
    private static bool DropOverlapping(List<FoundQuote> found, int mark)
    {
        var question = found[mark].Span;
        for (var r = found.Count - 1; r > mark; r--)
        {
            var span = found[r].Span;
            if (span.Start < question.Start + question.Length && question.Start < span.Start + span.Length)
            {
                found.RemoveAt(r);
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="quote"/> is a question <see cref="TryAskedBy"/> found: a statement of its asker, never a mere opening phrase.</summary>
    private static bool IsAskedQuestion(FoundQuote quote) => string.Equals(quote.Cue, "asked", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="token"/> opens the question after <c>asked by X</c>: a question word, <c>about</c> or <c>to</c>.</summary>
    private static bool IsQuestionStart(string text, Token token)
    {
        var word = WordOf(text, token);
        return char.IsLower(word[0]) && (SpeechCues.QuestionOpeners.Contains(word) || word is "about" or "to");
    }
}
