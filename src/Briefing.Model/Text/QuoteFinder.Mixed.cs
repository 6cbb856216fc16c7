namespace Briefing.Model.Text;

/// <summary>The mixed-quote rule: reported speech that carries a quoted fragment (docs/quotes.md, "Mixed quotes").</summary>
internal static partial class QuoteFinder
{
    /// <summary>How many tokens a mixed quote's verb may stand before the sentence's first quotation.</summary>
    private const int MaxMixedDistance = 12;

    /// <summary>
    /// A sentence whose quotation no other rule attributed, with a subject and a verb of saying or of characterising
    /// (<see cref="SpeechCues.CharacteriseVerbs"/>) within a few words before its first quotation and no clause break
    /// in between, is one reported quote: the words after the verb, the quoted fragment included
    /// (<c>The senator accused the board of a “cover-up” on Monday.</c>). A passive verb (<c>what is called “…”</c>)
    /// or a verb with no speaker before it leaves the quotation a scare quote.
    /// </summary>
    private static bool TryMixed(string text, int start, int end, QuoteBuffers buffers, List<(int Open, int Close)> quotations)
    {
        var tokens = Tokenize(text, start, end, quotations, buffers.Tokens);
        var first = -1;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind == TokenKind.Quotation)
            {
                first = k;
                break;
            }
        }

        if (first < 2)
        {
            return false;
        }

        for (var i = first - 1; i >= 0 && first - i <= MaxMixedDistance; i--)
        {
            if (tokens[i].Kind == TokenKind.Break)
            {
                return false;
            }

            if (tokens[i].Kind != TokenKind.Word || !IsMixedVerb(text, tokens[i]))
            {
                continue;
            }

            // "what is called “…”", "so called “…”": a name for something, not words said.
            if (IsPassive(text, tokens, i) || (i > 0 && tokens[i - 1].Kind == TokenKind.Word && SpeechCues.IsOneOf(WordOf(text, tokens[i - 1]), ["so", "what", "as"])))
            {
                return false;
            }

            var subject = MixedSubject(text, tokens, i);
            var space = subject.IndexOf(' ');
            if (subject.IsEmpty || !IsSubject(subject) || SpeechCues.IsOneOf(space < 0 ? subject : subject[..space], SpeechCues.Prepositions))
            {
                return false;
            }

            var from = i + 1;
            if (from < first && Layout.IsWordAt(text, tokens[from].Start, "that") && tokens[from].End - tokens[from].Start == 4)
            {
                from++;
            }

            // "was pictured in “The Crown”": a quotation right after a preposition of place is a title, not words said.
            if (tokens[first - 1].Kind == TokenKind.Word && SpeechCues.IsOneOf(WordOf(text, tokens[first - 1]), ["in", "at", "from", "under", "into"]))
            {
                return false;
            }

            return AddClause(text, tokens, from, MixedEnd(text, tokens, first), buffers.Found, Sources.FromText(subject.ToString()), WordOf(text, tokens[i]));
        }

        return false;
    }

    /// <summary>
    /// A lower-case verb of saying (any cue kind) or of characterising, in a finite or -ing form: a base form
    /// (<c>call</c>, <c>credit</c>) is as often a noun or an infinitive.
    /// </summary>
    private static bool IsMixedVerb(string text, Token token)
    {
        var word = WordOf(text, token);
        return char.IsLower(word[0]) && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith('s') || word is "said" or "told" or "wrote") &&
            (SpeechCues.Of(word) != CueKind.None || SpeechCues.IsOneOf(word, SpeechCues.CharacteriseVerbs));
    }

    /// <summary>
    /// Where a mixed quote ends: at the first comma or clause break after its first quotation (unless another quotation
    /// follows right away: <c>“A,” “B”</c>), or at a clause word there (<c>… “hurtful” and warned …</c>).
    /// </summary>
    private static int MixedEnd(string text, List<Token> tokens, int first)
    {
        for (var k = first + 1; k < tokens.Count; k++)
        {
            var next = k + 1 < tokens.Count ? tokens[k + 1].Kind : TokenKind.Word;
            if (next == TokenKind.Quotation)
            {
                continue;
            }

            // "“…,” claiming …": a comma inside the closing mark ends the clause as one after it does.
            if (tokens[k - 1].Kind == TokenKind.Quotation && text.AsSpan(tokens[k - 1].Start, tokens[k - 1].End - tokens[k - 1].Start).TrimEnd("\"\u201d'\u2019 ").EndsWith(','))
            {
                return k;
            }

            if (tokens[k].Kind is TokenKind.Comma or TokenKind.Break ||
                (tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && SpeechCues.IsOneOf(WordOf(text, tokens[k]), SpeechCues.ClauseWords) && WordOf(text, tokens[k]) is not "that"))
            {
                return k;
            }
        }

        return tokens.Count;
    }

    /// <summary>The speaker of the mixed quote's verb: the name opening the sentence for <c>…, calling …</c>, else the verb's own subject.</summary>
    private static ReadOnlySpan<char> MixedSubject(string text, List<Token> tokens, int verb)
    {
        if (IsIngForm(text, tokens[verb]))
        {
            return verb > 0 && tokens[verb - 1].Kind == TokenKind.Comma ? LeadingName(text, tokens) : StripWith(SubjectOf(text, tokens, verb));
        }

        var subject = SubjectOf(text, tokens, verb);
        return subject.IsEmpty && IsCoordinated(text, tokens, verb) ? LeadingSubject(text, tokens) : subject;
    }
}
