namespace Briefing.Model.Text;

/// <summary>A quote found in a block, before it is numbered.</summary>
/// <param name="Kind">Direct or reported.</param>
/// <param name="Span">The quoted words (direct, inside the marks) or the reported clause.</param>
/// <param name="Source">Who said it.</param>
/// <param name="Cue">The introducing words as written; <see langword="null"/> for a quote that continues the previous one.</param>
internal readonly record struct FoundQuote(QuoteKind Kind, TextSpan Span, Source Source, string? Cue);

/// <summary>
/// Finds direct quotes and reported statements in one block's text. Linear in the text: quotation
/// marks are paired in one pass, sentences are split in one pass (quotations are opaque to the
/// split), and each quotation or sentence is examined once within its own bounds.
/// </summary>
internal static class QuoteFinder
{
    private const int MaxSourceWords = 25;
    private const int MaxSubjectWords = 15;

    /// <summary>Speech verbs, most specific first (<c>told us</c> before <c>told</c>).</summary>
    private static readonly string[] SpeechVerbs =
    [
        "told us", "told me", "told reporters", "tells us", "said", "says", "stated", "states", "added", "adds",
        "warned", "warns", "noted", "notes", "argued", "argues", "explained", "explains", "insisted", "insists",
        "claimed", "claims", "declared", "wrote", "writes", "remarked", "commented", "observed", "cautioned", "concluded",
    ];

    /// <summary>Words that open a new clause: a subject never reaches back past them.</summary>
    private static readonly string[] ClauseWords =
        ["and", "but", "while", "although", "though", "because", "whereas", "as", "since", "so", "yet", "however", "meanwhile", "when", "after", "before", "if"];

