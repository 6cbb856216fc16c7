namespace Briefing.Model.Text;

internal static partial class QuoteFinder
{
    /// <summary>Most words read after a coordinator for the subject and verb of a clause of its own.</summary>
    private const int MaxCoordinatedClauseWords = 8;

    /// <summary>
    /// Where a clause with a subject of its own starts in the words before a quotation, after <c>, and</c>, <c>, but</c>
    /// or <c>, while</c> (<c>“A,” Ana Lima said, and Tomas Vey answered: “B”</c>: the lead-in of B is
    /// <c>Tomas Vey answered:</c>, not the attribution of A), or -1. The coordinator must be followed by a subject
    /// (a capitalised word, a determiner or a subject pronoun) and, within a few words, a lower-case verb; a verb
    /// right after the coordinator (<c>, and added:</c>) shares the subject before it, and a list (<c>a sailor, and
    /// a diver,</c>) has no verb.
    /// </summary>
    private static int CoordinatedClauseStart(ReadOnlySpan<char> lead)
    {
        var found = -1;
        for (var comma = lead.IndexOf(','); comma >= 0 && comma + 1 < lead.Length; comma = NextCommaIn(lead, comma))
        {
            var rest = lead[(comma + 1)..].TrimStart();
            var space = rest.IndexOf(' ');
            if (space <= 0 || !SpeechCues.ClauseCoordinators.Contains(rest[..space]))
            {
                continue;
            }

            var clause = rest[(space + 1)..].TrimStart();
            if (HasOwnSubjectAndVerb(clause))
            {
                found = lead.Length - clause.Length;
            }
        }

        return found;
    }

    private static int NextCommaIn(ReadOnlySpan<char> text, int comma)
    {
        var next = text[(comma + 1)..].IndexOf(',');
        return next < 0 ? -1 : comma + 1 + next;
    }

