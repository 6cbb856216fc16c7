namespace Briefing.Model.Text;

/// <summary>Finds the organisation a disclaimer names, by the shape of the sentence, not by a list of names.</summary>
internal static class Publishers
{
    private static readonly string[] CompanySuffixes =
        ["Limited", "Ltd", "LLC", "LLP", "Inc", "plc", "PLC", "GmbH", "AG", "SA", "S.A.", "SAS", "SL", "BV", "NV", "Pty", "Corp", "Corporation", "LP"];

    private static readonly string[] Connectors = ["&", "and", "of", "de", "y", "for", "the"];

    private static readonly string[] Verbs = ["gives", "accepts", "does", "makes", "shall", "will", "is", "has", "disclaims", "assumes"];

    /// <summary>
    /// The publisher named in the notice: the first run of capitalised words that ends in a company
    /// suffix (<c>Deheza Limited</c>, <c>Meridian Risk Advisory Ltd</c>); failing that, a run of
    /// capitalised words right after <c>by</c> (<c>issued by Andes Insight Partners for …</c>); failing
    /// that, a run of two or more capitalised words followed by a verb such as <c>gives</c> or <c>accepts</c>.
    /// </summary>
    /// <returns>The name, and the paragraph and offset where it was found.</returns>
    public static (string Name, int Paragraph, int Offset)? Find(IReadOnlyList<string> paragraphs)
    {
        for (var rule = 0; rule < 3; rule++)
        {
            for (var p = 0; p < paragraphs.Count; p++)
            {
                foreach (var (start, end, wordCount, previous, next) in Runs(paragraphs[p]))
                {
                    var run = paragraphs[p][start..end];
                    var lastWord = run[(run.LastIndexOf(' ') + 1)..].TrimEnd('.');
                    var matches = rule switch
                    {
                        0 => wordCount >= 2 && Array.Exists(CompanySuffixes, s => s.TrimEnd('.') == lastWord),
                        1 => previous == "by",
                        _ => wordCount >= 2 && Array.IndexOf(Verbs, next) >= 0,
                    };
                    if (matches)
                    {
                        return (run, p, start);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Runs of capitalised words (with connectors such as <c>&amp;</c> or <c>of</c> between them),
    /// broken by punctuation; common sentence openers (<c>The</c>, <c>This</c>, <c>While</c>) at the
    /// start of a run are dropped. Each run comes with the word before it and the word after it.
    /// </summary>
    private static IEnumerable<(int Start, int End, int Words, string? Previous, string? Next)> Runs(string text)
    {
        var words = new List<(int Start, int End, bool Stop)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
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

                words.Add((start, end, stop));
            }
        }

        var w = 0;
        while (w < words.Count)
        {
            if (!IsCapitalised(text, words[w]))
            {
                w++;
                continue;
            }

            var first = w;
            var last = w;
            var count = 1;
            while (!words[last].Stop && last + 1 < words.Count)
            {
                var candidate = last + 1;
                if (IsCapitalised(text, words[candidate]))
                {
                    last = candidate;
                    count++;
                    continue;
                }

                if (IsConnector(text, words[candidate]) && !words[candidate].Stop && candidate + 1 < words.Count && IsCapitalised(text, words[candidate + 1]))
                {
                    last = candidate + 1;
                    count++;
                    continue;
                }

                break;
            }

            while (first < last && IsSentenceOpener(text, words[first]))
            {
                first++;
                count--;
            }

            var previous = first > 0 && !words[first - 1].Stop ? text[words[first - 1].Start..words[first - 1].End] : null;
            var next = last + 1 < words.Count && !words[last].Stop ? text[words[last + 1].Start..words[last + 1].End] : null;
            yield return (words[first].Start, words[last].End, count, previous, next);
            w = last + 1;
        }
    }

    private static bool IsCapitalised(string text, (int Start, int End, bool Stop) word) =>
        word.End > word.Start && char.IsUpper(text[word.Start]);

    private static bool IsConnector(string text, (int Start, int End, bool Stop) word) =>
        Array.IndexOf(Connectors, text[word.Start..word.End]) >= 0;

    private static bool IsSentenceOpener(string text, (int Start, int End, bool Stop) word) =>
        text[word.Start..word.End] is "The" or "This" or "These" or "While" or "All" or "No" or "Neither" or "Nothing" or "Any" or "It" or "Its" or "Our" or "We";
}
