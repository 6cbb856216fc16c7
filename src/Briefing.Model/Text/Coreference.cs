namespace Briefing.Model.Text;

/// <summary>
/// Resolves a quote's source written as a pronoun (<c>he</c>, <c>she</c>, <c>it</c>) or a bare surname
/// (<c>Masters</c>, <c>Mr. Holtz-Eakin</c>) to the nearest fitting full mention earlier in the document,
/// which becomes the source's <see cref="Source.Name"/>; <see cref="Source.Text"/> keeps the words as
/// written. Mentions are the full names of earlier sources and the runs of capitalised words in the
/// text outside quotations (docs/sources.md). One pass over the text: each word is read once, and
/// surnames are looked up in a dictionary.
/// </summary>
internal sealed class Coreference
{
    /// <summary>A dictionary that grew past this many surnames is let go after the parse.</summary>
    private const int MaxKeptNames = 4096;

    /// <summary>How far from a quote its source's words are looked for.</summary>
    private const int SourceWindow = 400;

    /// <summary>Lower-case words that may stand inside a name (<c>Ludwig van Beethoven</c>, <c>Bank of England</c>).</summary>
    private static readonly string[] Connectors = ["of", "de", "del", "la", "le", "van", "von", "da", "do", "dos", "das", "di", "du", "des", "bin", "ibn", "al", "el", "y"];

    /// <summary>How many recent persons a pronoun may go back over, to find one of its gender.</summary>
    private const int RecentPersons = 8;

    /// <summary>The persons mentioned last, most recent last, each with what the text says of their gender.</summary>
    private readonly List<(Mention Mention, Gender Gender)> _recent = [];

    private Dictionary<string, Mention> _bySurname = new(StringComparer.Ordinal);
    private Mention _lastOrganisation;

    /// <summary>Blocks (text and quotations) and sources not read yet, in document order.</summary>
    private readonly List<(string? Text, (int Start, int End)[] Skip, Source? Source)> _pending = [];

    private enum Gender : byte
    {
        Unknown,
        Male,
        Female,
    }

    /// <summary>Forgets every mention (the next document starts afresh); lets a large dictionary go.</summary>
    public void Clear()
    {
        if (_bySurname.Count > MaxKeptNames)
        {
            _bySurname = new Dictionary<string, Mention>(StringComparer.Ordinal);
        }
        else
        {
            _bySurname.Clear();
        }

        _recent.Clear();
        _lastOrganisation = default;
        _pending.Clear();
        if (_pending.Capacity > MaxKeptNames)
        {
            _pending.Capacity = 0;
        }
    }

    /// <summary>Reads the mentions in a text that holds no quote (a standfirst).</summary>
    public void Read(string text) => _pending.Add((text, [], null));

    /// <summary>
    /// Resolves the sources of the quotes found in one block, in order, reading the block's mentions up
    /// to each source as it goes; returns the sources (resolved or as they were) in <paramref name="sources"/>.
    /// A block whose sources need no resolving is only queued: its mentions are read (once) when a later
    /// source needs them, so a document without pronoun or surname sources pays nothing for them.
    /// </summary>
    public void Resolve(string text, List<FoundQuote> found, List<Source> sources)
    {
        sources.Clear();
        var skip = found.Count == 0 ? [] : new (int Start, int End)[found.Count];
        var needed = false;
        for (var i = 0; i < found.Count; i++)
        {
            skip[i] = (found[i].Span.Start, found[i].Span.Start + found[i].Span.Length);
            needed |= NeedsResolving(found[i].Source);
            sources.Add(found[i].Source);
        }

        Array.Sort(skip);
        if (!needed)
        {
            _pending.Add((text, skip, null));
            foreach (var quote in found)
            {
                _pending.Add((null, [], quote.Source));
            }

            return;
        }

        CatchUp();
        sources.Clear();
        var scanned = 0;
        foreach (var quote in found)
        {
            var at = SourcePosition(text, quote);
            if (at > scanned)
            {
                Scan(text, scanned, at, skip);
                scanned = at;
            }

            var source = Resolve(quote.Source);
            Register(source);
            sources.Add(source);
        }

        Scan(text, scanned, text.Length, skip);
    }

