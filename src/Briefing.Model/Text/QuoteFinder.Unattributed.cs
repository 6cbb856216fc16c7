namespace Briefing.Model.Text;

/// <summary>The speaker-in-context rule: a quotation no rule attributed, in a block that is quoting someone.</summary>
internal static partial class QuoteFinder
{
    /// <summary>The fewest words a quotation needs to be read as someone's words without a cue of its own (fewer is a scare quote or a name).</summary>
    private const int MinContextWords = 4;

    /// <summary>
    /// A quotation that no rule attributed, of <see cref="MinContextWords"/> words or more and not a title in Title Case, is a
    /// direct quote with no cue when its speaker can be read from its context: the subject of its own sentence when that
    /// subject is someone (a personal pronoun, a name, or a role: <c>Her deputy expects the port to run “with far fewer ships
    /// than last year.”</c> → <c>Her deputy</c>); else, in a block that has already quoted someone, that quote's source, when
    /// no sentence in between makes someone else its subject (<see cref="NamesAnotherPerson"/>): <c>“…,” she said, and
    /// “clear consequences for any violations.”</c> · <c>… The timetable will change “for as long as the repairs take.”</c>.
    /// Otherwise the quotation stays no one's: no source rather than a guessed one. One pass over the block's quotations;
    /// the sentences between two quotations are read once.
    /// </summary>
    private static void AttributeFromContext(string text, QuoteBuffers buffers, List<(int Open, int Close)> quotations, List<(int Start, int End)> sentences, List<FoundQuote> found)
    {
        var f = 0; // found quotes are in text order: f is the first that does not end before the quotation
        var s = 0; // the sentence that holds the quotation
        Source? previous = null;
        var readUpTo = -1; // the text up to here was read since the previous quote
        for (var q = 0; q < quotations.Count; q++)
        {
            var (open, close) = quotations[q];
            while (f < found.Count && found[f].Span.Start + found[f].Span.Length <= open)
            {
                previous = found[f].Source;
                readUpTo = found[f].Span.Start + found[f].Span.Length;
                f++;
            }

            if (Overlaps(found, f, open, close))
            {
                continue;
            }

            var (contentStart, length) = QuotedWords(text, open, close);

            var words = text.AsSpan(contentStart, length);
            if (Layout.CountWords(words, MinContextWords) < MinContextWords || Layout.IsTitleCase(words))
            {
                continue;
            }

            while (s < sentences.Count && sentences[s].End <= open)
            {
                s++;
            }

            var source = SpeakerInContext(text, buffers, quotations, sentences, s, open, previous, readUpTo);
            readUpTo = AfterClose(text, close);
            if (source is null)
            {
                previous = null; // someone else is the subject now: later quotations are not the earlier speaker's either
                continue;
            }

            found.Insert(f++, new FoundQuote(QuoteKind.Direct, new TextSpan(contentStart, length), source, null));
            previous = source;
        }
    }

    /// <summary>
    /// The speaker of a quotation at <paramref name="open"/> in sentence <paramref name="sentence"/> that no cue attributes:
    /// the sentence's own subject when it is someone, else <paramref name="previous"/> unless a sentence read since
    /// <paramref name="readFrom"/> has someone else as its subject (then null).
    /// </summary>
    private static Source? SpeakerInContext(string text, QuoteBuffers buffers, List<(int Open, int Close)> quotations, List<(int Start, int End)> sentences, int sentence, int open, Source? previous, int readFrom)
    {
        if (sentence < sentences.Count && sentences[sentence].Start < open)
        {
            var tokens = Tokenize(text, sentences[sentence].Start, sentences[sentence].End, quotations, buffers.Tokens);
            var at = 0;
            while (at < tokens.Count && !(tokens[at].Kind == TokenKind.Quotation && tokens[at].Start == open))
            {
                at++;
            }

            var subject = at < tokens.Count ? PersonBeforeQuotation(text, tokens, at) : [];
            if (!subject.IsEmpty)
            {
                return previous is not null && (IsSurnameOf(subject, previous) || subject.Equals(previous.Text, StringComparison.Ordinal)) ? previous : Sources.FromText(subject.ToString());
            }
        }

        if (previous is null)
        {
            return null;
        }

        // The whole sentences between the previous quote and this quotation, and this one's own opening, must not be about someone else.
        var first = Math.Min(sentence, sentences.Count - 1);
        while (first > 0 && sentences[first - 1].End > readFrom)
        {
            first--;
        }

        for (var k = first; k < sentences.Count && sentences[k].Start < open; k++)
        {
            if (sentences[k].Start >= readFrom && NamesAnotherPerson(text.AsSpan(sentences[k].Start, Math.Min(sentences[k].End, open) - sentences[k].Start), previous))
            {
                return null;
            }
        }

        return previous;
    }

