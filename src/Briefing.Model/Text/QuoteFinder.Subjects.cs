namespace Briefing.Model.Text;

internal static partial class QuoteFinder
{
    /// <summary>Longest apposition, in tokens, that <see cref="NameWithApposition"/> reads between its commas.</summary>
    private const int MaxAppositionTokens = 14;

    /// <summary>Most words between a verb and the gerund phrase that <see cref="GerundSubject"/> reads back over (<c>answered the critics by saying</c>).</summary>
    private const int MaxGerundObjectWords = 8;

    /// <summary>
    /// Whether the token at <paramref name="k"/> is a connective adverb between a subject and its verb (<c>The mayor
    /// however said …</c>, <c>Lee meanwhile told …</c>): lower-case, after a word of the subject (not a clause word,
    /// determiner or preposition), so that the subject is read on before it.
    /// </summary>
    private static bool IsConnectiveAfterSubject(string text, List<Token> tokens, int k)
    {
        if (k <= 0 || tokens[k].Kind != TokenKind.Word || tokens[k - 1].Kind != TokenKind.Word || !char.IsLower(text[tokens[k].Start]) ||
            !SpeechCues.ConnectiveAdverbs.Contains(WordOf(text, tokens[k])))
        {
            return false;
        }

        var before = WordOf(text, tokens[k - 1]);
        return char.IsUpper(before[0]) || !(SpeechCues.ClauseWords.Contains(before) || SpeechCues.RelativeSubjects.Contains(before) ||
            SpeechCues.Determiners.Contains(before) || SpeechCues.Prepositions.Contains(before) || SpeechCues.Auxiliaries.Contains(before));
    }

