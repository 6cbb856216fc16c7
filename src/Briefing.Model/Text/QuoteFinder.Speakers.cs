namespace Briefing.Model.Text;

internal static partial class QuoteFinder
{
    /// <summary>Most words <see cref="NamesAnotherPerson"/> reads as the subject before its verb.</summary>
    private const int MaxInterveningSubjectWords = 6;

    /// <summary>
    /// Whether a sentence that holds no quote, standing between a quote and a bare quotation, makes
    /// someone else than that quote's <paramref name="previous"/> source its subject: then the bare
    /// quotation after it no longer continues the quote before (<c>“…,” Ana Lima said. The harbour
    /// master was blunt. “…”</c>: not Ana Lima's). The subject is the sentence's first words up to its
    /// verb (a form of "be" or "have", a modal, an auxiliary, a verb of saying, a past tense in
    /// <c>-ed</c> or an irregular one): a name of two or more capitalised words whose last is not the
    /// previous source's surname, or (after an article) lower-case words whose last is a role noun
    /// (<c>the harbour master</c>, <c>a police officer</c>) that the previous source does not hold. A
    /// pronoun (<c>She was blunt.</c>), a thing (<c>The port stays closed.</c>) or an opening phrase
    /// (<c>On Monday, …</c>) names no one.
    /// </summary>
    private static bool NamesAnotherPerson(ReadOnlySpan<char> sentence, Source previous)
    {
        var words = 0;
        var capitalised = 0;
        var article = false;
        ReadOnlySpan<char> last = default;
        foreach (var range in sentence.Split(' '))
        {
            var word = sentence[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxInterveningSubjectWords + 1 || word[^1] is ',' or ':' or ';')
            {
                return false; // a long subject, or an opening phrase ("On Monday, the …"): not read here
            }

            var bare = TrimWord(word);
            if (bare.IsEmpty)
            {
                return false;
            }

            if (words == 1 && SpeechCues.Articles.Contains(bare))
            {
                article = true;
                continue;
            }

            if (words == 1 && (SpeechCues.SubjectPronouns.Contains(bare) || Sources.IsFunctionWord(bare)))
            {
                return false;
            }

            if (char.IsUpper(bare[0]) && !article)
            {
                capitalised++;
                last = bare;
                continue;
            }

            if (char.IsLower(bare[0]) && IsVerbAfterSubject(bare))
            {
                return capitalised >= 2 ? !IsSurnameOf(last, previous) : capitalised == 0 && article && last.Length > 0 && Sources.IsRoleNoun(last) && !Holds(previous, last);
            }

            if (capitalised > 0 || !char.IsLower(bare[0]))
            {
                return false; // a name goes on in lower case ("Ana Lima's plan"), or a capital after an article: not read here
            }

            last = bare;
        }

        return false;
    }

    /// <summary>A word that can be a verb right after its subject: a finite verb or auxiliary, a verb of saying, a past tense.</summary>
    private static bool IsVerbAfterSubject(ReadOnlySpan<char> word) =>
        SpeechCues.FiniteVerbs.Contains(word) || SpeechCues.Auxiliaries.Contains(word) ||
        SpeechCues.Of(word) != CueKind.None || IsPastTense(word);