    /// <summary>
    /// The subject of the sentence a quotation stands in, read before the quotation (token <paramref name="quotation"/>) after
    /// an opening phrase, when it is someone: a personal pronoun before a lower-case word (<c>She expects …</c>), a name of two
    /// or more capitalised words before one (<c>Ana Lima wants …</c>), or a determiner and lower-case words that end in a role
    /// noun before a verb (<c>The ferry inspector expects …</c>, <c>Her deputy will …</c>); empty when the subject is a thing or
    /// cannot be read, or when a comma, bracket, dash or other quotation stands between it and the quotation (then the quotation
    /// is not in the subject's own clause).
    /// </summary>
    private static ReadOnlySpan<char> PersonBeforeQuotation(string text, List<Token> tokens, int quotation)
    {
        var start = Math.Max(0, OpeningPhraseEnd(text, tokens, quotation));
        if (start + 1 >= quotation || tokens[start].Kind != TokenKind.Word || tokens[start + 1].Kind != TokenKind.Word)
        {
            return [];
        }

        for (var t = start; t < quotation; t++)
        {
            if (tokens[t].Kind is TokenKind.Comma or TokenKind.Break or TokenKind.Quotation)
            {
                return []; // "The council met, and the harbour reopened in May, “…”": the quotation stands outside the subject's clause
            }
        }

        var word = WordOf(text, tokens[start]);
        if (SpeechCues.PersonSubjects.Contains(word))
        {
            return char.IsLower(text[tokens[start + 1].Start]) ? word : [];
        }

        var k = start;
        if (SpeechCues.Determiners.Contains(word))
        {
            // "The ferry inspector expects …": lower-case words up to a role noun, then a verb.
            for (k = start + 1; k + 1 < quotation && k - start <= MaxInterveningSubjectWords && tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]); k++)
            {
                if (Sources.IsRoleNoun(WordOf(text, tokens[k])) && tokens[k + 1].Kind == TokenKind.Word && IsPresentOrVerb(WordOf(text, tokens[k + 1])))
                {
                    return text.AsSpan(tokens[start].Start, tokens[k].End - tokens[start].Start);
                }
            }

            return [];
        }

        while (k < quotation && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start]) && !SpeechCues.Determiners.Contains(WordOf(text, tokens[k])))
        {
            k++;
        }

        if (k - start < 2 || k >= quotation || tokens[k].Kind != TokenKind.Word || !IsPresentOrVerb(WordOf(text, tokens[k])))
        {
            return [];
        }

        var name = text.AsSpan(tokens[start].Start, tokens[k - 1].End - tokens[start].Start);
        return Sources.IsPossessive(name) ? [] : name;
    }

    /// <summary>A lower-case word that reads as the verb right after a subject: one <see cref="IsVerbAfterSubject"/> knows, or a present tense in <c>-s</c> (<c>expects</c>, not <c>boss</c>).</summary>
    private static bool IsPresentOrVerb(ReadOnlySpan<char> word) =>
        word.Length > 2 && char.IsLower(word[0]) &&
        (IsVerbAfterSubject(word) || (word[^1] == 's' && word[^2] != 's' && word[^2] != '\'' && word[^2] != '\u2019' && !SpeechCues.Prepositions.Contains(word)));

    /// <summary>Whether a found quote from index <paramref name="from"/> on overlaps the quotation from <paramref name="open"/> to <paramref name="close"/>.</summary>
    private static bool Overlaps(List<FoundQuote> found, int from, int open, int close)
    {
        for (var i = Math.Max(0, from - 1); i < found.Count && found[i].Span.Start <= close; i++)
        {
            var span = found[i].Span;
            if (span.Start <= close && span.Start + span.Length >= open)
            {
                return true;
            }
        }

        return false;
    }
}
