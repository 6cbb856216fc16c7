using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Model.Text;

namespace Briefing.Model.Tests.Evaluation;

/// <summary>
/// The scoring of <c>../shared/tools/score_polnear.py</c>, ported rule for rule so that a test can
/// measure quote extraction in-process: brat standoff parsing (the first annotator file by name),
/// direct/speech classification, the 50% rules and the word pattern are the script's.
/// </summary>
internal static partial class PolnearScorer
{
    /// <summary>The script's SPEECH tuple: a gold attribution whose cue holds one of these is reported speech.</summary>
    private static readonly string[] Speech =
    [
        "said", "says", "say", "saying", "told", "tell", "tells", "according to", "added", "adds", "warned", "warns",
        "noted", "notes", "argued", "argues", "stated", "states", "explained", "explains", "claimed", "claims",
        "insisted", "insists", "acknowledged", "acknowledges", "admitted", "admits", "announced", "announces",
        "wrote", "writes", "tweeted", "tweets", "declared", "declares", "asked", "asks", "replied", "replies",
        "responded", "responds", "continued", "recalled", "stressed", "emphasized", "emphasised", "contended",
        "predicted", "predicts", "suggested", "suggests", "confirmed", "confirms", "denied", "denies",
        "reported", "reports", "told reporters", "remarked", "observed", "cautioned", "conceded", "complained",
        "boasted", "joked", "quipped", "vowed", "pledged", "promised", "urged", "charged", "alleged", "alleges",
    ];

    private const string QuoteChars = "\"\u201c\u201d";

    [GeneratedRegex("[0-9A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)?")]
    private static partial Regex WordPattern();

    /// <summary>One gold attribution.</summary>
    public sealed record Gold(string Content, string Source, string Cue, bool Direct, bool Speech);

    /// <summary>One missed gold attribution or one wrong quote, for reading what went wrong.</summary>
    public sealed record Example(string Article, string Kind, string Text, string? Source);

    /// <summary>The counts of a split and the figures the script prints.</summary>
    public sealed class Score
    {
        public int Articles { get; set; }
        public int Quotes { get; set; }
        public int QuotesRight { get; set; }
        public int Direct { get; set; }
        public int DirectFound { get; set; }
        public int SpeechCount { get; set; }
        public int SpeechFound { get; set; }
        public int SourceCount { get; set; }
        public int SourceRight { get; set; }
        public List<Example> Missed { get; } = [];
        public List<Example> Wrong { get; } = [];

        public double DirectRecall => DirectFound / (double)Math.Max(1, Direct);
        public double SpeechRecall => SpeechFound / (double)Math.Max(1, SpeechCount);
        public double Recall => (DirectFound + SpeechFound) / (double)Math.Max(1, Direct + SpeechCount);
        public double Precision => QuotesRight / (double)Math.Max(1, Quotes);
        public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
        public double SourceAccuracy => SourceRight / (double)Math.Max(1, SourceCount);

