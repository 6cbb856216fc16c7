using System.Text;
using Briefing.Model.Json;
using Briefing.Model.Text;

namespace Briefing.Model.Fuzz;

/// <summary>
/// Writes the initial corpus: every seed text as is (<c>text/</c>) and a JSON rendering of each seed
/// (<c>json/</c>), compact and indented. Generated, never committed.
/// </summary>
internal static class Corpus
{
    public static int Write(string directory, string seeds)
    {
        var text = Directory.CreateDirectory(Path.Combine(directory, "text")).FullName;
        var json = Directory.CreateDirectory(Path.Combine(directory, "json")).FullName;
        var written = 0;
        foreach (var seed in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(seed);
            File.Copy(seed, Path.Combine(text, name + ".txt"), overwrite: true);
            var briefing = ToBriefing(File.ReadAllText(seed));
            File.WriteAllText(Path.Combine(json, name + ".json"), BriefingJson.Write(briefing), Encoding.UTF8);
            File.WriteAllText(Path.Combine(json, name + ".indented.json"), BriefingJson.Write(briefing, indented: true), Encoding.UTF8);
            written += 3;
        }

        return written;
    }

    /// <summary>The parser's model of a seed; while the parser is the placeholder, a rough one built from its blocks.</summary>
    private static BriefingDocument ToBriefing(string text)
    {
        try
        {
            if (BriefingText.Parse(text).Briefing is { } parsed)
            {
                return parsed;
            }
        }
        catch (NotSupportedException)
        {
            // The placeholder parser (issue 3): fall through to the rough model.
        }

        var blocks = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var body = blocks.Skip(1).Select((b, i) => (Block)new Paragraph { Id = "p" + (i + 1), Text = b }).ToArray();
        var first = body.FirstOrDefault();
        var word = first?.Text.Split(' ')[0] ?? "";
        return new BriefingDocument
        {
            Title = blocks.FirstOrDefault() ?? "",
            Body = [.. body],
            Quotes = first is null ? [] :
            [
                new Quote { Id = "q1", Kind = QuoteKind.Reported, Text = word, Source = new Source { Text = "a source", Anonymous = true }, BlockId = first.Id, Span = new TextSpan(0, word.Length), Cue = "According to" },
            ],
            Metrics = first is null ? [] :
            [
                new Metric { Id = "m1", Kind = MetricKind.Money, Value = 3_150_000_000m, Unit = "USD", Comparator = Comparator.LessThan, Text = word, BlockId = first.Id, Span = new TextSpan(0, word.Length), Period = "2020" },
            ],
            Disclaimer = new Disclaimer { Heading = "Important Notice", Paragraphs = ["A notice."], Publisher = "A Publisher" },
            Related = [new RelatedArticle { Title = "A title", Summary = "A summary." }, new RelatedArticle { Summary = "An item without a title." }],
        };
    }
}