    /// <summary>Whether a clause opens with a subject (a capitalised word, a determiner or a subject pronoun) followed, within a few words, by a lower-case verb.</summary>
    private static bool HasOwnSubjectAndVerb(ReadOnlySpan<char> clause)
    {
        var words = 0;
        foreach (var range in clause.Split(' '))
        {
            var raw = clause[range];
            var word = TrimWord(raw);
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (words == 1)
            {
                if (!(char.IsUpper(word[0]) || SpeechCues.Determiners.Contains(word) || SpeechCues.PersonSubjects.Contains(word)))
                {
                    return false;
                }
            }
            else if (char.IsLower(word[0]) && IsVerbAfterSubject(word))
            {
                return !SpeechCues.Determiners.Contains(word);
            }

            if (words >= MaxCoordinatedClauseWords || raw[^1] is ',' or ':' or ';')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a one-word subject can be a speaker: a pronoun, a relative pronoun, a quantity (<c>some say</c>) or a noun, not a sentence opener
    /// (<c>Still</c>, <c>Instead</c>, <c>These</c>: closed-class words other than subject pronouns), a lower-case -ing
    /// form or adverb in -ly (<c>pointedly</c>), or a capitalised adverb in -ily, -ally or -edly (<c>Hastily</c>; a
    /// surname such as Kelly or Manning stays a speaker, and so does a capitalised modal: <c>Will</c>).
    /// </summary>
    private static bool CanSpeakAlone(ReadOnlySpan<char> word)
    {
        word = TrimWord(word);
        if (SpeechCues.SubjectPronouns.Contains(word) || SpeechCues.RelativeSubjects.Contains(word) || Sources.IsQuantity(word))
        {
            return true;
        }

        // "… made predicting the future a fool's errand": a verb in the past tense is no speaker.
        return !word.IsEmpty && (!Sources.IsFunctionWord(word) || (char.IsUpper(word[0]) && SpeechCues.FiniteVerbs.Contains(word))) &&
            !(char.IsLower(word[0]) && word.Length > 4 && (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal))) &&
            !(char.IsLower(word[0]) && IsPastTense(word)) && !Sources.IsAdverbByForm(word);
    }

    /// <summary>Most words of an opening time phrase (<c>Two days later,</c>) or participle phrase (<c>Speaking at a rally in Ames,</c>) read before its comma.</summary>
    private const int MaxOpeningWords = 14;

    /// <summary>
    /// The speaker of a participle cue after a comma or dash (<c>…, saying …</c>, <c>…, calling it “…”</c>): the subject of
    /// the sentence's main clause, after an opening phrase (<see cref="IsAfterOpeningPhrase"/>), a news dateline
    /// (<c>LIMA —</c>, <c>Lima (Wire) –</c>), an opening participle phrase (<c>Speaking at the quay, …</c>) or time phrase
    /// (<c>Hours later, …</c>); the name that opens the sentence when its verb follows it; else the words up to the first
    /// verb (<c>Port board member Ana Lima (Ind.) on Friday criticised …</c> → <c>Port board member Ana Lima (Ind.)</c>).
    /// </summary>
    private static ReadOnlySpan<char> ParticipleSubject(string text, List<Token> tokens, int cue)
    {
        if (HasQuotation(tokens, 0, cue) && !IsCharacterising(text, tokens, cue))
        {
            // "The mayor defended the “green corridor” plan, saying …": a quoted fragment before is the mixed-quote rule's,
            // which reads the sentence (and this cue) when no statement is found here; only a name that opens the sentence is taken.
            return IsAfterOpeningPhrase(text, tokens, cue, out var opening) ? opening : LeadingName(text, tokens);
        }

        var start = MainClauseStart(text, tokens, cue);
        if (start > 0)
        {
            return SubjectUpToVerb(text, tokens, start, cue);
        }

        if (IsAfterOpeningPhrase(text, tokens, cue, out var subject))
        {
            return subject;
        }

        var name = LeadingName(text, tokens);
        var after = TokenAfterLeading(tokens, name.Length, cue);

        if (!name.IsEmpty && (after < cue && tokens[after].Kind == TokenKind.Word && char.IsLower(text[tokens[after].Start]) &&
            (IsVerbAfterSubject(WordOf(text, tokens[after])) || SpeechCues.Auxiliaries.Contains(WordOf(text, tokens[after])) || IsAdverbAfterName(text, tokens, after))))
        {
            return name;
        }

        var longer = SubjectUpToVerb(text, tokens, 0, cue);
        return longer.IsEmpty ? name : longer;
    }

    /// <summary>
    /// The first token of the main clause after a news dateline in mixed case with an agency in brackets (<c>Lima (Wire) –</c>;
    /// one in capitals is <see cref="AfterDateline"/>), an opening participle phrase (a capitalised -ing form before a
    /// lower-case word that is no verb: <c>Speaking at the quay,</c>) or an opening time phrase (<c>Hours later,</c>,
    /// <c>But two days ago,</c>), each up to its comma or dash; 0 when the sentence opens with none.
    /// </summary>
    private static int MainClauseStart(string text, List<Token> tokens, int cue)
    {
        if (cue <= 1 || tokens[0].Kind != TokenKind.Word)
        {
            return 0;
        }

        var dateline = AfterDateline(text, tokens, 0, cue);
        if (dateline > 0)
        {
            return dateline;
        }

        // "Lima (Wire) –": a place, an agency in capitals in brackets, a dash.
        if (cue > 5 && tokens[1].Kind == TokenKind.Break && text[tokens[1].Start] == '(' && tokens[2].Kind == TokenKind.Word &&
            char.IsUpper(text[tokens[2].Start]) && tokens[3].Kind == TokenKind.Break && text[tokens[3].Start] == ')' && IsDashAt(text, tokens, 4))
        {
            return 5;
        }

        var first = 0;
        if (char.IsUpper(text[tokens[0].Start]) && SpeechCues.Coordinators.Contains(WordOf(text, tokens[0])))
        {
            first = 1; // "But two days later, …"
        }

        var opener = WordOf(text, tokens[first]);
        if (first + 2 < cue && tokens[first + 1].Kind == TokenKind.Comma && !CanSpeakAlone(opener))
        {
            return first + 2; // "Still, the mayor …"
        }

        var participle = first == 0 && opener.Length > 5 && char.IsUpper(opener[0]) && opener.EndsWith("ing", StringComparison.Ordinal) &&
            tokens[1].Kind == TokenKind.Word && char.IsLower(text[tokens[1].Start]) && !IsVerbAfterSubject(WordOf(text, tokens[1]));
        var time = false;
        for (var k = first; k < cue && k - first <= MaxOpeningWords; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Word)
            {
                var word = WordOf(text, token);
                time |= k - first <= 4 && SpeechCues.RelativeTimeWords.Contains(word);
                continue;
            }

            return token.Kind == TokenKind.Comma && (participle || time) && k + 1 < cue ? k + 1 : 0;
        }

        return 0;
    }

