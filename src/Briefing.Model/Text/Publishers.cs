namespace Briefing.Model.Text;

/// <summary>Finds the organisation a disclaimer names, by the shape of the sentence, not by a list of names.</summary>
internal static class Publishers
{
    private static readonly string[] CompanySuffixes =
        ["Limited", "Ltd", "LLC", "LLP", "Inc", "plc", "PLC", "GmbH", "AG", "SA", "S.A.", "SAS", "SL", "BV", "NV", "Pty", "Corp", "Corporation", "LP"];

    private static readonly string[] Connectors = ["&", "and", "of", "de", "y", "for", "the"];

    private static readonly string[] Verbs = ["gives", "accepts", "does", "makes", "shall", "will", "is", "has", "disclaims", "assumes"];

    private static readonly string[] SentenceOpeners = ["The", "This", "These", "While", "All", "No", "Neither", "Nothing", "Any", "It", "Its", "Our", "We"];

    /// <summary>
    /// The publisher named in the notice: the first run of capitalised words that ends in a company
    /// suffix (<c>Deheza Limited</c>, <c>Meridian Risk Advisory Ltd</c>); failing that, a run of
    /// capitalised words right after <c>by</c> (<c>issued by Andes Insight Partners for …</c>); failing
    /// that, a run of two or more capitalised words followed by a verb such as <c>gives</c> or <c>accepts</c>.
    /// </summary>
    /// <returns>The name, and the paragraph and offset where it was found.</returns>
    public static (string Name, int Paragraph, int Offset)? Find(IReadOnlyList<string> paragraphs)
    {
        // The working lists (a disclaimer has hundreds of words) are the thread's, reused from parse to parse.
        var lists = PerThread<WorkLists>.Rent();
        try
        {
            return FindIn(paragraphs, lists);
        }
        finally
        {
            PerThread<WorkLists>.Return(lists);
        }
    }

    private static (string Name, int Paragraph, int Offset)? FindIn(IReadOnlyList<string> paragraphs, WorkLists lists)
    {
        // The runs of every paragraph, found once and tried against each rule in turn; only the name
        // found becomes a string. The two lists are the thread's, reused from parse to parse. The first
        // rule is tried on each paragraph's runs as soon as they are found: its first match is the
        // answer, so the paragraphs after it need not be read.
        var (words, runs) = (lists.Words, lists.Runs);
        runs.Clear();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (AddRuns(paragraphs, p, words, runs) is var found and >= 0)
            {
                return Named(paragraphs, runs[found]);
            }
        }