    private static bool NeedsResolving(Source source) =>
        source.Name is null ? Sources.IsPersonPronoun(source.Text) || Sources.IsThingPronoun(source.Text) || IsWho(source.Text) || IsWhich(source.Text) : source.Name.IndexOf(' ') < 0;

    /// <summary>A relative pronoun as the source (<c>Ana Lima, who said …</c>) stands for the person just named.</summary>
    private static bool IsWho(string text) => text.Equals("who", StringComparison.OrdinalIgnoreCase);

    /// <summary>A relative pronoun as the source (<c>the Gazette, which said …</c>) stands for the organisation just named.</summary>
    private static bool IsWhich(string text) => text.Equals("which", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the queued blocks and sources, in document order.</summary>
    private void CatchUp()
    {
        foreach (var (text, skip, source) in _pending)
        {
            if (text is not null)
            {
                Scan(text, 0, text.Length, skip);
            }
            else
            {
                Register(source!);
            }
        }

        _pending.Clear();
    }

    /// <summary>The source with its name resolved, when it is a pronoun or a bare surname and a fitting mention came before.</summary>
    private Source Resolve(Source source)
    {
        Mention antecedent = default;
        if (source.Name is null)
        {
            antecedent = Sources.IsPersonPronoun(source.Text) ? Person(source.Text)
                : Sources.IsThingPronoun(source.Text) || IsWhich(source.Text) ? _lastOrganisation
                : IsWho(source.Text) && _recent.Count > 0 ? _recent[^1].Mention // whatever the person's gender
                : default;
        }
        else if (source.Name.IndexOf(' ') < 0 && _bySurname.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Sources.Surname(source.Name), out var full))
        {
            antecedent = full;
        }

        return antecedent.Text is null || antecedent.Span.SequenceEqual(source.Name) ? source : source with { Name = antecedent.Span.ToString(), Anonymous = false };
    }

    /// <summary>
    /// The most recent person a pronoun can stand for: one whose gender the text has not shown to be
    /// the other (by an honorific, or an earlier pronoun for them); the person then takes that gender.
    /// </summary>
    private Mention Person(string pronoun)
    {
        var gender = pronoun.Length == 2 && char.ToLowerInvariant(pronoun[0]) == 'h' && char.ToLowerInvariant(pronoun[1]) == 'e' ||
            pronoun.Equals("him", StringComparison.OrdinalIgnoreCase) ? Gender.Male : Gender.Female;
        for (var i = _recent.Count - 1; i >= 0; i--)
        {
            var (mention, known) = _recent[i];
            if (known == Gender.Unknown || known == gender)
            {
                _recent[i] = (mention, gender);
                return mention;
            }
        }

        return default;
    }

    /// <summary>Records a source's full name (two words or more) as a mention.</summary>
    private void Register(Source source)
    {
        if (source.Name is { } name && name.IndexOf(' ') > 0)
        {
            Add(new Mention(name, 0, name.Length), Organisation(name));
        }
    }