    /// <summary>
    /// The subject from <paramref name="from"/>: a subject pronoun before a lower-case word, else the words up to the first
    /// lower-case verb (not after a determiner), over a bracketed tag (<c>(D-Vt.)</c>), without a time phrase or an adverb
    /// in -ly that ends them; empty when a clause break comes first or the words cannot be a speaker.
    /// </summary>
    private static ReadOnlySpan<char> SubjectUpToVerb(string text, List<Token> tokens, int from, int cue)
    {
        // "Then he cut into the board, calling …": a time word that opens the sentence before a pronoun is no part of the subject.
        if (from + 2 < cue && tokens[from].Kind == TokenKind.Word && char.IsUpper(text[tokens[from].Start]) && SpeechCues.TimeWords.Contains(WordOf(text, tokens[from])) &&
            tokens[from + 1].Kind == TokenKind.Word && SpeechCues.PersonSubjects.Contains(WordOf(text, tokens[from + 1])))
        {
            from++;
        }

        if (from + 1 < cue && tokens[from].Kind == TokenKind.Word && tokens[from + 1].Kind == TokenKind.Word && char.IsLower(text[tokens[from + 1].Start]))
        {
            var word = WordOf(text, tokens[from]);
            if (SpeechCues.PersonSubjects.Contains(word) || Sources.IsThingPronoun(word))
            {
                return word;
            }
        }

        var bracket = false;
        var relative = false; // inside "…, who met on Sunday," the verb is the relative clause's
        for (var k = from; k < cue && k - from <= MaxSourceWords; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Break && text[token.Start] is '(' or ')')
            {
                bracket = text[token.Start] == '(';
                continue;
            }

            if (token.Kind == TokenKind.Comma && k > from)
            {
                relative = false; // "her deputy, Ivo Brandt, criticised": an apposition goes on the subject
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                return [];
            }

            var word = WordOf(text, token);
            relative |= SpeechCues.RelativeSubjects.Contains(word);
            if (!bracket && !relative && k > from && char.IsLower(word[0]) && IsVerbAfterSubject(word) && !SpeechCues.Determiners.Contains(WordOf(text, tokens[k - 1])))
            {
                var end = k;
                while (end - 1 > from && (IsAdverbAfterName(text, tokens, end - 1) || IsConnectiveAfterSubject(text, tokens, end - 1)))
                {
                    end--;
                }

                var words = WithoutTrailingTime(text, tokens, from, end, text.AsSpan(tokens[from].Start, tokens[end - 1].End - tokens[from].Start)).TrimEnd(',').TrimEnd();
                return IsSubject(words) ? words : [];
            }
        }

