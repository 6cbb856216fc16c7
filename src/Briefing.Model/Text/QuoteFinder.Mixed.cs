namespace Briefing.Model.Text;

/// <summary>The mixed-quote rule: reported speech that carries a quoted fragment (docs/quotes.md, "Mixed quotes").</summary>
internal static partial class QuoteFinder
{
    /// <summary>How many tokens a mixed quote's verb may stand before its quotation.</summary>
    private const int MaxMixedDistance = 12;

    /// <summary>How many tokens a mixed quote's verb may stand before its quotation when read back from the quotation.</summary>
    private const int MaxMixedReach = 16;

    /// <summary>How many later statements of a sentence a split-off statement may be moved past.</summary>
    private const int MaxShift = 4;

    /// <summary>
    /// In a sentence whose quotations no other rule attributed, a subject and a verb of saying or of characterising
    /// (<see cref="SpeechCues.CharacteriseVerbs"/>) within a few words before a quotation, with no clause break or
    /// other quotation in between, make one reported quote: the words after the verb, the quoted fragment included
    /// (<c>The senator accused the board of a “cover-up” on Monday.</c>); the sentence is read on after it
    /// (<c>…, saying …</c> takes the same source). A passive verb (<c>what is called “…”</c>) or a verb with no
    /// speaker before it leaves the quotation a scare quote.
    /// </summary>
    private static bool TryMixed(string text, int start, int end, QuoteBuffers buffers, List<(int Open, int Close)> quotations, bool afterAttribution = false, int statements = -1)
    {
        if (!CuePrefilter.HasQuotation(quotations, start, end))
        {
            return false; // a mixed quote reads around a quotation
        }

        var tokens = Tokenize(text, start, end, quotations, buffers.Tokens);
        var from = 0;
        Source? last = afterAttribution ? buffers.Found[^1].Source : null;
        var any = false;
        var held = statements;
        var heldEnd = buffers.Found.Count;
        for (var q = 0; q < tokens.Count; q++)
        {
            if (tokens[q].Kind != TokenKind.Quotation)
            {
                continue;
            }

            // Beside the sentence's statements (found[statements..], in text order), only a quotation outside them is read,
            // its verb after the last of them that ends before it.
            if (statements >= 0 && HeldBy(buffers.Found, heldEnd, ref held, tokens, q, ref from))
            {
                from = q + 1;
                continue;
            }

            // Each quotation is read back to the one before it or to the end of the last mixed quote (at most
            // MaxMixedDistance tokens): linear in the sentence.
            var stop = TryMixedBefore(text, tokens, from, q, buffers.Found, last, afterAttribution);
            if (stop > q)
            {
                any = true;
                last = buffers.Found[^1].Source;
                from = stop;
                q = stop - 1;
                continue;
            }

            from = q + 1;
        }

        return any;
    }

