namespace Briefing.Model.Text;

/// <summary>A quote found in a block, before it is numbered.</summary>
/// <param name="Kind">Direct or reported.</param>
/// <param name="Span">The quoted words (direct, inside the marks) or the reported clause.</param>
/// <param name="Source">Who said it.</param>
/// <param name="Cue">The introducing words as written; <see langword="null"/> for a quote that continues the previous one.</param>
internal readonly record struct FoundQuote(QuoteKind Kind, TextSpan Span, Source Source, string? Cue);

/// <summary>What a token of a sentence is, for the reported-speech rules.</summary>
internal enum TokenKind : byte
{
    /// <summary>A word (letters, digits and the marks inside them).</summary>
    Word,

    /// <summary>A comma.</summary>
    Comma,

    /// <summary>A clause break: semicolon, colon, dash or bracket.</summary>
    Break,

    /// <summary>A whole quotation, marks included.</summary>
    Quotation,
}

/// <summary>A token of a sentence: [Start, End) in the block's text.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind);

/// <summary>
/// Finds direct quotes and reported statements in one block's text (docs/quotes.md gives the rules).
/// Linear in the text: quotation marks are paired in one pass, sentences are split in one pass
/// (quotations are opaque to the split), each sentence is cut into tokens once, and each rule looks
/// at a bounded window of tokens around a cue word of <see cref="SpeechCues"/>.
/// </summary>
internal static partial class QuoteFinder
{
    private const int MaxSourceWords = 25;
    private const int MaxSubjectWords = 12;
    private const int MaxTailSubjectWords = 6;
    private const int MaxTailWords = 16;
    private const int MaxThatDistance = 16;
    private const int MaxSingleQuotation = 2000;

    private const string AccordingTo = "according to";

    /// <summary>Marks that end a source after "according to": a comma, dash, bracket or semicolon.</summary>
    private static readonly System.Buffers.SearchValues<char> SourceEnds = System.Buffers.SearchValues.Create(",;(\u2014\u2013");

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:(\u2014\u2013");

    /// <summary>
    /// The quotes of <paramref name="text"/>, in text order, in <paramref name="buffers"/>'
    /// <see cref="QuoteBuffers.Found"/> list: valid until the next call with the same buffers.
    /// With <paramref name="carry"/>, the block continues the previous one searched with carry:
    /// a block that opens with a bare quotation continues the quote the previous block ended with
    /// (<see cref="QuoteBuffers.Carried"/>), and this block's last quote is carried on. A block that ends
    /// with a cue and a colon (<c>The minister said:</c>) introduces the quotation that opens the next one
    /// (<see cref="QuoteBuffers.LeadIn"/>).
    /// </summary>
    public static List<FoundQuote> Find(string text, QuoteBuffers buffers, bool carry = false)
    {
        var found = buffers.Found;
        found.Clear();
        var quotations = FindQuotations(text, buffers.Quotations);
        var sentences = Sentences.Split(text, quotations, buffers.Sentences);
        var carried = carry ? buffers.Carried : null;
        var leadIn = carried is null ? null : buffers.LeadIn;
        buffers.LeadIn = null;

        if (TryInterview(text, quotations, out var interview))
        {
            found.Add(interview);
        }
        else
        {
            FindInSentences(text, buffers, quotations, sentences, carried, leadIn);
            AttributeFromContext(text, buffers, quotations, sentences, found);
            AddBlockQuotation(text, quotations, found, leadIn);
        }

        if (carry)
        {
            var last = found.Count > 0 ? found[^1] : default;
            buffers.Carried = found.Count > 0 && last.Span.End >= sentences[^1].Start ? last.Source : null;
            if (EndsWithLeadIn(text, quotations, sentences[^1].Start, out var lead))
            {
                buffers.LeadIn = lead;
                buffers.Carried = lead.Source;
            }
        }

        return found;
    }

    /// <summary>
    /// A block with no quotation marks and no quote of its own after a block that ends with a lead-in (<c>In a speech last
    /// July, he said:</c>) is the quotation set off as its own paragraph, a block quotation: the whole block is a direct
    /// quote of the lead-in's source.
    /// </summary>
    private static void AddBlockQuotation(string text, List<(int Open, int Close)> quotations, List<FoundQuote> found, (Source Source, string? Cue)? leadIn)
    {
        // The lead-in must hold a verb of saying ("Hewitt writes:"), not only a colon ("CORRECTION:", "Watch:").
        if (leadIn is not { } lead || quotations.Count > 0 || found.Count > 0 || lead.Cue is null || lead.Cue.Length < 2 || !char.IsLetter(lead.Cue[0]))
        {
            return;
        }

        var start = text.Length - text.AsSpan().TrimStart().Length;
        var end = text.AsSpan().TrimEnd().Length;
        if (end - start > 0 && Layout.CountWords(text.AsSpan(start, end - start), 4) >= 4)
        {
            found.Add(new FoundQuote(QuoteKind.Direct, new TextSpan(start, end - start), lead.Source, lead.Cue));
        }
    }

    /// <summary>
    /// Whether the text ends with a lead-in for the next block: a cue clause and a colon after the last
    /// quotation (<c>The minister told reporters:</c>), read as <see cref="TryLeadIn"/> reads one before an opening mark.
    /// </summary>
    private static bool EndsWithLeadIn(string text, List<(int Open, int Close)> quotations, int lastSentence, out (Source Source, string? Cue) lead)
    {
        lead = default;
        var end = text.AsSpan().TrimEnd().Length;
        if (end == 0 || text[end - 1] != ':')
        {
            return false;
        }

        var leadStart = quotations.Count > 0 ? Math.Max(lastSentence, AfterClose(text, quotations[^1].Close)) : lastSentence;
        if (leadStart >= end || !TryLeadIn(text, leadStart, end, out var source, out var cue))
        {
            return false;
        }

        lead = (source, cue);
        return true;
    }

    private static void FindInSentences(string text, QuoteBuffers buffers, List<(int Open, int Close)> quotations, List<(int Start, int End)> sentences, Source? carried, (Source Source, string? Cue)? leadIn)
    {
        var found = buffers.Found;
        var q = 0;
        var previousClose = -1;
        Source? previous = carried;
        var tailSentence = -1; // a sentence that was the attribution of the quotation before it
        for (var s = 0; s < sentences.Count; s++)
        {
            var (sentenceStart, sentenceEnd) = sentences[s];
            var used = s == tailSentence;
            var attributionOnly = used;
            var foundBefore = found.Count;
            var quotationsBefore = q;
            var mixedClose = -1; // the closing mark of the sentence's last mixed quote with a tail attribution
            (Source Source, string? Cue, int Open)? splitBy = null; // a tail attribution that runs up to the next quotation
            while (q < quotations.Count && quotations[q].Open < sentenceEnd)
            {
                var (open, close) = quotations[q];
                q++;
                if (open < sentenceStart)
                {
                    continue;
                }

                var leadStart = Math.Max(sentenceStart, previousClose < 0 ? 0 : AfterClose(text, previousClose));
                var nextOpen = q < quotations.Count ? quotations[q].Open : -1;
                var tailEnd = Math.Min(sentenceEnd, nextOpen < 0 ? sentenceEnd : nextOpen);
                previousClose = close;
                // “Who will pay?” Trump asked. — a question or exclamation ends its sentence, and the attribution follows as the next.
                // “We will win.” Lena Park said. — so does a full stop, when the next sentence is only the attribution.
                var nextTail = s + 1 < sentences.Count && AfterClose(text, close) >= sentenceEnd && close > 0 && close < text.Length &&
                    (text[close - 1] is '?' or '!' || (text[close - 1] == '.' && IsBareAttribution(text.AsSpan(sentences[s + 1].Start, sentences[s + 1].End - sentences[s + 1].Start))));
                if (nextTail)
                {
                    tailEnd = Math.Min(sentences[s + 1].End, nextOpen < 0 ? sentences[s + 1].End : nextOpen);
                }

                var byTail = false;
                if (IsSplitByTail(text, splitBy, leadStart, open, out var source, out var cue) ||
                    TryLeadIn(text, leadStart, open, out source, out cue) ||
                    TryVoicedQuotation(text, leadStart, open, close, out source, out cue) ||
                    ((byTail = TryTail(text, open, close, tailEnd, text.AsSpan(leadStart, open - leadStart).IsWhiteSpace(), out source, out cue)) && (!nextTail || (tailSentence = s + 1) > 0)) ||
                    ((byTail = TryTailOverTitle(text, quotations, ref q, open, close, tailEnd, nextTail ? sentences[s + 1].End : sentenceEnd, text.AsSpan(leadStart, open - leadStart).IsWhiteSpace(), ref previousClose, out source, out cue)) &&
                        (!nextTail || (tailSentence = s + 1) > 0)) ||
                    IsLedInBefore(leadIn, open, sentences[0].Start, out source, out cue) ||
                    (found.Count > foundBefore && IsAddingLeadIn(text, found[^1].Source, leadStart, open, out source, out cue)) ||
                    IsContinuation(text, previous, open, close, sentenceStart, sentenceEnd, out source, out cue))
                {
                    var (contentStart, length) = QuotedWords(text, open, close);

                    // "The plan was “a gift to speculators,” she said.": a fragment that goes on the sentence's own clause is a
                    // mixed quote of the whole clause; a title in it (on CNN’s “New Day,” she said) is no one's words.
                    var clauseStart = byTail && leadStart == sentenceStart ? MixedTailStart(text, sentenceStart, open, close) : -1;
                    if ((clauseStart >= 0 || IsTitleSlot(text, sentenceStart, open)) && IsTitle(text.AsSpan(contentStart, length)))
                    {
                        continue;
                    }

                    if (length > 0 && clauseStart >= 0)
                    {
                        found.Add(new FoundQuote(QuoteKind.Reported, new TextSpan(clauseStart, AfterClose(text, close) - clauseStart), source, cue));
                        previous = source;
                        used = true;
                        mixedClose = close;
                    }
                    else if (length > 0)
                    {
                        found.Add(new FoundQuote(QuoteKind.Direct, new TextSpan(contentStart, length), source, cue));
                        splitBy = byTail && !nextTail && tailEnd == nextOpen && EndsInComma(text, close) ? (source, cue, nextOpen) : null;
                        previous = source;
                        used = true;
                    }
                }
            }

            var reported = !used && TryReported(text, sentenceStart, sentenceEnd, buffers, quotations);
            if (reported || (!used && TryMixed(text, sentenceStart, sentenceEnd, buffers, quotations)))
            {
                EndAtFragments(text, sentenceStart, sentenceEnd, buffers, quotations, foundBefore);
                if (reported)
                {
                    MixedBeside(text, sentenceStart, sentenceEnd, buffers, quotations, foundBefore);
                }

                previous = found[^1].Source;
            }
            else if (used && !attributionOnly)
            {
                // A sentence with a direct quote may also report a statement in the writer's words before
                // its first quotation ("X said A and added: “B”"): the reported pass runs too, and keeps
                // only statements that end before that quotation (what follows a quotation is its
                // attribution), in text order.
                var firstOpen = FirstOpenFrom(quotations, quotationsBefore, q, sentenceStart);
                var mark = found.Count;
                if (TryReported(text, sentenceStart, sentenceEnd, buffers, quotations))
                {
                    var kept = 0;
                    var colon = ColonBefore(text, sentenceStart, firstOpen);
                    for (var r = mark; r < found.Count; r++)
                    {
                        var span = found[r].Span;
                        if (found[r].Kind == QuoteKind.Reported && span.Start < colon && span.Start + span.Length > firstOpen && found[r].Cue is { Length: > 0 } cue &&
                            Layout.LastIndexOfWord(text.AsSpan(sentenceStart, span.Start - sentenceStart), cue) >= 0 &&
                            Layout.CountWords(text.AsSpan(span.Start, colon - span.Start), 3) >= 3 && !Layout.IsWordAt(text.AsSpan(span.Start, colon - span.Start), 0, "it"))
                        {
                            // "Lima asserted that the port had lost its way: “…”": a statement whose cue comes before it ends at the colon
                            // that leads in the quotation (one attributed after the quotation is not cut: the words before the colon are the
                            // writer's; nor is "explained it this way:", whose words are the quotation's).
                            span = new TextSpan(span.Start, text.AsSpan(span.Start, colon - span.Start).TrimEnd().Length);
                            found[r] = found[r] with { Span = span };
                        }

                        if (found[r].Kind == QuoteKind.Reported && (span.Start + span.Length <= firstOpen || EndsAtCommaQuotationBefore(text, span, found, foundBefore)) && (IsAskedQuestion(found[r]) || !IsOpeningPhrase(text.AsSpan(span.Start, span.Length))))
                        {
                            found.Insert(foundBefore + kept++, found[r]);
                            found.RemoveAt(r + 1);
                        }
                    }

                    found.RemoveRange(mark + kept, found.Count - mark - kept);
                }

                // "“…,” he said, adding that clause." — the attribution goes on with a second statement of the same source.
                if (found.Count > foundBefore && (found[^1].Kind == QuoteKind.Direct || mixedClose >= 0))
                {
                    var close = found[^1].Kind == QuoteKind.Direct ? CloseHolding(quotations, quotationsBefore, q, found[^1].Span.Start) : mixedClose;
                    if (!TryAddingAfter(text, close, sentenceEnd, found[^1].Source, found) && !TryRelativeAfter(text, close, sentenceEnd, found) && close >= 0)
                    {
                        // "“…,” she said, calling the plan “reckless.”" — a quoted fragment after the attribution.
                        TryMixed(text, AfterClose(text, close), sentenceEnd, buffers, quotations, afterAttribution: true);
                    }
                }
            }

            if (found.Count == foundBefore && !attributionOnly && s + 1 < sentences.Count && OpensWithQuotation(text, quotations, q, sentences[s + 1].Start) &&
                TrySummaryBefore(text, sentenceStart, sentenceEnd, buffers, quotations))
            {
                previous = found[^1].Source;
            }

            if (found.Count == foundBefore && !attributionOnly && previous is not null && NamesAnotherPerson(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart), previous))
            {
                previous = null; // "“…,” Ana Lima said. The harbour master was blunt. “…”": the bare quotation is not Ana Lima's
            }
        }
    }

    /// <summary>Where the colon right before the opening mark at <paramref name="open"/> stands (<c>X said A: “…”</c>), or -1.</summary>
    private static int ColonBefore(string text, int start, int open)
    {
        if (open >= text.Length || open <= start)
        {
            return -1;
        }

        var lead = text.AsSpan(start, open - start).TrimEnd();
        return lead.Length > 0 && lead[^1] == ':' ? start + lead.Length - 1 : -1;
    }

    /// <summary>Whether the sentence at <paramref name="start"/> opens with a quotation (quotations[<paramref name="q"/>..] are those not yet read).</summary>
    private static bool OpensWithQuotation(string text, List<(int Open, int Close)> quotations, int q, int start)
    {
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return q < quotations.Count && quotations[q].Open == start;
    }

    /// <summary>
    /// Where the clause of a mixed quote with a tail attribution starts (<c>The plan was “a gift,” she said.</c>), or -1:
    /// the quotation ends in a comma (inside or after the closing mark), and the sentence's words before it are three or more
    /// and go on into it (no comma, colon or dash before the opening mark), not a short opening phrase (<c>In a few more
    /// years “…,” she said</c>). The clause starts after an opening subordinate clause's comma and after the last
    /// <c>, and</c>, <c>, but</c> or semicolon, and after a verb of saying in -ing form after a comma (<c>…, calling the plan
    /// “reckless,” she said</c>: <c>the plan “reckless,”</c>).
    /// </summary>
    private static int MixedTailStart(string text, int start, int open, int close)
    {
        var before = text.AsSpan(start, open - start);
        var words = before.Trim();
        var after = AfterClose(text, close);
        if (close <= 0 || close >= text.Length || !(text[close - 1] == ',' || (after < text.Length && text[after] == ',')) ||
            (Layout.CountWords(words, 3) < 3 && !IsSubjectAndFinite(words)) || words[^1] is ',' or ':' or ';' or '(' or '\u2014' or '\u2013' or '-' or '.' or '!' or '?' || IsOpeningPhrase(words))
        {
            return -1;
        }

        // The clause is the last one before the quotation: past ", and" / ", but" / ";" (the writer's own clause before it) and
        // past an opening subordinate clause ("While it is unclear …, the group is “…,” she said").
        var from = before.Length - before.TrimStart().Length;
        var first = words[..Math.Max(0, words.IndexOf(' '))];
        var comma = words.IndexOf(',');
        if (comma > 0 && SpeechCues.Subordinators.Contains(first))
        {
            from += comma + 1;
        }

        for (var i = from; i < before.Length; i++)
        {
            if (before[i] == ';' || (before[i] == ',' && (Layout.IsWordAt(before, i + 2, "and") || Layout.IsWordAt(before, i + 2, "but"))))
            {
                from = i + 1;
            }
            else if (before[i] == ',' && i + 2 < before.Length && char.IsLower(before[i + 2]))
            {
                // ", calling the plan “…,” she said": the fragment is the participle's; its text starts after a verb of saying.
                var end = i + 2;
                while (end < before.Length && char.IsLetter(before[end]))
                {
                    end++;
                }

                var word = before[(i + 2)..end];
                if (word.EndsWith("ing", StringComparison.Ordinal) && (SpeechCues.Of(word) != CueKind.None || SpeechCues.CharacteriseVerbs.Contains(word)))
                {
                    from = end;
                }
            }
        }

        while (from < before.Length && (char.IsWhiteSpace(before[from]) || Layout.IsWordAt(before, from, "and") || Layout.IsWordAt(before, from, "but")))
        {
            from += char.IsWhiteSpace(before[from]) ? 1 : 3;
        }

        return Layout.CountWords(before[from..], 3) < 3 && !IsSubjectAndFinite(before[from..].Trim()) ? -1 : start + from;
    }

    /// <summary>Two words, a capitalised subject and a finite verb (<c>Oz is “…,” she wrote</c>): a clause, however short.</summary>
    private static bool IsSubjectAndFinite(ReadOnlySpan<char> words)
    {
        var space = words.IndexOf(' ');
        return space > 0 && char.IsUpper(words[0]) && words[(space + 1)..].IndexOf(' ') < 0 && SpeechCues.FiniteVerbs.Contains(words[(space + 1)..]);
    }

    /// <summary>
    /// Whether a sentence is only an attribution (<c>Lena Park said.</c>, <c>said the mayor.</c>, <c>she told reporters on
    /// Monday.</c>): at most ten words, one of them a lower-case verb of saying with no comma or form of "be" before it and at
    /// most four words after it: a name, a preposition, a time, a listener or an adverb first, and none a subject pronoun, a
    /// finite verb or <c>that</c> (<c>He said the plan would …</c> reports a statement of its own).
    /// </summary>
    private static bool IsBareAttribution(ReadOnlySpan<char> sentence)
    {
        var index = 0;
        var cue = -1;
        foreach (var range in sentence.Split(' '))
        {
            var word = TrimWord(sentence[range]);
            if (word.IsEmpty)
            {
                continue;
            }

            if (index > 9 || (cue >= 0 && (index - cue > 4 || word is "that" || SpeechCues.SubjectPronouns.Contains(word) || SpeechCues.FiniteVerbs.Contains(word))) ||
                (index == cue + 1 && char.IsLower(word[0]) && !SpeechCues.Prepositions.Contains(word) && !SpeechCues.TimeWords.Contains(word) &&
                 !SpeechCues.Listeners.Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal)))
            {
                return false;
            }

            if (cue < 0 && (sentence[range].EndsWith(',') || SpeechCues.Passive.Contains(word)))
            {
                return false; // "But he operates on a principle, he said.", "The move was first reported by …": a clause of its own
            }

            if (cue < 0 && char.IsLower(word[0]) && IsSpeech(SpeechCues.Of(word)))
            {
                cue = index;
            }

            index++;
        }