        for (var rule = 1; rule < 3; rule++)
        {
            foreach (var run in runs)
            {
                if (Matches(rule, paragraphs, run))
                {
                    return Named(paragraphs, run);
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="run"/> names the publisher by rule <paramref name="rule"/>: 0 ends in a company suffix, 1 follows <c>by</c>, 2 is followed by a verb.</summary>
    private static bool Matches(int rule, IReadOnlyList<string> paragraphs, Run run)
    {
        var text = paragraphs[run.Paragraph].AsSpan();
        var name = text[run.Start..run.End];
        return rule switch
        {
            0 => run.Words >= 2 && EndsWithSuffix(name[(name.LastIndexOf(' ') + 1)..].TrimEnd('.')),
            1 => text[run.Previous].SequenceEqual("by"),
            _ => run.Words >= 2 && IsOneOf(text[run.Next], Verbs),
        };
    }

    private static (string Name, int Paragraph, int Offset) Named(IReadOnlyList<string> paragraphs, Run run) =>
        (paragraphs[run.Paragraph][run.Start..run.End], run.Paragraph, run.Start);

    private static bool EndsWithSuffix(ReadOnlySpan<char> lastWord)
    {
        foreach (var suffix in CompanySuffixes)
        {
            if (suffix.AsSpan().TrimEnd('.').SequenceEqual(lastWord))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class WorkLists : IScratch
    {
        public List<Word> Words { get; } = [];

        public List<Run> Runs { get; } = [];

        public bool Reset(int maxKeptItems)
        {
            var small = PerThread.Small(maxKeptItems, Words.Capacity, Runs.Capacity);
            Words.Clear();
            Runs.Clear();
            return small;
        }
    }

    /// <summary>A word of a paragraph; <see cref="Stop"/> when punctuation ends it (and so any run).</summary>
    private readonly record struct Word(int Start, int End, bool Stop)
    {
        public Range Range => Start..End;
    }

    /// <summary>A run of capitalised words: where it is, how many words, and the word before and after it (empty ranges when none).</summary>
    private readonly record struct Run(int Paragraph, int Start, int End, int Words, Range Previous, Range Next);

    /// <summary>
    /// Runs of capitalised words (with connectors such as <c>&amp;</c> or <c>of</c> between them),
    /// broken by punctuation; common sentence openers (<c>The</c>, <c>This</c>, <c>While</c>) at the
    /// start of a run are dropped. Each run comes with the word before it and the word after it. The
    /// words are read as the runs need them, and the reading stops at the first run that ends in a company
    /// suffix (rule 0, which wins over every later run): its index is returned, or -1 when there is none.
    /// </summary>
    private static int AddRuns(IReadOnlyList<string> paragraphs, int paragraph, List<Word> words, List<Run> runs)
    {
        var text = paragraphs[paragraph];
        words.Clear();
        var i = 0;

        // Whether word k is there, reading the words up to it.
        bool Has(int k)
        {
            while (words.Count <= k && ReadWord(text, ref i, words))
            {
            }

            return words.Count > k;
        }

        var w = 0;
        while (Has(w))
        {
            if (!IsCapitalised(text, words[w]))
            {
                w++;
                continue;
            }

            var first = w;
            var last = w;
            var count = 1;
            while (!words[last].Stop && Has(last + 1))
            {
                var candidate = last + 1;
                if (IsCapitalised(text, words[candidate]))
                {
                    last = candidate;
                    count++;
                    continue;
                }

                if (IsOneOf(text.AsSpan(words[candidate].Range), Connectors) && !words[candidate].Stop && Has(candidate + 1) && IsCapitalised(text, words[candidate + 1]))
                {
                    last = candidate + 1;
                    count++;
                    continue;
                }

                break;
            }

            while (first < last && IsOneOf(text.AsSpan(words[first].Range), SentenceOpeners))
            {
                first++;
                count--;
            }

            var previous = first > 0 && !words[first - 1].Stop ? words[first - 1].Range : default;
            var next = Has(last + 1) && !words[last].Stop ? words[last + 1].Range : default;
            runs.Add(new Run(paragraph, words[first].Start, words[last].End, count, previous, next));
            if (Matches(0, paragraphs, runs[^1]))
            {
                return runs.Count - 1;
            }

            w = last + 1;
        }

        return -1;
    }

    /// <summary>Reads the next word of <paramref name="text"/> from <paramref name="i"/> into <paramref name="words"/>; false at the end of the text.</summary>
    private static bool ReadWord(string text, ref int i, List<Word> words)
    {
        while (i < text.Length && Layout.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < text.Length && !Layout.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i == start)
        {
            return false;
        }

        var end = i;
        var stop = false;
        while (end > start && text[end - 1] is ',' or ';' or ':' or '.' or ')' or '(' or '"' or '\u201D')
        {
            stop = true;
            end--;
        }

        // Keep the final dot of an abbreviated suffix such as "S.A.".
        if (end > start && end < i && text[end] == '.' && text.AsSpan(start, end - start).Contains('.'))
        {
            end++;
        }

        words.Add(new Word(start, end, stop));
        return true;
    }

    private static bool IsCapitalised(string text, Word word) =>
        word.End > word.Start && char.IsUpper(text[word.Start]);
}