    /// <summary>
    /// A sentence with no quotation, right before a sentence that opens with one, whose subject and verb of characterising
    /// or calling (<see cref="SpeechCues.CharacteriseVerbs"/>, <c>called for</c>) come within its first words: the writer's
    /// summary of what the quotation then gives (<c>The harbour master defended the new fees. “They keep the ferries
    /// running,” she said.</c>) is a reported quote of the verb's object, the rest of the sentence. Without a quotation
    /// after it the verb is no cue (<c>The council criticised the fees.</c> reports no words).
    /// </summary>
    private static bool TrySummaryBefore(string text, int start, int end, QuoteBuffers buffers, List<(int Open, int Close)> quotations)
    {
        if (CuePrefilter.HasQuotation(quotations, start, end))
        {
            return false;
        }

        var tokens = Tokenize(text, start, end, quotations, buffers.Tokens);
        if (tokens.Count == 0 || (tokens[0].Kind == TokenKind.Word && SpeechCues.Subordinators.Contains(WordOf(text, tokens[0]))))
        {
            return false; // "While most rivals criticised the plan, Lee …": the main clause is another's
        }

        for (var i = 1; i < tokens.Count && i <= MaxMixedDistance; i++)
        {
            if (tokens[i].Kind == TokenKind.Break)
            {
                return false;
            }

            if (tokens[i].Kind != TokenKind.Word || !IsMixedVerb(text, tokens[i]) || IsPassive(text, tokens, i) ||
                (tokens[i - 1].Kind == TokenKind.Word && SpeechCues.NounDeterminers.Contains(WordOf(text, tokens[i - 1]))))
            {
                continue;
            }

            // A verb of saying reports its own statement (the reported pass's); "called" without a quoted name is as often a
            // summons (called him onto the stage, called for a vote) unless a pronoun and a noun phrase follow it (called him
            // a master at …); an -ing form is a verb only after a comma or an
            // auxiliary (not "Even those blaming …"), an -s form only before its object (not "the Friday attacks wore off").
            var verb = WordOf(text, tokens[i]);
            var before = tokens[i - 1].Kind == TokenKind.Word ? WordOf(text, tokens[i - 1]) : ",";
            if ((!SpeechCues.CharacteriseVerbs.Contains(verb) && SpeechCues.Of(verb) != CueKind.Call) || (verb.StartsWith("call", StringComparison.Ordinal) && !IsNamingObject(text, tokens, i + 1)) ||
                (verb.EndsWith("ing", StringComparison.Ordinal) && before is not "," && !SpeechCues.Auxiliaries.Contains(before) && !SpeechCues.Passive.Contains(before)) ||
                (verb.EndsWith('s') && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word && (SpeechCues.FiniteVerbs.Contains(WordOf(text, tokens[i + 1])) || SpeechCues.IrregularPast.Contains(WordOf(text, tokens[i + 1])) || WordOf(text, tokens[i + 1]).EndsWith("ed", StringComparison.Ordinal))))
            {
                return false;
            }

            var subject = MixedSubject(text, tokens, i);
            var space = subject.IndexOf(' ');
            if (subject.IsEmpty || !IsSubject(subject) || SpeechCues.Prepositions.Contains(space < 0 ? subject : subject[..space]) || HasFiniteWord(subject))
            {
                return false;
            }

            return AddClause(text, tokens, i + 1, tokens.Count, buffers.Found, Sources.FromText(subject.ToString()), verb);
        }

        return false;
    }

    /// <summary>
    /// The quoted fragments of a sentence that its reported statements (found[<paramref name="statements"/>..]) leave out
    /// (<c>X referred to Y as “…” but described Z as “…”</c>, the second a statement of its own) are read as mixed quotes, put in
    /// text order among them.
    /// </summary>
    private static void MixedBeside(string text, int start, int end, QuoteBuffers buffers, List<(int Open, int Close)> quotations, int statements)
    {
        var found = buffers.Found;
        var count = found.Count;
        if (!TryMixed(text, start, end, buffers, quotations, statements: statements))
        {
            return;
        }

        // Each new quote goes before the statements after it: a few per sentence, so the insertion is short.
        for (var r = count; r < found.Count; r++)
        {
            var quote = found[r];
            var k = r;
            while (k > statements && found[k - 1].Span.Start > quote.Span.Start)
            {
                found[k] = found[k - 1];
                k--;
            }

            found[k] = quote;
        }
    }

    /// <summary>
    /// Whether the quotation at token <paramref name="q"/> lies in one of the statements from found[<paramref name="held"/>]
    /// to found[<paramref name="count"/>] (in text order; <paramref name="held"/> moves past those that end before it, and <paramref name="from"/> past their
    /// tokens).
    /// </summary>
    private static bool HeldBy(List<FoundQuote> found, int count, ref int held, List<Token> tokens, int q, ref int from)
    {
        var open = tokens[q].Start;
        while (held < count && found[held].Span.Start + found[held].Span.Length <= open)
        {
            var stop = found[held].Span.Start + found[held].Span.Length;
            while (from < q && tokens[from].Start < stop)
            {
                from++;
            }

            held++;
        }

        return held < count && found[held].Span.Start < tokens[q].End; // a direct quote's span lies inside the marks
    }