    private void Add(Mention mention, bool organisation, Gender gender = Gender.Unknown)
    {
        if (organisation)
        {
            _lastOrganisation = mention;
            return;
        }

        // A person mentioned again moves to the end and keeps what is known of their gender.
        var surname = Sources.Surname(mention.Span);
        for (var i = _recent.Count - 1; i >= 0; i--)
        {
            if (Sources.Surname(_recent[i].Mention.Span).SequenceEqual(surname))
            {
                gender = gender == Gender.Unknown ? _recent[i].Gender : gender;
                _recent.RemoveAt(i);
                break;
            }
        }

        if (_recent.Count == RecentPersons)
        {
            _recent.RemoveAt(0);
        }

        _recent.Add((mention, gender));
        var lookup = _bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.ContainsKey(surname))
        {
            lookup[surname] = mention;
        }
        else
        {
            _bySurname.Add(surname.ToString(), mention);
        }
    }

    private static bool Organisation(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            if (Sources.IsOrganisationNoun(name[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Where the source's words are: the first whole-word occurrence of its text after the quote (a
    /// tail attribution, <c>“…,” he said</c>), else the last one before it, within <see cref="SourceWindow"/>.
    /// </summary>
    private static int SourcePosition(string text, FoundQuote quote)
    {
        var who = quote.Source.Text.AsSpan();
        var start = quote.Span.Start;
        var end = Math.Min(text.Length, start + quote.Span.Length);
        if (who.IsEmpty)
        {
            return start;
        }

        var after = text.AsSpan(end, Math.Min(SourceWindow, text.Length - end));
        for (var at = after.IndexOf(who, StringComparison.Ordinal); at >= 0; at = NextIndex(after, who, at))
        {
            if (IsWholeWord(text, end + at, who.Length))
            {
                return end + at;
            }
        }

        var from = Math.Max(0, start - SourceWindow);
        var before = text.AsSpan(from, start - from);
        for (var at = before.LastIndexOf(who, StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : before[..(at + who.Length - 1)].LastIndexOf(who, StringComparison.Ordinal))
        {
            if (IsWholeWord(text, from + at, who.Length))
            {
                return from + at;
            }
        }

        return start;
    }

    private static int NextIndex(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int at)
    {
        var next = text[(at + 1)..].IndexOf(word, StringComparison.Ordinal);
        return next < 0 ? -1 : at + 1 + next;
    }

    private static bool IsWholeWord(string text, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (start + length >= text.Length || !char.IsLetterOrDigit(text[start + length]));

    /// <summary>Reads the runs of capitalised words in text[from..to) outside the quotations <paramref name="skip"/> (sorted) as mentions.</summary>
    private void Scan(string text, int from, int to, ReadOnlySpan<(int Start, int End)> skip)
    {
        var s = 0;
        var runStart = -1;
        var runEnd = -1;
        var runWords = 0;
        var previousWord = (Start: 0, Length: 0);
        var i = from;
        while (i < to)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < to && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            while (s < skip.Length && skip[s].End <= wordStart)
            {
                s++;
            }

            var inQuote = s < skip.Length && skip[s].Start <= wordStart;
            var token = text.AsSpan(wordStart, i - wordStart);
            var core = token.Trim("\"'([\u201C\u2018\u00AB");
            var coreStart = wordStart + (token.Length - token.TrimStart("\"'([\u201C\u2018\u00AB").Length);
            var trailing = core.Length - core.TrimEnd(",.;:!?)]\"'\u201D\u2019\u00BB").Length;
            core = core[..^trailing];

            // A capitalised word joins the run; a connector may stand inside it; anything else ends it.
            var capitalised = !inQuote && core.Length > 0 && char.IsUpper(core[0]) && !IsHyphenatedAdjective(core);
            if (capitalised)
            {
                if (runStart < 0)
                {
                    runStart = coreStart;
                }

                runEnd = coreStart + TrimPossessiveLength(core); // the end of the word, without a possessive
                runWords++;
            }
            else if (!(runStart >= 0 && !inQuote && IsConnector(core)))
            {
                EndRun(text, runStart, runEnd, runWords, previousWord);
                runStart = -1;
                runWords = 0;
            }

            // Punctuation after a word (other than an abbreviation's full stop) ends the run after it.
            var abbreviation = trailing == 1 && token[^1] == '.' && (core.Length <= 2 || Sources.IsHonorific(core) || core.Contains('.'));
            if (runStart >= 0 && ((trailing > 0 && !abbreviation) || TrimPossessiveLength(core) < core.Length))
            {
                EndRun(text, runStart, runEnd, runWords, previousWord);
                runStart = -1;
                runWords = 0;
            }

            if (runStart < 0)
            {
                previousWord = (coreStart, core.Length);
            }
        }

        EndRun(text, runStart, runEnd, runWords, previousWord);
    }

    /// <summary>A capitalised word whose last hyphenated part is lower case (<c>Florida-based</c>, <c>Moscow-backed</c>): an adjective, not a name.</summary>
    private static bool IsHyphenatedAdjective(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    private static int TrimPossessiveLength(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word.Length - 2 : word.Length;

    private static bool IsConnector(ReadOnlySpan<char> word)
    {
        foreach (var connector in Connectors)
        {
            if (word.SequenceEqual(connector))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Classifies a finished run of capitalised words: a leading sentence word (<c>But</c>, <c>The</c>)
    /// is dropped, as are an honorific and a title (<c>Economy Minister</c>); what is left is an
    /// organisation when <c>the</c> came before it or it holds an organisation noun, a place after a
    /// preposition (not a mention), a person's full name when it has two words or more.
    /// </summary>
    private void EndRun(string text, int start, int end, int words, (int Start, int Length) previous)
    {
        if (start < 0 || words == 0 || end <= start)
        {
            return;
        }

        var run = text.AsSpan(start, end - start);
        var previousWord = text.AsSpan(previous.Start, previous.Length);
        var article = previousWord.Equals("the", StringComparison.OrdinalIgnoreCase);
        var space = run.IndexOf(' ');
        var first = space < 0 ? run : run[..space];
        if (Sources.IsFunctionWord(first) || (SpeechCues.Of(first) != CueKind.None && space > 0))
        {
            // A capital at the start of a sentence ("But Trang Nguyen", "The Finance Ministry").
            article |= first.Equals("the", StringComparison.OrdinalIgnoreCase);
            previousWord = first;
            start += space < 0 ? run.Length : space + 1;
            run = space < 0 ? [] : run[(space + 1)..];
        }

        // Honorifics and titles are dropped ("Economy Minister", "Secretary of State", "Mr."); they mark a person.
        var gender = Gender.Unknown;
        var titleEnd = Sources.TitleEnd(run);
        var person = titleEnd > 0;
        if (titleEnd > 0)
        {
            var title = run[..titleEnd];
            gender = Sources.Surname(title).TrimEnd('.') switch
            {
                "Mr" or "Messrs" => Gender.Male,
                "Mrs" or "Ms" or "Miss" => Gender.Female,
                _ => Gender.Unknown,
            };
            start += titleEnd + 1;
            run = run[(titleEnd + 1)..];
        }

        if (run.IsEmpty)
        {
            return;
        }

        // "Trang Nguyen of BNP Paribas": a person's name ends before "of" (not so "Bank of England").
        var of = run.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0 && !article && !Organisation(run[..of]))
        {
            run = run[..of];
        }

        var organisation = article || Organisation(run);
        if (Sources.IsPreposition(previousWord) && !person)
        {
            // "in New York", "at Goldman Sachs": a place or an organisation, never a person.
            if (organisation)
            {
                Add(new Mention(text, start, run.Length), organisation: true);
            }

            return;
        }

        if (organisation)
        {
            Add(new Mention(text, start, run.Length), organisation: true);
        }
        else if (run.IndexOf(' ') > 0 && !Sources.IsRoleNoun(Sources.Surname(run)) && CanNamePerson(run))
        {
            Add(new Mention(text, start, run.Length), organisation: false, gender);
        }
    }

    /// <summary>
    /// Whether a run of two or more capitalised words can be a person's name: not a place (<see cref="Sources.IsPlaceName"/>),
    /// not a run in capitals (a headline or dateline: <c>MIDWAY ATOLL</c>), and no capitalised closed-class word after its
    /// first (a title: <c>Change Is Gonna Come</c>, <c>Save A Quarter</c>).
    /// </summary>
    private static bool CanNamePerson(ReadOnlySpan<char> run)
    {
        if (Sources.IsPlaceName(run) || !run.ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        var index = 0;
        foreach (var range in run.Split(' '))
        {
            if (index++ > 0 && run[range].Length > 0 && char.IsUpper(run[range][0]) && Sources.IsFunctionWord(run[range]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A full mention: a stretch of a text (no string is made until a source takes it as its name).</summary>
    private readonly record struct Mention(string Text, int Start, int Length)
    {
        public ReadOnlySpan<char> Span => Text.AsSpan(Start, Length);
    }
}
