namespace Briefing.Model.Text;

internal static partial class QuoteFinder
{
    /// <summary>Longest subject, in words, that <see cref="CoordinatedSubject"/> reads before the first verb.</summary>
    private const int MaxCoordinatedSubjectWords = 12;

    /// <summary>
    /// The subject of a sentence whose first verb phrase a coordinated cue continues, when that subject
    /// is no plain name or pronoun: <c>A spokesman for the mayor defended the route and said …</c> →
    /// <c>A spokesman for the mayor</c>; <c>In an interview on Thursday, the senator criticized the
    /// plan and said …</c> → <c>the senator</c> (the opening phrase is left out). The subject is the
    /// words from the sentence's start (after an opening phrase, <see cref="OpeningPhraseEnd"/>) up to its first
    /// finite verb: a form of "be", "have" or a modal, or a past tense (<c>-ed</c>, or an irregular
    /// one) that no determiner makes an adjective (<c>the embattled governor</c>). Empty when the words
    /// before the verb hold a comma, a quotation or a relative pronoun, or run longer than
    /// <see cref="MaxCoordinatedSubjectWords"/>: a subject this rule cannot read is no subject.
    /// </summary>
    private static ReadOnlySpan<char> CoordinatedSubject(string text, List<Token> tokens, int cue)
    {
        var start = Math.Max(0, OpeningPhraseEnd(text, tokens, cue));
        start = start == 0 ? AfterDatelineOrOpener(text, tokens, cue) : start;
        var apposed = NameWithApposition(text, tokens, start, cue);
        if (!apposed.IsEmpty)
        {
            return apposed; // "Ana Lima, the head of the union, criticised the plan and said …"
        }

        var words = 0;
        for (var k = start; k < cue; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Break && text[token.Start] == '(')
            {
                // "Chuck Lane (R-Iowa) criticized …": a bracketed aside belongs to the subject.
                while (k < cue && !(tokens[k].Kind == TokenKind.Break && text[tokens[k].Start] == ')'))
                {
                    k++;
                }

                continue;
            }

            if (token.Kind != TokenKind.Word || ++words > MaxCoordinatedSubjectWords)
            {
                return [];
            }

            var word = WordOf(text, token);
            if (k == start || !char.IsLower(word[0]))
            {
                continue;
            }

            if (IsConnectiveAfterSubject(text, tokens, k) && k + 1 < cue && tokens[k + 1].Kind == TokenKind.Word && IsVerbAfterSubject(WordOf(text, tokens[k + 1])))
            {
                // "The mayor however met the unions and said …": the adverb ends the subject.
                return WithoutTrailingTime(text, tokens, start, k, text.AsSpan(tokens[start].Start, tokens[k - 1].End - tokens[start].Start));
            }

            if (SpeechCues.RelativeSubjects.Contains(word) || SpeechCues.ClauseWords.Contains(word))
            {
                return [];
            }

            var previous = WordOf(text, tokens[k - 1]);
            if (SpeechCues.FiniteVerbs.Contains(word) ||
                (IsPastTense(word) && tokens[k - 1].Kind == TokenKind.Word && !SpeechCues.Determiners.Contains(previous) && !IsPastTense(previous)))
            {
                var subject = text.AsSpan(tokens[start].Start, tokens[k - 1].End - tokens[start].Start);
                return WithoutTrailingTime(text, tokens, start, k, subject);
            }
        }

        return [];
    }

    /// <summary><paramref name="subject"/>, or when it is empty or no subject the <see cref="CoordinatedSubject"/> of the sentence.</summary>
    private static ReadOnlySpan<char> OrCoordinatedSubject(ReadOnlySpan<char> subject, string text, List<Token> tokens, int cue) =>
        subject.IsEmpty || !IsSubject(subject) ? CoordinatedSubject(text, tokens, cue) : subject;

    /// <summary>
    /// Whether <paramref name="word"/> reads as a past tense: a regular <c>-ed</c> form (not a short <c>-eed</c> word:
    /// <c>need</c>, <c>speed</c>; <c>agreed</c> is one) or an irregular one.
    /// </summary>
    private static bool IsPastTense(ReadOnlySpan<char> word) =>
        (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !(word.Length <= 5 && word.EndsWith("eed", StringComparison.Ordinal))) ||
        SpeechCues.IrregularPast.Contains(word);

    /// <summary>The subject without a time phrase that ends it (<c>the senator on Wednesday</c> → <c>the senator</c>).</summary>
    private static ReadOnlySpan<char> WithoutTrailingTime(string text, List<Token> tokens, int start, int verb, ReadOnlySpan<char> subject)
    {
        var end = verb;
        while (end - 1 > start && tokens[end - 1].Kind == TokenKind.Word && SpeechCues.TimeWords.Contains(WordOf(text, tokens[end - 1])))
        {
            end--;
        }

        if (end < verb && end - 1 > start && tokens[end - 1].Kind == TokenKind.Word && WordOf(text, tokens[end - 1]) is "on" or "last" or "this")
        {
            end--;
        }

        return end == verb ? subject : text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
    }
}