    /// <summary>
    /// The mixed quote of the quotation at token <paramref name="first"/>, its verb at or after token <paramref name="from"/>:
    /// the token where the quote ends, or -1. <c>…, saying …</c> after a mixed quote of the sentence, or after a direct quote's
    /// attribution, is <paramref name="last"/>'s (that quote's source). When no verb of the lexicon stands within reach, a verb
    /// outside it is read by its form (<see cref="TryObjectBefore"/>).
    /// </summary>
    private static int TryMixedBefore(string text, List<Token> tokens, int from, int first, List<FoundQuote> found, Source? last, bool afterAttribution)
    {
        for (var i = first - 1; i >= from && first - i <= MaxMixedReach; i--)
        {
            if (tokens[i].Kind == TokenKind.Break)
            {
                return afterAttribution ? -1 : TryObjectBefore(text, tokens, from, first, found);
            }

            // "dismissed those reports as “…”": a cue word after a determiner is a noun.
            if (tokens[i].Kind != TokenKind.Word || !IsMixedVerb(text, tokens[i]) ||
                (i > 0 && tokens[i - 1].Kind == TokenKind.Word && SpeechCues.NounDeterminers.Contains(WordOf(text, tokens[i - 1]))))
            {
                continue;
            }

            // After a direct quote's attribution ("“…,” she said on CNN’s “This Week”") only a new predicate, an -ing form
            // after a comma or a verb after "and", is a mixed quote ("…, calling the plan “reckless”"); the attribution's own verb is not.
            if (afterAttribution && (i == 0 || !((tokens[i - 1].Kind == TokenKind.Comma && IsIngForm(text, tokens[i])) || WordOf(text, tokens[i - 1]) is "and")))
            {
                return -1;
            }

            // "what is called “…”", "so called “…”": a name for something, not words said; "was pictured in “The Crown”":
            // a quotation right after a preposition of place is a title.
            if (IsPassive(text, tokens, i) || (i > 0 && tokens[i - 1].Kind == TokenKind.Word && SpeechCues.NamingOpeners.Contains(WordOf(text, tokens[i - 1]))) ||
                (tokens[first - 1].Kind == TokenKind.Word && SpeechCues.PlacePrepositions.Contains(WordOf(text, tokens[first - 1])) && !OpensLowerCase(text, tokens[first])))
            {
                return -1;
            }

            Source source;
            if (last is not null && i > 0 && tokens[i - 1].Kind == TokenKind.Comma && (afterAttribution || i == from + 1) && IsIngForm(text, tokens[i]))
            {
                source = last;
            }
            else
            {
                var subject = MixedSubject(text, tokens, i);
                var space = subject.IndexOf(' ');
                if (subject.IsEmpty || !IsSubject(subject) || SpeechCues.Prepositions.Contains(space < 0 ? subject : subject[..space]) || HasFiniteWord(subject))
                {
                    return -1;
                }

                source = Sources.FromText(subject.ToString());
            }

            var clause = i + 1;
            if (clause < first && IsWordToken(text, tokens, clause, "that"))
            {
                clause++;
            }
            else if (SpeechCues.Of(WordOf(text, tokens[i])) == CueKind.Tell)
            {
                // "told a town hall in Salem on Monday that the plan is “…”": the listener is not what was said.
                for (var t = clause; t < first; t++)
                {
                    if (IsWordToken(text, tokens, t, "that"))
                    {
                        clause = t + 1;
                        break;
                    }
                }
            }

            var stop = MixedEnd(text, tokens, first);
            stop = SpeechCues.Of(WordOf(text, tokens[i])) == CueKind.Call ? CallEnd(text, tokens, i + 1, first, stop) : stop;
            return AddClause(text, tokens, clause, stop, found, source, WordOf(text, tokens[i])) ? stop : -1;
        }

        return afterAttribution ? -1 : TryObjectBefore(text, tokens, from, first, found);
    }

    /// <summary>How many tokens a mixed quote's verb outside the lexicon may stand before its quotation.</summary>
    private const int MaxObjectReach = 12;