        /// <summary>The script's last line.</summary>
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"polnear: direct R {DirectRecall:0.000} ({DirectFound}/{Direct}), speech R {SpeechRecall:0.000} ({SpeechFound}/{SpeechCount}), " +
            $"precision {Precision:0.000} ({QuotesRight}/{Quotes}), F1 {F1:0.000}, source {SourceAccuracy:0.000} ({SourceRight}/{SourceCount})");
    }

    /// <summary>Parses every article of <paramref name="split"/> (text/*.txt, attributions/*.ann) in-process and scores it.</summary>
    public static Score ScoreSplit(string split, int limit = 0)
    {
        var texts = Directory.GetFiles(Path.Combine(split, "text")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var anns = Directory.GetFiles(Path.Combine(split, "attributions")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (limit > 0)
        {
            texts = texts.Take(limit).ToList();
        }

        var score = new Score();
        foreach (var name in texts)
        {
            var article = name![..^4];
            var ann = anns.FirstOrDefault(a => a!.StartsWith(article + "_", StringComparison.Ordinal));
            if (ann is null)
            {
                continue;
            }

            var bytes = File.ReadAllBytes(Path.Combine(split, "text", name));
            // Python's open().read() keeps a byte order mark as U+FEFF: the offsets count it.
            var text = new UTF8Encoding(false).GetString(bytes);
            var gold = ParseAnn(File.ReadAllText(Path.Combine(split, "attributions", ann)), text);
            var quotes = BriefingText.Parse(bytes.AsSpan()).Briefing?.Quotes ?? [];
            Add(score, article, gold, quotes.Select(q => (q.Text, q.Kind.ToString(), q.Source?.Text)).ToList());
        }

        return score;
    }

    /// <summary>Scores one article's quotes (text, kind, source text) against its gold attributions.</summary>
    public static void Add(Score score, string article, IReadOnlyList<Gold> gold, IReadOnlyList<(string Text, string Kind, string? Source)> quotes)
    {
        score.Articles++;
        score.Quotes += quotes.Count;
        foreach (var q in quotes)
        {
            var ok = gold.Any(g => Inside(q.Text, g.Content) >= 0.5);
            if (ok)
            {
                score.QuotesRight++;
            }
            else
            {
                score.Wrong.Add(new Example(article, q.Kind, q.Text, q.Source));
            }
        }

        foreach (var g in gold)
        {
            if (!(g.Direct || g.Speech) || Words(g.Content).Count < 3)
            {
                continue;
            }

            var kind = g.Direct ? "direct" : "speech";
            if (g.Direct)
            {
                score.Direct++;
            }
            else
            {
                score.SpeechCount++;
            }

            var mine = quotes.Where(q => Inside(q.Text, g.Content) >= 0.5).ToList();
            var covered = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var q in mine)
            {
                foreach (var (word, count) in Count(Words(q.Text)))
                {
                    covered[word] = Math.Max(count, covered.GetValueOrDefault(word));
                }
            }

            var goldWords = Count(Words(g.Content));
            var total = goldWords.Values.Sum();
            var common = goldWords.Sum(p => Math.Min(p.Value, covered.GetValueOrDefault(p.Key)));
            if (common / (double)Math.Max(1, total) >= 0.5)
            {
                if (g.Direct)
                {
                    score.DirectFound++;
                }
                else
                {
                    score.SpeechFound++;
                }

                if (Words(g.Source).Count > 0)
                {
                    score.SourceCount++;
                    if (mine.Max(q => F1(q.Source ?? "", g.Source)) >= 0.5)
                    {
                        score.SourceRight++;
                    }
                }
            }
            else
            {
                score.Missed.Add(new Example(article, kind, g.Content, g.Source + " | " + g.Cue));
            }
        }
    }

    /// <summary>The gold attributions of one .ann file (offsets count Unicode code points, as Python's do).</summary>
    public static List<Gold> ParseAnn(string ann, string text)
    {
        var spans = new Dictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        var relations = new List<Dictionary<string, string>>();
        foreach (var line in ann.Split('\n'))
        {
            var parts = line.TrimEnd('\r').Split('\t');
            if (parts[0].Length == 0)
            {
                continue;
            }

            if (parts[0].StartsWith('T') && parts.Length >= 2)
            {
                var space = parts[1].IndexOf(' ', StringComparison.Ordinal);
                var ranges = space < 0 ? "" : parts[1][(space + 1)..];
                var list = new List<(int, int)>();
                foreach (var range in ranges.Split(';'))
                {
                    var ab = range.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    list.Add((int.Parse(ab[0], CultureInfo.InvariantCulture), int.Parse(ab[1], CultureInfo.InvariantCulture)));
                }

                spans[parts[0]] = list;
            }
            else if (parts[0].StartsWith('E') && parts.Length >= 2)
            {
                var roles = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var item in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var colon = item.IndexOf(':', StringComparison.Ordinal);
                    roles[colon < 0 ? item : item[..colon]] = colon < 0 ? "" : item[(colon + 1)..];
                }

                relations.Add(roles);
            }
        }

        var codePoints = CodePointIndex(text);
        string Slice(int a, int b) => text[codePoints[Math.Min(a, codePoints.Length - 1)]..codePoints[Math.Min(b, codePoints.Length - 1)]];
        (string Text, List<(int Start, int End)> Ranges) Role(Dictionary<string, string> roles, string role)
        {
            if (!roles.TryGetValue(role, out var id) || !spans.TryGetValue(id, out var ranges))
            {
                return ("", []);
            }

            var sorted = ranges.Order().ToList();
            return (string.Join(' ', sorted.Select(r => Slice(r.Start, r.End))), sorted);
        }

        var gold = new List<Gold>();
        foreach (var roles in relations)
        {
            var (content, contentRanges) = Role(roles, "Content");
            var (source, _) = Role(roles, "Source");
            var (cue, _) = Role(roles, "Cue");
            if (contentRanges.Count == 0)
            {
                continue;
            }

            var lo = contentRanges[0].Start;
            var hi = contentRanges[^1].End;
            var around = Slice(Math.Max(0, lo - 3), Math.Min(codePoints.Length - 1, hi + 3));
            var direct = around.AsSpan().IndexOfAny(QuoteChars) >= 0;
            var cueWords = " " + string.Join(' ', Words(cue)) + " ";
            var speech = Speech.Any(s => cueWords.Contains(" " + s + " ", StringComparison.Ordinal));
            gold.Add(new Gold(content, source, cue, direct, speech));
        }

        return gold;
    }

    /// <summary>The UTF-16 index of each code point, plus the text's length at the end.</summary>
    private static int[] CodePointIndex(string text)
    {
        var index = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            index.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        index.Add(text.Length);
        return [.. index];
    }

    /// <summary>The script's <c>words</c>: the pattern's matches, lower-cased, with ’ read as '.</summary>
    public static List<string> Words(string? text)
    {
        var list = new List<string>();
        foreach (Match m in WordPattern().Matches(text ?? ""))
        {
            list.Add(m.Value.ToLowerInvariant().Replace('\u2019', '\''));
        }

        return list;
    }

    private static Dictionary<string, int> Count(List<string> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }

    /// <summary>The share of <paramref name="quote"/>'s words that occur in <paramref name="gold"/> (multiset).</summary>
    public static double Inside(string quote, string gold)
    {
        var q = Count(Words(quote));
        var g = Count(Words(gold));
        var n = q.Values.Sum();
        return n == 0 ? 0 : q.Sum(p => Math.Min(p.Value, g.GetValueOrDefault(p.Key))) / (double)n;
    }

    /// <summary>Word F1 of two texts, case-insensitive, with one "the" taken from each (Python's Counter subtraction).</summary>
    public static double F1(string a, string b)
    {
        var ca = WithoutOneThe(Count(Words(a)));
        var cb = WithoutOneThe(Count(Words(b)));
        var common = ca.Sum(p => Math.Min(p.Value, cb.GetValueOrDefault(p.Key)));
        if (common == 0)
        {
            return 0;
        }

        var p = common / (double)ca.Values.Sum();
        var r = common / (double)cb.Values.Sum();
        return 2 * p * r / (p + r);
    }

    private static Dictionary<string, int> WithoutOneThe(Dictionary<string, int> counts)
    {
        if (counts.TryGetValue("the", out var n))
        {
            if (n <= 1)
            {
                counts.Remove("the");
            }
            else
            {
                counts["the"] = n - 1;
            }
        }

        return counts;
    }
}