    /// <summary>
    /// A name and its apposition that open the clause at <paramref name="start"/>, before a lower-case verb (<c>Ana Lima,
    /// the head of the union, criticised …</c> → <c>Ana Lima, the head of the union</c>; <c>Tomas Vey, a pilot, then
    /// spoke …</c>): capitalised words (a title such as <c>Sen.</c> among them), a comma, at most
    /// <see cref="MaxAppositionTokens"/> words with no quotation, break or clause word other than a relative pronoun
    /// that opens the apposition, a comma, then auxiliaries or adverbs and a verb. Empty otherwise.
    /// </summary>
    private static ReadOnlySpan<char> NameWithApposition(string text, List<Token> tokens, int start, int cue)
    {
        var k = start;
        while (k < cue && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start]))
        {
            k++;
        }

        if (k == start || k >= cue || tokens[k].Kind != TokenKind.Comma || k - start > 5)
        {
            return [];
        }

        var first = k + 1;
        var relative = first < cue && tokens[first].Kind == TokenKind.Word && SpeechCues.RelativeSubjects.Contains(WordOf(text, tokens[first]));
        var close = first;
        while (close < cue && tokens[close].Kind == TokenKind.Word && close - first < MaxAppositionTokens)
        {
            var word = WordOf(text, tokens[close]);
            if (!relative && char.IsLower(word[0]) && (SpeechCues.ClauseWords.Contains(word) || SpeechCues.FiniteVerbs.Contains(word) || IsSpeech(SpeechCues.Of(word))))
            {
                return [];
            }

            close++;
        }

        if (close == first || close + 1 >= cue || tokens[close].Kind != TokenKind.Comma)
        {
            return [];
        }

        var verb = close + 1;
        while (verb < cue && tokens[verb].Kind == TokenKind.Word && char.IsLower(text[tokens[verb].Start]) &&
            (SpeechCues.Auxiliaries.Contains(WordOf(text, tokens[verb])) || SpeechCues.ConnectiveAdverbs.Contains(WordOf(text, tokens[verb])) ||
            (WordOf(text, tokens[verb]).EndsWith("ly", StringComparison.Ordinal) && verb + 1 < cue)))
        {
            verb++;
        }

        return verb <= cue && tokens[verb].Kind == TokenKind.Word && char.IsLower(text[tokens[verb].Start]) && IsVerbAfterSubject(WordOf(text, tokens[verb]))
            ? text.AsSpan(tokens[start].Start, tokens[close - 1].End - tokens[start].Start)
            : [];
    }

    /// <summary>
    /// The speaker of a gerund cue after a preposition (<see cref="SpeechCues.GerundPrepositions"/>): the subject of the
    /// verb the phrase follows (<c>The mayor answered by saying …</c> → <c>The mayor</c>; <c>… and began by saying</c>: the
    /// sentence's subject), or, when the phrase opens the sentence (<c>After saying …, she left</c>), the subject that
    /// follows the phrase's comma, with <paramref name="stop"/> that comma (or the token after a quotation whose closing
    /// mark holds it). Empty when there is none.
    /// </summary>
    private static ReadOnlySpan<char> GerundSubject(string text, List<Token> tokens, int cue, out int stop)
    {
        stop = -1;
        if (cue < 1 || tokens[cue - 1].Kind != TokenKind.Word || !SpeechCues.GerundPrepositions.Contains(WordOf(text, tokens[cue - 1])))
        {
            return [];
        }

        var preposition = cue - 1;
        if (preposition == 0)
        {
            // "After saying …, she left": the subject of the main clause, after the phrase's comma.
            stop = SubordinateEnd(text, tokens, cue + 1);
            var from = stop < tokens.Count && tokens[stop].Kind == TokenKind.Comma ? stop + 1 : stop;
            var main = from < tokens.Count && (stop == from || tokens[stop].Kind == TokenKind.Comma) ? SubjectUpToVerb(text, tokens, from, tokens.Count) : [];
            stop = main.IsEmpty ? -1 : stop;
            return main;
        }

        // "responded first by saying", "answered the critics by saying": back over an adverb or a short object to the verb;
        // not over a form of "be" or "have" ("was firm in saying": an adjective's phrase).
        var verb = preposition - 1;
        while (verb > 0 && preposition - verb <= MaxGerundObjectWords && tokens[verb].Kind == TokenKind.Word && !(char.IsLower(text[tokens[verb].Start]) &&
            IsVerbAfterSubject(WordOf(text, tokens[verb])) && !SpeechCues.Auxiliaries.Contains(WordOf(text, tokens[verb])) &&
            !SpeechCues.FiniteVerbs.Contains(WordOf(text, tokens[verb])) && !SpeechCues.Determiners.Contains(WordOf(text, tokens[verb - 1]))))
        {
            var word = WordOf(text, tokens[verb]);
            if (SpeechCues.ClauseWords.Contains(word) || SpeechCues.RelativeSubjects.Contains(word) || SpeechCues.FiniteVerbs.Contains(word))
            {
                return [];
            }

            verb--;
        }

        if (verb < 1 || tokens[verb].Kind != TokenKind.Word || !char.IsLower(text[tokens[verb].Start]) || !IsVerbAfterSubject(WordOf(text, tokens[verb])) || IsIngForm(text, tokens[verb]) || IsPassive(text, tokens, verb))
        {
            return [];
        }

        var own = SubjectOf(text, tokens, verb);
        return !own.IsEmpty ? own : IsCoordinated(text, tokens, verb) ? OrCoordinatedSubject(LeadingSubject(text, tokens), text, tokens, verb) : [];
    }

    /// <summary>
    /// The end of a subordinate clause whose words start at <paramref name="from"/>: its first comma or clause break, or the
    /// token after a quotation whose closing mark holds the comma (<c>After she called it “a mistake,” the board …</c>);
    /// the token count when there is none.
    /// </summary>
    private static int SubordinateEnd(string text, List<Token> tokens, int from)
    {
        for (var m = from; m < tokens.Count; m++)
        {
            if (tokens[m].Kind is TokenKind.Comma or TokenKind.Break)
            {
                return m;
            }

            if (tokens[m].Kind == TokenKind.Quotation && m + 1 < tokens.Count && EndsWithComma(text, tokens[m]))
            {
                return m + 1;
            }
        }

        return tokens.Count;
    }

    /// <summary>
    /// The last token of a subject that ends, before its verb's comma, with <c>, however</c> or another connective
    /// adverb between commas (<c>The mayor, however, said …</c> → <c>The mayor</c>); else <paramref name="last"/>.
    /// </summary>
    private static int WithoutConnective(string text, List<Token> tokens, int last) =>
        last >= 2 && tokens[last - 1].Kind == TokenKind.Comma && tokens[last].Kind == TokenKind.Word && char.IsLower(text[tokens[last].Start]) &&
        SpeechCues.ConnectiveAdverbs.Contains(WordOf(text, tokens[last])) ? last - 2 : last;

    /// <summary>
    /// Where, in a tail attribution's source (<c>Ana Lima, 31, from Tema, who said the plan …</c>), a relative clause opens
    /// that has a verb of saying of its own (<see cref="RelativeCueClause"/>): the index of its comma, or -1.
    /// </summary>
    private static int RelativeSpeechAt(ReadOnlySpan<char> who)
    {
        for (var at = who.IndexOf(", who ", StringComparison.Ordinal); at > 0; at = NextAt(who, at))
        {
            if (RelativeCueClause(who[(at + 6)..], out _, out _) >= 0)
            {
                return at;
            }
        }

        return -1;

        static int NextAt(ReadOnlySpan<char> who, int at)
        {
            var next = who[(at + 1)..].IndexOf(", who ", StringComparison.Ordinal);
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    /// <summary>
    /// After <c>who</c>: auxiliaries or adverbs, a speech cue in a finite form (not <c>-ing</c>, not passive), then an optional
    /// <c>that</c>; the index where the clause starts (-1 when the words do not open so), with the cue's position and length.
    /// </summary>
    private static int RelativeCueClause(ReadOnlySpan<char> rest, out int cueStart, out int cueLength)
    {
        cueStart = cueLength = 0;
        var position = 0;
        for (var words = 0; words < 4 && position < rest.Length; words++)
        {
            var space = rest[position..].IndexOf(' ');
            if (space <= 0)
            {
                return -1;
            }

            var word = rest.Slice(position, space);
            var kind = char.IsLower(word[0]) ? SpeechCues.Of(word) : CueKind.None;
            if (kind is CueKind.Say or CueKind.SayThat && !word.EndsWith("ing", StringComparison.Ordinal))
            {
                // A say-that verb needs "that" or a clause opener (observed voting, noted the report: objects); any cue's
                // preposition opens no clause (writes about the industry).
                cueStart = position;
                cueLength = space;
                var clause = position + space + 1;
                var nextEnd = rest[clause..].IndexOfAny(' ', ',');
                var next = nextEnd < 0 ? rest[clause..] : rest.Slice(clause, nextEnd);
                return next.IsEmpty || (!SpeechCues.ClauseOpeners.Contains(next) && (kind == CueKind.SayThat || SpeechCues.Prepositions.Contains(next)))
                    ? -1
                    : Layout.IsWordAt(rest, clause, "that") ? clause + 5 : clause;
            }

            if (!SpeechCues.Auxiliaries.Contains(word) && !(word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)))
            {
                return -1;
            }

            position += space + 1;
        }

        return -1;
    }

    /// <summary>
    /// After a direct quote's tail attribution (<c>“…,” said Ana Lima, 31, who said the mayor is best placed to deliver it.</c>),
    /// a relative clause with a verb of saying of its own is a reported statement, its source the relative pronoun as written
    /// (<c>who</c>, which coreference resolves to the name before it): the clause after the cue (and <c>that</c>) to the end of
    /// the sentence, three words or more.
    /// </summary>
    private static bool TryRelativeAfter(string text, int close, int end, List<FoundQuote> found)
    {
        var from = AfterClose(text, close);
        if (close < 0 || from >= end)
        {
            return false;
        }

        var tail = text.AsSpan(from, end - from);
        var at = RelativeSpeechAt(tail);
        if (at < 0 || tail[..at].IndexOfAny(Layout.DoubleQuotes) >= 0)
        {
            return false;
        }

        var rest = from + at + 6;
        var clause = RelativeCueClause(text.AsSpan(rest, end - rest), out var cueStart, out var cueLength);
        var start = rest + clause;
        var words = TrimFinal(text.AsSpan(start, StatementEndIn(text, start, end) - start));
        if (clause < 0 || Layout.CountWords(words, 3) < 3 || Layout.IsOpeningQuote(words[0]))
        {
            return false;
        }

        found.Add(new FoundQuote(QuoteKind.Reported, new TextSpan(start, words.Length), Sources.FromText("who"), text.Substring(rest + cueStart, cueLength)));
        return true;
    }

    /// <summary>
    /// The first token of a clause after a news dateline (<c>TEMA, Ghana (Wire) -</c>, <c>Tema (Wire) –</c>, or <c>(Wire) -</c> after
    /// a place the sentence splitter ended at its abbreviation, <c>TEMA, Fla.</c>) or a one-word
    /// opener and its comma (<c>Still,</c>), as <see cref="MainClauseStart"/> reads them; 0 otherwise (an opening time
    /// phrase is left to the caller, whose first comma may end a clause, not the phrase).
    /// </summary>
    private static int AfterDatelineOrOpener(string text, List<Token> tokens, int cue)
    {
        // "(Reuters) - President …": the agency's part of a dateline whose place ended a sentence of its own ("ORLANDO, Fla.").
        if (cue > 4 && tokens[0].Kind == TokenKind.Break && text[tokens[0].Start] == '(' && tokens[1].Kind == TokenKind.Word && char.IsUpper(text[tokens[1].Start]) &&
            tokens[2].Kind == TokenKind.Break && text[tokens[2].Start] == ')' && IsDashAt(text, tokens, 3))
        {
            return 4;
        }

        var start = MainClauseStart(text, tokens, cue);
        return start > 0 && (IsDashAt(text, tokens, start - 1) || start <= 3) ? start : 0;
    }

    /// <summary>
    /// Where a reported clause read as characters from <paramref name="start"/> ends before <paramref name="end"/>: at a
    /// semicolon, at a comma before a contrast (<c>, but</c>, <c>, while</c>: <see cref="SpeechCues.StatementEnds"/>), or at
    /// <c>and</c>/<c>but</c> before a past or finite verb (<c>… but took issue with …</c>: the subject's next predicate).
    /// </summary>
    private static int StatementEndIn(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var semicolon = span.IndexOf(';');
        var stop = semicolon < 0 ? end : start + semicolon;
        for (var i = 0; i < stop - start; i++)
        {
            if (span[i] != ' ' || i + 1 >= span.Length || !char.IsLower(span[i + 1]))
            {
                continue;
            }

            var wordEnd = span[(i + 1)..].IndexOfAny(' ', ',');
            var word = wordEnd < 0 ? span[(i + 1)..] : span.Slice(i + 1, wordEnd);
            if (i > 0 && span[i - 1] == ',' && SpeechCues.StatementEnds.Contains(word))
            {
                return start + i - 1;
            }

            if (word is "and" or "but" && wordEnd > 0 && i + 2 + wordEnd < span.Length)
            {
                var after = span[(i + 2 + wordEnd)..];
                var nextEnd = after.IndexOfAny(' ', ',');
                var next = nextEnd < 0 ? after : after[..nextEnd];
                if (!next.IsEmpty && char.IsLower(next[0]) && (IsPastTense(next) || SpeechCues.FiniteVerbs.Contains(next)))
                {
                    return start + (i > 0 && span[i - 1] == ',' ? i - 1 : i);
                }
            }
        }

        return stop;
    }

    /// <summary>
    /// Whether a reported statement (<paramref name="span"/>) ends with a quotation that holds the comma closing a subordinate
    /// clause, before the sentence's first quote that the quotation rules found (from <paramref name="from"/> in
    /// <paramref name="found"/>): <c>After the mayor said that the ferry was “far too old,” the chief said: “…”</c>. Such a
    /// statement is kept though it holds a quotation (a fragment no rule attributed).
    /// </summary>
    private static bool EndsAtCommaQuotationBefore(string text, TextSpan span, List<FoundQuote> found, int from)
    {
        var end = span.Start + span.Length;
        return from < found.Count && end <= found[from].Span.Start && end >= 2 && end <= text.Length &&
            text[end - 1] is '\u201d' or '"' or '\'' && text.AsSpan(span.Start, span.Length).TrimEnd("\"'\u201d").EndsWith(',');
    }
}