    /// <summary>
    /// The mixed quote of the quotation at token <paramref name="first"/> whose verb is no word of the lexicon but a finite verb
    /// by its form after a subject (<c>The harbour master openly admires the pilots as “true professionals.”</c>,
    /// <c>The union has been steadily pressing the board over its “broken promises.”</c>): the verb's object up to the end of
    /// the fragment. The token where the quote ends, or -1.
    /// </summary>
    private static int TryObjectBefore(string text, List<Token> tokens, int from, int first, List<FoundQuote> found)
    {
        var quotation = tokens[first];
        var (open, length) = QuotedWords(text, quotation.Start, QuotationClose(text, quotation));
        if (IsTitle(text.AsSpan(open, length)))
        {
            return -1; // "starred in “The Long Tide”": a title is no one's words
        }

        if (Layout.CountWords(text.AsSpan(open, length), MinContextWords) >= MinContextWords && !PersonBeforeQuotation(text, tokens, first).IsEmpty)
        {
            return -1; // "She expects them to run “with far fewer crossings”": the speaker-in-context rule gives the quotation to her
        }

        // "took to the radio to accuse the board of a “cover-up”": the lexicon's verb after "to" gives the object; so does an -ing form
        // after "while" or a preposition ("spoke at the quay while backing the pilots as “true professionals”"), its subject the
        // finite verb's.
        var infinitive = -1;
        var comma = false;
        for (var i = first - 1; i >= from && first - i <= MaxObjectReach; i--)
        {
            if (tokens[i].Kind == TokenKind.Comma)
            {
                comma = true;
                continue;
            }

            if (tokens[i].Kind != TokenKind.Word)
            {
                return -1;
            }

            if (infinitive < 0 && i > 0 && ((IsWordToken(text, tokens, i - 1, "to") && (SpeechCues.Of(WordOf(text, tokens[i])) != CueKind.None || SpeechCues.CharacteriseVerbs.Contains(WordOf(text, tokens[i])))) ||
                (tokens[i - 1].Kind == TokenKind.Word && (IsWordToken(text, tokens, i - 1, "while") || SpeechCues.GerundPrepositions.Contains(WordOf(text, tokens[i - 1]))) &&
                 char.IsLower(text[tokens[i].Start]) && WordOf(text, tokens[i]).Length > 5 && IsIngForm(text, tokens[i]))))
            {
                infinitive = i;
                i--;
                continue;
            }

            // "made the point while showing …": a clause word between verb and fragment opens another clause ("that", "as",
            // "how", "what" and "whether" open the object itself).
            var word = WordOf(text, tokens[i]);
            if (SpeechCues.ClauseWords.Contains(word) && word is not ("that" or "as" or "how" or "what" or "whether"))
            {
                return -1;
            }

            if (!IsFiniteByForm(text, tokens, i, out var anchor))
            {
                continue;
            }

            if (IsPassive(text, tokens, i))
            {
                return -1;
            }

            var subject = anchor < i ? SubjectOf(text, tokens, anchor) : MixedSubject(text, tokens, i);
            var space = subject.IndexOf(' ');
            if (subject.IsEmpty || !IsSubject(subject) || SpeechCues.Prepositions.Contains(space < 0 ? subject : subject[..space]) || HasFiniteWord(subject) ||
                SpeechCues.RelativeSubjects.Contains(subject) || HasVerbForm(subject))
            {
                return -1; // "a donor who signed the “pledge”": the relative clause is the writer's description
            }

            // "The island waits for “the ferry”": an -s form with a preposition after it is said of a thing as often as by someone;
            // only a person's is read.
            if (!IsPastTense(WordOf(text, tokens[i])) && !IsIngForm(text, tokens[i]) && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word &&
                SpeechCues.Prepositions.Contains(WordOf(text, tokens[i + 1])) && !IsPersonLike(subject))
            {
                return -1;
            }

            // A comma inside the object only after "that" (<c>sniped that the pilot, new to the port, was “out of his depth”</c>):
            // elsewhere it ends the verb's clause.
            var verb = infinitive >= 0 ? infinitive : i;
            var that = verb + 1 < first && IsWordToken(text, tokens, verb + 1, "that");
            if (comma && !that)
            {
                return -1;
            }

            var clause = that ? verb + 2 : verb + 1;
            clause += clause < first && tokens[clause].Kind == TokenKind.Comma ? 1 : 0;
            var stop = MixedEnd(text, tokens, first);
            return AddClause(text, tokens, clause, stop, found, Sources.FromText(subject.ToString()), WordOf(text, tokens[verb])) ? stop : -1;
        }

        return -1;
    }

    /// <summary>
    /// Whether a subject reads as someone: its last word capitalised (a name), a personal pronoun or a role noun (<c>the pilot</c>),
    /// or its first word capitalised and no determiner (<c>Ana Lima of the port</c>).
    /// </summary>
    private static bool IsPersonLike(ReadOnlySpan<char> subject)
    {
        var last = subject[(subject.LastIndexOf(' ') + 1)..];
        var space = subject.IndexOf(' ');
        return char.IsUpper(last[0]) || SpeechCues.PersonSubjects.Contains(last) || Sources.IsRoleNoun(last) ||
            (char.IsUpper(subject[0]) && !SpeechCues.Determiners.Contains(space < 0 ? subject : subject[..space]));
    }