        return cue >= 0;
    }

    /// <summary>
    /// A short phrase that opens with a preposition or a subordinator (<c>In a few more years</c>,
    /// <c>If producers are squeezed</c>): it introduces the quotation after the cue, it is no statement of its own.
    /// </summary>
    private static bool IsOpeningPhrase(ReadOnlySpan<char> statement)
    {
        var space = statement.IndexOf(' ');
        var first = space < 0 ? statement : statement[..space];
        return statement.Count(' ') < 8 && (SpeechCues.Prepositions.Contains(first) || SpeechCues.Subordinators.Contains(first));
    }

    /// <summary>
    /// The closing mark of the one of <paramref name="quotations"/>[from..to] that holds <paramref name="at"/> (the last
    /// direct quote's start: a quoted fragment after its attribution is not it), or -1.
    /// </summary>
    private static int CloseHolding(List<(int Open, int Close)> quotations, int from, int to, int at)
    {
        for (var i = from; i < to; i++)
        {
            if (quotations[i].Open < at && at <= quotations[i].Close)
            {
                return quotations[i].Close;
            }
        }

        return -1;
    }

    /// <summary>
    /// After a quotation's attribution, a comma and a verb of saying in its -ing form (<c>, adding (that)
    /// clause</c>, <c>, saying …</c>: the reported pass's rule for a second statement) open a reported
    /// statement of the same source that runs to the end of the sentence (three words or more).
    /// </summary>
    private static bool TryAddingAfter(string text, int close, int end, Source source, List<FoundQuote> found)
    {
        if (close < 0 || close >= end)
        {
            return false;
        }

        for (var comma = NextComma(text, AfterClose(text, close), end); comma >= 0; comma = NextComma(text, comma + 1, end))
        {
            var wordStart = comma + 1;
            while (wordStart < end && text[wordStart] == ' ')
            {
                wordStart++;
            }

            var wordEnd = wordStart;
            while (wordEnd < end && char.IsLetter(text[wordEnd]))
            {
                wordEnd++;
            }

            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (!word.EndsWith("ing", StringComparison.Ordinal) || !IsSpeech(SpeechCues.Of(word)))
            {
                continue;
            }

            var start = wordEnd;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (Layout.IsWordAt(text.AsSpan(start, end - start), 0, "that"))
            {
                start += 4;
                while (start < end && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
            }

            var clause = TrimFinal(text.AsSpan(start, end - start));
            if (Layout.CountWords(clause, 3) < 3)
            {
                return false;
            }

            found.Add(new FoundQuote(QuoteKind.Reported, new TextSpan(start, clause.Length), source, word.ToString()));
            return true;
        }

        return false;
    }

    private static int NextComma(string text, int from, int end)
    {
        var at = from < end ? text.AsSpan(from, end - from).IndexOf(',') : -1;
        return at < 0 ? -1 : from + at;
    }

    /// <summary>The opening mark of the first of <paramref name="quotations"/>[from..to] that opens at or after <paramref name="start"/>.</summary>
    private static int FirstOpenFrom(List<(int Open, int Close)> quotations, int from, int to, int start)
    {
        for (var i = from; i < to; i++)
        {
            if (quotations[i].Open >= start)
            {
                return quotations[i].Open;
            }
        }

        return int.MaxValue;
    }

    /// <summary>
    /// Where the words of the quotation from <paramref name="open"/> to <paramref name="close"/> start, and how long they run:
    /// without a comma just inside the closing mark (<c>“…,” said X</c>), which belongs to the enclosing sentence.
    /// </summary>
    private static (int Start, int Length) QuotedWords(string text, int open, int close)
    {
        var start = ContentStart(text, open);
        var length = Math.Max(0, close - start);
        while (length > 0 && (text[start + length - 1] == ',' || char.IsWhiteSpace(text[start + length - 1])))
        {
            length--;
        }

        return (start, length);
    }

    /// <summary>The index of the first quoted character after the opening mark at <paramref name="open"/>.</summary>
    public static int ContentStart(string text, int open) => open + (text[open] == '\'' ? 2 : 1);

    /// <summary>The index just past the closing mark at <paramref name="close"/> (the text's length for a quotation left open).</summary>
    public static int AfterClose(string text, int close) => close >= text.Length ? text.Length : close + (text[close] == '\'' ? 2 : 1);

    /// <summary>
    /// Pairs quotation marks: double marks (straight, curly, low, guillemets), wire-style doubled
    /// apostrophes (<c>''…''</c>) and, outside double marks, curly single marks (<c>‘…’</c>). An opening
    /// mark is a curly/low/guillemet opener, or a straight mark at the start or after a space or
    /// bracket and before a non-space; the next closing mark of the same family closes it. A
    /// quotation with no closing mark runs to the end of the text (a quotation continued in the next
    /// paragraph) and ends the search. The pairs (opening mark, closing mark) go into
    /// <paramref name="list"/>, cleared first.
    /// </summary>
    public static List<(int Open, int Close)> FindQuotations(string text, List<(int Open, int Close)> list)
    {
        list.Clear();
        var i = 0;
        var flatUntil = 0; // before this index, quotations are not nested (a nested one found no closer on its line)
        while (i < text.Length)
        {
            var j = text.AsSpan(i).IndexOfAny(Layout.QuotationMarks);
            if (j < 0)
            {
                break;
            }

            j += i;
            var family = OpenerAt(text, j);
            if (family == 0)
            {
                i = j + 1;
                continue;
            }

            var close = FindCloser(text, family == '\'' ? j + 2 : j + 1, family, ref flatUntil);
            if (close < 0)
            {
                if (family == '\u2018')
                {
                    i = j + 1; // an apostrophe-like mark left open is not a quotation
                    continue;
                }

                list.Add((j, text.Length));
                break;
            }

            list.Add((j, close));
            i = AfterClose(text, close);
        }

        return list;
    }

    /// <summary>The family of the opening mark at <paramref name="index"/>: <c>"</c> for double marks, <c>'</c> for doubled apostrophes, <c>‘</c> for single curly; 0 when none opens there.</summary>
    private static char OpenerAt(string text, int index)
    {
        var c = text[index];
        var before = index == 0 || char.IsWhiteSpace(text[index - 1]) || text[index - 1] is '(' or '[' or '\u2014' or '\u2013' or '-' or '/';
        if (c == '\'')
        {
            return before && index + 2 < text.Length && text[index + 1] == '\'' && !char.IsWhiteSpace(text[index + 2]) && text[index + 2] != '\'' ? '\'' : '\0';
        }

        if (c == '\u2018')
        {
            return before && index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1]) ? '\u2018' : '\0';
        }

        if (c == '"')
        {
            return before && index + 1 < text.Length && !char.IsWhiteSpace(text[index + 1]) ? '"' : '\0';
        }

        // A closing mark typed at the start of a line, before a word (”We will …” for “We will …”), opens.
        // (An invisible format character, such as a left-to-right mark pasted with the text, may stand before it.)
        var back = index;
        while (back > 0 && back > index - 3 && char.GetUnicodeCategory(text[back - 1]) == System.Globalization.UnicodeCategory.Format)
        {
            back--;
        }

        var lineStart = back == 0 || text[back - 1] == '\n';
        return Layout.IsOpeningQuote(c) || (c == '\u201D' && lineStart && index + 1 < text.Length && char.IsLetterOrDigit(text[index + 1])) ? '"' : '\0';
    }

    private static int FindCloser(string text, int from, char family, ref int flatUntil)
    {
        // Single marks are also apostrophes: their quotation is looked for within a bounded window, so
        // that many openers without a closer stay linear. Double marks close at the next closing mark, or,
        // past a curly opening mark nested in the quotation (“… what he calls “hell” than …”), at the closing
        // mark that balances it on the same line. A line where that fails is not searched for nesting again.
        var limit = family == '"' ? text.Length : Math.Min(text.Length, from + MaxSingleQuotation);
        var k = from;
        var depth = 0;
        var first = -1;
        while (k < limit)
        {
            var m = family == '"' ? text.AsSpan(k).IndexOfAny(Layout.DoubleQuotes) : text.AsSpan(k, limit - k).IndexOf(family == '\'' ? '\'' : '\u2019');
            if (m < 0)
            {
                if (first >= 0)
                {
                    flatUntil = text.Length;
                }

                return first;
            }

            m += k;
            if ((depth > 0 || first >= 0) && text.AsSpan(k, m - k).Contains('\n'))
            {
                // The nesting did not balance on its line: the first closing mark closes.
                flatUntil = m;
                if (first >= 0)
                {
                    return first;
                }

                depth = 0;
            }

            // An opening mark typed after a word and before a space or punctuation (“… a fascist?“ he asked) closes.
            var typedAsCloser = family == '"' && text[m] == '\u201C' && m > from && !char.IsWhiteSpace(text[m - 1]) &&
                (m + 1 == text.Length || char.IsWhiteSpace(text[m + 1]) || text[m + 1] is ',' or '.' or ';' or ':' or ')');
            if (family == '"' && text[m] == '\u201C' && m >= flatUntil && !typedAsCloser)
            {
                depth++;
            }
            else if (family == '"' && (Layout.IsClosingQuote(text[m]) || typedAsCloser))
            {
                if (depth == 0)
                {
                    return m;
                }

                first = first < 0 ? m : first;
                depth--;
            }

            if (family == '\'' && m + 1 < text.Length && text[m + 1] == '\'' && m > from && !char.IsWhiteSpace(text[m - 1]))
            {
                return m;
            }

            if (family == '\u2018' && m > from && (m + 1 == text.Length || !char.IsLetterOrDigit(text[m + 1])) && !char.IsWhiteSpace(text[m - 1]))
            {
                // A plural possessive (voters’ views) looks the same; a closing mark is followed by punctuation or space and a quotation runs a few words at least.
                if (text.AsSpan(from, m - from).IndexOf(' ') >= 0)
                {
                    return m;
                }
            }

            k = m + 1;
        }

        return -1;
    }

    /// <summary>
    /// An interview line: the block opens with a speaker's name in capitals and a colon
    /// (<c>PENCE: We will …</c>); the rest of the block is what the speaker said. A transcript quoted
    /// line by line (<c>"PENCE: We will …</c>) has the opening mark first, and its closing mark, if any, last.
    /// </summary>
    private static bool TryInterview(string text, List<(int Open, int Close)> quotations, out FoundQuote quote)
    {
        quote = default;
        var quoted = quotations.Count > 0 && quotations[0].Open == 0;
        var nameStart = quoted ? ContentStart(text, 0) : 0;
        var colon = text.AsSpan(nameStart, Math.Min(text.Length - nameStart, 48)).IndexOf(':') + nameStart;
        if (colon < nameStart + 2 || colon + 2 >= text.Length || !char.IsWhiteSpace(text[colon + 1]))
        {
            return false;
        }

        var name = text.AsSpan(nameStart, colon - nameStart).Trim();
        var letters = 0;
        foreach (var c in name)
        {
            if (char.IsLower(c) || char.IsDigit(c) || !(char.IsLetter(c) || c is ' ' or '.' or '-' or '\'' or '\u2019'))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        if (letters < 2 || Layout.CountWords(name, 4) > 4)
        {
            return false;
        }

        var start = colon + 1;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.AsSpan(start).TrimEnd().Length + start;
        if (quoted && end > start && Layout.IsClosingQuote(text[end - 1]))
        {
            end--;
        }
        else if (!quoted && quotations.Count == 1 && quotations[0].Open == start && AfterClose(text, quotations[0].Close) >= end)
        {
            start = ContentStart(text, quotations[0].Open);
            end = Math.Min(end, quotations[0].Close);
        }

        if (Layout.CountWords(text.AsSpan(start, end - start), 2) < 2)
        {
            return false;
        }

        quote = new FoundQuote(QuoteKind.Direct, new TextSpan(start, end - start), Sources.FromText(name.ToString()), ":");
        return true;
    }

    /// <summary>
    /// A cue before the quotation, ending in a comma or colon right before the opening mark:
    /// <c>X said: “</c>, <c>X told Reuters on Monday, “</c>, <c>According to X, “</c>, and a name
    /// alone opening the sentence before a colon (<c>Kerry: “</c>).
    /// </summary>
    private static bool TryLeadIn(string text, int leadStart, int open, out Source source, out string? cue)
    {
        source = null!;
        cue = "";
        var lead = text.AsSpan(leadStart, open - leadStart).TrimEnd();
        if (lead.Length < 2 || lead[^1] is not (',' or ':'))
        {
            return false;
        }

        var colon = lead[^1] == ':';
        var before = lead[..^1].TrimEnd();
        // The clause the cue is in: after the last clause break, unless the break is the colon's own clause.
        var coordinated = CoordinatedClauseStart(before) - 1; // ", and Tomas Vey answered:" — a clause of its own
        var clauseStart = Math.Max(before.LastIndexOfAny(';', '(', ')'), coordinated);
        var clause = before[(clauseStart + 1)..].TrimStart();

        // The last cue word of the clause, with at most a few words (time, place, listener) after it, or an aside
        // between commas ("Lee joked, again in a borrowed accent, “…”").
        const int maxAfter = 12;
        var wordEnd = clause.Length;
        var wordsAfter = 0;
        while (wordEnd > 0 && wordsAfter <= maxAfter)
        {
            var wordStart = wordEnd;
            while (wordStart > 0 && !char.IsWhiteSpace(clause[wordStart - 1]))
            {
                wordStart--;
            }

            var word = TrimWord(clause[wordStart..wordEnd]);
            var kind = AfterDeterminer(clause[..wordStart]) ? CueKind.None : SpeechCues.Of(word); // "in a note to the crews": a noun
            if (IsSpeech(kind) && char.IsLower(word[0]) && !colon && wordsAfter > 5 && !clause[wordStart..wordEnd].EndsWith(",") && !IsAdjunctRun(clause[wordEnd..]))
            {
                return false;
            }

            // "She wrote on Facebook, saying: “…”", "He began by saying, “…”": an -ing cue after a comma or "by" takes the subject that opens the sentence.
            if (IsSpeech(kind) && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal) && clauseStart < 0 &&
                (clause[..wordStart].TrimEnd().EndsWith(",") || EndsWithWord(clause[..wordStart], "by")) && clause[..wordStart].IndexOfAny('“', '"') < 0)
            {
                var subject = ClauseSubject(clause[..wordStart]);
                if (!subject.IsEmpty && !SpeechCues.BareDeterminers.Contains(subject))
                {
                    var verbStart = wordStart + (clause[wordStart..wordEnd].IndexOf(word));
                    source = Sources.FromText(subject.ToString());
                    cue = WithListener(clause[verbStart..], word.Length, kind).ToString();
                    return true;
                }

                return false;
            }

            // "footage of Ana Lima saying on Monday, “…”": an -ing cue right after a name inside the clause has that name as its speaker.
            if (IsSpeech(kind) && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal) && NameBeforeGerund(clause[..wordStart]) is { IsEmpty: false } name)
            {
                var verbStart = wordStart + (clause[wordStart..wordEnd].IndexOf(word));
                source = Sources.FromText(name.ToString());
                cue = WithListener(clause[verbStart..], word.Length, kind).ToString();
                return true;
            }

            if (IsSpeech(kind) && char.IsLower(word[0]) && !word.EndsWith("ing", StringComparison.Ordinal))
            {
                var verbStart = wordStart + (clause[wordStart..wordEnd].IndexOf(word));
                var subject = SubjectBefore(clause, verbStart);
                if (!IsSubject(subject))
                {
                    subject = SubjectAway(clause[..verbStart]);
                }

                if (IsSubject(subject))
                {
                    source = Sources.FromText(subject.ToString());
                    cue = WithListener(clause[verbStart..], word.Length, kind).ToString();
                    return true;
                }

                return false;
            }

            wordEnd = wordStart;
            while (wordEnd > 0 && char.IsWhiteSpace(clause[wordEnd - 1]))
            {
                wordEnd--;
            }

            wordsAfter++;
        }

        var according = Layout.LastIndexOfWord(before, AccordingTo);
        if (according >= 0)
        {
            var who = before[(according + AccordingTo.Length)..].Trim();
            if (IsValidSource(who, MaxSourceWords))
            {
                source = Sources.FromText(who.ToString());
                cue = before.Slice(according, AccordingTo.Length).ToString();
                return true;
            }
        }

        // "FARES RISE AGAIN - Ana Lima and Tomas Vey: “…”", "… - More from Lima: “…”": the names after a dash that ends a heading or phrase.
        if (colon && NamesAfterDash(clause) is { IsEmpty: false } named)
        {
            source = Sources.FromText(named.ToString());
            cue = ":";
            return true;
        }

        // "Kerry: “…”": a name alone before a colon opens the sentence.
        if (colon && clauseStart < 0 && IsNameOnly(clause))
        {
            source = Sources.FromText(clause.ToString());
            cue = ":";
            return true;
        }

        // "She addressed the supporters again: “…”": a short clause before a colon, opening with its subject.
        if (colon && Layout.CountWords(clause, 30) <= 30)
        {
            var subject = ClauseSubject(clause);
            if (!subject.IsEmpty)
            {
                source = Sources.FromText(subject.ToString());
                cue = ":";
                return true;
            }
        }

        // "As Lima put it, “…”", "In Lima's words, “…”": the speaker named in a phrase about the wording.
        if (IsWordingPhrase(clause, out var speaker, out var wording))
        {
            source = Sources.FromText(speaker.ToString());
            cue = wording;
            return true;
        }

        // "Said Lima, “…”": the cue first, capitalised, and the speaker after it.
        var space = clause.IndexOf(' ');
        if (clauseStart < 0 && space > 0 && char.IsUpper(clause[0]) && SpeechCues.Of(clause[..space]) is CueKind.Say or CueKind.SayThat && !clause[..space].EndsWith("ing", StringComparison.Ordinal))
        {
            // "Said Ana Lima, who runs the port, “…”": the speaker stops before a relative clause, as after a tail cue.
            var who = CutAtRelative(clause[(space + 1)..].Trim());
            if (who.Length > 0 && (char.IsUpper(who[0]) || StartsWithDeterminer(who)) && IsValidSource(who, MaxSubjectWords) && !HasSentenceEnd(who))
            {
                source = Sources.FromText(who.ToString());
                cue = clause[..space].ToString();
                return true;
            }
        }

        // "He answered, “…”": a clause of only a subject and its verb, in the past or present tense.
        if (!colon && (clauseStart < 0 || clauseStart == coordinated))
        {
            var subject = ClauseSubject(clause);
            if (!subject.IsEmpty && clause.Overlaps(subject, out var offset))
            {
                var rest = clause[(offset + subject.Length)..].Trim();
                var skip = AuxiliariesAt(rest, 0);
                if (LooksLikeVerb(rest[skip..], out var verbLength) && skip + verbLength == rest.Length)
                {
                    source = Sources.FromText(subject.ToString());
                    cue = rest[skip..].ToString();
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A verb of voicing or of a text's wording (<see cref="SpeechCues.VoicingVerbs"/>: <c>chanted</c>, <c>yelled</c>,
    /// <c>read</c> …), or a verb of saying after <c>that</c> or <c>which</c> (<c>a message that said, “…”</c>), right before the
    /// quotation, with or without a comma or colon: the whole quotation is what was voiced or
    /// written. The speaker is the verb's subject (<c>Dock workers chanted “…”</c>); the noun before <c>that</c> or
    /// <c>which</c> (<c>a banner that read “…”</c>); the noun right before an -ing form (<c>a notice reading “…”</c>); or,
    /// after a comma, <c>while</c> or <c>by</c>, the subject of the sentence (<c>The crews marched to the quay, chanting, “…”</c>). A Title Case
    /// quotation a person reads is a title (<c>She read “The Long Tide”</c>), not words.
    /// </summary>
    private static bool TryVoicedQuotation(string text, int leadStart, int open, int close, out Source source, out string? cue)
    {
        source = null!;
        cue = null;
        var lead = text.AsSpan(leadStart, open - leadStart).TrimEnd();
        var marked = lead.Length > 0 && lead[^1] is ',' or ':';
        lead = marked ? lead[..^1].TrimEnd() : lead;
        lead = marked ? WithoutParticlePhrase(lead) : lead; // "The crowd chanted back at the mayor, “…”"
        var space = lead.LastIndexOf(' ');
        var verb = lead[(space + 1)..];
        if (space <= 0 || verb.Length < 4 || !char.IsLower(verb[0]))
        {
            return false;
        }

        var head = lead[..space].TrimEnd();
        var clause = head[(head.LastIndexOfAny(';', '(', ')') + 1)..].TrimStart();
        // "a message that said, “…”": a verb of saying after "that" or "which" has the noun before them as its speaker, when a
        // comma or colon sets the quotation off or it ends the sentence ("which reported “2,521 incidents” in May" is a mixed quote).
        if (!SpeechCues.VoicingVerbs.Contains(verb) &&
            !(IsSpeech(SpeechCues.Of(verb)) && !verb.EndsWith("ing", StringComparison.Ordinal) && (EndsWithWord(clause, "that") || EndsWithWord(clause, "which")) &&
            (marked || EndsSentence(text, close))))
        {
            return false;
        }

        var gerund = verb.EndsWith("ing", StringComparison.Ordinal);
        ReadOnlySpan<char> subject;
        if (EndsWithWord(clause, "that") || EndsWithWord(clause, "which"))
        {
            subject = NounPhraseAtEnd(clause[..clause.LastIndexOf(' ')].TrimEnd().TrimEnd(',').TrimEnd('\u2014').TrimEnd());
        }
        else if (gerund && (clause.EndsWith(",") || EndsWithWord(clause, "while") || EndsWithWord(clause, "by")))
        {
            subject = ClauseSubject(clause);
        }
        else if (gerund)
        {
            subject = NounPhraseAtEnd(clause);
            subject = subject.IsEmpty ? NameBeforeGerund(clause) : subject;
        }
        else
        {
            subject = SubjectBefore(lead, space + 1);
            subject = IsSubject(subject) ? subject : SubjectAway(lead[..(space + 1)]);
        }

        if (subject.IsEmpty || !IsSubject(subject) || SpeechCues.BareDeterminers.Contains(subject))
        {
            return false;
        }

        if (SpeechCues.DocumentVerbs.Contains(verb) || verb is "reading")
        {
            var (start, length) = QuotedWords(text, open, close);
            if (((SpeechCues.PersonSubjects.Contains(subject) || Sources.IsName(subject, hadArticle: false)) && Layout.IsTitleCase(text.AsSpan(start, length))))
            {
                return false;
            }
        }

        source = Sources.FromText(subject.ToString());
        cue = verb.ToString();
        return true;
    }

    /// <summary>
    /// <paramref name="lead"/> without a short phrase after a verb of voicing, of up to four words opening with a particle or a
    /// preposition (<c>chanted back at the mayor</c>, <c>shouted at the pilots</c> → <c>chanted</c>, <c>shouted</c>); as it is otherwise.
    /// </summary>
    private static ReadOnlySpan<char> WithoutParticlePhrase(ReadOnlySpan<char> lead)
    {
        var end = lead.Length;
        for (var n = 0; n < 5 && end > 0; n++)
        {
            var space = lead[..end].LastIndexOf(' ');
            if (space < 0)
            {
                break;
            }

            var word = lead[(space + 1)..end];
            if (n > 0 && SpeechCues.VoicingVerbs.Contains(word) && char.IsLower(word[0]))
            {
                var first = lead[(end + 1)..];
                first = first[..Math.Max(0, first.IndexOf(' ') < 0 ? first.Length : first.IndexOf(' '))];
                return SpeechCues.PhrasalParticles.Contains(first) || SpeechCues.Prepositions.Contains(first) ? lead[..end] : lead;
            }

            if (word.IsEmpty || word[^1] is ',' or ':' or ';')
            {
                break;
            }

            end = space;
        }

        return lead;
    }

    /// <summary>Whether nothing but a final mark stands between the quotation closing at <paramref name="close"/> and the end of its sentence or block.</summary>
    private static bool EndsSentence(string text, int close)
    {
        var after = AfterClose(text, close);
        var limit = Math.Min(text.Length, after + 8);
        while (after < limit && text[after] is ' ' or '.' or '!' or '?')
        {
            after++;
        }

        return after >= text.Length || char.IsUpper(text[after]) || Layout.IsOpeningQuote(text[after]) || text[after] is '\n' or '\r';
    }

    /// <summary>
    /// The noun phrase that ends <paramref name="head"/>: from a determiner or number among its last five words to the end
    /// (<c>held up a hand-painted sign</c> → <c>a hand-painted sign</c>), when no clause mark stands in it; empty otherwise.
    /// </summary>
    private static ReadOnlySpan<char> NounPhraseAtEnd(ReadOnlySpan<char> head)
    {
        head = head.TrimEnd();
        var end = head.Length;
        for (var n = 0; n < 5 && end > 0; n++)
        {
            var space = head[..end].LastIndexOf(' ');
            var word = head[(space + 1)..end];
            if (word.IsEmpty || word[^1] is ',' or ';' or ':' || SpeechCues.ClauseWords.Contains(word))
            {
                return [];
            }

            if (SpeechCues.Determiners.Contains(word) || (char.IsDigit(word[0]) && n > 0))
            {
                return n == 0 ? [] : head[(space + 1)..];
            }

            end = space < 0 ? 0 : space;
        }

        return [];
    }

    /// <summary>
    /// Whether the words between a cue and the comma before its quotation are phrases of time, place or
    /// circumstance, each opening with a preposition, a time word or an adverb in <c>-ly</c>: <c>said on
    /// Monday, in a statement to reporters, “…”</c> · <c>said in the spring, when the story broke, “…”</c>.
    /// A phrase that opens otherwise (a clause of its own, <c>said the port would close, and Lima added, “…”</c>)
    /// is not one; nor is a run with no comma inside it, which the word limit before the quotation already covers.
    /// </summary>
    private static bool IsAdjunctRun(ReadOnlySpan<char> after)
    {
        var any = false;
        var first = true;
        foreach (var range in after.Split(','))
        {
            var phrase = after[range].Trim();
            if (first && Layout.CountWords(phrase, 6) <= 5)
            {
                first = false; // the cue's own short object or time, as without commas ("told the board in March")
                continue;
            }

            first = false;
            if (phrase.IsEmpty)
            {
                continue;
            }

            var space = phrase.IndexOf(' ');
            var opener = space < 0 ? phrase : phrase[..space];
            if (!char.IsLower(opener[0]) || !(SpeechCues.Prepositions.Contains(opener) || SpeechCues.Subordinators.Contains(opener) ||
                SpeechCues.TimeWords.Contains(opener) || (opener.Length > 4 && opener.EndsWith("ly", StringComparison.Ordinal))) ||
                phrase.IndexOfAny('“', '"') >= 0)
            {
                return false;
            }

            any = true;
        }

        return any && after.Contains(',');
    }

    /// <summary>
    /// The name that ends <paramref name="head"/> after a lower-case word (<c>footage of Ana Lima</c> → <c>Ana Lima</c>): the
    /// capitalised words before an -ing cue, the subject of that gerund. Empty when the words before it are no such name (a
    /// name opening the clause is its subject, read by the other rules).
    /// </summary>
    private static ReadOnlySpan<char> NameBeforeGerund(ReadOnlySpan<char> head)
    {
        head = head.TrimEnd();
        var start = head.Length;
        var words = 0;
        while (start > 0 && words < 4)
        {
            var space = head[..start].TrimEnd().LastIndexOf(' ');
            var word = head[(space + 1)..start].Trim();
            if (word.IsEmpty || !char.IsUpper(word[0]) || word[^1] is ',' or ':' or ';' or '’' or '\'' || Sources.IsPossessive(word))
            {
                break;
            }

            start = space + 1;
            words++;
        }

        if (words == 0 || start == 0)
        {
            return [];
        }

        var before = head[..start].TrimEnd();
        var previous = before[(before.LastIndexOf(' ') + 1)..];
        return previous.Length > 0 && char.IsLower(previous[0]) ? head[start..] : [];
    }

    /// <summary>Whether the last word of <paramref name="head"/> is a determiner (the next word is then a noun: <c>a note</c>).</summary>
    private static bool AfterDeterminer(ReadOnlySpan<char> head)
    {
        head = head.TrimEnd();
        var last = head[(head.LastIndexOf(' ') + 1)..];
        return !last.IsEmpty && SpeechCues.Determiners.Contains(last);
    }

    /// <summary>
    /// The subject of a cue verb that is not right before it: the subject of the clause for an infinitive
    /// (<c>The email goes on to say:</c>) or a verb after <c>and</c>/<c>but</c> (<c>Lee nodded but told them,</c>), or
    /// the name in an apposition before it (<c>her adviser, Ana Lima, said:</c>). Empty when there is none.
    /// </summary>
    private static ReadOnlySpan<char> SubjectAway(ReadOnlySpan<char> head)
    {
        head = head.TrimEnd();
        if (EndsWithWord(head, "to"))
        {
            return ClauseSubject(head);
        }

        if (EndsWithWord(head, "and") || EndsWithWord(head, "but"))
        {
            // The clause before the conjunction: "…, I laughed and said", "Lee did not name them, but told".
            var before = head[..head.LastIndexOf(' ')].TrimEnd().TrimEnd(',');
            return ClauseSubject(before[(before.LastIndexOfAny(ClauseMarks) + 1)..]);
        }

        if (head.EndsWith(","))
        {
            var name = head[..^1];
            name = name[(name.LastIndexOf(',') + 1)..].Trim();
            if (Sources.IsName(name, hadArticle: false))
            {
                return name;
            }

            // "Ana Lima, at a later briefing, said:": the subject and the aside after it, when the clause opens with a name.
            var whole = head[..^1].TrimStart();
            var comma = whole.IndexOf(',');
            var subject = comma < 0 ? whole : whole[..comma];
            var firstEnd = subject.IndexOf(' ');
            var first = firstEnd < 0 ? subject : subject[..firstEnd];
            return comma > 0 && char.IsUpper(whole[0]) && Layout.CountWords(subject, 8) <= 8 && IsSubject(subject) &&
                !SpeechCues.Prepositions.Contains(first) && !SpeechCues.ClauseWords.Contains(first) &&
                !SpeechCues.Auxiliaries.Contains(first) && !SpeechCues.TimeWords.Contains(first) ? whole : [];
        }

        return [];
    }

    /// <summary>Whether <paramref name="text"/> ends with the word <paramref name="word"/> (after a space; case-insensitive).</summary>
    private static bool EndsWithWord(ReadOnlySpan<char> text, string word)
    {
        text = text.TrimEnd();
        return text.Length > word.Length && text[^(word.Length + 1)] == ' ' && text.EndsWith(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The subject that opens a clause followed by its verb phrase: a subject pronoun, or a name
    /// (capitalised words, after an optional "the"), followed by a lower-case word; empty otherwise. An
    /// opening phrase of time or place (<c>On May 4, 2015, the senator …</c>, <c>Later, …</c>, <c>Here in Tema, …</c>) is passed over to its comma.
    /// </summary>
    private static ReadOnlySpan<char> ClauseSubject(ReadOnlySpan<char> clause)
    {
        clause = clause.TrimStart();
        while (true)
        {
            var firstEnd = clause.IndexOf(' ');
            var first = firstEnd < 0 ? clause : clause[..firstEnd];
            if (first.Length > 0 && !char.IsDigit(first[0]) && !SpeechCues.Prepositions.Contains(first) && !SpeechCues.ClauseWords.Contains(first) &&
                !SpeechCues.Auxiliaries.Contains(first) && !SpeechCues.TimeWords.Contains(first) && !SpeechCues.PlaceAdverbs.Contains(first) && !IsOpenerBeforeComma(first))
            {
                return OrNoneAlone(SubjectAtStart(clause));
            }

            // "And then the mayor went …": a capitalised coordinator, time word or adverb alone is passed over (a lower-case one
            // goes on a clause before the quotation); a phrase up to its comma.
            if (firstEnd > 0 && char.IsUpper(clause[0]) && (SpeechCues.Coordinators.Contains(first) || SpeechCues.Auxiliaries.Contains(first) || SpeechCues.TimeWords.Contains(first)) &&
                !first.EndsWith(','))
            {
                clause = clause[(firstEnd + 1)..].TrimStart();
                while (clause.Length > 0 && SpeechCues.TimeWords.Contains(clause[..Math.Max(0, clause.IndexOf(' '))]))
                {
                    clause = clause[(clause.IndexOf(' ') + 1)..].TrimStart(); // "And then …"
                }

                continue;
            }

            var comma = clause.IndexOf(',');
            if (comma < 0)
            {
                return [];
            }

            clause = clause[(comma + 1)..].TrimStart();
        }
    }

    /// <summary>
    /// The subject at the start of <paramref name="clause"/>: a subject pronoun; or a name (capitalised words,
    /// joined by <c>of</c>, <c>and</c>, <c>for</c>) after an optional article and up to four lower-case
    /// words describing it (<c>the veteran pollster Ann Lee</c>); each followed by a lower-case word, its verb;
    /// or an article and lower-case words up to the verb before a preposition, article or pronoun
    /// (<c>The port director gave her …</c>, <c>The report ends on …</c>). Empty otherwise.
    /// </summary>
    private static ReadOnlySpan<char> SubjectAtStart(ReadOnlySpan<char> clause)
    {
        var end = 0;
        var words = 0;
        var names = 0;
        var lower = 0;
        var lastLower = 0; // start of the last lower-case word: the verb, when an article's noun phrase ends
        var verbLower = 0; // the same, passing over an adverb in -ly after the verb ("The mayor went fully on …")
        var article = false;
        var pronoun = false;
        foreach (var range in clause.Split(' '))
        {
            var word = clause[range];
            if (word.Length == 0)
            {
                continue;
            }

            words++;
            if (pronoun)
            {
                return char.IsLower(word[0]) ? clause[..end] : [];
            }

            if (words == 1 && SpeechCues.PersonSubjects.Contains(word))
            {
                pronoun = true;
                end = range.End.Value;
                continue;
            }

            if (words == 1 && SpeechCues.Articles.Contains(word))
            {
                article = true;
                continue;
            }

            if (char.IsUpper(word[0]))
            {
                names++;
                end = range.End.Value;
                if (names > 6)
                {
                    return [];
                }

                continue;
            }

            if (names > 0)
            {
                if (SpeechCues.NameJoiners.Contains(word))
                {
                    continue;
                }

                // "Hundreds of dock workers marched …": one capitalised word that opens the clause, then "of" and a lower-case
                // word, is a noun phrase in sentence case, not a name; it is read on like an article's phrase.
                if (names == 1 && words == 3 && char.IsLower(word[0]) && clause[..end].IndexOf(' ') < 0 && Layout.IsWordAt(clause, end + 1, "of"))
                {
                    names = 0;
                    article = true;
                }
                else
                {
                    return char.IsLower(word[0]) ? clause[..end].TrimEnd(',') : [];
                }
            }

            if (article && lower > 0 && IsPhraseStop(word))
            {
                return lower >= 2 ? clause[..verbLower].TrimEnd() : [];
            }

            if (!char.IsLower(word[0]) || !char.IsLetter(word[^1]) || ++lower > 4)
            {
                return [];
            }

            verbLower = lower > 2 && word.EndsWith("ly", StringComparison.Ordinal) ? lastLower : range.Start.Value;
            lastLower = range.Start.Value;
        }

        return article && lower >= 2 ? clause[..verbLower].TrimEnd() : [];
    }

    /// <summary>A word that follows a verb rather than a noun in its subject: a preposition, article, pronoun or <c>that</c>.</summary>
    private static bool IsPhraseStop(ReadOnlySpan<char> word) =>
        SpeechCues.Prepositions.Contains(word) || SpeechCues.ObjectPronouns.Contains(word) ||
        SpeechCues.PhraseStops.Contains(word);

    /// <summary>
    /// The speaker named after the last dash of a clause before a colon: one or two names (<c>Ana Lima and Tomas Vey</c>), or
    /// a name or noun phrase after <c>More from</c> (<c>More from the report</c>); empty when the words after the dash are anything else.
    /// </summary>
    private static ReadOnlySpan<char> NamesAfterDash(ReadOnlySpan<char> clause)
    {
        var dash = -1;
        foreach (var mark in (ReadOnlySpan<string>)[" - ", " \u2014 ", " \u2013 "])
        {
            dash = Math.Max(dash, clause.LastIndexOf(mark, StringComparison.Ordinal));
        }

        if (dash < 0)
        {
            return [];
        }

        var who = clause[(dash + 3)..].Trim();
        if (who.StartsWith("More from ", StringComparison.Ordinal))
        {
            who = who[10..].TrimStart();
            return IsValidSource(who, MaxTailSubjectWords) && (char.IsUpper(who[0]) || StartsWithDeterminer(who)) && !HasSentenceEnd(who) ? who : [];
        }

        var and = who.IndexOf(" and ", StringComparison.Ordinal);
        return and < 0 ? (IsNameOnly(who) && who.Contains(' ') ? who : []) :
            IsNameOnly(who[..and]) && who[..and].Contains(' ') && IsNameOnly(who[(and + 5)..]) && who[(and + 5)..].Contains(' ') ? who : [];
    }

    private static bool IsNameOnly(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || Layout.CountWords(text, 4) > 4 || (text.IndexOf(' ') < 0 && !CanSpeakAlone(text)))
        {
            return false;
        }

        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.Length > 0 && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> TrimWord(ReadOnlySpan<char> word)
    {
        var start = 0;
        var end = word.Length;
        while (start < end && !char.IsLetterOrDigit(word[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(word[end - 1]))
        {
            end--;
        }

        return word[start..end];
    }

    /// <summary>
    /// A cue after the quotation: <c>“…,” said X.</c>, <c>“…,” X said.</c>, <c>“…” he wrote in a
    /// note</c> (no comma), <c>“…” — Pamela Padilla</c> (a dash and a name). A place right after
    /// the verb (<c>said in Santiago</c>) is the source's location. A quotation that opens its sentence
    /// (<paramref name="opensSentence"/>) and ends in a comma, question or exclamation mark takes any verb in
    /// the past or present tense (<c>“…,” Lee concludes.</c>).
    /// </summary>
    private static bool TryTail(string text, int open, int close, int tailEnd, bool opensSentence, out Source source, out string? cue)
    {
        source = null!;
        cue = "";
        var after = AfterClose(text, close);
        if (after < text.Length && text[after] == ',')
        {
            after++;
        }

        if (after >= tailEnd)
        {
            return false;
        }

        var tail = TrimFinal(text.AsSpan(after, tailEnd - after)).TrimStart();
        if (tail.Length == 0)
        {
            return false;
        }

        if (tail[0] is '\u2014' or '\u2015' or '\u2013' or '-')
        {
            var who = tail[1..].TrimStart("\u2014\u2015\u2013-").Trim();
            if (who.Length > 0 && char.IsUpper(who[0]) && IsValidSource(who, 12) && !HasSentenceEnd(who))
            {
                source = Sources.FromText(who.ToString());
                cue = tail[..1].ToString();
                return true;
            }

            return false;
        }

        if (StartsWithVerb(tail, out var verbLength))
        {
            if (SpeechCues.Of(tail[..verbLength]) == CueKind.Tell)
            {
                return false; // "“Today,” told his staff …": the words after a tell verb are its listener, and no speaker comes before it
            }

            var who = tail[verbLength..].Trim();
            who = CutAtTimeOrPlace(who);
            if (!IsValidSource(who, MaxSourceWords) || RelativeSpeechAt(who) > 0)
            {
                who = CutAtRelative(who);
            }

            // "“…” suggests that Phoenix …", "“…” said the port would close": a clause after the verb is what was said, not who said it.
            if (IsValidSource(who, MaxSourceWords) && (char.IsUpper(who[0]) || StartsWithDeterminer(who) || HasCapitalisedWord(who)) && !StartsWithClauseWord(who) && !HasVerbOfItsOwn(who))
            {
                source = Sources.FromText(who.ToString());
                cue = WithListener(tail, verbLength, SpeechCues.Of(tail[..verbLength])).ToString();
                return true;
            }

            return false;
        }

        if (opensSentence && EndsInCommaOrCry(text, close) && TryInvertedAnyVerb(tail, out source, out cue))
        {
            return true;
        }

        var words = 0;
        for (var i = 0; i < tail.Length && words <= MaxTailWords; i++)
        {
            if (i > 0 && char.IsWhiteSpace(tail[i - 1]) && !char.IsWhiteSpace(tail[i]))
            {
                words++;
                var skip = AuxiliariesAt(tail, i);
                if (StartsWithVerb(tail[(i + skip)..], out verbLength))
                {
                    return TailAttribution(tail, i, skip, verbLength, out source, out cue);
                }
            }
        }

        // "“…,” Lee concludes.": a quotation that opens its sentence and ends in a comma, question or exclamation mark is
        // attributed by the subject and verb after it, whatever the verb, when nothing but a time, place or listener follows.
        if (!opensSentence || !EndsInCommaOrCry(text, close))
        {
            return false;
        }

        words = 0;
        for (var i = 0; i < tail.Length && words <= MaxTailSubjectWords; i++)
        {
            if (i > 0 && char.IsWhiteSpace(tail[i - 1]) && !char.IsWhiteSpace(tail[i]))
            {
                words++;
                var skip = AuxiliariesAt(tail, i);
                if (LooksLikeVerb(tail[(i + skip)..], out verbLength))
                {
                    var subject = tail[..i].TrimEnd();
                    // "“…,” it read.": a document is "it".
                    if (subject.IndexOf(',') < 0 && (char.IsUpper(subject[0]) || StartsWithDeterminer(subject) || SpeechCues.PersonSubjects.Contains(subject) ||
                        (subject is "it" && SpeechCues.DocumentVerbs.Contains(tail.Slice(i + skip, verbLength)))) &&
                        TailAttribution(tail, i, skip, verbLength, out source, out cue))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A tail attribution whose speaker holds a title or nickname in quotation marks (<c>“…,” Ana “Captain” Lima, the harbour
    /// master, said.</c>, <c>“…,” a pilot wearing “Save the Pier” badges said.</c>): when the tail up to the next quotation has
    /// no attribution, the tail is read on past that quotation, a title (<see cref="IsTitle"/>) in the same sentence, to the one
    /// after it or the sentence's end; the title is then read with the source, and <paramref name="q"/> passes over it.
    /// </summary>
    private static bool TryTailOverTitle(string text, List<(int Open, int Close)> quotations, ref int q, int open, int close, int tailEnd, int sentenceEnd, bool opensSentence,
        ref int previousClose, out Source source, out string? cue)
    {
        source = null!;
        cue = null;
        if (!opensSentence || q >= quotations.Count || quotations[q].Open != tailEnd || tailEnd >= sentenceEnd || !EndsInCommaOrCry(text, close))
        {
            return false;
        }

        var (titleOpen, titleClose) = quotations[q];
        if (!IsTitleQuotation(text, titleOpen, titleClose))
        {
            return false;
        }

        var end = q + 1 < quotations.Count && quotations[q + 1].Open < sentenceEnd ? quotations[q + 1].Open : sentenceEnd;
        if (!TryTail(text, open, close, end, opensSentence, out source, out cue))
        {
            return false;
        }

        previousClose = titleClose;
        q++;
        return true;
    }

    /// <summary>
    /// Whether the quotation closing at <paramref name="close"/> ends in a comma, question or exclamation mark, which may stand
    /// inside a closing single mark first (<c>… ‘the comeback of the decade,’”</c>): its sentence goes on with the attribution.
    /// </summary>
    private static bool EndsInCommaOrCry(string text, int close)
    {
        var mark = close >= 2 && close <= text.Length && text[close - 1] is '\u2019' or '\'' ? close - 2 : close - 1;
        return mark >= 0 && close <= text.Length && text[mark] is ',' or '?' or '!';
    }

    /// <summary>
    /// The inverted attribution <c>“…,” beamed Ana Lima.</c> after a quotation that opens its sentence: any verb in the past or
    /// present tense (<see cref="LooksLikeVerb"/>: <c>beamed</c>, <c>agrees</c>, <c>reads</c>) and then its speaker, a name or a
    /// noun phrase (<c>a ferry pilot</c>), which stops before a relative clause or a time or place phrase; words after the verb
    /// that make a clause of their own (<c>“…,” seemed the council would …</c>) are no speaker.
    /// </summary>
    private static bool TryInvertedAnyVerb(ReadOnlySpan<char> tail, out Source source, out string? cue)
    {
        source = null!;
        cue = null;
        if (!LooksLikeVerb(tail, out var verbLength) || verbLength >= tail.Length || tail[verbLength] != ' ')
        {
            return false;
        }

        var who = CutAtTimeOrPlace(tail[verbLength..].Trim());
        who = CutAtRelative(who);
        if (!IsValidSource(who, MaxSubjectWords) || !(char.IsUpper(who[0]) || StartsWithDeterminer(who)) || StartsWithClauseWord(who) ||
            HasVerbOfItsOwn(who) || HasSentenceEnd(who) || !IsSubject(who))
        {
            return false;
        }

        source = Sources.FromText(who.ToString());
        cue = tail[..verbLength].ToString();
        return true;
    }

    /// <summary>
    /// The attribution <c>subject verb …</c> of a tail whose verb starts at <paramref name="i"/> +
    /// <paramref name="skip"/> (the auxiliaries): the subject must be a speaker, and what follows the verb
    /// a time, place or listener, not a clause of its own; a tell verb takes any listener.
    /// </summary>
    private static bool TailAttribution(ReadOnlySpan<char> tail, int i, int skip, int verbLength, out Source source, out string? cue)
    {
        source = null!;
        cue = "";
        // A subject with an apposition ("Michele Bachmann, Republican of Minnesota, told") opens with a name.
        var subject = tail[..i].Trim().TrimEnd(',');
        // "“…,” an official, who was not authorized to speak, told Reuters": a relative clause between commas is the writer's aside.
        var relative = subject.IndexOf(", who ", StringComparison.Ordinal);
        subject = relative > 0 && !char.IsUpper(subject[0]) && !HasVerbOfItsOwn(subject[..relative]) ? subject[..relative] : subject;
        if (!IsSubject(subject) || (subject.Contains(',') && !char.IsUpper(subject[0])))
        {
            return false;
        }

        var kind = SpeechCues.Of(tail.Slice(i + skip, verbLength));
        var rest = tail[(i + skip + verbLength)..].Trim();
        if (kind != CueKind.Tell && !IsAfterTail(rest))
        {
            return false; // "“Marco!” the senator said his campaign …": the cue has a clause of its own
        }

        string? location = null;
        if (rest.StartsWith("in ", StringComparison.Ordinal) && rest.Length > 3 && char.IsUpper(rest[3]))
        {
            var place = rest[3..];
            var stop = place.IndexOfAny(',', ';');
            location = (stop < 0 ? place : place[..stop]).Trim().ToString();
        }

        source = Sources.FromText(subject.ToString(), location);
        cue = WithListener(tail[(i + skip)..], verbLength, kind).ToString();
        return true;
    }

    /// <summary>
    /// Whether <paramref name="text"/> opens with a lower-case verb in the past or present tense
    /// (<c>concluded</c>, <c>answers</c>), with a particle after it (<c>points out</c>); its length in <paramref name="verbLength"/>.
    /// </summary>
    private static bool LooksLikeVerb(ReadOnlySpan<char> text, out int verbLength)
    {
        verbLength = 0;
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text[..end];
        if (end < 4 || !char.IsLower(word[0]) || (end < text.Length && !(char.IsWhiteSpace(text[end]) || text[end] is ',' or '.' or ';')) ||
            !(word.EndsWith("ed", StringComparison.Ordinal) || (word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i')) || SpeechCues.IrregularPast.Contains(word)) ||
            SpeechCues.Auxiliaries.Contains(word) || SpeechCues.TimeWords.Contains(word))
        {
            return false;
        }

        verbLength = end;
        foreach (var particle in word is "went" ? ["on"] : (ReadOnlySpan<string>)["out", "back", "up"])
        {
            if (end + 1 + particle.Length <= text.Length && text[end] == ' ' && Layout.IsWordAt(text, end + 1, particle))
            {
                verbLength = end + 1 + particle.Length;
                break;
            }
        }

        return true;
    }

    /// <summary>Whether a name holds sentence punctuation other than an initial's period (<c>Ana P. Lima</c>).</summary>
    private static bool HasSentenceEnd(ReadOnlySpan<char> name)
    {
        for (var i = name.IndexOfAny('.', '!', '?'); i >= 0; i = name.IndexOfAny('.', '!', '?'))
        {
            if (name[i] != '.' || i == 0 || !char.IsUpper(name[i - 1]) || (i > 1 && char.IsLetter(name[i - 2])))
            {
                return true;
            }

            name = name[(i + 1)..];
        }

        return false;
    }

    /// <summary>
    /// What may follow the cue of a tail attribution: nothing, a comma, a time, place or listener
    /// (<c>said on Tuesday</c>, <c>told Reuters</c>, <c>wrote in a note</c>), but not a clause of its own.
    /// </summary>
    private static bool IsAfterTail(ReadOnlySpan<char> rest)
    {
        if (rest.Length == 0 || rest[0] is ',' or ';' or '(' or '\u2014' or '\u2013' || char.IsUpper(rest[0]) || char.IsDigit(rest[0]))
        {
            return true;
        }

        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end]))
        {
            end++;
        }

        var word = rest[..end];
        // An adverb may be hyphenated (matter-of-factly); a participle phrase after the cue (said, answering a question) is the
        // writer's description of the saying, not a clause of its own.
        var hyphened = end;
        while (hyphened < rest.Length && (char.IsLetter(rest[hyphened]) || (rest[hyphened] == '-' && hyphened + 1 < rest.Length && char.IsLetter(rest[hyphened + 1]))))
        {
            hyphened++;
        }

        // "“…,” she said and quickly hung up": a second verb phrase of the same subject, not a clause of its own.
        if (word is "and" && end + 1 < rest.Length && rest[end] == ' ')
        {
            var next = rest[(end + 1)..];
            var nextEnd = 0;
            while (nextEnd < next.Length && char.IsLetter(next[nextEnd]))
            {
                nextEnd++;
            }

            var second = next[..nextEnd];
            if (nextEnd > 0 && char.IsLower(second[0]) && !SpeechCues.Determiners.Contains(second) && !SpeechCues.SubjectPronouns.Contains(second) &&
                (LooksLikeVerb(next, out _) || (second.EndsWith("ly", StringComparison.Ordinal) && second.Length > 4) || SpeechCues.Auxiliaries.Contains(second)))
            {
                return true;
            }
        }

        return SpeechCues.Prepositions.Contains(word) || SpeechCues.TimeWords.Contains(word) || SpeechCues.Listeners.Contains(word) ||
            SpeechCues.Auxiliaries.Contains(word) || (rest[..hyphened].EndsWith("ly", StringComparison.Ordinal) && hyphened > 4) ||
            (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && !SpeechCues.NotClauseStarts.Contains(word) && !word.EndsWith("thing", StringComparison.Ordinal)) ||
            SpeechCues.AfterTailOpeners.Contains(word) ||
            (SpeechCues.PlaceAdverbs.Contains(word) && (end == rest.Length || rest[end] is ',' or '.' or ';')); // "Rubio said here." (not "said there was")
    }

    /// <summary>A tell verb's cue takes its listener pronoun with it (<c>told us</c>, <c>told reporters</c>).</summary>
    private static ReadOnlySpan<char> WithListener(ReadOnlySpan<char> text, int verbLength, CueKind kind)
    {
        if (kind == CueKind.Tell)
        {
            foreach (var listener in (ReadOnlySpan<string>)["us", "me", "reporters"])
            {
                if (Layout.IsWordAt(text, verbLength + 1, listener) && text[verbLength] == ' ')
                {
                    return text[..(verbLength + 1 + listener.Length)];
                }
            }
        }

        return text[..verbLength];
    }

    /// <summary>The length of the auxiliaries and adverbs (<c>also</c>, <c>has</c>, <c>later</c>) at <paramref name="i"/>, with the space after them.</summary>
    private static int AuxiliariesAt(ReadOnlySpan<char> text, int i)
    {
        var at = i;
        for (var n = 0; n < 3; n++)
        {
            var end = at;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (end == at || end >= text.Length || text[end] != ' ' || !SpeechCues.Auxiliaries.Contains(text[at..end]) || !char.IsLower(text[at]))
            {
                break;
            }

            at = end + 1;
        }

        return at - i;
    }

    /// <summary>A long source after an inverted cue stops before its relative clause or dash (<c>said Ana Lima, an analyst who …</c>).</summary>
    private static ReadOnlySpan<char> CutAtRelative(ReadOnlySpan<char> who)
    {
        var end = who.Length;
        foreach (var mark in (ReadOnlySpan<string>)[" who ", " which ", " \u2014", " \u2013", " - "])
        {
            var at = who.IndexOf(mark, StringComparison.Ordinal);
            end = at > 0 ? Math.Min(end, at) : end;
        }

        return who[..end].TrimEnd().TrimEnd(',');
    }

    /// <summary>A source after an inverted cue stops before a time or place phrase (<c>said Smith on Tuesday</c>).</summary>
    private static ReadOnlySpan<char> CutAtTimeOrPlace(ReadOnlySpan<char> who)
    {
        // Only the name part: an apposition after a comma keeps its place (an analyst based in Miami).
        var comma = who.IndexOf(',');
        foreach (var range in (comma < 0 ? who : who[..comma]).Split(' '))
        {
            var word = who[range];
            if (range.Start.Value > 0 && word.Length > 0 && char.IsLower(word[0]) &&
                (SpeechCues.TimePhraseOpeners.Contains(word) || SpeechCues.TimeWords.Contains(word)))
            {
                return who[..range.Start.Value].TrimEnd().TrimEnd(',');
            }
        }

        return who;
    }

    /// <summary>The quotation that opens a block introduced by the previous block's lead-in (<see cref="QuoteBuffers.LeadIn"/>) takes its source and cue.</summary>
    private static bool IsLedInBefore((Source Source, string? Cue)? leadIn, int open, int blockStart, out Source source, out string? cue)
    {
        source = leadIn?.Source!;
        cue = leadIn?.Cue;
        return leadIn is not null && open == blockStart;
    }

    /// <summary>
    /// Whether a lead-in clause ends with <c>as X put it</c> (<c>puts it</c>, <c>pointed out</c>, with a short phrase of time or
    /// place after it: <see cref="WordingVerbEnd"/>) or <c>in X's words</c>; <paramref name="speaker"/> is X, <paramref name="cue"/> the
    /// verb phrase or <c>words</c>.
    /// </summary>
    private static bool IsWordingPhrase(ReadOnlySpan<char> clause, out ReadOnlySpan<char> speaker, out string cue)
    {
        speaker = [];
        cue = "";
        var words = clause.EndsWith(" words", StringComparison.Ordinal);
        var phraseEnd = words ? clause.Length - 6 : WordingVerbEnd(clause);
        if (phraseEnd < 0)
        {
            return false;
        }

        var at = Layout.LastIndexOfWord(clause[..phraseEnd], words ? "in" : "as");
        if (at < 0)
        {
            return false;
        }

        var who = clause[(at + 3)..phraseEnd].Trim();
        if (words)
        {
            who = who.EndsWith("'s", StringComparison.Ordinal) || who.EndsWith("\u2019s", StringComparison.Ordinal) ? who[..^2] : who.TrimEnd('\'').TrimEnd('\u2019');
        }

        if (who.Length == 0 || !(char.IsUpper(who[0]) || StartsWithDeterminer(who)) || !IsValidSource(who, MaxSubjectWords) || HasSentenceEnd(who))
        {
            return false;
        }

        speaker = who;
        cue = words ? "words" : clause[phraseEnd..].Trim().StartsWith("pointed", StringComparison.Ordinal) ? "pointed out" : "put it";
        return true;
    }

    /// <summary>
    /// Where the words before <c>put it</c>, <c>puts it</c> or <c>pointed out</c> end in a lead-in clause (<c>as the Gazette put it</c>),
    /// when nothing follows but a short phrase of time, place or circumstance (<c>pointed out in December</c>, <c>put it in a long
    /// article</c>); -1 otherwise.
    /// </summary>
    private static int WordingVerbEnd(ReadOnlySpan<char> clause)
    {
        foreach (var verb in (ReadOnlySpan<string>)[" put it", " puts it", " pointed out"])
        {
            var at = clause.LastIndexOf(verb, StringComparison.Ordinal);
            if (at < 0 || (at + verb.Length < clause.Length && clause[at + verb.Length] != ' '))
            {
                continue;
            }

            var rest = clause[(at + verb.Length)..].Trim();
            var space = rest.IndexOf(' ');
            var first = space < 0 ? rest : rest[..space];
            if (rest.IsEmpty || (Layout.CountWords(rest, 7) <= 6 && (SpeechCues.Prepositions.Contains(first) || SpeechCues.TimeWords.Contains(first))))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// After a quote of the same sentence, an -ing verb of saying alone between commas (or before a colon) introduces the
    /// next quotation, of the same source: <c>she said, “…,” adding, “…”</c>.
    /// </summary>
    private static bool IsAddingLeadIn(string text, Source previous, int leadStart, int open, out Source source, out string? cue)
    {
        source = previous;
        cue = null;
        var lead = text.AsSpan(leadStart, open - leadStart).Trim().TrimStart(',').TrimStart();
        if (lead.Length < 5 || lead[^1] is not (',' or ':'))
        {
            return false;
        }

        var word = lead[..^1].TrimEnd();
        if (word.Contains(' ') || !char.IsLower(word[0]) || !word.EndsWith("ing", StringComparison.Ordinal) || !IsSpeech(SpeechCues.Of(word)))
        {
            return false;
        }

        cue = word.ToString();
        return true;
    }

    /// <summary>
    /// A quotation that makes up a whole sentence on its own, right after a quote (in the same block, or
    /// ending the previous block: <see cref="QuoteBuffers.Carried"/>), continues it: same source, no cue.
    /// </summary>
    private static bool IsContinuation(string text, Source? previous, int open, int close, int sentenceStart, int sentenceEnd, out Source source, out string? cue)
    {
        source = previous!;
        cue = null;
        var after = AfterClose(text, close);
        return previous is not null && open == sentenceStart && (after >= sentenceEnd || TrimFinal(text.AsSpan(after, sentenceEnd - after)).Trim().Length == 0) &&
            !IsStageDirection(text, open, close) && !IsLabel(text, open, close);
    }

    /// <summary>
    /// Whether a quotation's words are one or two words and a colon (<c>“Related:”</c>, <c>“See also:”</c>): a page's label
    /// for what follows, not anyone's words.
    /// </summary>
    private static bool IsLabel(string text, int open, int close)
    {
        var (start, length) = QuotedWords(text, open, close);
        var words = text.AsSpan(start, length).Trim();
        return words.Length > 1 && words[^1] == ':' && Layout.CountWords(words, 3) <= 2;
    }

    /// <summary>
    /// Whether a quotation's words are all in brackets (<c>“(CROSSTALK.)</c>, <c>“[Applause]”</c>): a transcript's note of what
    /// happened, not anyone's words.
    /// </summary>
    private static bool IsStageDirection(string text, int open, int close)
    {
        var (start, length) = QuotedWords(text, open, close);
        var words = text.AsSpan(start, length).Trim().TrimEnd(".,;:");
        return words.Length > 1 && words[0] is '(' or '[' && words[^1] is ')' or ']' && words[1..^1].IndexOfAny(")]") < 0;
    }

    /// <summary>
    /// A reported statement in a sentence that holds no attributed quotation (docs/quotes.md):
    /// <c>According to X, clause.</c> · <c>clause, according to X.</c> · <c>clause, X said (on Tuesday).</c> ·
    /// <c>clause, said X.</c> · <c>clause, X said, clause.</c> · <c>X (also) said (in a statement) (that) clause.</c> ·
    /// <c>X told Reuters (that) clause.</c> · <c>X called Y “fragment”.</c> A clause that is one quotation
    /// (<c>X said “…”</c>) is a direct quote.
    /// </summary>
    private static bool TryReported(string text, int start, int end, QuoteBuffers buffers, List<(int Open, int Close)> quotations)
    {
        var sentence = text.AsSpan(start, end - start);
        if (Layout.IsWordAt(sentence, 0, AccordingTo))
        {
            return TryAccordingToFirst(text, start, end, buffers.Found);
        }

        var according = Layout.IndexOfWord(sentence, AccordingTo, 1);
        if (according <= 0 && !CuePrefilter.MayHoldCue(sentence))
        {
            return false; // no cue and no "according to": no rule below can match (CuePrefilter)
        }

        var tokens = Tokenize(text, start, end, quotations, buffers.Tokens);
        if (tokens.Count < 4)
        {
            return false;
        }

        if (according > 0 && !InsideQuotation(quotations, start + according) && TryAccordingToAfter(text, start, end, according, buffers.Found))
        {
            return true;
        }

        var mark = buffers.Found.Count;
        var asked = TryAskedBy(text, tokens, buffers.Found);
        var other = TryFinalAttribution(text, tokens, buffers.Found) || TryFinalAs(text, tokens, buffers.Found) || TryAsReportedBy(text, tokens, buffers.Found) || TryForward(text, tokens, buffers.Found) ||
            TryFinalBeforeSemicolon(text, tokens, buffers.Found);
        return asked ? DropOverlapping(buffers.Found, mark) : other;
    }

    /// <summary>
    /// An attribution that closes the first clause of a sentence before a semicolon (<c>The divers found cracks, he said;
    /// the crews start on Monday.</c>): read as if that clause were the sentence. Only when nothing else was found in it.
    /// </summary>
    private static bool TryFinalBeforeSemicolon(string text, List<Token> tokens, List<FoundQuote> found)
    {
        for (var s = 4; s < tokens.Count - 1; s++)
        {
            if (tokens[s].Kind == TokenKind.Break && text[tokens[s].Start] == ';')
            {
                return TryFinalAttribution(text, tokens.GetRange(0, s), found);
            }
        }

        return false;
    }

    /// <summary>
    /// Cuts a sentence into words, commas, clause breaks and whole quotations, into <paramref name="tokens"/> (cleared first).
    /// </summary>
    private static List<Token> Tokenize(string text, int start, int end, List<(int Open, int Close)> quotations, List<Token> tokens)
    {
        var list = tokens as TokenList;
        if (list is not null && list.Holds(text, start, end, quotations.Count))
        {
            return tokens;
        }

        tokens.Clear();
        var q = quotations.BinarySearch((start, -1));
        q = q < 0 ? ~q : q;
        var open = q < quotations.Count ? quotations[q].Open : int.MaxValue; // where quotation q opens, read once per quotation
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (open == i)
            {
                var after = Math.Min(end, AfterClose(text, quotations[q].Close));
                tokens.Add(new Token(i, after, TokenKind.Quotation));
                q++;
                open = q < quotations.Count ? quotations[q].Open : int.MaxValue;
                i = after;
                continue;
            }

            while (open < i)
            {
                q++;
                open = q < quotations.Count ? quotations[q].Open : int.MaxValue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end && (char.IsLetterOrDigit(text[j]) || (text[j] == ',' && char.IsDigit(text[j - 1]) && j + 1 < end && char.IsDigit(text[j + 1])) ||
                    (text[j] is '\'' or '\u2019' or '-' or '.' or '&' or '/' && j + 1 < end && char.IsLetterOrDigit(text[j + 1]) && open != j)))
                {
                    j++;
                }

                tokens.Add(new Token(i, j, TokenKind.Word));
                i = j;
                continue;
            }

            if (c == ',' && !(i > start && char.IsDigit(text[i - 1]) && i + 1 < end && char.IsDigit(text[i + 1])))
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Comma));
            }
            else if (c is ';' or ':' or '\u2014' or '\u2013' or '\u2015' or '(' or ')' or '[' or ']' || (c == '-' && i > start && text[i - 1] == ' '))
            {
                tokens.Add(new Token(i, i + 1, TokenKind.Break));
            }

            i++;
        }

        list?.Cut(text, start, end, quotations.Count);
        return tokens;
    }

    /// <summary>
    /// The attribution closes the sentence after a comma: <c>clause, X said (on Tuesday).</c>,
    /// <c>clause, said X, a role.</c>; or sits between two commas: <c>clause, X said, clause.</c>
    /// </summary>
    private static bool TryFinalAttribution(string text, List<Token> tokens, List<FoundQuote> found)
    {
        var commas = 0;
        var pastBreak = false; // after a colon or dash only the form between commas is left: "A, X said, B: C."
        for (var c = tokens.Count - 2; c >= 0 && commas < 8; c--)
        {
            // "“…,” the spokesman, Ann White, said": a quotation that ends with a comma ends the clause too.
            var clauseEnd = c;
            if (tokens[c].Kind == TokenKind.Quotation && EndsWithComma(text, tokens[c]))
            {
                clauseEnd = c + 1;
            }
            else if (tokens[c].Kind != TokenKind.Comma || c == 0)
            {
                pastBreak |= tokens[c].Kind is TokenKind.Break;
                continue;
            }

            commas++;
            // Inverted: ", said X".
            var w = c + 1;
            // Not ", told X": after a verb of telling comes the listener, never the speaker.
            if (IsCueAt(text, tokens, w, out var kind) && IsSpeech(kind) && kind != CueKind.Tell && !IsIngForm(text, tokens[w]))
            {
                if (pastBreak)
                {
                    continue;
                }

                var whoStart = w + 1;
                if (TryInvertedAside(text, tokens, clauseEnd, w, found))
                {
                    return true;
                }

                if (whoStart < tokens.Count && tokens[whoStart].Kind == TokenKind.Word && (char.IsUpper(text[tokens[whoStart].Start]) || StartsWithDeterminer(WordOf(text, tokens[whoStart]))) &&
                    IsInvertedSource(text, tokens, whoStart, out var whoEnd) && (whoEnd == tokens.Count || HasVerbBefore(text, tokens, clauseEnd)))
                {
                    var who = CutAtTimeOrPlace(TrimFinal(text.AsSpan(tokens[whoStart].Start, tokens[whoEnd - 1].End - tokens[whoStart].Start)));
                    if (IsValidSource(who, MaxSourceWords) && AddStatement(text, tokens, 0, clauseEnd, found, Sources.FromText(who.ToString()), WordOf(text, tokens[w])))
                    {
                        return true;
                    }
                }

                continue;
            }

            // ", X (also) said [modifiers] (, clause)"
            var subjectEnd = w;
            while (subjectEnd < tokens.Count && subjectEnd - w <= MaxSubjectWords && tokens[subjectEnd].Kind == TokenKind.Word && !IsCueAt(text, tokens, subjectEnd, out _))
            {
                subjectEnd++;
            }

            // ", a spokeswoman, Ann White, said": a subject with its apposition between commas.
            if (subjectEnd > w && subjectEnd - w <= 8 && subjectEnd + 1 < tokens.Count && tokens[subjectEnd].Kind == TokenKind.Comma && tokens[subjectEnd + 1].Kind == TokenKind.Word)
            {
                var apposition = subjectEnd + 1;
                while (apposition < tokens.Count && apposition - subjectEnd <= 8 && tokens[apposition].Kind == TokenKind.Word && !IsCueAt(text, tokens, apposition, out _))
                {
                    apposition++;
                }

                if (apposition + 1 < tokens.Count && tokens[apposition].Kind == TokenKind.Comma && IsCueAt(text, tokens, apposition + 1, out _) &&
                    !HasClauseWord(text, tokens, subjectEnd + 1, apposition))
                {
                    subjectEnd = apposition + 1;
                }
            }

            if (subjectEnd == w || subjectEnd >= tokens.Count || !IsCueAt(text, tokens, subjectEnd, out kind) || !IsSpeech(kind) || IsIngForm(text, tokens[subjectEnd]))
            {
                continue;
            }

            var verb = subjectEnd;
            while (subjectEnd > w && SpeechCues.Auxiliaries.Contains(WordOf(text, tokens[subjectEnd - 1])) && char.IsLower(text[tokens[subjectEnd - 1].Start]))
            {
                subjectEnd--;
            }

            if (IsPassive(text, tokens, verb) || subjectEnd == w)
            {
                continue;
            }

            var subject = TrimEndComma(text.AsSpan(tokens[w].Start, tokens[subjectEnd - 1].End - tokens[w].Start));
            if (!IsSubject(subject) || HasClauseWord(text, tokens, w, subjectEnd))
            {
                continue;
            }

            // What follows the cue: nothing but a few modifiers to the end (a title among them: "on the show “Morning Tide”"), or a
            // comma and a second clause.
            var next = verb + 1;
            while (next < tokens.Count && (tokens[next].Kind == TokenKind.Word || (next > verb + 1 && IsTitleToken(text, tokens[next]))) && next - verb <= 8 && !IsCueAt(text, tokens, next, out _))
            {
                next++;
            }

            if (!IsModifierTail(text, tokens, verb + 1, next, kind, out var clauseAfter))
            {
                continue;
            }

            // "As the tide turned, the captain answered as he sailed": an opening subordinate clause is the writer's, not a statement.
            if (clauseAfter && tokens[0].Kind == TokenKind.Word && SpeechCues.Subordinators.Contains(WordOf(text, tokens[0])))
            {
                continue;
            }

            next = clauseAfter ? tokens.Count : next;

            var source = Sources.FromText(subject.ToString());
            var cue = WordOf(text, tokens[verb]);
            if (next == tokens.Count)
            {
                if (!pastBreak && AddStatement(text, tokens, 0, clauseEnd, found, source, cue))
                {
                    return true;
                }
            }
            else if (tokens[next].Kind == TokenKind.Comma && subjectEnd - w <= 8 && next + 1 < tokens.Count && tokens[next + 1].Kind is TokenKind.Word or TokenKind.Quotation &&
                (next == verb + 1 || (subjectEnd - w > 1 && (char.IsLower(text[tokens[verb + 1].Start]) || IsWeekday(WordOf(text, tokens[verb + 1])) || IsMonth(WordOf(text, tokens[verb + 1]))))))
            {
                // "Still, he said, officials …": an opening adverb is no statement of its own; "…, X said on Saturday, and …" goes on;
                // "… the stadium, which, X said, is …": the words before a relative pronoun or conjunction are the writer's.
                var before = clauseEnd > 0 && tokens[clauseEnd - 1].Kind == TokenKind.Word ? WordOf(text, tokens[clauseEnd - 1]) : [];
                var aside = !before.IsEmpty && char.IsLower(before[0]) && (SpeechCues.ClauseWords.Contains(before) || SpeechCues.RelativeSubjects.Contains(before));
                var first = !aside && AddStatement(text, tokens, 0, clauseEnd, found, source, cue);
                var second = next + 1 < tokens.Count && Layout.IsWordAt(text, tokens[next + 1].Start, "and") && tokens[next + 1].End - tokens[next + 1].Start == 3 ? next + 2 : next + 1;
                if (AddStatement(text, tokens, second, tokens.Count, found, source, cue) || first)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// An inverted attribution between commas inside the statement (<c>The combination, say economists, marks a journey …</c>,
    /// <c>The port, said the mayor, will close.</c>): a speaker of up to <see cref="MaxTailSubjectWords"/> words after the cue, a comma,
    /// and the statement going on with its verb. The words before the attribution and those after it are two statements of that
    /// speaker. A comma followed by anything but a verb opens the speaker's apposition instead (<c>said Ann White, the harbour master</c>).
    /// </summary>
    private static bool TryInvertedAside(string text, List<Token> tokens, int clauseEnd, int cue, List<FoundQuote> found)
    {
        var close = cue + 1;
        while (close < tokens.Count && close - cue <= MaxTailSubjectWords && tokens[close].Kind == TokenKind.Word && !IsCueAt(text, tokens, close, out _) &&
            !SpeechCues.ClauseWords.Contains(WordOf(text, tokens[close])))
        {
            close++;
        }

        if (close == cue + 1 || close + 2 >= tokens.Count || tokens[close].Kind != TokenKind.Comma || tokens[close + 1].Kind != TokenKind.Word || tokens[close + 2].Kind != TokenKind.Word)
        {
            return false;
        }

        // "…, says the mayor, and the ferries will stop.": a second clause of the statement after "and" or "but".
        var rest = close + 1;
        var verb = WordOf(text, tokens[rest]);
        var isVerb = char.IsLower(verb[0]) && (SpeechCues.FiniteVerbs.Contains(verb) ||
            (IsPresentOrVerb(verb) && !SpeechCues.Auxiliaries.Contains(verb) && !SpeechCues.Determiners.Contains(verb) && !verb.EndsWith("ing", StringComparison.Ordinal)));
        if (verb is "and" or "but" && HasFiniteVerb(text, tokens, rest + 1))
        {
            rest++;
            isVerb = true;
        }

        // "The deal, announced Friday, would last …": a participle and its time are an aside, not an attribution.
        var whoFirst = WordOf(text, tokens[cue + 1]);
        var who = text.AsSpan(tokens[cue + 1].Start, tokens[close - 1].End - tokens[cue + 1].Start);
        if (!isVerb || SpeechCues.TimeWords.Contains(whoFirst) || IsWeekday(whoFirst) || IsMonth(whoFirst) || !IsSubject(who) || HasFiniteVerb(text, tokens, cue + 1))
        {
            return false;
        }

        var source = Sources.FromText(who.ToString());
        var spoken = WordOf(text, tokens[cue]);
        var first = AddStatement(text, tokens, 0, clauseEnd, found, source, spoken);
        return AddStatement(text, tokens, rest, tokens.Count, found, source, spoken) || first;
    }

    /// <summary>
    /// <c>clause, as X noted (in a column).</c>: the sentence ends with "as", a subject, a cue of speech and
    /// only modifiers; the statement is the clause before the comma.
    /// </summary>
    private static bool TryFinalAs(string text, List<Token> tokens, List<FoundQuote> found)
    {
        for (var c = tokens.Count - 3; c > 0 && tokens.Count - c <= MaxSubjectWords + 10; c--)
        {
            if (tokens[c].Kind != TokenKind.Comma)
            {
                continue;
            }

            if (!IsWordToken(text, tokens, c + 1, "as"))
            {
                return false;
            }

            var verb = c + 2;
            while (verb < tokens.Count && verb - c - 2 <= MaxSubjectWords && tokens[verb].Kind == TokenKind.Word && !IsCueAt(text, tokens, verb, out _))
            {
                verb++;
            }

            if (verb == c + 2 || verb >= tokens.Count || !IsCueAt(text, tokens, verb, out var kind) || !IsSpeech(kind) || IsIngForm(text, tokens[verb]) || IsPassive(text, tokens, verb))
            {
                return false;
            }

            var subjectEnd = verb;
            while (subjectEnd > c + 2 && SpeechCues.Auxiliaries.Contains(WordOf(text, tokens[subjectEnd - 1])) && char.IsLower(text[tokens[subjectEnd - 1].Start]))
            {
                subjectEnd--;
            }

            var next = verb + 1;
            while (next < tokens.Count && tokens[next].Kind == TokenKind.Word)
            {
                next++;
            }

            if (next != tokens.Count || subjectEnd == c + 2)
            {
                return false;
            }

            var subject = text.AsSpan(tokens[c + 2].Start, tokens[subjectEnd - 1].End - tokens[c + 2].Start);
            return IsSubject(subject) && !HasClauseWord(text, tokens, c + 2, subjectEnd) &&
                IsModifierTail(text, tokens, verb + 1, next, kind) && AddClause(text, tokens, 0, c, found, Sources.FromText(subject.ToString()), WordOf(text, tokens[verb]));
        }

        return false;
    }

    /// <summary>
    /// A passive "as" attribution, where the source follows <c>by</c> or <c>in</c>: <c>As reported by the Harbour Gazette,
    /// clause.</c> (the clause after the source's comma) or <c>clause, as first reported by the Harbour Gazette.</c> (the
    /// clause before "as"). Adverbs may stand before the cue (<c>first</c>, <c>previously</c>, -ly); the source is a few
    /// words with no clause word or cue.
    /// </summary>
    private static bool TryAsReportedBy(string text, List<Token> tokens, List<FoundQuote> found)
    {
        // "As reported by X, clause." (after an opening "But"/"And"), or the last comma before ", as reported by X."
        var opening = tokens[0].Kind == TokenKind.Word && SpeechCues.IsOpeningCoordinator(WordOf(text, tokens[0])) ? 1 : 0;
        var at = IsWordToken(text, tokens, opening, "As") ? opening : -1;
        for (var c = tokens.Count - 4; at < 0 && c > 2 && tokens.Count - c <= MaxSourceWords + 6; c--)
        {
            if (tokens[c].Kind == TokenKind.Comma)
            {
                at = IsWordToken(text, tokens, c + 1, "as") ? c + 1 : -2;
            }
        }

        if (at < 0)
        {
            return false;
        }

        var verb = at + 1;
        while (verb < tokens.Count && verb - at <= 3 && tokens[verb].Kind == TokenKind.Word && char.IsLower(text[tokens[verb].Start]) &&
            (WordOf(text, tokens[verb]) is "first" or "previously" or "originally" || (WordOf(text, tokens[verb]).EndsWith("ly", StringComparison.Ordinal) && tokens[verb].End - tokens[verb].Start > 4)))
        {
            verb++;
        }

        if (!IsCueAt(text, tokens, verb, out var kind) || !IsSpeech(kind) || !IsPastTense(WordOf(text, tokens[verb])) ||
            !(IsWordToken(text, tokens, verb + 1, "by") || IsWordToken(text, tokens, verb + 1, "in")))
        {
            return false;
        }

        var first = verb + 2;
        var end = first;
        while (end < tokens.Count && tokens[end].Kind == TokenKind.Word && end - first < MaxSubjectWords)
        {
            end++;
        }

        var final = at > opening;
        if (end == first || (final ? end != tokens.Count : end >= tokens.Count - 1 || tokens[end].Kind != TokenKind.Comma) || HasClauseWord(text, tokens, first, end) || HasCue(text, tokens, first, end))
        {
            return false;
        }

        var who = CutAtTimeOrPlace(TrimFinal(text.AsSpan(tokens[first].Start, tokens[end - 1].End - tokens[first].Start)));
        if (!IsValidSource(who, MaxSubjectWords))
        {
            return false;
        }

        var source = Sources.FromText(who.ToString());
        var cue = WordOf(text, tokens[verb]);
        return final ? AddStatement(text, tokens, 0, at - 1, found, source, cue) : AddClause(text, tokens, end + 1, tokens.Count, found, source, cue);
    }

    private static bool IsWordToken(string text, List<Token> tokens, int k, string word) =>
        k < tokens.Count && tokens[k].Kind == TokenKind.Word && WordOf(text, tokens[k]).SequenceEqual(word);

    /// <summary>Whether a quotation token's words end with a comma inside the closing mark (<c>“…,”</c>).</summary>
    private static bool EndsWithComma(string text, Token token)
    {
        var k = token.End - 1;
        while (k > token.Start && (Layout.IsClosingQuote(text[k]) || text[k] is '\'' or '\u2019'))
        {
            k--;
        }

        return k > token.Start && text[k] == ',';
    }

    /// <summary>Adds tokens [from, to) as a statement: a direct quote when they are one quotation (<c>“…,” X said</c>), else a reported clause.</summary>
    private static bool AddStatement(string text, List<Token> tokens, int from, int to, List<FoundQuote> found, Source source, ReadOnlySpan<char> cue)
    {
        while (to > from && tokens[to - 1].Kind is TokenKind.Comma or TokenKind.Break)
        {
            to--;
        }

        if (to - from != 1 || tokens[from].Kind != TokenKind.Quotation)
        {
            return AddClause(text, tokens, from, to, found, source, cue);
        }

        var (open, after) = (tokens[from].Start, tokens[from].End);
        var contentStart = ContentStart(text, open);
        var contentEnd = text[after - 1] is '"' or '\u201D' or '\u00BB' or '\u2019' or '\'' ? (text[after - 1] == '\'' && after >= 2 && text[after - 2] == '\'' ? after - 2 : after - 1) : after;
        var inner = TrimEndComma(text.AsSpan(contentStart, Math.Max(0, contentEnd - contentStart)));
        if (Layout.CountWords(inner, 2) < 2)
        {
            return false;
        }

        found.Add(new FoundQuote(QuoteKind.Direct, new TextSpan(contentStart, inner.Length), source, cue.ToString()));
        return true;
    }

    /// <summary>
    /// Whether the words [from, to) after a final cue are only modifiers (<c>said on Tuesday</c>, <c>told
    /// Reuters</c>, <c>wrote in a note to clients</c>), not a clause of their own (<c>said he was facing …</c>).
    /// </summary>
    private static bool IsModifierTail(string text, List<Token> tokens, int from, int to, CueKind kind) => IsModifierTail(text, tokens, from, to, kind, out _);

    /// <summary>
    /// <see cref="IsModifierTail(string, List{Token}, int, int, CueKind)"/>, and whether the modifiers end in a subordinate clause
    /// (<paramref name="clauseAfter"/>: <c>told his advisers as he wrote the speech</c>), which runs on to the sentence's end.
    /// </summary>
    private static bool IsModifierTail(string text, List<Token> tokens, int from, int to, CueKind kind, out bool clauseAfter)
    {
        clauseAfter = false;
        var k = from;
        if (kind == CueKind.Tell && k < to && !TrySkipListenerPhrase(text, tokens, ref k, to) && !TrySkipListener(text, tokens, ref k))
        {
            return false;
        }

        var phrase = false;
        for (; k < to; k++)
        {
            var word = WordOf(text, tokens[k]);

            // "…, he said as he left the quay": a subordinate clause after the cue says when or why it was said.
            if (k > from && char.IsLower(word[0]) && SpeechCues.Subordinators.Contains(word) && word is not ("even" or "if"))
            {
                clauseAfter = true;
                return true;
            }

            if (char.IsLower(word[0]) && (SpeechCues.SubjectPronouns.Contains(word) || SpeechCues.Passive.Contains(word)))
            {
                return false;
            }

            // "continued to run hot": "to" before a verb is an infinitive, not a phrase ("said to reporters", "wrote to the board");
            // inside a phrase it belongs to its noun ("said in a speech to open the session").
            if (word is "to" && !(phrase && !IsWordToken(text, tokens, from, "to")) && k + 1 < to && IsInfinitiveAfterTo(text, tokens[k + 1]))
            {
                return false;
            }

            // Lower-case words only in a phrase, or as times and adverbs; names and dates (Friday, Jan. 5) may stand alone.
            phrase |= char.IsLower(word[0]) && SpeechCues.Prepositions.Contains(word);
            if (!phrase && char.IsLower(word[0]) && !SpeechCues.TimeWords.Contains(word) && !(word.EndsWith("ly", StringComparison.Ordinal) && word.Length > 4))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Skips a listener that is a lower-case noun phrase after a tell verb at a sentence's end (<c>…, she told a harbour panel on
    /// Monday</c>, <c>told his closest advisers</c>): a determiner and one to four words before <paramref name="to"/> that are no
    /// preposition, clause word, pronoun or cue.
    /// </summary>
    private static bool TrySkipListenerPhrase(string text, List<Token> tokens, ref int k, int to)
    {
        if (k >= to || !SpeechCues.NounDeterminers.Contains(WordOf(text, tokens[k])) || char.IsUpper(text[tokens[k].Start]))
        {
            return false;
        }

        var j = k + 1;
        while (j < to && j - k <= 4)
        {
            var word = WordOf(text, tokens[j]);
            if (char.IsLower(word[0]) && (SpeechCues.Prepositions.Contains(word) || SpeechCues.ClauseWords.Contains(word) || SpeechCues.SubjectPronouns.Contains(word) ||
                SpeechCues.Passive.Contains(word) || SpeechCues.Of(word) != CueKind.None))
            {
                break;
            }

            j++;
        }

        // "told a joke." is an object; a listener is followed by when or where, or is named ("a Senate panel").
        if (j == k + 1 || (j == to && !HasCapitalisedWord(text.AsSpan(tokens[k].Start, tokens[j - 1].End - tokens[k].Start))))
        {
            return false;
        }

        k = j;
        return true;
    }

    /// <summary>
    /// Whether the word after <c>to</c> starts an infinitive: a lower-case word that is not a
    /// determiner, a listener (<c>to reporters</c>) or a number.
    /// </summary>
    private static bool IsInfinitiveAfterTo(string text, Token next)
    {
        var word = WordOf(text, next);
        return next.Kind == TokenKind.Word && char.IsLower(word[0]) &&
            !SpeechCues.Determiners.Contains(word) && !SpeechCues.Listeners.Contains(word);
    }

    /// <summary>Whether the words [from, to) hold a clause word or a relative pronoun: then they are not a subject.</summary>
    private static bool HasClauseWord(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            // "union members and leaders say": "and" or "or" inside the subject joins nouns.
            var word = WordOf(text, tokens[k]);
            if (char.IsLower(word[0]) && !(k > from && word is "and" or "or") &&
                (SpeechCues.ClauseWords.Contains(word) || SpeechCues.RelativeSubjects.Contains(word) || SpeechCues.Passive.Contains(word)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the tokens before <paramref name="end"/> (up to twice <see cref="MaxSourceWords"/> back) hold a verb (a finite auxiliary, a cue or a past tense in <c>-ed</c>): a
    /// statement, not only a noun phrase and its apposition (<c>Ana Lima, a pilot at the port, said the men who …</c>).
    /// </summary>
    private static bool HasVerbBefore(string text, List<Token> tokens, int end)
    {
        for (var k = Math.Max(0, end - 2 * MaxSourceWords); k < end && k < tokens.Count; k++)
        {
            var word = WordOf(text, tokens[k]);
            if (tokens[k].Kind == TokenKind.Word && char.IsLower(word[0]) &&
                (SpeechCues.FiniteVerbs.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal) || SpeechCues.Of(word) != CueKind.None))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The source after an inverted cue (<c>…, said Matt Bennett, a founder of Third Way.</c>): a name
    /// (or a short description) that runs to the end of the sentence or to a comma and an apposition, or up to a relative
    /// clause on <c>who</c> or <c>which</c> (<c>…, said two officials who spoke on condition of anonymity.</c>): <paramref name="end"/>
    /// is then the token where the source stops (else the sentence's end).
    /// </summary>
    private static bool IsInvertedSource(string text, List<Token> tokens, int from, out int end)
    {
        var k = from;
        var lowercase = 0;
        end = tokens.Count;
        while (k < tokens.Count && tokens[k].Kind == TokenKind.Word)
        {
            var word = WordOf(text, tokens[k]);
            // "…, said two officials who spoke on condition of anonymity": the source stops before its relative clause.
            // A finite verb after the relative clause's own (<c>said the men who met him would …</c>) makes the words after the cue
            // the subject of the reported clause instead.
            if (k > from && SpeechCues.RelativeSubjects.Contains(word))
            {
                for (var v = k + 2; v < tokens.Count && v - k <= MaxSourceWords; v++)
                {
                    if (tokens[v].Kind == TokenKind.Word && char.IsLower(text[tokens[v].Start]) && SpeechCues.FiniteVerbs.Contains(WordOf(text, tokens[v])))
                    {
                        return false;
                    }
                }

                end = k;
                return true;
            }

            if (char.IsLower(word[0]) && ++lowercase > 6)
            {
                return false;
            }

            if (char.IsLower(word[0]) && (SpeechCues.Of(word) != CueKind.None || SpeechCues.Passive.Contains(word) || SpeechCues.Auxiliaries.Contains(word) ||
                SpeechCues.SubjectPronouns.Contains(word)))
            {
                return false;
            }

            // "…, said Wednesday he agrees": a time right after the cue is no source.
            if (k == from && (IsWeekday(word) || IsMonth(word)))
            {
                return false;
            }

            k++;
        }

        // "…, said the board would meet": a noun phrase and then its verb is the reported clause, not a source.
        return (k == tokens.Count || tokens[k].Kind == TokenKind.Comma) && !HasFiniteVerb(text, tokens, from);
    }

    /// <summary>
    /// A cue with its subject before it and the reported clause after it: <c>X (also) said (in a
    /// statement) (that) clause</c>, <c>X told Reuters (that) clause</c>, <c>X called Y “…”</c>.
    /// </summary>
    private static bool TryForward(string text, List<Token> tokens, List<FoundQuote> found)
    {
        var any = false;
        ReadOnlySpan<char> lastSubject = [];
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (!IsCueAt(text, tokens, i, out var kind) || IsPassive(text, tokens, i))
            {
                continue;
            }

            var word = WordOf(text, tokens[i]);
            ReadOnlySpan<char> subject;
            var gerundStop = -1;
            if (IsIngForm(text, tokens[i]) && GerundSubject(text, tokens, i, out gerundStop) is { IsEmpty: false } gerund)
            {
                // "The mayor answered by saying …", "After saying …, she left": the subject of the verb the phrase goes with.
                subject = gerund;
            }
            else if (IsIngForm(text, tokens[i]))
            {
                // ", saying (that) clause": the subject is the sentence's own, at its start;
                // "with Law noting that …": the subject is right before.
                // "…, saying", "… – saying": the subject that opens the sentence; "… and saying", "… while saying": the sentence's own subject.
                subject = i > 0 && (tokens[i - 1].Kind == TokenKind.Comma || IsDashAt(text, tokens, i - 1))
                    ? ParticipleSubject(text, tokens, i)
                    : i > 1 && WordOf(text, tokens[i - 1]) is "and" or "while" ? OrCoordinatedSubject(LeadingSubject(text, tokens), text, tokens, i) : StripWith(SubjectOf(text, tokens, i));
            }
            else
            {
                subject = SubjectOf(text, tokens, i);
                if (subject.IsEmpty && IsCoordinated(text, tokens, i))
                {
                    // "X admitted A, but said B" · "X survived the war and says B": the verbs share the subject.
                    subject = lastSubject.IsEmpty ? OrCoordinatedSubject(LeadingSubject(text, tokens), text, tokens, i) : lastSubject;
                }
            }

            if (subject.IsEmpty || !IsSubject(subject))
            {
                continue;
            }

            // "As the Times reported (on Friday), clause.": the clause after the comma is the statement.
            if (IsAsAttribution(text, tokens, i, subject, out var clauseStart))
            {
                if (AddClause(text, tokens, clauseStart, tokens.Count, found, Sources.FromText(subject.ToString()), word))
                {
                    return true;
                }

                continue;
            }

            // "a bill, which critics said was unfair, …": the statement is the rest of the relative clause.
            if (kind is CueKind.Say or CueKind.SayThat && !IsIngForm(text, tokens[i]) && RelativeGapEnd(text, tokens, i, ref subject) is > 0 and var gapEnd && IsSubject(subject))
            {
                if (AddClause(text, tokens, i + 1, gapEnd, found, Sources.FromText(subject.ToString()), word))
                {
                    any = true;
                    lastSubject = subject;
                    i = gapEnd;
                }

                continue;
            }

            var k = i + 1;
            var gotThat = false;
            var request = false;
            if (kind == CueKind.Ask)
            {
                // "asked (Holder) whether …": the question opens within a few words.
                var opener = FindWord(text, tokens, k, SpeechCues.QuestionOpeners, 8);
                if (opener >= 0)
                {
                    k = opener;
                }
                else if (IsRequest(text, tokens, k))
                {
                    request = true;
                }
                else
                {
                    continue;
                }

                gotThat = true;
            }
            else if (kind == CueKind.Tell)
            {
                var that = FindThat(text, tokens, k);
                if (that > 0)
                {
                    k = that + 1;
                    gotThat = true;
                }
                else if (!TrySkipListener(text, tokens, ref k))
                {
                    continue;
                }
            }

            var toInfinitive = k < tokens.Count && tokens[k].Kind == TokenKind.Word && WordOf(text, tokens[k]) is "to" && SpeechCues.InfinitiveVerbs.Contains(word);
            if (!gotThat && !toInfinitive && !SkipModifiers(text, tokens, ref k, out gotThat))
            {
                continue;
            }

            if (k >= tokens.Count)
            {
                continue;
            }

            // "said that was not her view": before a verb, "that" is the clause's subject.
            if (gotThat && tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && SpeechCues.FiniteVerbs.Contains(WordOf(text, tokens[k])) &&
                tokens[k - 1].Kind == TokenKind.Word && WordOf(text, tokens[k - 1]) is "that")
            {
                k--;
            }

            if (kind == CueKind.Call && !HasQuotation(tokens, k, k + 14))
            {
                continue;
            }

            var infinitive = !gotThat && tokens[k].Kind == TokenKind.Word && WordOf(text, tokens[k]) is "to" && SpeechCues.InfinitiveVerbs.Contains(word);
            var plainObject = request;
            if (kind == CueKind.SayThat && !gotThat && !infinitive && (tokens[k].Kind != TokenKind.Word || !SpeechCues.ClauseOpeners.Contains(WithoutContraction(WordOf(text, tokens[k])))) &&
                !HasFiniteVerb(text, tokens, k))
            {
                if (!IsPlainObject(text, tokens, i, k))
                {
                    continue;
                }

                plainObject = true;
            }

            // "says running for office is tough", "said nothing would change": such a start needs the clause's verb.
            if (tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && IsIngForm(text, tokens[k]) && !HasFiniteVerb(text, tokens, k))
            {
                continue;
            }

            if (!gotThat && !infinitive && tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && SpeechCues.NotClauseStarts.Contains(WordOf(text, tokens[k])) &&
                (!HasFiniteVerb(text, tokens, k) || SpeechCues.Prepositions.Contains(WordOf(text, tokens[k])) || SpeechCues.Passive.Contains(WordOf(text, tokens[k]))))
            {
                continue;
            }

            // "… and added: “…”" — a comma or colon before a closing quotation that is the whole clause.
            if (tokens[k].Kind is TokenKind.Comma or TokenKind.Break && k == tokens.Count - 2 && tokens[k + 1].Kind == TokenKind.Quotation && text[tokens[k].Start] is ',' or ':')
            {
                k++;
            }

            // "said that, even if the tide turned, the pier would hold": an aside between commas opens the clause.
            if (gotThat && tokens[k].Kind == TokenKind.Comma && IsWordToken(text, tokens, k - 1, "that") && NextCommaToken(tokens, k + 1, 16) > k + 2)
            {
                k++;
            }

            if (tokens[k].Kind is TokenKind.Comma or TokenKind.Break)
            {
                continue;
            }

            var source = Sources.FromText(subject.ToString());
            // A clause that is one quotation is a direct quote: X said “…”.
            if (tokens[k].Kind == TokenKind.Quotation && k == tokens.Count - 1)
            {
                if (AddStatement(text, tokens, k, k + 1, found, source, word))
                {
                    return true;
                }

                continue;
            }

            // ", adding clause" / ", saying clause" opens a second statement of the same source.
            var stop = tokens.Count;
            if (gerundStop > k || IsSubordinate(text, tokens, i))
            {
                // "While X said clause, Y …": the statement ends with the subordinate clause.
                stop = gerundStop > k ? gerundStop : SubordinateEnd(text, tokens, k + 1);
                if (AddClause(text, tokens, k, stop, found, source, word))
                {
                    any = true;
                    lastSubject = subject;
                    i = stop;
                }

                continue;
            }

            var secondStatement = false;
            var secondKind = CueKind.None;
            for (var m = k + 1; m < tokens.Count - 1; m++)
            {
                // "A and said B", "A, and three-quarters said B": a second attribution ends the statement.
                if (m > k + 2 && tokens[m].Kind == TokenKind.Word && WordOf(text, tokens[m]) is "and" or "but" && StartsAttribution(text, tokens, m + 1))
                {
                    stop = tokens[m - 1].Kind == TokenKind.Comma ? m - 1 : m;
                    break;
                }

                if (EndsStatement(text, tokens, m) || (plainObject && EndsObject(text, tokens, m)))
                {
                    stop = m;
                    break;
                }

                if (tokens[m].Kind != TokenKind.Comma || tokens[m + 1].Kind != TokenKind.Word)
                {
                    continue;
                }

                if (IsCueAt(text, tokens, m + 1, out var next) && IsIngForm(text, tokens[m + 1]))
                {
                    stop = m;
                    secondStatement = true;
                    secondKind = next;
                    break;
                }

                // "X, who said A, said B": a cue right after a comma is the main verb; the statement was in the aside.
                if (next != CueKind.None && IsSpeech(next))
                {
                    stop = m;
                    break;
                }

                // ", but …", ", who …": a contrast or an aside after a comma is the writer's, not the statement's;
                // ", but that …" goes on with a second that-clause of the same cue.
                if (((SpeechCues.StatementEnds.Contains(WordOf(text, tokens[m + 1])) && !IsWordToken(text, tokens, m + 2, "that") && !ContinuesContrast(text, tokens, m + 2)) ||
                    (WordOf(text, tokens[m + 1]) is "who" && NextCommaToken(tokens, m + 2, 40) < 0)))
                {
                    stop = m;
                    break;
                }
            }

            if (AddClause(text, tokens, k, stop, found, source, word))
            {
                if (secondStatement)
                {
                    var second = stop + 2;
                    // ", telling reporters (that) …": the listener comes before the statement.
                    var thatAt = secondKind == CueKind.Tell ? FindThat(text, tokens, second) : -1;
                    var that = thatAt > 0 ? thatAt + 1 : second < tokens.Count && Layout.IsWordAt(text, tokens[second].Start, "that") ? second + 1 : second;
                    if (secondKind != CueKind.Tell || thatAt > 0 || TrySkipListener(text, tokens, ref that))
                    {
                        AddClause(text, tokens, that, tokens.Count, found, source, WordOf(text, tokens[stop + 1]));
                    }

                    return true;
                }

                // Read on for a second attribution after the statement (the loop resumes after its end).
                any = true;
                lastSubject = subject;
                i = stop;
            }
        }

        return any;
    }

    /// <summary>The first comma among the words from <paramref name="from"/>, within <paramref name="window"/> tokens; -1 at any other punctuation or none.</summary>
    private static int NextCommaToken(List<Token> tokens, int from, int window)
    {
        for (var k = from; k < tokens.Count && k - from < window; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return tokens[k].Kind == TokenKind.Comma ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether token <paramref name="m"/> ends a reported clause: a semicolon (<c>X said A; B</c>), or a comma
    /// before a comparison (<c>, compared with …</c>), before "and" with a subject pronoun (<c>, and he …</c>) or
    /// before "and" with a finite or past verb (<c>, and has championed …</c>): the writer's next clause.
    /// </summary>
    private static bool EndsStatement(string text, List<Token> tokens, int m)
    {
        var t = tokens[m];
        if (t.Kind == TokenKind.Break && text[t.Start] == ';')
        {
            return true;
        }

        if (t.Kind != TokenKind.Comma || m + 2 >= tokens.Count || tokens[m + 1].Kind != TokenKind.Word || tokens[m + 2].Kind != TokenKind.Word)
        {
            return false;
        }

        var next = WordOf(text, tokens[m + 1]);
        var after = WordOf(text, tokens[m + 2]);
        return next is "compared" || (next is "and" && (IsFiniteOrPast(after) || SpeechCues.PersonSubjects.Contains(after)));
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> after an ask verb are a request or a topic: a listener and
    /// an infinitive (<c>asked the board to resign</c>), or "about" (<c>asked the minister about the loans</c>),
    /// within a few words, with no punctuation, cue or clause word before it.
    /// </summary>
    private static bool IsRequest(string text, List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k - from < 6 && tokens[k].Kind == TokenKind.Word; k++)
        {
            var word = WordOf(text, tokens[k]);
            if (word is "about" || (word is "to" && k > from && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word))
            {
                return k > from || word is "about";
            }

            if (char.IsLower(word[0]) && (SpeechCues.ClauseWords.Contains(word) || SpeechCues.Prepositions.Contains(word) ||
                SpeechCues.FiniteVerbs.Contains(word) || SpeechCues.Of(word) != CueKind.None))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether token <paramref name="m"/> ends a plain object (<see cref="IsPlainObject"/>) or a request
    /// (<see cref="IsRequest"/>): "and" or "but" before a finite or past verb, which the subject goes on with
    /// (<c>announced a plan and will visit …</c>, <c>urged voters to stay and tried to …</c>), a dash, or a
    /// comma before a relative pronoun or a participle (<c>asked the board to resign, which …</c>, <c>…, creating …</c>).
    /// </summary>
    private static bool EndsObject(string text, List<Token> tokens, int m)
    {
        if (tokens[m].Kind == TokenKind.Comma && m + 1 < tokens.Count && tokens[m + 1].Kind == TokenKind.Word)
        {
            var after = WordOf(text, tokens[m + 1]);
            var participle = after.EndsWith("ing", StringComparison.Ordinal) && after.Length > 5 && !SpeechCues.Prepositions.Contains(after) && SpeechCues.Of(after) == CueKind.None;
            if (char.IsLower(after[0]) && (SpeechCues.RelativeSubjects.Contains(after) || after is "where" || participle))
            {
                return true;
            }
        }

        if (IsDashAt(text, tokens, m))
        {
            return true;
        }

        if (tokens[m].Kind != TokenKind.Word || m + 1 >= tokens.Count || tokens[m + 1].Kind != TokenKind.Word || WordOf(text, tokens[m]) is not ("and" or "but"))
        {
            return false;
        }

        return IsFiniteOrPast(WordOf(text, tokens[m + 1]));
    }

    /// <summary>Whether a lower-case word is a finite auxiliary (<c>has</c>, <c>will</c>) or looks like a past verb (<c>-ed</c>).</summary>
    private static bool IsFiniteOrPast(ReadOnlySpan<char> word) =>
        char.IsLower(word[0]) && (SpeechCues.FiniteVerbs.Contains(word) || (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4));

    /// <summary>
    /// Whether the words from <paramref name="from"/> are the plain object of a verb whose object is what was
    /// said (<see cref="SpeechCues.ObjectVerbs"/>: <c>announced a ban on imports</c>, <c>urged voters to stay
    /// home</c>): a word that can open a noun phrase, not a preposition, time word, particle or finite verb
    /// (<c>a merger announced Monday would …</c>). The verb must not be an adjective (<c>270 pledged
    /// delegates</c>, <c>the announced plan</c>), and its -ing form counts only after a comma (<c>…, urging
    /// voters to …</c>), not after a preposition (<c>from denying licenses</c>).
    /// </summary>
    private static bool IsPlainObject(string text, List<Token> tokens, int cue, int from)
    {
        var verb = WordOf(text, tokens[cue]);
        if (from >= tokens.Count || tokens[from].Kind != TokenKind.Word || !SpeechCues.ObjectVerbs.Contains(verb) || cue < 1)
        {
            return false;
        }

        var before = tokens[cue - 1];
        if (verb.EndsWith("ing", StringComparison.Ordinal) ? before.Kind != TokenKind.Comma :
            before.Kind == TokenKind.Word && (char.IsDigit(text[before.Start]) || StartsWithDeterminer(WordOf(text, before)) || WordOf(text, before) is "most"))
        {
            return false;
        }

        var word = WordOf(text, tokens[from]);
        return !(char.IsLower(word[0]) && (SpeechCues.NotClauseStarts.Contains(word) || SpeechCues.Prepositions.Contains(word) ||
            SpeechCues.TimeWords.Contains(word) || SpeechCues.FiniteVerbs.Contains(word)));
    }

    /// <summary>
    /// <c>As X reported (modifiers), clause.</c>: the sentence opens with "As", the subject runs to the cue, and
    /// a comma within a few words after the cue opens the clause (<paramref name="clauseStart"/>).
    /// </summary>
    private static bool IsAsAttribution(string text, List<Token> tokens, int verb, ReadOnlySpan<char> subject, out int clauseStart)
    {
        clauseStart = -1;
        // "But as X noted, clause.": a conjunction may come first.
        var a = verb > 2 && SpeechCues.IsOpeningCoordinator(WordOf(text, tokens[0])) ? 1 : 0;
        if (verb < a + 2 || !Layout.IsWordAt(text, tokens[a].Start, "as") || tokens[a].End - tokens[a].Start != 2 || tokens[a + 1].Start + subject.Length > text.Length ||
            !text.AsSpan(tokens[a + 1].Start, subject.Length).SequenceEqual(subject) ||
            IsIngForm(text, tokens[verb]))
        {
            return false;
        }

        for (var k = verb + 1; k < tokens.Count && k - verb <= 6; k++)
        {
            if (tokens[k].Kind == TokenKind.Comma)
            {
                clauseStart = k + 1;
                return true;
            }

            if (tokens[k].Kind != TokenKind.Word || SpeechCues.SubjectPronouns.Contains(WordOf(text, tokens[k])))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A word without a contracted verb (<c>she’ll</c> → <c>she</c>, <c>he’s</c> → <c>he</c>).</summary>
    private static ReadOnlySpan<char> WithoutContraction(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '\u2019');
        return apostrophe > 0 && word.Length - apostrophe <= 3 && !word.EndsWith("n't", StringComparison.Ordinal) && !word.EndsWith("n\u2019t", StringComparison.Ordinal)
            ? word[..apostrophe] : word;
    }

    /// <summary>Whether a lower-case cue word lies in the words [from, to).</summary>
    private static bool HasCue(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (IsCueAt(text, tokens, k, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the cue at <paramref name="verb"/> follows "and" or "but" (past auxiliaries): a verb that shares the subject before it.</summary>
    private static bool IsCoordinated(string text, List<Token> tokens, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && SpeechCues.Auxiliaries.Contains(WordOf(text, tokens[k])))
        {
            k--;
        }

        return k > 0 && tokens[k].Kind == TokenKind.Word && WordOf(text, tokens[k]) is "and" or "but";
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> open an attribution of their own: a cue right away
    /// (<c>and said …</c>) or after a short subject (<c>and three-quarters said …</c>).
    /// </summary>
    private static bool StartsAttribution(string text, List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k - from <= 6 && tokens[k].Kind == TokenKind.Word; k++)
        {
            var word = WordOf(text, tokens[k]);
            if (IsCueAt(text, tokens, k, out var kind))
            {
                return (k == from || IsSpeech(kind)) && !IsIngForm(text, tokens[k]) && !IsPassive(text, tokens, k);
            }

            if (char.IsLower(word[0]) && word is not "than" && (SpeechCues.ClauseWords.Contains(word) || SpeechCues.RelativeSubjects.Contains(word)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The subject that opens the sentence: a subject pronoun (<c>He</c>) or a name (<c>The Arizona Republican</c>) before a lower-case verb.</summary>
    private static ReadOnlySpan<char> LeadingSubject(string text, List<Token> tokens)
    {
        if (tokens.Count > 1 && tokens[0].Kind == TokenKind.Word)
        {
            // "He", or "He’s" (he is, he has).
            var pronoun = WithoutContraction(WordOf(text, tokens[0]));
            if (SpeechCues.PersonSubjects.Contains(pronoun))
            {
                return pronoun;
            }
        }

        var name = LeadingName(text, tokens);
        var after = TokenAfterLeading(tokens, name.Length, tokens.Count);

        // "Sanders’ campaign launched …": a possessive name opens a longer subject, which is not known.
        return !name.IsEmpty && !Sources.IsPossessive(name) &&
            after < tokens.Count && tokens[after].Kind == TokenKind.Word && char.IsLower(text[tokens[after].Start]) ? name : [];
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> are a clause without "that": a short noun phrase, then a
    /// finite auxiliary (<c>noted the plan would fail</c>, <c>confirmed the talks had ended</c>), with no relative
    /// pronoun, preposition or punctuation before it (<c>confirmed the report on Friday</c> is a plain object).
    /// </summary>
    private static bool HasFiniteVerb(string text, List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k - from <= 10; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            var word = WordOf(text, tokens[k]);
            if (k > from && char.IsLower(word[0]) &&
                (SpeechCues.FiniteVerbs.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal)))
            {
                return true;
            }

            // "reported the email came hours after …": a past tense after the noun phrase is the clause's verb.
            if (k > from + 1 && char.IsLower(word[0]) && IsPastTense(word) && tokens[k - 1].Kind == TokenKind.Word &&
                !SpeechCues.Determiners.Contains(WordOf(text, tokens[k - 1])) && !SpeechCues.Prepositions.Contains(WordOf(text, tokens[k - 1])) &&
                !SpeechCues.Auxiliaries.Contains(WordOf(text, tokens[k - 1])))
            {
                return true;
            }

            // "Latinos and Blacks have …" joins two subjects; "a plan and will …" joins two verbs.
            if (word is "and" or "or" && k > from && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word &&
                !SpeechCues.FiniteVerbs.Contains(WordOf(text, tokens[k + 1])))
            {
                continue;
            }

            // "anything it doesn't know": a pronoun opens a relative clause of the noun phrase.
            if (char.IsLower(word[0]) && word is not "than" && (SpeechCues.RelativeSubjects.Contains(word) || (SpeechCues.ClauseWords.Contains(word) && !IsDegreeAdverb(text, tokens, k)) ||
                SpeechCues.Of(word) != CueKind.None || (k > from && !IsIngForm(text, tokens[from]) && SpeechCues.SubjectPronouns.Contains(WithoutContraction(word)))))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <c>so</c> or <c>as</c> at <paramref name="k"/> modifies the quantity word after it (<c>seeing so many officers</c>,
    /// <c>as much money</c>) instead of opening a clause.
    /// </summary>
    private static bool IsDegreeAdverb(string text, List<Token> tokens, int k) =>
        WordOf(text, tokens[k]) is "so" or "as" && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && SpeechCues.Quantities.Contains(WordOf(text, tokens[k + 1]));

    private static ReadOnlySpan<char> TrimEndComma(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd();
        while (t.Length > 0 && t[^1] == ',')
        {
            t = t[..^1].TrimEnd();
        }

        return t;
    }

    private static bool HasQuotation(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < tokens.Count && k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Quotation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the subject of the cue at <paramref name="verb"/> follows a subordinating word (<c>While X said</c>).</summary>
    private static bool IsSubordinate(string text, List<Token> tokens, int verb)
    {
        for (var k = verb - 1; k >= 0 && verb - k <= MaxSubjectWords + 1; k--)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (SpeechCues.ClauseWords.Contains(WordOf(text, tokens[k])))
            {
                return SpeechCues.Subordinators.Contains(WordOf(text, tokens[k]));
            }
        }

        return false;
    }

    /// <summary>Adds tokens [from, to) as a reported clause of at least three words; false when too short.</summary>
    private static bool AddClause(string text, List<Token> tokens, int from, int to, List<FoundQuote> found, Source source, ReadOnlySpan<char> cue)
    {
        if (from >= to || to > tokens.Count)
        {
            return false;
        }

        from = AfterDateline(text, tokens, from, to);

        var words = 0;
        for (var k = from; k < to && words < 3; k++)
        {
            words += tokens[k].Kind == TokenKind.Word ? 1 : tokens[k].Kind == TokenKind.Quotation ? 3 : 0;
        }

        if (words < 3)
        {
            return false;
        }

        while (to > from && tokens[to - 1].Kind is TokenKind.Comma or TokenKind.Break)
        {
            to--;
        }

        var start = tokens[from].Start;
        var end = tokens[to - 1].End;
        found.Add(new FoundQuote(QuoteKind.Reported, new TextSpan(start, end - start), source, cue.ToString()));
        return true;
    }

    /// <summary>
    /// After a news dateline that opens the clause (<c>MOSCOW (AP) —</c>, <c>SANTIAGO, Chile —</c>): a
    /// place in capitals, an optional region and agency in brackets, then a dash. It says where the
    /// story was filed, not what was said. Otherwise <paramref name="from"/>.
    /// </summary>
    private static int AfterDateline(string text, List<Token> tokens, int from, int to)
    {
        if (tokens[from].Kind != TokenKind.Word || !IsCapitals(WordOf(text, tokens[from])))
        {
            return from;
        }

        for (var k = from + 1; k < to && k - from <= 8; k++)
        {
            var token = tokens[k];
            if (IsDashAt(text, tokens, k))
            {
                return k + 1 < to ? k + 1 : from;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Comma or TokenKind.Break) ||
                (token.Kind == TokenKind.Break && text[token.Start] is not ('(' or ')')) ||
                (token.Kind == TokenKind.Word && !char.IsUpper(text[token.Start])))
            {
                return from;
            }
        }

        return from;

        static bool IsCapitals(ReadOnlySpan<char> word) =>
            word.Length >= 2 && !word.ContainsAnyInRange('a', 'z') && word.ContainsAnyInRange('A', 'Z');
    }

    /// <summary>The word of a token, without a trailing period or possessive mark.</summary>
    private static ReadOnlySpan<char> WordOf(string text, Token token) => text.AsSpan(token.Start, token.End - token.Start);

    private static bool IsCueAt(string text, List<Token> tokens, int index, out CueKind kind)
    {
        kind = CueKind.None;
        if (index < 0 || index >= tokens.Count || tokens[index].Kind != TokenKind.Word || !char.IsLower(text[tokens[index].Start]))
        {
            return false;
        }

        kind = tokens is TokenList list ? list.CueOf(text, index) : SpeechCues.Of(WordOf(text, tokens[index]));
        if (kind != CueKind.None && index > 0 && tokens[index - 1].Kind == TokenKind.Word && WordOf(text, tokens[index - 1]) is "to")
        {
            kind = CueKind.None; // "not authorized to speak": an infinitive is no attribution
        }
        else if (kind != CueKind.None && index > 0 && IsFigureCount(text, tokens[index - 1]) && WordOf(text, tokens[index]).EndsWith("ed", StringComparison.Ordinal))
        {
            kind = CueKind.None; // "a lead of 400 pledged delegates": a past participle after a count is an adjective (not after a year: "in 2008 questioned")
        }

        return kind != CueKind.None;
    }

    /// <summary>Whether a token is a count in figures (<c>400</c>, <c>4,051</c>), not a year of four digits.</summary>
    private static bool IsFigureCount(string text, Token token)
    {
        var word = WordOf(text, token);
        return token.Kind == TokenKind.Word && word.Length > 0 && char.IsDigit(word[0]) && !(word.Length == 4 && word[0] is '1' or '2' && char.IsDigit(word[3]));
    }

    /// <summary>A cue that attributes speech in any position (every kind but <see cref="CueKind.Call"/>).</summary>
    private static bool IsSpeech(CueKind kind) => kind is CueKind.Say or CueKind.Tell or CueKind.SayThat or CueKind.Ask;

    private static bool IsIngForm(string text, Token token) => WordOf(text, token).EndsWith("ing", StringComparison.Ordinal);

    /// <summary>A past form after "was", "were", "been" … is passive (<c>was told</c>): the subject is not the speaker.</summary>
    private static bool IsPassive(string text, List<Token> tokens, int verb)
    {
        if (verb == 0 || tokens[verb - 1].Kind != TokenKind.Word || IsIngForm(text, tokens[verb]))
        {
            return false;
        }

        var word = WordOf(text, tokens[verb]);
        var past = word.EndsWith("ed", StringComparison.Ordinal) || word is "said" or "told" or "written" or "wrote";
        var before = WordOf(text, tokens[verb - 1]);
        if (SpeechCues.AdverbsBeforeVerb.Contains(before) && verb >= 2 && tokens[verb - 2].Kind == TokenKind.Word)
        {
            before = WordOf(text, tokens[verb - 2]);
        }

        return past && (SpeechCues.Passive.Contains(before) || IsBeContraction(before));
    }

    /// <summary>Whether a word ends in a contraction of <c>are</c> or <c>am</c> (<c>we're</c>, <c>I’m</c>): <c>We're told …</c> is passive.</summary>
    private static bool IsBeContraction(ReadOnlySpan<char> word) =>
        (word.Length > 3 && word[^3] is '\'' or '\u2019' && word[^2..] is "re" or "RE") || (word.Length > 2 && word[^2] is '\'' or '\u2019' && word[^1] is 'm' or 'M');

    /// <summary>
    /// Whether the relative pronoun at <paramref name="relative"/> opens a restrictive clause inside the subject of the cue at
    /// <paramref name="verb"/> (<c>Officials who spoke on condition of anonymity said</c>): a noun stands right before it, and the
    /// words up to the cue hold more than auxiliaries and adverbs (in <c>officials who have long said</c> the pronoun is the subject).
    /// </summary>
    private static bool IsRestrictiveRelative(string text, List<Token> tokens, int relative, int verb)
    {
        if (relative == 0 || tokens[relative - 1].Kind != TokenKind.Word || verb - relative < 2)
        {
            return false;
        }

        var noun = WordOf(text, tokens[relative - 1]);
        if (SpeechCues.Of(noun) != CueKind.None || SpeechCues.Prepositions.Contains(noun) || SpeechCues.ClauseWords.Contains(noun) || SpeechCues.ObjectPronouns.Contains(noun))
        {
            return false;
        }

        for (var k = relative + 1; k < verb; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            var word = WordOf(text, tokens[k]);
            if (!(SpeechCues.Auxiliaries.Contains(word) || SpeechCues.AdverbsBeforeVerb.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject of the cue at <paramref name="verb"/>: back over auxiliaries, then to the start of its clause.</summary>
    private static ReadOnlySpan<char> SubjectOf(string text, List<Token> tokens, int verb)
    {
        var end = verb;
        while (end > 0 && tokens[end - 1].Kind == TokenKind.Word && char.IsLower(text[tokens[end - 1].Start]) &&
            (SpeechCues.Auxiliaries.Contains(WordOf(text, tokens[end - 1])) || IsAdverbAfterName(text, tokens, end - 1) || IsConnectiveAfterSubject(text, tokens, end - 1)))
        {
            end--;
        }

        var start = end;
        var aside = false;
        var tags = 0; // tokens of bracketed tags ("(D-Vt.)"), which do not count as the subject's words
        while (start > 0 && end - start - tags < MaxSubjectWords + (aside ? 20 : 0))
        {
            if (start == end && !aside && IsDashAt(text, tokens, start - 1))
            {
                // "The mayor — who had said nothing for weeks — told reporters …": the subject stands before a dashed aside.
                var opening = DashBefore(text, tokens, start - 2);
                if (opening > 0 && tokens[opening - 1].Kind == TokenKind.Word)
                {
                    start = opening;
                    aside = true;
                    continue;
                }
            }

            if (tokens[start - 1].Kind != TokenKind.Word)
            {
                // "Sen. Jane Roe (D-Vt.) said": a bracketed tag inside the subject.
                var open = start - 2;
                while (text[tokens[start - 1].Start] == ')' && open > 0 && start - open < 8 && tokens[open].Kind != TokenKind.Comma && text[tokens[open].Start] != '(')
                {
                    open--;
                }

                if (text[tokens[start - 1].Start] != ')' || open <= 0 || text[tokens[open].Start] != '(' || tokens[open - 1].Kind != TokenKind.Word)
                {
                    break;
                }

                tags += start - open;
                start = open;
                continue;
            }

            var word = WordOf(text, tokens[start - 1]);
            if (SpeechCues.RelativeSubjects.Contains(word))
            {
                start--;
                // "Officials who spoke on condition of anonymity said …": a relative clause with a verb of its own, right after
                // its noun, is part of the subject; the walk goes on to the noun.
                if (!IsRestrictiveRelative(text, tokens, start, end))
                {
                    break;
                }

                continue;
            }

            // "… D.C. He recalled that …": a subject pronoun right before the verb is the whole subject.
            if (start == end && SpeechCues.PersonSubjects.Contains(WithoutContraction(word)))
            {
                start--;
                break;
            }

            // "more than 4 in 10 said": a comparison inside the subject.
            var comparison = word is "than" && start >= 2 && tokens[start - 2].Kind == TokenKind.Word && WordOf(text, tokens[start - 2]) is "more" or "fewer" or "less";
            if (!comparison && SpeechCues.ClauseWords.Contains(word))
            {
                break;
            }

            // "… noted published reports …": words after another cue are its object, not the subject of a verb
            // (a participle's noun may be: "called a report suggesting …").
            if (SpeechCues.Of(word) != CueKind.None && char.IsLower(word[0]))
            {
                if (!IsIngForm(text, tokens[verb]))
                {
                    return [];
                }

                break;
            }

            start--;
        }

        if (start == end)
        {
            // "Chris Cox, who runs the lobbying arm, says …": the subject opens the sentence and carries an apposition.
            // The words count, not the commas: "Ana Lima, a pilot at the port of Tema, which has a backlog of repairs, said …".
            if (start > 0 && tokens[start - 1].Kind == TokenKind.Comma && end > 1 && end <= MaxSourceWords + 8 && WordsBefore(tokens, end) <= MaxSourceWords &&
                tokens[0].Kind == TokenKind.Word && char.IsUpper(text[tokens[0].Start]))
            {
                return text.AsSpan(tokens[0].Start, tokens[WithoutConnective(text, tokens, start - 2)].End - tokens[0].Start);
            }

            // "Ana Lima, the author of “The Long Tide,” said …": the apposition ends in a title whose comma stands inside its marks.
            if (start > 2 && tokens[start - 1].Kind == TokenKind.Quotation && end <= MaxSourceWords && NameThenComma(text, tokens) &&
                tokens[start - 1].End - tokens[start - 1].Start > 3 && text[tokens[start - 1].End - 2] == ',' && QuotesOnlyTitles(text.AsSpan(tokens[start - 1].Start, tokens[start - 1].End - tokens[start - 1].Start)))
            {
                return text.AsSpan(tokens[0].Start, tokens[start - 1].End - tokens[0].Start);
            }

            return [];
        }

        if (start == 0 && end - start - tags >= MaxSubjectWords && !aside)
        {
            return [];
        }

        if (start > 0 && tokens[start - 1].Kind == TokenKind.Word && end - start - tags >= MaxSubjectWords + (aside ? 20 : 0))
        {
            return LongSubjectFromStart(text, tokens, end);
        }

        // The aside's closing dash is not part of the subject.
        end -= aside ? 1 : 0;
        return text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
    }

    /// <summary>How many of the tokens before <paramref name="end"/> are words or quotations (commas and breaks do not count).</summary>
    private static int WordsBefore(List<Token> tokens, int end)
    {
        var words = 0;
        for (var k = 0; k < end; k++)
        {
            words += tokens[k].Kind is TokenKind.Word or TokenKind.Quotation ? 1 : 0;
        }

        return words;
    }

    /// <summary>
    /// A subject longer than <see cref="MaxSubjectWords"/> that opens the sentence (<c>Large majorities of
    /// voters in the six states that vote on Tuesday said …</c>): up to <see cref="MaxSourceWords"/> words from a
    /// capitalised first word to the verb, with no punctuation, clause word, relative pronoun, cue or finite verb.
    /// </summary>
    private static ReadOnlySpan<char> LongSubjectFromStart(string text, List<Token> tokens, int end)
    {
        if (end > MaxSourceWords || !char.IsUpper(text[tokens[0].Start]))
        {
            return [];
        }

        for (var k = 0; k < end; k++)
        {
            var word = WordOf(text, tokens[k]);
            if (tokens[k].Kind != TokenKind.Word || (char.IsLower(word[0]) && (SpeechCues.ClauseWords.Contains(word) || SpeechCues.RelativeSubjects.Contains(word) ||
                SpeechCues.FiniteVerbs.Contains(word) || SpeechCues.Of(word) != CueKind.None)))
            {
                return [];
            }
        }

        return text.AsSpan(tokens[0].Start, tokens[end - 1].End - tokens[0].Start);
    }

    /// <summary>The "that" right after the dash that closes an aside opened before <paramref name="from"/> (within twelve tokens, no cue); -1 when none.</summary>
    private static int ThatAfterAside(string text, List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count - 1 && k - from < 12; k++)
        {
            if (IsDashAt(text, tokens, k))
            {
                return IsWordToken(text, tokens, k + 1, "that") ? k + 1 : -1;
            }

            if (tokens[k].Kind is TokenKind.Quotation or TokenKind.Break || IsCueAt(text, tokens, k, out _))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsDashAt(string text, List<Token> tokens, int k) =>
        k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Break && text[tokens[k].Start] is '\u2014' or '\u2013' or '-';

    /// <summary>The dash that opens an aside closed by a dash after <paramref name="from"/>: within twenty tokens, with no other break; -1 when none.</summary>
    private static int DashBefore(string text, List<Token> tokens, int from)
    {
        for (var k = from; k >= 0 && from - k < 20; k--)
        {
            if (IsDashAt(text, tokens, k))
            {
                return k;
            }

            if (tokens[k].Kind == TokenKind.Break)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// An adverb in <c>-ly</c> between a name or pronoun and its verb (<c>Netanyahu strongly warned</c>,
    /// <c>he flatly denied</c>): not part of the subject. After a lower-case word it may be a noun (<c>the family</c>).
    /// </summary>
    private static bool IsAdverbAfterName(string text, List<Token> tokens, int k)
    {
        var word = WordOf(text, tokens[k]);
        if (k == 0 || word.Length <= 4 || !word.EndsWith("ly", StringComparison.Ordinal) || !char.IsLower(word[0]) || tokens[k - 1].Kind is not (TokenKind.Word or TokenKind.Comma))
        {
            return false;
        }

        if (tokens[k - 1].Kind == TokenKind.Comma)
        {
            return IsAdverbAfterApposition(text, tokens, k);
        }

        return IsAdverbAfter(word, WordOf(text, tokens[k - 1]));
    }

    /// <summary>
    /// Whether <paramref name="word"/> is an adverb in <c>-ly</c> after <paramref name="before"/>: a capitalised word other
    /// than a determiner, a subject pronoun or an auxiliary (after a lower-case noun it may be a noun: <c>the family</c>).
    /// </summary>
    private static bool IsAdverbAfter(ReadOnlySpan<char> word, ReadOnlySpan<char> before) =>
        word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]) && !before.IsEmpty &&
        ((char.IsUpper(before[0]) && !SpeechCues.Determiners.Contains(before)) || SpeechCues.SubjectPronouns.Contains(before) ||
            IsAdverbAfterAuxiliary(before));

    private static ReadOnlySpan<char> StripWith(ReadOnlySpan<char> subject) =>
        subject.StartsWith("with ", StringComparison.OrdinalIgnoreCase) ? subject[5..] : subject;

    /// <summary>The index of the first token (before <paramref name="limit"/>) after the sentence's leading <paramref name="length"/> characters.</summary>
    private static int TokenAfterLeading(List<Token> tokens, int length, int limit)
    {
        var after = 0;
        while (after < limit && tokens[after].End <= tokens[0].Start + length)
        {
            after++;
        }

        return after;
    }

    /// <summary>The name that opens the sentence (an optional article, then capitalised words), for <c>…, saying …</c>.</summary>
    private static ReadOnlySpan<char> LeadingName(string text, List<Token> tokens)
    {
        var k = 0;
        if (k < tokens.Count && tokens[k].Kind == TokenKind.Word && StartsWithDeterminer(WordOf(text, tokens[k])))
        {
            k++;
        }

        var first = k;
        while (k < tokens.Count && k < MaxSubjectWords && tokens[k].Kind == TokenKind.Word && (char.IsUpper(text[tokens[k].Start]) || SpeechCues.NameJoiners.Contains(WordOf(text, tokens[k]))))
        {
            k++;
        }

        while (k > first && !char.IsUpper(text[tokens[k - 1].Start]))
        {
            k--;
        }

        return k == first ? [] : text.AsSpan(tokens[0].Start, tokens[k - 1].End - tokens[0].Start);
    }

    /// <summary>The index of one of <paramref name="words"/> within <paramref name="distance"/> words after <paramref name="from"/>, with no clause break before it; -1 when none.</summary>
    private static int FindWord(string text, List<Token> tokens, int from, WordSet words, int distance)
    {
        for (var k = from; k < tokens.Count && k - from < distance; k++)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                return -1;
            }

            if (words.Contains(WithoutContraction(WordOf(text, tokens[k]))))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The index of "that" within a few words after <paramref name="from"/> with no clause break before it; -1 when none.</summary>
    private static int FindThat(string text, List<Token> tokens, int from)
    {
        for (var k = from; k < tokens.Count && k - from < MaxThatDistance; k++)
        {
            // "said at a rally in Tema, Ghana, that …": a comma before a capitalised word goes on with a place or a name.
            if (tokens[k].Kind == TokenKind.Comma && k > from && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word &&
                (char.IsUpper(text[tokens[k + 1].Start]) || IsWordToken(text, tokens, k + 1, "that")))
            {
                continue;
            }

            if (tokens[k].Kind != TokenKind.Word)
            {
                return -1;
            }

            var word = WordOf(text, tokens[k]);
            if (word.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }

            if (SpeechCues.Of(word) != CueKind.None && char.IsLower(word[0]))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The listener after a tell verb: a pronoun or group (<c>reporters</c>) or a name (<c>the Associated Press</c>, <c>CNN</c>).</summary>
    private static bool TrySkipListener(string text, List<Token> tokens, ref int k)
    {
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = WordOf(text, tokens[k]);
        if (SpeechCues.Listeners.Contains(word))
        {
            k++;
            return true;
        }

        var start = k;
        // "told the Times", "told host Ann Lee": an article or a role noun before the name.
        if ((word is "the" or "The" || (char.IsLower(word[0]) && Sources.IsRoleNoun(word))) && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word &&
            char.IsUpper(text[tokens[k + 1].Start]))
        {
            k++;
        }

        while (k < tokens.Count && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start]) && k - start < 6)
        {
            k++;
        }

        return k > start && char.IsUpper(text[tokens[k - 1].Start]);
    }

    /// <summary>
    /// Skips time words, adverbs and a prepositional phrase between a cue and its clause
    /// (<c>said Tuesday</c>, <c>said flatly</c>, <c>said in a statement on Tuesday that</c>); a
    /// phrase is skipped only up to a following "that", or when it is a time (<c>on Tuesday</c>).
    /// </summary>
    private static bool SkipModifiers(string text, List<Token> tokens, ref int k, out bool gotThat)
    {
        gotThat = false;
        for (var n = 0; n < 6 && k < tokens.Count; n++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Comma)
            {
                // "said, however, that" or "said, in effect, …": only a comma before "that" is skipped here.
                var that = FindThat(text, tokens, k + 1);
                if (that > 0 && that - k <= 4)
                {
                    k = that + 1;
                    gotThat = true;
                }

                return true;
            }

            if (token.Kind != TokenKind.Word)
            {
                // "said — on Twitter, as it happens — that …": a dashed aside between the cue and "that".
                var after = IsDashAt(text, tokens, k) ? ThatAfterAside(text, tokens, k + 1) : -1;
                if (after > 0)
                {
                    k = after + 1;
                    gotThat = true;
                }

                return true;
            }

            var word = WordOf(text, token);
            if (word.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                k++;
                gotThat = true;
                return true;
            }

            // "said this week"; but "says this is …": before a finite verb "this" is the clause's subject.
            if (SpeechCues.TimeWords.Contains(word) && (char.IsLower(word[0]) || IsWeekday(word)) &&
                !(word is "this" && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && SpeechCues.FiniteVerbs.Contains(WordOf(text, tokens[k + 1]))))
            {
                k++;
                continue;
            }

            if (char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && word.Length > 4)
            {
                k++;
                continue;
            }

            if (char.IsLower(word[0]) && SpeechCues.Prepositions.Contains(word))
            {
                var that = FindThat(text, tokens, k + 1);
                if (that > 0)
                {
                    k = that + 1;
                    gotThat = true;
                    return true;
                }

                // "said on Tuesday the …": a time after on/in is skipped with it.
                if (word is "on" or "in" or "at" && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word &&
                    (IsWeekday(WordOf(text, tokens[k + 1])) || IsMonth(WordOf(text, tokens[k + 1]))))
                {
                    k += 2;
                    while (k < tokens.Count && tokens[k].Kind == TokenKind.Word && char.IsDigit(text[tokens[k].Start]))
                    {
                        k++;
                    }

                    continue;
                }

                // "said for weeks he’s …", "told the Star of Newark last week she …": a short phrase, then a subject pronoun.
                var pronoun = FindWord(text, tokens, k + 1, SpeechCues.SubjectPronouns, 7);
                if (pronoun > 0 && !HasCue(text, tokens, k + 1, pronoun))
                {
                    // "replied to the letter since it was sent": a subordinator before the pronoun opens an adverbial clause, not what was said.
                    if (char.IsLower(text[tokens[pronoun - 1].Start]) && SpeechCues.Subordinators.Contains(WordOf(text, tokens[pronoun - 1])))
                    {
                        return false;
                    }

                    k = pronoun;
                    return true;
                }

                // "promised Monday to begin …": the caller reads an infinitive.
                return word is "to";
            }

            return true;
        }

        return true;
    }

    private static bool IsWeekday(ReadOnlySpan<char> word) => SpeechCues.Days.Contains(word);

    private static bool IsMonth(ReadOnlySpan<char> word) =>
        SpeechCues.Months.Contains(word);

    private static bool TryAccordingToFirst(string text, int start, int end, List<FoundQuote> found)
    {
        var sentence = text.AsSpan(start, end - start);
        var whoStart = AccordingTo.Length;
        var comma = sentence[whoStart..].IndexOf(',');
        if (comma < 0)
        {
            return false;
        }

        comma += whoStart;
        var previousIsName = Sources.IsName(StripLeadingArticle(sentence[whoStart..comma].Trim()), hadArticle: true);
        for (var extra = 0; extra < 4; extra++)
        {
            var next = sentence[(comma + 1)..].IndexOf(',');
            if (next < 0)
            {
                break;
            }

            next += comma + 1;
            var segment = sentence[(comma + 1)..next].Trim();
            if (!IsAppositive(segment, previousIsName))
            {
                break;
            }

            previousIsName = Sources.IsName(segment, hadArticle: false);
            comma = next;
        }

        var who = sentence[whoStart..comma].Trim();
        var clauseStart = comma + 1;
        while (clauseStart < sentence.Length && char.IsWhiteSpace(sentence[clauseStart]))
        {
            clauseStart++;
        }

        var clause = TrimFinal(sentence[clauseStart..]);
        if (!IsValidSource(who, MaxSourceWords) || Layout.CountWords(clause, 2) < 2)
        {
            return false;
        }

        var kind = QuoteKind.Reported;
        var spanStart = start + clauseStart;
        if (Layout.IsOpeningQuote(clause[0]))
        {
            // "According to X, “…”": the quotation is the quote.
            var inner = TrimEndComma(clause[1..]);
            while (inner.Length > 0 && (Layout.IsClosingQuote(inner[^1]) || Layout.IsSentenceEnd(inner[^1]) || inner[^1] == ','))
            {
                inner = inner[..^1];
            }

            if (inner.IndexOfAny(Layout.DoubleQuotes) >= 0)
            {
                return false;
            }

            kind = QuoteKind.Direct;
            spanStart++;
            clause = inner;
        }

        found.Add(new FoundQuote(kind, new TextSpan(spanStart, clause.Length), Sources.FromText(who.ToString()), sentence[..AccordingTo.Length].ToString()));
        return true;
    }

    /// <summary>
    /// <c>clause, according to X.</c> and <c>Opening, according to X, clause.</c>: the source runs to a comma,
    /// dash or bracket (up to <see cref="MaxSourceWords"/> words); the statement is the clause before the cue,
    /// from the last semicolon or colon, or, when it is short (under eight words) and the words after the
    /// source's comma are the longer part and open no apposition (<c>a</c>, <c>an</c>, a name) nor clause word
    /// (<c>A, according to X, and B</c> keeps A), those words (<c>At the heart of it, according to X, was a decision …</c>).
    /// </summary>
    private static bool TryAccordingToAfter(string text, int start, int end, int according, List<FoundQuote> found)
    {
        var sentence = text.AsSpan(start, end - start);
        var clauseStart = sentence[..according].LastIndexOfAny(';', ':') + 1;
        while (clauseStart < according && char.IsWhiteSpace(sentence[clauseStart]))
        {
            clauseStart++;
        }

        var clause = TrimFinal(sentence[clauseStart..according]);
        if (clause.Length > 0 && clause[^1] == ',')
        {
            clause = clause[..^1].TrimEnd();
        }

        // "(…, according to X)" and "…, with 56 percent …, according to X": the source vouches for the
        // bracket or the trailing phrase it closes, not for the whole sentence.
        var narrowed = NarrowToLastPhrase(clause);
        clauseStart += clause.Length - narrowed.Length;
        clause = narrowed;

        var whoStart = according + AccordingTo.Length;
        var whoPart = sentence[whoStart..];
        var stop = whoPart.IndexOfAny(SourceEnds);
        var who = TrimFinal(stop < 0 ? whoPart : whoPart[..stop]).Trim();
        if (who.Length > 0 && who[^1] == ')' && who.IndexOf('(') < 0)
        {
            who = TrimFinal(who[..^1]).Trim(); // "(…, according to the census)": the bracket closes after the source
        }

        if (!IsValidSource(who, MaxSourceWords))
        {
            return false;
        }

        var spanStart = start + clauseStart;
        if (stop >= 0 && whoPart[stop] == ',')
        {
            // "Since last November, according to X, forces have …": the clause after the source.
            var rest = whoPart[(stop + 1)..];
            var restStart = start + whoStart + stop + 1 + (rest.Length - rest.TrimStart().Length);
            rest = TrimFinal(rest.Trim());
            var segmentEnd = rest.IndexOf(',');
            if (Layout.CountWords(rest, 4) >= 4 && Layout.CountWords(clause, 8) < 8 && Layout.CountWords(rest) > Layout.CountWords(clause) && rest.IndexOfAny(Layout.DoubleQuotes) < 0 &&
                !Layout.IsWordAt(rest, 0, "a") && !Layout.IsWordAt(rest, 0, "an") && !StartsWithClauseWord(rest) && !IsAppositive(segmentEnd < 0 ? rest : rest[..segmentEnd], Sources.IsName(StripLeadingArticle(who), hadArticle: true)))
            {
                spanStart = restStart;
                clause = rest;
            }
        }

        if (Layout.CountWords(clause, 3) < 3)
        {
            return false;
        }

        found.Add(new FoundQuote(QuoteKind.Reported, new TextSpan(spanStart, clause.Length), Sources.FromText(who.ToString()), sentence.Slice(according, AccordingTo.Length).ToString()));
        return true;
    }

    /// <summary>
    /// The part of a clause that an attribution after it closes: the inside of a bracket still open at its end
    /// (<c>Prices rose (the index is up 4 percent</c> → <c>the index is up 4 percent</c>), or a trailing phrase
    /// after a comma that opens with <c>with</c> or a relative pronoun (<c>…, with 56 percent of voters …</c>);
    /// otherwise the whole clause.
    /// </summary>
    private static ReadOnlySpan<char> NarrowToLastPhrase(ReadOnlySpan<char> clause)
    {
        var open = clause.LastIndexOf('(');
        if (open >= 0 && clause[open..].IndexOf(')') < 0)
        {
            return clause[(open + 1)..].TrimStart();
        }

        var comma = clause.LastIndexOf(',');
        if (comma < 0)
        {
            return clause;
        }

        var tail = clause[(comma + 1)..].TrimStart();
        return Layout.CountWords(tail, 4) >= 4 && (Layout.IsWordAt(tail, 0, "with") || Layout.IsWordAt(tail, 0, "who") || Layout.IsWordAt(tail, 0, "which")) ? tail : clause;
    }

    private static bool StartsWithClauseWord(ReadOnlySpan<char> text)
    {
        var space = text.IndexOf(' ');
        var first = space < 0 ? text : text[..space];
        return first.Length > 0 && char.IsLower(first[0]) && SpeechCues.ClauseWords.Contains(first);
    }

    private static bool InsideQuotation(List<(int Open, int Close)> quotations, int index)
    {
        var at = quotations.BinarySearch((index, int.MaxValue));
        at = at < 0 ? ~at - 1 : at;
        return at >= 0 && quotations[at].Open < index && index < quotations[at].Close;
    }

    /// <summary>A comma-separated part that still describes the source: a name, a place, or a description right after a name.</summary>
    private static bool IsAppositive(ReadOnlySpan<char> segment, bool previousIsName)
    {
        if (segment.Length == 0)
        {
            return false;
        }

        if (Sources.IsName(segment, hadArticle: false))
        {
            return true;
        }

        foreach (var lead in (ReadOnlySpan<string>)["now ", "based ", "currently ", "formerly ", "living ", "who ", "whose "])
        {
            if (segment.StartsWith(lead, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return previousIsName && (segment.StartsWith("a ", StringComparison.Ordinal) || segment.StartsWith("an ", StringComparison.Ordinal)) &&
            Layout.CountWords(segment, 8) <= 8;
    }

    private static ReadOnlySpan<char> StripLeadingArticle(ReadOnlySpan<char> text)
    {
        foreach (var article in (ReadOnlySpan<string>)["the ", "The "])
        {
            if (text.StartsWith(article, StringComparison.Ordinal))
            {
                return text[article.Length..];
            }
        }

        return text;
    }

    private static bool StartsWithVerb(ReadOnlySpan<char> text, out int verbLength)
    {
        verbLength = 0;
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        if (end == 0 || !char.IsLower(text[0]) || text[..end].EndsWith("ing", StringComparison.Ordinal) || !IsSpeech(SpeechCues.Of(text[..end])))
        {
            return false;
        }

        verbLength = end;
        return true;
    }

    /// <summary>The subject of a verb: back to the start of its clause (a comma, semicolon, colon, dash or a clause word such as <c>although</c>).</summary>
    private static ReadOnlySpan<char> SubjectBefore(ReadOnlySpan<char> text, int verbStart)
    {
        var head = text[..verbStart].TrimEnd();
        // Auxiliaries and adverbs between the subject and its verb ("has also said", "Lima initially said").
        while (true)
        {
            var space = head.LastIndexOf(' ');
            var last = head[(space + 1)..];
            var rest = space < 0 ? [] : head[..space].TrimEnd();
            if (space < 0 || !char.IsLower(last[0]) ||
                !(SpeechCues.Auxiliaries.Contains(last) || IsAdverbAfter(last, rest[(rest.LastIndexOf(' ') + 1)..])))
            {
                break;
            }

            head = head[..space].TrimEnd();
        }

        var boundary = head.LastIndexOfAny(ClauseMarks);
        var subject = head[(boundary + 1)..].Trim();
        var cut = 0;
        foreach (var range in subject.Split(' '))
        {
            if (SpeechCues.ClauseWords.Contains(subject[range]))
            {
                cut = range.End.Value;
            }
        }

        return subject[cut..].Trim();
    }

    /// <summary>A subject that can be a speaker: one to twelve words, not opening with a preposition nor ending with an article or preposition.</summary>
    private static bool IsSubject(ReadOnlySpan<char> subject)
    {
        if (!IsValidSource(subject, MaxSourceWords))
        {
            return false;
        }

        var firstEnd = subject.IndexOf(' ');
        var first = firstEnd < 0 ? subject : subject[..firstEnd];
        if (firstEnd < 0 && !CanSpeakAlone(subject))
        {
            return false;
        }

        var lastStart = subject.LastIndexOf(' ');
        var last = subject[(lastStart + 1)..];
        // "about half of voters", "about 4 in 10": "about" before a number is no preposition.
        var number = firstEnd > 0 && ((first is "about" && (char.IsDigit(subject[firstEnd + 1]) || Layout.IsWordAt(subject, firstEnd + 1, "half"))) ||
            (first is "at" && Layout.IsWordAt(subject, firstEnd + 1, "least")));
        // "“no idea” if he would have told …": a subordinate clause is no subject.
        // "should ring warning bells": a modal or an auxiliary opens a verb phrase, not a subject; "Let's say …" is no speaker.
        if ((char.IsLower(first[0]) && !number && (SpeechCues.Prepositions.Contains(first) || SpeechCues.NotClauseStarts.Contains(first) || SpeechCues.ClauseOnlyConjunctions.Contains(first) ||
            SpeechCues.FiniteVerbs.Contains(first))) || (first.Length == 5 && WithoutContraction(first).Equals("let", StringComparison.OrdinalIgnoreCase)) ||
            SpeechCues.PlaceAdverbs.Contains(first) || (SpeechCues.ObjectPronouns.Contains(first) && !Sources.IsAcronym(first)))
        {
            return false; // "US Senator Jeff Sessions": a word in capitals is an acronym, not "us"
        }

        return !SpeechCues.NotSubjectEnds.Contains(last);
    }

    /// <summary>
    /// Whether a finite verb (<c>would</c>, <c>is</c>, <c>has</c> …) stands in <paramref name="who"/> before its first comma and before
    /// any relative pronoun: words after an inverted cue that hold one are a clause (<c>said the port would close</c>), not a
    /// speaker (<c>said Ana Lima, who has run the port</c> is one).
    /// </summary>
    private static bool HasVerbOfItsOwn(ReadOnlySpan<char> who)
    {
        foreach (var range in who.Split(' '))
        {
            var word = who[range];
            if (word.Length == 0)
            {
                continue;
            }

            if (SpeechCues.RelativeSubjects.Contains(word) || word is "that" || word[^1] == ',')
            {
                return false;
            }

            if (char.IsLower(word[0]) && SpeechCues.FiniteVerbs.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCapitalisedWord(ReadOnlySpan<char> text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i - 1] == ' ' && char.IsUpper(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithDeterminer(ReadOnlySpan<char> text)
    {
        foreach (var word in (ReadOnlySpan<string>)["a", "an", "the", "one", "his", "her", "their", "its", "our", "two", "three", "several", "some", "many", "other", "another"])
        {
            if (Layout.IsWordAt(text, 0, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValidSource(ReadOnlySpan<char> who, int maxWords)
    {
        if (who.Length == 0 || who.Length > 250 || !char.IsLetterOrDigit(who[0]))
        {
            return false;
        }

        return Layout.HasAtMostWords(who, maxWords) && (who.IndexOfAny(Layout.DoubleQuotes) < 0 || QuotesOnlyTitles(who));
    }

    /// <summary>
    /// Whether the quotation opening at <paramref name="open"/> stands where a name stands: right after a preposition or a
    /// possessive (<c>In an interview on CBS's “Face the Nation,” X said …</c>, <c>the author of “The Long Tide”</c>). A Title Case
    /// quotation there is a title, not words anyone said.
    /// </summary>
    private static bool IsTitleSlot(string text, int sentenceStart, int open)
    {
        var before = text.AsSpan(sentenceStart, open - sentenceStart).TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..];
        return word.Length > 1 && (char.IsLower(word[0]) && SpeechCues.Prepositions.Contains(word) || Sources.IsPossessive(word));
    }

    /// <summary>Whether the sentence opens with a name (capitalised words, up to four) and a comma: an apposition follows.</summary>
    private static bool NameThenComma(string text, List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count && k <= 4; k++)
        {
            if (tokens[k].Kind == TokenKind.Comma)
            {
                return k > 0;
            }

            if (tokens[k].Kind != TokenKind.Word || !char.IsUpper(text[tokens[k].Start]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a token is a quotation whose words are a title (<see cref="IsTitle"/>: <c>on the show “Morning Tide.”</c>).</summary>
    private static bool IsTitleToken(string text, Token token) =>
        token.Kind == TokenKind.Quotation && IsTitleQuotation(text, token.Start, QuotationClose(text, token));

    /// <summary>Whether the words of the quotation from <paramref name="open"/> to <paramref name="close"/> are a title (<see cref="IsTitle"/>), a final full stop aside.</summary>
    private static bool IsTitleQuotation(string text, int open, int close)
    {
        var (start, length) = QuotedWords(text, open, close);
        return IsTitle(text.AsSpan(start, length).Trim().TrimEnd('.'));
    }

    /// <summary>The closing mark of a quotation token (the first of two for <c>''…''</c>): the token runs to just past it.</summary>
    private static int QuotationClose(string text, Token token) =>
        token.End - (text[token.End - 1] == '\'' && token.End - token.Start > 3 ? 2 : 1);

    /// <summary>A title's words: capitalised, at most eight words, in Title Case (<c>Face the Nation</c>, <c>The Long Tide</c>).</summary>
    private static bool IsTitle(ReadOnlySpan<char> words) =>
        words.Length > 0 && char.IsUpper(words[0]) && Layout.HasAtMostWords(words, 8) && Layout.IsTitleCase(words);

    /// <summary>
    /// Whether every quotation in <paramref name="who"/> is a title: a capitalised run of at most eight words in Title Case
    /// (<c>Hemsley, the co-author of “Going Viral,”</c>, <c>a contestant on the show “The Apprentice”</c>), which a source may hold;
    /// any other quotation in a source is a quote of its own.
    /// </summary>
    private static bool QuotesOnlyTitles(ReadOnlySpan<char> who)
    {
        var rest = who;
        while (rest.IndexOfAny(Layout.DoubleQuotes) is var open and >= 0)
        {
            var after = rest[(open + 1)..];
            var close = after.IndexOfAny(Layout.DoubleQuotes);
            if (close < 0)
            {
                return false;
            }

            if (!IsTitle(after[..close].Trim().TrimEnd(',')))
            {
                return false;
            }

            rest = after[(close + 1)..];
        }

        return true;
    }

    /// <summary>The text without trailing white space and final sentence punctuation.</summary>
    private static ReadOnlySpan<char> TrimFinal(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd();
        while (t.Length > 0 && (Layout.IsSentenceEnd(t[^1]) || char.IsWhiteSpace(t[^1])))
        {
            t = t[..^1];
        }

        return t;
    }
}

/// <summary>The working lists of <see cref="QuoteFinder"/>, reused from block to block (one set per parse).</summary>
internal sealed class QuoteBuffers
{
    /// <summary>Empties the lists; whether none grew past <paramref name="maxKeptItems"/> (see <see cref="PerThread{T}"/>).</summary>
    public bool Reset(int maxKeptItems)
    {
        var small = PerThread.Small(maxKeptItems, Found.Capacity, Quotations.Capacity, Sentences.Capacity, Tokens.Capacity);
        Found.Clear();
        Quotations.Clear();
        Sentences.Clear();
        Tokens.Forget();
        Carried = null;
        LeadIn = null;
        return small;
    }

    /// <summary>The quotes found in the last block searched.</summary>
    public List<FoundQuote> Found { get; } = [];

    /// <summary>The paired quotation marks of the block.</summary>
    public List<(int Open, int Close)> Quotations { get; } = [];

    /// <summary>The sentences of the block.</summary>
    public List<(int Start, int End)> Sentences { get; } = [];

    /// <summary>The tokens of the sentence being read.</summary>
    public TokenList Tokens { get; } = [];

    /// <summary>The source of the quote that ended the previous block searched with carry, if any.</summary>
    public Source? Carried { get; set; }

    /// <summary>The source and cue of a lead-in that ended the previous block searched with carry (<c>He said:</c>), if any.</summary>
    public (Source Source, string? Cue)? LeadIn { get; set; }
}
