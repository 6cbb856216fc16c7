using System.Text;
using Briefing.Model.Metrics;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Metrics;

/// <summary>
/// docs/metrics.md shows the comparator lexicon and the currency table as the code holds them: the
/// tables between the markers are generated from <see cref="ComparatorLexicon"/> and <see cref="Iso4217"/>
/// (BRIEFING_UPDATE_DOCS=1 dotnet test rewrites them).
/// </summary>
public sealed class VocabularyDocsTests
{
    private const string End = "<!-- end of generated table -->";

    private static readonly (Comparator Comparator, string Name)[] Order =
    [
        (Comparator.Approximately, "approximately"), (Comparator.LessThan, "lessThan"), (Comparator.AtMost, "atMost"),
        (Comparator.MoreThan, "moreThan"), (Comparator.AtLeast, "atLeast"),
    ];

    [Fact]
    public void The_metrics_page_shows_the_lexicon_and_the_currency_table()
    {
        var path = Path.Combine(TestData.RepositoryRoot, "docs", "metrics.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");

        var expected = WithRegion(WithRegion(text, "ComparatorLexicon", ComparatorTable()), "Iso4217", CurrencyTable());

        if (Environment.GetEnvironmentVariable("BRIEFING_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.True(expected == text, "docs/metrics.md differs from ComparatorLexicon or Iso4217 (run BRIEFING_UPDATE_DOCS=1 dotnet test and review the diff).");
    }

    private static string ComparatorTable()
    {
        var table = new StringBuilder("| comparator | written before the figure | after the figure | signs |\n|---|---|---|---|\n");
        foreach (var (comparator, name) in Order)
        {
            var before = ComparatorLexicon.PhraseTable.Where(r => r.Comparator == comparator).Select(r => r.Phrase);
            var after = ComparatorLexicon.PostfixTable.Where(r => r.Comparator == comparator).Select(r => r.Phrase).ToList();
            if (ComparatorLexicon.TryOrEqual("or equal", comparator == Comparator.AtMost ? Comparator.LessThan : Comparator.MoreThan, out var inclusive) && inclusive == comparator)
            {
                after.Add($"or equal (to), after {(comparator == Comparator.AtMost ? "less than" : "more than")}");
            }

            var signs = "≥≤<>".SelectMany(c => new[] { (Sign: c.ToString(), OrEqual: false), (Sign: c + "=", OrEqual: true) })
                .Where(s => s.Sign is not ("≥=" or "≤=") && ComparatorLexicon.TryGetSign(s.Sign[0], s.OrEqual, out var found) && found == comparator)
                .Select(s => $"`{s.Sign}`");
            table.Append($"| `{name}` | {string.Join(", ", before)} | {string.Join(", ", after)} | {string.Join(" ", signs)} |\n");
        }

        return table.Append("| `exact` | anything else | | |\n").ToString();
    }

    private static string CurrencyTable() =>
        $"| codes | count | the codes |\n|---|---:|---|\n| active | {Iso4217.Active.Count()} | {string.Join(" ", Iso4217.Active)} |\n| historical | {Iso4217.Historical.Count()} | {string.Join(" ", Iso4217.Historical)} |\n";

    private static string WithRegion(string text, string source, string table)
    {
        var start = $"<!-- generated from {source} (BRIEFING_UPDATE_DOCS=1 dotnet test rewrites it) -->";
        var open = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(open >= 0, $"docs/metrics.md has no table generated from {source}.");
        var close = text.IndexOf(End, open, StringComparison.Ordinal);
        Assert.True(close > open, $"The table generated from {source} is not closed.");
        return text[..open] + start + "\n\n" + table + "\n" + text[close..];
    }
}