    /// <summary>
    /// Whether a subject holds a lower-case past tense or -ing form (<c>the report talked about giving voters …</c>): the word read as
    /// the verb is a noun of that clause's object.
    /// </summary>
    private static bool HasVerbForm(ReadOnlySpan<char> subject)
    {
        foreach (var range in subject.Split(' '))
        {
            var word = subject[range];
            if (word.Length > 0 && char.IsLower(word[0]) && !word.Contains('-') && (IsPastTense(word) || (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word at token <paramref name="i"/> reads as a finite verb by its form: a lower-case past tense, an -s form or an
    /// -ing form after a form of "be", after a word that can end a subject (not a determiner, preposition or conjunction).
    /// <paramref name="anchor"/> is the token the subject stands before: the verb, the first of the -ly adverbs before it (<c>openly admires</c>), or the "be" of an -ing form (<c>has been
    /// steadily pressing</c>).
    /// </summary>
    private static bool IsFiniteByForm(string text, List<Token> tokens, int i, out int anchor)
    {
        anchor = i;
        if (i == 0 || tokens[i - 1].Kind != TokenKind.Word || !char.IsLower(text[tokens[i].Start]))
        {
            return false;
        }

        var word = WordOf(text, tokens[i]);
        var before = WordOf(text, tokens[i - 1]);
        if (SpeechCues.Determiners.Contains(before) || SpeechCues.Prepositions.Contains(before) || SpeechCues.Coordinators.Contains(before) || before is "to")
        {
            return false;
        }

        // Adverbs in -ly between the subject (or "be") and the verb: "openly admires", "has been steadily pressing".
        var k = i - 1;
        while (k > 0 && WordOf(text, tokens[k]).EndsWith("ly", StringComparison.Ordinal) && tokens[k - 1].Kind == TokenKind.Word)
        {
            k--;
        }

        if (IsPastTense(word))
        {
            anchor = k + 1;
            return true;
        }

        var subjectEnd = WordOf(text, tokens[k]);
        if (word.EndsWith("ing", StringComparison.Ordinal))
        {
            anchor = k;
            return SpeechCues.Passive.Contains(subjectEnd) && subjectEnd is not ("get" or "got" or "gets");
        }

        if (word.Length <= 3 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) ||
            word.EndsWith("is", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) || i + 1 >= tokens.Count)
        {
            return false;
        }

        // An -s form is a plural noun as often as a verb: a verb after a name, a pronoun or a determiner and its noun, or before
        // a determiner, a pronoun or the quotation (not "young pilots in …", "the port's fees rose").
        var next = tokens[i + 1];
        var nextWord = next.Kind == TokenKind.Word ? WordOf(text, next) : [];
        var subjectLike = char.IsUpper(subjectEnd[0]) || SpeechCues.SubjectPronouns.Contains(subjectEnd) || SpeechCues.RelativeSubjects.Contains(subjectEnd) ||
            (k > 0 && tokens[k - 1].Kind == TokenKind.Word && SpeechCues.Determiners.Contains(WordOf(text, tokens[k - 1])));
        var objectLike = next.Kind == TokenKind.Quotation || (next.Kind == TokenKind.Word && (SpeechCues.Determiners.Contains(nextWord) || SpeechCues.ObjectPronouns.Contains(nextWord)));
        anchor = k + 1;
        return (subjectLike || objectLike) && (next.Kind != TokenKind.Word || (!SpeechCues.FiniteVerbs.Contains(nextWord) && !IsPastTense(nextWord)));
    }

    /// <summary>
    /// A reported statement of the sentence (found[<paramref name="from"/>..]) that holds a quoted fragment ends where
    /// a mixed quote ends (<see cref="MixedEnd"/>): <c>X said the plan was “a disaster,” referring to …</c> stops after
    /// the fragment. One pass over the sentence's tokens for all its statements.
    /// </summary>
    private static void EndAtFragments(string text, int start, int end, QuoteBuffers buffers, List<(int Open, int Close)> quotations, int from)
    {
        var found = buffers.Found;
        List<Token>? tokens = null;
        var k = 0;
        for (var r = from; r < found.Count; r++)
        {
            var span = found[r].Span;
            var spanEnd = span.Start + span.Length;
            var q = quotations.BinarySearch((span.Start, -1));
            q = q < 0 ? ~q : q;
            if (found[r].Kind != QuoteKind.Reported || q >= quotations.Count || quotations[q].Open >= spanEnd)
            {
                continue;
            }

            tokens ??= Tokenize(text, start, end, quotations, buffers.Tokens);
            while (k < tokens.Count && (tokens[k].Start < span.Start || tokens[k].Kind != TokenKind.Quotation))
            {
                k++;
            }

            if (k >= tokens.Count || tokens[k].Start >= spanEnd)
            {
                continue;
            }

            var stop = k + 1;
            var verb = -1;
            while (stop < tokens.Count && tokens[stop].Start < spanEnd && (verb = NextStatementVerb(text, tokens, stop)) < 0)
            {
                stop++;
            }

            // A call verb's statement is its object and the quoted name it gives (“called the plan “reckless” on Monday”).
            var call = stop;
            if (found[r].Cue is { } cue && SpeechCues.Of(cue) == CueKind.Call)
            {
                var opening = k;
                while (opening > 0 && tokens[opening - 1].Start >= span.Start)
                {
                    opening--;
                }

                call = CallEnd(text, tokens, opening, k, stop);
            }

            // "… was “a mistake,” Lee had a good night": a comma inside a closing mark and a capitalised word after it (the
            // subject of the writer's next clause) end the statement.
            for (var j = k + 1; j < call && tokens[j].Start < spanEnd; j++)
            {
                if (tokens[j - 1].Kind == TokenKind.Quotation && EndsWithComma(text, tokens[j - 1]) && tokens[j].Kind == TokenKind.Word && char.IsUpper(text[tokens[j].Start]))
                {
                    call = j;
                    break;
                }
            }

            call = Math.Min(call, WritersBreakAfter(text, tokens, k, stop));
            if (verb < 0 && call >= stop)
            {
                continue;
            }

            var to = verb + 1;
            while (verb >= 0 && to < tokens.Count && tokens[to].Start < spanEnd)
            {
                to++;
            }

            stop = Math.Min(stop, call);

            while (stop > k + 1 && tokens[stop - 1].Kind is TokenKind.Comma or TokenKind.Break)
            {
                stop--;
            }

            found[r] = found[r] with { Span = new TextSpan(span.Start, tokens[stop - 1].End - span.Start) };
            if (verb < 0)
            {
                continue;
            }

            // What follows is a second statement of the same source ("… and said it was closer", ", adding that …"), put
            // in text order after it (past at most MaxShift later statements of the sentence: no quadratic shifting).
            var clause = verb + 1 < to && IsWordToken(text, tokens, verb + 1, "that") ? verb + 2 : verb + 1;
            if (found.Count - r - 1 <= MaxShift && AddClause(text, tokens, clause, to, found, found[r].Source, WordOf(text, tokens[verb])))
            {
                found.Insert(r + 1, found[^1]);
                found.RemoveAt(found.Count - 1);
            }
        }
    }

    /// <summary>
    /// Whether tokens from <paramref name="k"/> are an object pronoun (or <c>this</c>, <c>that</c>) and an article: a call verb
    /// naming something (<c>called him a master at …</c>, <c>calls this a false start</c>), not summoning (<c>called him onto the stage</c>).
    /// </summary>
    private static bool IsNamingObject(string text, List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Word && tokens[k + 1].Kind == TokenKind.Word &&
        WordOf(text, tokens[k]) is "him" or "her" or "them" or "it" or "this" or "that" && SpeechCues.Articles.Contains(WordOf(text, tokens[k + 1]));

    /// <summary>
    /// Where the writer's own words take over right after a quoted fragment (token <paramref name="k"/>) in a reported statement
    /// that ends at <paramref name="stop"/>, or <paramref name="stop"/>: a dash after the closing mark (<c>… the “anchor” — a play
    /// on words …</c>), <c>and</c> (<c>then</c>, <c>also</c>) and a past tense that is no cue (<c>… “systemic racism” and highlighted
    /// her plans …</c>: a second predicate of the sentence's subject), or <c>and</c> and a cue within three words (<c>21 percent said
    /// “not likely” and 14 percent said …</c>: a second speaker, whose quoted fragment is read beside the statement).
    /// </summary>
    private static int WritersBreakAfter(string text, List<Token> tokens, int k, int stop)
    {
        var j = k + 1;
        if (j >= stop || j >= tokens.Count)
        {
            return stop;
        }

        if (tokens[j].Kind == TokenKind.Break && IsDashAt(text, tokens, j))
        {
            return j;
        }

        // "… a “personal insult” if they did not vote, implicitly putting his name on the line": a participle (an -ly adverb
        // before it or not) after a comma is the writer's.
        for (var c = j; c < stop && c < tokens.Count - 1; c++)
        {
            var p = c + 1 < tokens.Count && tokens[c + 1].Kind == TokenKind.Word && WordOf(text, tokens[c + 1]).EndsWith("ly", StringComparison.Ordinal) ? c + 2 : c + 1;
            if (tokens[c].Kind == TokenKind.Comma && p < tokens.Count && tokens[p].Kind == TokenKind.Word && char.IsLower(text[tokens[p].Start]) && IsIngForm(text, tokens[p]) &&
                WordOf(text, tokens[p]).Length > 5)
            {
                return c;
            }
        }

        if (!IsWordToken(text, tokens, j, "and"))
        {
            return stop;
        }

        var next = j + 1;
        while (next < tokens.Count && next < j + 3 && (IsWordToken(text, tokens, next, "then") || IsWordToken(text, tokens, next, "also")))
        {
            next++;
        }

        if (next < tokens.Count && tokens[next].Kind == TokenKind.Word && char.IsLower(text[tokens[next].Start]) && IsPastTense(WordOf(text, tokens[next])) &&
            SpeechCues.Of(WordOf(text, tokens[next])) == CueKind.None && !SpeechCues.CharacteriseVerbs.Contains(WordOf(text, tokens[next])))
        {
            return j;
        }

        for (var c = j + 2; c < tokens.Count && c <= j + 4 && tokens[c].Kind == TokenKind.Word; c++)
        {
            if (char.IsLower(text[tokens[c].Start]) && SpeechCues.Of(WordOf(text, tokens[c])) is CueKind.Say && !IsIngForm(text, tokens[c]))
            {
                return j;
            }
        }

        return stop;
    }

    /// <summary>
    /// The verb of a second statement that token <paramref name="k"/> opens after a quoted fragment, or -1: a comma and a
    /// verb of saying or characterising in -ing form (<c>…, referring to …</c>, also after a comma inside the closing
    /// mark), or <c>and</c>/<c>but</c> and such a verb in any form (<c>… and said …</c>, <c>… but suggesting …</c>).
    /// </summary>
    private static int NextStatementVerb(string text, List<Token> tokens, int k)
    {
        var verb = k;
        var conjunction = tokens[k].Kind == TokenKind.Word && WordOf(text, tokens[k]) is "and" or "but";
        if (tokens[k].Kind is TokenKind.Comma || conjunction)
        {
            verb = k + 1;
        }
        else if (tokens[k - 1].Kind != TokenKind.Quotation || !EndsWithComma(text, tokens[k - 1]))
        {
            return -1;
        }

        return verb < tokens.Count && tokens[verb].Kind == TokenKind.Word && IsMixedVerb(text, tokens[verb]) && (conjunction || IsIngForm(text, tokens[verb])) &&
            !IsPassive(text, tokens, verb) ? verb : -1;
    }

    /// <summary>Whether a quotation's first letter is lower-case (<c>“disarray”</c>): a fragment of speech, not a title.</summary>
    private static bool OpensLowerCase(string text, Token quotation)
    {
        for (var k = quotation.Start; k < quotation.End; k++)
        {
            if (char.IsLetter(text[k]))
            {
                return char.IsLower(text[k]);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a subject without an apposition holds a finite verb or <c>not</c> before its last two words (<c>He did not
    /// address his series of tweets</c>): it is a clause, and the word read as the verb (<c>tweets</c>) a noun. An
    /// auxiliary at its end (<c>the group is calling</c>) is the verb's own.
    /// </summary>
    private static bool HasFiniteWord(ReadOnlySpan<char> subject)
    {
        if (subject.Contains(','))
        {
            return false;
        }

        var words = Layout.CountWords(subject, int.MaxValue);
        var index = 0;
        foreach (var range in subject.Split(' '))
        {
            var word = subject[range];
            if (index++ < words - 2 && (word is "not" || SpeechCues.FiniteVerbs.Contains(word)))
            {
                return true;
            }
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
            (SpeechCues.Of(word) != CueKind.None || SpeechCues.CharacteriseVerbs.Contains(word));
    }

    /// <summary>
    /// Where a mixed quote ends: at the first comma or clause break after its first quotation (unless another quotation
    /// follows right away: <c>“A,” “B”</c>), or at a clause word there (<c>… “hurtful” and warned …</c>). An
    /// <c>and</c> or <c>or</c> before an indefinite article joins a second object to the first, not a clause
    /// (<c>condemned the test as “reckless” and a “grave threat” to the region</c>).
    /// </summary>
    private static int MixedEnd(string text, List<Token> tokens, int first)
    {
        for (var k = first + 1; k < tokens.Count; k++)
        {
            var next = k + 1 < tokens.Count ? tokens[k + 1].Kind : TokenKind.Word;
            if (next == TokenKind.Quotation ||
                (next == TokenKind.Word && (IsWordToken(text, tokens, k, "and") || IsWordToken(text, tokens, k, "or")) && WordOf(text, tokens[k + 1]) is "a" or "an"))
            {
                continue;
            }

            // "“…,” claiming …": a comma inside the closing mark ends the clause as one after it does.
            if (tokens[k - 1].Kind == TokenKind.Quotation && EndsWithComma(text, tokens[k - 1]))
            {
                return k;
            }

            if (tokens[k].Kind is TokenKind.Comma or TokenKind.Break ||
                (tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && SpeechCues.ClauseWords.Contains(WordOf(text, tokens[k])) && WordOf(text, tokens[k]) is not "that"))
            {
                return k;
            }
        }

        return tokens.Count;
    }

    /// <summary>
    /// Where the statement of a call verb ends (<see cref="CueKind.Call"/>: <c>called the plan “reckless” on Monday</c>), the
    /// statement's own end being <paramref name="stop"/>: right after the quotation at token <paramref name="first"/>, or after
    /// the last of quotations joined to it by <c>and</c>, <c>or</c> or a comma (<c>called him “a liar” and “a fraud”</c>).
    /// Not when the quotation is in a phrase after a preposition (<c>slammed the board for its “failures” in …</c>) or
    /// another quotation follows before <paramref name="stop"/> (<c>called him “a child” who acts “as if …”</c>): the
    /// words around the names are the speaker's too.
    /// </summary>
    private static int CallEnd(string text, List<Token> tokens, int from, int first, int stop)
    {
        for (var j = from; j < first; j++)
        {
            if (tokens[j].Kind == TokenKind.Word && char.IsLower(text[tokens[j].Start]) && SpeechCues.Prepositions.Contains(WordOf(text, tokens[j])))
            {
                return stop;
            }
        }

        var k = first + 1;
        while (k < tokens.Count)
        {
            if (tokens[k].Kind == TokenKind.Quotation)
            {
                k++;
            }
            else if (k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Quotation && (tokens[k].Kind == TokenKind.Comma || IsWordToken(text, tokens, k, "and") || IsWordToken(text, tokens, k, "or")))
            {
                k += 2;
            }
            else
            {
                break;
            }
        }

        for (var j = k; j < stop; j++)
        {
            if (tokens[j].Kind == TokenKind.Quotation)
            {
                return stop;
            }
        }

        // "called the pier “a mistake” because few ships use it": a reason, comparison or purpose after the name goes on to the
        // next comma or clause break (at most MaxMixedDistance tokens), unless the name closed with a comma.
        if (k < tokens.Count && tokens[k - 1].Kind == TokenKind.Quotation && !EndsWithComma(text, tokens[k - 1]) && tokens[k].Kind == TokenKind.Word &&
            char.IsLower(text[tokens[k].Start]) && SpeechCues.CallComplementOpeners.Contains(WordOf(text, tokens[k])) &&
            !(WordOf(text, tokens[k]) is "as" && k + 1 < tokens.Count && SpeechCues.PersonSubjects.Contains(WordOf(text, tokens[k + 1]))))
        {
            // ("“…” as he promised …": "as" opening a clause of its own is the writer's)
            var end = k + 1;
            while (end < tokens.Count && end - k <= MaxMixedDistance && tokens[end].Kind == TokenKind.Word)
            {
                end++;
            }

            if (end >= tokens.Count || tokens[end].Kind is TokenKind.Comma or TokenKind.Break)
            {
                return end;
            }
        }

        return Math.Min(k, stop);
    }

    /// <summary>The speaker of the mixed quote's verb: the name opening the sentence for <c>…, calling …</c>, else the verb's own subject.</summary>
    private static ReadOnlySpan<char> MixedSubject(string text, List<Token> tokens, int verb)
    {
        if (IsIngForm(text, tokens[verb]))
        {
            return verb > 0 && tokens[verb - 1].Kind == TokenKind.Comma ? ParticipleSubject(text, tokens, verb) : Sources.WithoutTrailingAuxiliaries(StripWith(SubjectOf(text, tokens, verb)));
        }

        var subject = SubjectOf(text, tokens, verb);
        return subject.IsEmpty && IsCoordinated(text, tokens, verb) ? LeadingSubject(text, tokens) : subject;
    }
}