    private static readonly string[] Abbreviations =
        ["mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "sen", "rep", "gov", "st", "jr", "sr", "no", "vs", "etc", "e.g", "i.e", "approx", "maj", "adm", "pres"];

    private const string AccordingTo = "according to";

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:(\u2014\u2013");

    /// <summary>
    /// The quotes of <paramref name="text"/>, in text order, in <paramref name="buffers"/>'
    /// <see cref="QuoteBuffers.Found"/> list: valid until the next call with the same buffers.
    /// </summary>
    public static List<FoundQuote> Find(string text, QuoteBuffers buffers)
    {
        var found = buffers.Found;
        found.Clear();
        var quotations = FindQuotations(text, buffers.Quotations);
        var sentences = FindSentences(text, quotations, buffers.Sentences);
        var usedSentences = buffers.UsedSentences; // increasing sentence indices
        usedSentences.Clear();

        var sentence = 0;
        var previousClose = -1;
        FoundQuote? previous = null;
        foreach (var (open, close) in quotations)
        {
            while (sentence < sentences.Count - 1 && sentences[sentence].End <= open)
            {
                sentence++;
            }

            var (sentenceStart, sentenceEnd) = sentences[sentence];
            var leadStart = Math.Max(sentenceStart, previousClose + 1);
            var nextOpen = NextOpen(quotations, open);
            var tailEnd = Math.Min(sentenceEnd, nextOpen < 0 ? sentenceEnd : nextOpen);
            if (TryLeadIn(text, leadStart, open, out var source, out var foundCue) ||
                TryTail(text, open, close, tailEnd, out source, out foundCue) ||
                IsContinuation(text, previous, open, close, sentenceStart, sentenceEnd, out source, out foundCue))
            {
                var cue = foundCue;
                // A comma just inside the closing mark ("…,” said X) belongs to the enclosing sentence, not to the words quoted.
                var length = close - open - 1;
                while (length > 0 && (text[open + length] == ',' || char.IsWhiteSpace(text[open + length])))
                {
                    length--;
                }

                var quote = new FoundQuote(QuoteKind.Direct, new TextSpan(open + 1, length), source, cue);
                found.Add(quote);
                if (usedSentences.Count == 0 || usedSentences[^1] != sentence)
                {
                    usedSentences.Add(sentence); // quotations come in text order, so sentence never decreases
                }

                previous = quote;
            }
            else
            {
                previous = null;
            }

            previousClose = close;
        }

        var used = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (used < usedSentences.Count && usedSentences[used] == i)
            {
                used++;
                continue;
            }

            if (TryReported(text, sentences[i].Start, sentences[i].End, quotations, out var quote))
            {
                found.Add(quote);
            }
        }

        found.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private static int NextOpen(List<(int Open, int Close)> quotations, int open)
    {
        var index = quotations.BinarySearch((open, int.MaxValue));
        index = index < 0 ? ~index : index + 1;
        return index < quotations.Count ? quotations[index].Open : -1;
    }

    /// <summary>
    /// Pairs double quotation marks. An opening mark is a curly/low/guillemet opener, or a straight
    /// <c>"</c> at the start or after a space or bracket and before a non-space; the next closing mark
    /// closes it. An opener with no closer anywhere after it ends the search (so unbalanced marks stay linear).
    /// The pairs go into <paramref name="list"/>, cleared first.
    /// </summary>
    public static List<(int Open, int Close)> FindQuotations(string text, List<(int Open, int Close)> list)
    {
        list.Clear();
        var i = 0;
        while (i < text.Length)
        {
            var j = text.AsSpan(i).IndexOfAny(Layout.DoubleQuotes);
            if (j < 0)
            {
                break;
            }

            j += i;
            if (!IsOpenerAt(text, j))
            {
                i = j + 1;
                continue;
            }

            var close = -1;
            var k = j + 1;
            while (k < text.Length)
            {
                var m = text.AsSpan(k).IndexOfAny(Layout.DoubleQuotes);
                if (m < 0)
                {
                    break;
                }

                m += k;
                if (Layout.IsClosingQuote(text[m]))
                {
                    close = m;
                    break;
                }

                k = m + 1;
            }

            if (close < 0)
            {
                break;
            }

            list.Add((j, close));
            i = close + 1;
        }

        return list;
    }

    private static bool IsOpenerAt(string text, int index)
    {
        var c = text[index];
        if (c != '"')
        {
            return Layout.IsOpeningQuote(c);
        }

        var before = index == 0 || char.IsWhiteSpace(text[index - 1]) || text[index - 1] is '(' or '[' or '\u2014' or '\u2013' or '-' or '/';
        var after = index + 1 < text.Length && !char.IsWhiteSpace(text[index + 1]);
        return before && after;
    }

    /// <summary>
    /// Splits the text into sentences at <c>. ! ? …</c> followed by a space and a capital, digit or
    /// opening quote (or the end), skipping abbreviations and initials. Quotations are opaque; a
    /// quotation whose words end a sentence (<c>… Caracas.” Next</c>) ends it. The sentences go into
    /// <paramref name="sentences"/>, cleared first.
    /// </summary>
    public static List<(int Start, int End)> FindSentences(string text, List<(int Open, int Close)> quotations, List<(int Start, int End)> sentences)
    {
        sentences.Clear();
        var start = SkipSpace(text, 0);
        var q = 0;
        var i = start;
        while (i < text.Length)
        {
            if (q < quotations.Count && quotations[q].Open == i)
            {
                var close = quotations[q].Close;
                q++;
                var inner = text.AsSpan(i + 1, close - i - 1).TrimEnd();
                i = close + 1;
                if (inner.Length > 0 && Layout.IsSentenceEnd(inner[^1]) && IsBoundary(text, i))
                {
                    sentences.Add((start, i));
                    start = SkipSpace(text, i);
                    i = start;
                }

                continue;
            }

            // Nothing can happen before the next quotation or the next sentence punctuation: jump there.
            // (A quotation that opens before i was passed over and never matches, as in a char-by-char scan.)
            var stop = q < quotations.Count && quotations[q].Open > i ? quotations[q].Open : text.Length;
            var ahead = Layout.IndexOfSentenceEnd(text.AsSpan(i, stop - i));
            if (ahead < 0)
            {
                i = stop;
                continue;
            }

            i += ahead;
            var j = i + 1;
            while (j < text.Length && text[j] is ')' or ']' or '\u2019' or '\'')
            {
                j++;
            }

            if (IsBoundary(text, j) && !IsAbbreviation(text, i))
            {
                sentences.Add((start, j));
                start = SkipSpace(text, j);
                i = start;
                continue;
            }

            i++;
        }

        if (start < text.Length || sentences.Count == 0)
        {
            sentences.Add((start, text.Length));
        }

        return sentences;
    }

    private static int SkipSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static bool IsBoundary(string text, int index)
    {
        if (index >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[index]))
        {
            return false;
        }

        var next = SkipSpace(text, index);
        return next == text.Length || char.IsUpper(text[next]) || char.IsDigit(text[next]) || Layout.IsOpeningQuote(text[next]) || text[next] is '\u2018' or '(';
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var start = dot;
        while (start > 0 && dot - start < 12 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var word = text.AsSpan(start, dot - start);
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. Smith"
        }

        if (word.Contains('.'))
        {
            return true; // "U.S." and the like
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A cue before the quotation, ending in a comma or colon right before the opening mark:
    /// <c>X said: “</c>, <c>X told us: “</c>, <c>According to X, “</c>.
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

        var before = lead[..^1].TrimEnd();
        if (TryVerbAtEnd(before, out var verbStart, out var verbLength))
        {
            var subject = SubjectBefore(before, verbStart);
            if (IsValidSource(subject, MaxSubjectWords))
            {
                source = Sources.FromText(subject.ToString());
                cue = before.Slice(verbStart, verbLength).ToString();
                return true;
            }
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

        return false;
    }

    /// <summary>
    /// A cue after the quotation, when its words end with a comma, question or exclamation mark:
    /// <c>“…,” said X.</c>, <c>“…,” X said.</c>, <c>“…,” X told us.</c> A place right after the verb
    /// (<c>said in Santiago</c>) is the source's location.
    /// </summary>
    private static bool TryTail(string text, int open, int close, int tailEnd, out Source source, out string? cue)
    {
        source = null!;
        cue = "";
        var inner = text.AsSpan(open + 1, close - open - 1).TrimEnd();
        var after = close + 1;
        var commaAfter = after < text.Length && text[after] == ',';
        if (!commaAfter && (inner.Length == 0 || inner[^1] is not (',' or '?' or '!')))
        {
            return false;
        }

        if (commaAfter)
        {
            after++;
        }

        if (after >= tailEnd)
        {
            return false;
        }

        var tail = TrimFinal(text.AsSpan(after, tailEnd - after)).TrimStart();
        if (StartsWithVerb(tail, out var verbLength))
        {
            var who = tail[verbLength..].Trim();
            if (IsValidSource(who, MaxSourceWords) && (char.IsUpper(who[0]) || StartsWithDeterminer(who)))
            {
                source = Sources.FromText(who.ToString());
                cue = tail[..verbLength].ToString();
                return true;
            }

            return false;
        }

        var words = 0;
        for (var i = 0; i < tail.Length && words <= MaxSubjectWords; i++)
        {
            if (i > 0 && char.IsWhiteSpace(tail[i - 1]) && !char.IsWhiteSpace(tail[i]))
            {
                words++;
                if (StartsWithVerb(tail[i..], out verbLength))
                {
                    var subject = tail[..i].Trim();
                    if (!IsValidSource(subject, MaxSubjectWords) || subject.Contains(','))
                    {
                        return false;
                    }

                    var rest = tail[(i + verbLength)..].Trim();
                    string? location = null;
                    if (rest.StartsWith("in ", StringComparison.Ordinal) && rest.Length > 3 && char.IsUpper(rest[3]))
                    {
                        var place = rest[3..];
                        var stop = place.IndexOfAny(',', ';');
                        location = (stop < 0 ? place : place[..stop]).Trim().ToString();
                    }

                    source = Sources.FromText(subject.ToString(), location);
                    cue = tail.Slice(i, verbLength).ToString();
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A quotation that makes up a whole sentence on its own, right after a direct quote in the same
    /// block (<c>“…,” said X. “…”</c>), continues that quote: same source, no cue of its own.
    /// </summary>
    private static bool IsContinuation(string text, FoundQuote? previous, int open, int close, int sentenceStart, int sentenceEnd, out Source source, out string? cue)
    {
        source = previous?.Source!;
        cue = null;
        return previous is not null && open == sentenceStart && text.AsSpan(close + 1, sentenceEnd - close - 1).Trim().Length == 0;
    }

    /// <summary>
    /// Reported statements in a sentence that holds no direct quote: <c>According to X, clause.</c>,
    /// <c>clause, according to X.</c>, <c>X said that clause.</c> (and the other speech verbs).
    /// </summary>
    private static bool TryReported(string text, int start, int end, List<(int Open, int Close)> quotations, out FoundQuote quote)
    {
        quote = default;
        var sentence = text.AsSpan(start, end - start);
        if (Layout.IsWordAt(sentence, 0, AccordingTo))
        {
            return TryAccordingToFirst(text, start, end, out quote);
        }

        var according = Layout.IndexOfWord(sentence, AccordingTo, 1);
        if (according > 0 && !InsideQuotation(quotations, start + according))
        {
            var clause = TrimFinal(sentence[..according]);
            if (clause.Length > 0 && clause[^1] == ',')
            {
                clause = clause[..^1].TrimEnd();
            }

            var whoPart = sentence[(according + AccordingTo.Length)..];
            var comma = whoPart.IndexOf(',');
            var who = TrimFinal(comma < 0 ? whoPart : whoPart[..comma]).TrimStart();
            if (Layout.CountWords(clause, 3) >= 3 && IsValidSource(who, MaxSubjectWords))
            {
                quote = new FoundQuote(QuoteKind.Reported, new TextSpan(start, clause.Length), Sources.FromText(who.ToString()), sentence.Slice(according, AccordingTo.Length).ToString());
                return true;
            }
        }

        return TrySaidThat(text, start, end, quotations, out quote);
    }

    private static bool TryAccordingToFirst(string text, int start, int end, out FoundQuote quote)
    {
        quote = default;
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
        if (!IsValidSource(who, MaxSourceWords) || Layout.CountWords(clause, 2) < 2 || (clause.Length > 0 && Layout.IsOpeningQuote(clause[0])))
        {
            return false;
        }

        quote = new FoundQuote(QuoteKind.Reported, new TextSpan(start + clauseStart, clause.Length), Sources.FromText(who.ToString()), sentence[..AccordingTo.Length].ToString());
        return true;
    }

    private static bool TrySaidThat(string text, int start, int end, List<(int Open, int Close)> quotations, out FoundQuote quote)
    {
        quote = default;
        var sentence = text.AsSpan(start, end - start);
        var that = Layout.IndexOfWord(sentence, "that", 1);
        while (that > 0)
        {
            var before = sentence[..that].TrimEnd();
            if (!InsideQuotation(quotations, start + that) && TryVerbAtEnd(before, out var verbStart, out var verbLength))
            {
                var subject = SubjectBefore(before, verbStart);
                var clauseStart = that + 4;
                while (clauseStart < sentence.Length && char.IsWhiteSpace(sentence[clauseStart]))
                {
                    clauseStart++;
                }

                var clause = TrimFinal(sentence[clauseStart..]);
                if (IsValidSource(subject, MaxSubjectWords) && Layout.CountWords(clause, 2) >= 2)
                {
                    var cue = sentence.Slice(verbStart, verbLength).ToString();
                    quote = new FoundQuote(QuoteKind.Reported, new TextSpan(start + clauseStart, clause.Length), Sources.FromText(subject.ToString()), cue);
                    return true;
                }

                return false;
            }

            that = Layout.IndexOfWord(sentence, "that", that + 4);
        }

        return false;
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

    private static bool TryVerbAtEnd(ReadOnlySpan<char> text, out int verbStart, out int verbLength)
    {
        foreach (var verb in SpeechVerbs)
        {
            if (text.Length >= verb.Length && Layout.IsWordAt(text, text.Length - verb.Length, verb))
            {
                verbStart = text.Length - verb.Length;
                verbLength = verb.Length;
                return true;
            }
        }

        verbStart = verbLength = 0;
        return false;
    }

    private static bool StartsWithVerb(ReadOnlySpan<char> text, out int verbLength)
    {
        foreach (var verb in SpeechVerbs)
        {
            if (Layout.IsWordAt(text, 0, verb) && char.IsLower(text[0]))
            {
                verbLength = verb.Length;
                return true;
            }
        }

        verbLength = 0;
        return false;
    }

    /// <summary>The subject of a verb: back to the start of its clause (a comma, semicolon, colon, dash or a clause word such as <c>although</c>).</summary>
    private static ReadOnlySpan<char> SubjectBefore(ReadOnlySpan<char> text, int verbStart)
    {
        var head = text[..verbStart];
        var boundary = head.LastIndexOfAny(ClauseMarks);
        var subject = head[(boundary + 1)..].Trim();
        while (true)
        {
            var stripped = false;
            foreach (var word in ClauseWords)
            {
                if (Layout.IsWordAt(subject, 0, word))
                {
                    subject = subject[word.Length..].TrimStart();
                    stripped = true;
                    break;
                }
            }

            if (!stripped)
            {
                break;
            }
        }

        var lastClause = -1;
        foreach (var word in ClauseWords)
        {
            var at = Layout.LastIndexOfWord(subject, word);
            if (at > lastClause)
            {
                lastClause = at;
                subject = subject[(at + word.Length)..].Trim();
                lastClause = -1;
            }
        }

        return subject;
    }

    private static bool StartsWithDeterminer(ReadOnlySpan<char> text)
    {
        foreach (var word in (ReadOnlySpan<string>)["a", "an", "the", "one", "his", "her", "their", "its", "our"])
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
        if (who.Length == 0 || who.Length > 250 || !char.IsLetter(who[0]))
        {
            return false;
        }

        return Layout.CountWords(who, maxWords) <= maxWords && who.IndexOfAny(Layout.DoubleQuotes) < 0;
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
        var small = PerThread.Small(maxKeptItems, Found.Capacity, Quotations.Capacity, Sentences.Capacity, UsedSentences.Capacity);
        Found.Clear();
        Quotations.Clear();
        Sentences.Clear();
        UsedSentences.Clear();
        return small;
    }

    /// <summary>The quotes found in the last block searched.</summary>
    public List<FoundQuote> Found { get; } = [];

    /// <summary>The paired quotation marks of the block.</summary>
    public List<(int Open, int Close)> Quotations { get; } = [];

    /// <summary>The sentences of the block.</summary>
    public List<(int Start, int End)> Sentences { get; } = [];

    /// <summary>The sentences (by index, increasing) that hold a direct quote.</summary>
    public List<int> UsedSentences { get; } = [];
}