    private static bool IsSurnameOf(ReadOnlySpan<char> word, Source source) =>
        source.Name is { Length: > 0 } name && Sources.Surname(name).Equals(Sources.Surname(word), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the source's own words hold <paramref name="word"/> as a word (<c>the harbour master</c> holds <c>master</c>).</summary>
    private static bool Holds(Source source, ReadOnlySpan<char> word)
    {
        var text = source.Text.AsSpan();
        foreach (var range in text.Split(' '))
        {
            if (TrimWord(text[range]).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence opens with a phrase that ends at a comma (<c>On Monday,</c>, <c>Meanwhile,</c>,
    /// <c>When the vote ended,</c>: a first word that is a preposition, a time word, a clause word or an adverb in
    /// <c>-ly</c>); then <paramref name="subject"/> is the subject after it, for a participle cue (<c>…, saying …</c>)
    /// at <paramref name="cue"/>: a pronoun or a name right before a lower-case verb, else the subject up to the
    /// first verb (an apposition's commas included), else none; a coordinator that opens the sentence (<c>But</c>) is passed over like an opening phrase. The opening phrase is never the speaker.
    /// </summary>
    private static bool IsAfterOpeningPhrase(string text, List<Token> tokens, int cue, out ReadOnlySpan<char> subject)
    {
        subject = default;
        var after = OpeningPhraseEnd(text, tokens, cue);
        if (after < 0 || after + 1 >= cue || tokens[after].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = WordOf(text, tokens[after]);
        if ((SpeechCues.PersonSubjects.Contains(word) || Sources.IsThingPronoun(word)) && tokens[after + 1].Kind == TokenKind.Word && char.IsLower(text[tokens[after + 1].Start]))
        {
            subject = word;
            return true;
        }

        var k2 = after;
        while (k2 < cue && tokens[k2].Kind == TokenKind.Word && (char.IsUpper(text[tokens[k2].Start]) || (k2 > after && SpeechCues.NameJoiners.Contains(WordOf(text, tokens[k2])))))
        {
            k2++;
        }

        if (k2 > after && k2 < cue && char.IsUpper(text[tokens[k2 - 1].Start]) && tokens[k2].Kind == TokenKind.Word && char.IsLower(text[tokens[k2].Start]))
        {
            subject = text.AsSpan(tokens[after].Start, tokens[k2 - 1].End - tokens[after].Start);
            return true;
        }

        // "On Friday, the port board criticised …": the words up to the first verb, an apposition with its commas included.
        var relative = false; // inside "…, which met on Sunday," the verb is the relative clause's
        for (var k = after; k < cue && k - after <= MaxSourceWords; k++)
        {
            relative = tokens[k].Kind == TokenKind.Word ? relative || SpeechCues.RelativeSubjects.Contains(WordOf(text, tokens[k])) : relative && tokens[k].Kind != TokenKind.Comma;
            if (!relative && tokens[k].Kind == TokenKind.Word && k > after && char.IsLower(text[tokens[k].Start]) && IsVerbAfterSubject(WordOf(text, tokens[k])) &&
                !SpeechCues.Determiners.Contains(WordOf(text, tokens[k - 1])))
            {
                var words = text.AsSpan(tokens[after].Start, tokens[k - 1].End - tokens[after].Start).TrimEnd(',').TrimEnd();
                subject = IsSubject(words) ? words : default;
                return true;
            }

            if (tokens[k].Kind != TokenKind.Word && tokens[k].Kind != TokenKind.Comma)
            {
                break;
            }
        }

        return true;
    }

    /// <summary>
    /// The first token after an opening phrase that ends at a comma before <paramref name="cue"/> (<c>On Monday,</c>,
    /// <c>Meanwhile,</c>, <c>When the vote ended,</c>: a first word that is a preposition, a time word, a clause word
    /// or an adverb in <c>-ly</c>; a place's second part and a further phrase of time or place go with it), or after
    /// a coordinator that opens the sentence (<c>But</c>); -1 when the sentence opens with no such phrase.
    /// </summary>
    private static int OpeningPhraseEnd(string text, List<Token> tokens, int cue)
    {
        if (tokens.Count == 0 || tokens[0].Kind != TokenKind.Word)
        {
            return -1;
        }

        var first = WordOf(text, tokens[0]);
        if (!char.IsUpper(first[0]) || !(SpeechCues.Prepositions.Contains(first) || SpeechCues.TimeWords.Contains(first) ||
            SpeechCues.ClauseWords.Contains(first) || (first.Length > 4 && first.EndsWith("ly", StringComparison.Ordinal))))
        {
            return -1;
        }

        var after = -1;
        if (SpeechCues.Coordinators.Contains(first) && tokens.Count > 1 && tokens[1].Kind == TokenKind.Word)
        {
            after = 1; // "But the other candidate drew a contrast, saying …": a coordinator opens the sentence before its subject
        }

        for (var k = 1; after < 0 && k < cue && k <= MaxCoordinatedSubjectWords; k++)
        {
            if (tokens[k].Kind == TokenKind.Comma)
            {
                after = k + 1;
                break;
            }
        }

        // "At a campaign event in Ames, Iowa, on Sunday, Mrs. Lee …": the opening phrase goes on over a place's
        // second part (one capitalised word) and over a further phrase of time or place, each up to its comma.
        for (var more = after; after > 1 && more < cue && tokens[more].Kind == TokenKind.Word;)
        {
            var opener = WordOf(text, tokens[more]);
            var comma = more + 1;
            while (comma < cue && comma - more <= 4 && tokens[comma].Kind == TokenKind.Word)
            {
                comma++;
            }

            var single = comma == more + 1 && char.IsUpper(opener[0]);
            var phrase = char.IsLower(opener[0]) && (SpeechCues.Prepositions.Contains(opener) || SpeechCues.TimeWords.Contains(opener));
            if (comma >= cue || tokens[comma].Kind != TokenKind.Comma || !(single || phrase))
            {
                break;
            }

            after = more = comma + 1;
        }

        return after;
    }

    /// <summary>
    /// A quotation split by its attribution (<c>“…,” said Ana Lima, head of the union, “…”</c>, <c>“…,” Ana Lima,
    /// a sailor, diver and swimmer, says, “…”</c>): when the quote before, in the same sentence, took its source
    /// from the words after it (<paramref name="splitBy"/>), the quote ended in a comma, and those words run up to
    /// this quotation and end in a comma, this quotation has the same source and cue; the words are not read again as a lead-in, which
    /// would take only their last part (<c>swimmer</c>).
    /// </summary>
    private static bool IsSplitByTail(string text, (Source Source, string? Cue, int Open)? splitBy, int leadStart, int open, out Source source, out string? cue)
    {
        source = null!;
        cue = null;
        if (splitBy is not { } split || split.Open != open || leadStart >= open)
        {
            return false;
        }

        var lead = text.AsSpan(leadStart, open - leadStart).TrimEnd();
        if (lead.IsEmpty || lead[^1] != ',' || CoordinatedClauseStart(lead) >= 0)
        {
            return false;
        }

        source = split.Source;
        cue = split.Cue;
        return true;
    }

    /// <summary>Whether a quotation ends in a comma, inside or right after its closing mark (<c>“…,” said X, “…”</c> splits a quote; a title such as <c>“Morning Tide”</c> does not).</summary>
    private static bool EndsInComma(string text, int close)
    {
        var after = AfterClose(text, close);
        return (close > 0 && close <= text.Length && text[close - 1] == ',') || (after < text.Length && text[after] == ',');
    }
}