        return [];
    }

    /// <summary>A sentence opener before its comma (<c>Instead,</c>, <c>Still,</c>): passed over on the way to the subject.</summary>
    private static bool IsOpenerBeforeComma(ReadOnlySpan<char> word) => word.Length > 1 && word[^1] == ',' && !CanSpeakAlone(word[..^1]);

    /// <summary>The subject, or none when it is one word that cannot speak (<c>These were the words of …:</c>).</summary>
    private static ReadOnlySpan<char> OrNoneAlone(ReadOnlySpan<char> subject) =>
        subject.IndexOf(' ') < 0 && !subject.IsEmpty && !CanSpeakAlone(subject) ? [] : subject;

    /// <summary>Whether the token at <paramref name="verb"/> is a verb of characterising or calling, read by the mixed-quote rule (<c>calling it “…”</c>).</summary>
    private static bool IsCharacterising(string text, List<Token> tokens, int verb) =>
        SpeechCues.Of(WordOf(text, tokens[verb])) == CueKind.Call || SpeechCues.CharacteriseVerbs.Contains(WordOf(text, tokens[verb]));

    /// <summary>Whether an adverb in -ly after <paramref name="before"/> stands between an auxiliary or a coordinator and its verb (<c>had initially said</c>, <c>and pointedly saying</c>).</summary>
    private static bool IsAdverbAfterAuxiliary(ReadOnlySpan<char> before) =>
        char.IsLower(before[0]) && (SpeechCues.FiniteVerbs.Contains(before) || SpeechCues.VerbCoordinators.Contains(before));

    /// <summary>Whether an adverb in -ly at <paramref name="k"/>, right after a comma, is followed by a lower-case verb (<c>Paul Manafort, bluntly suggested</c>): it belongs to that verb.</summary>
    private static bool IsAdverbAfterApposition(string text, List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && char.IsLower(text[tokens[k + 1].Start]) &&
        (SpeechCues.Of(WordOf(text, tokens[k + 1])) != CueKind.None || IsPastTense(WordOf(text, tokens[k + 1])));

    /// <summary>
    /// A cue inside a relative clause whose own verb follows it with no subject (<c>a bill, which critics said was unfair,
    /// …</c>, <c>the job that economists say is the future</c>): the relative pronoun before the cue's subject is the
    /// subject of that verb, so the statement runs from the verb to the end of the relative clause (a comma, a dash or
    /// other break, or the sentence's end). Returns that end (-1 when the cue is no such gap) and the subject without the
    /// relative pronoun (<c>which critics</c> → <c>critics</c>).
    /// </summary>
    private static int RelativeGapEnd(string text, List<Token> tokens, int cue, ref ReadOnlySpan<char> subject)
    {
        var verb = cue + 1;
        if (verb >= tokens.Count || tokens[verb].Kind != TokenKind.Word || !char.IsLower(text[tokens[verb].Start]) ||
            !(IsFiniteOrPast(WordOf(text, tokens[verb])) || SpeechCues.IrregularPast.Contains(WordOf(text, tokens[verb]))) ||
            !text.AsSpan().Overlaps(subject, out var offset))
        {
            return -1;
        }

        var first = cue;
        while (first > 0 && tokens[first - 1].End > offset)
        {
            first--;
        }

        if (first < cue && WordOf(text, tokens[first]) is "which")
        {
            subject = subject[(tokens[first + 1].Start - offset)..];
        }
        else if (first == 0 || WordOf(text, tokens[first - 1]) is not ("which" or "that"))
        {
            return -1;
        }

        var end = verb + 1;
        while (end < tokens.Count && tokens[end].Kind is not (TokenKind.Comma or TokenKind.Break))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Whether the words at <paramref name="k"/>, after a comma and a contrast word, go on with the reported clause rather
    /// than open the writer's: a negated or finite predicate with no subject of its own (<c>…, but could not say why</c>,
    /// <c>…, but never in public</c>, <c>…, but wasn't sure</c>), or a short aside closed by a comma (<c>…, while costly,
    /// was the right choice</c>). A past tense there (<c>…, but offered no proof</c>) is as often the writer's account
    /// of the speaker, and ends the statement.
    /// </summary>
    private static bool ContinuesContrast(string text, List<Token> tokens, int k)
    {
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word || !char.IsLower(text[tokens[k].Start]))
        {
            return false;
        }

        var word = WithoutContraction(WordOf(text, tokens[k]));
        if (word is "not" or "never" || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal))
        {
            return true;
        }

        // "…, but will make it worse"; not an inverted condition ("…, but should he win, …").
        if (SpeechCues.FiniteVerbs.Contains(word))
        {
            var next = k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word ? WordOf(text, tokens[k + 1]) : [];
            return !next.IsEmpty && char.IsLower(next[0]) && !SpeechCues.SubjectPronouns.Contains(next) && !SpeechCues.PhraseStops.Contains(next);
        }

        // An aside is not a subject with its apposition ("…, while her main rival, Ana Lima, …").
        if (SpeechCues.PhraseStops.Contains(word) || SpeechCues.SubjectPronouns.Contains(word))
        {
            return false;
        }

        for (var n = k + 1; n < tokens.Count && n - k <= 3; n++)
        {
            if (tokens[n].Kind == TokenKind.Comma)
            {
                return true;
            }

            if (tokens[n].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }
}
