using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;
using Briefing.Model.Diagnostics;
using Briefing.Model.Metrics;
using Briefing.Model.Tests.Properties;
using Briefing.Model.Tests.Support;
using Briefing.Model.Text;
using Briefing.Model.Validation;
using CsCheck;

namespace Briefing.Model.Tests.Validation;

/// <summary>
/// What the library writes, its own validation accepts: every seed, sample and generated briefing,
/// and every figure the extractor reads, validates without an error at both levels, and never draws
/// the currency (BV051) or comparator (BV056) findings, whose vocabularies extraction shares.
/// </summary>
public sealed class OwnOutputTests
{
    private static readonly string[] SharedVocabularyCodes = ["BV051", "BV056"];

    [Theory]
    [MemberData(nameof(TestData.SeedNames), MemberType = typeof(TestData))]
    public void Seeds_and_samples_validate_without_errors(string name)
    {
        var read = BriefingText.Parse(TestData.ReadSeed(name));

        Assert.NotNull(read.Briefing);
        AssertAccepted(read.Briefing, name);
    }

    [Fact]
    public void Generated_layout_briefings_validate_without_errors()
    {
        ModelGenerators.Layout.Sample(
            layout => AssertAccepted(BriefingText.Parse(layout.Text).Briefing!, layout.Text),
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Documents,
            print: layout => PropertyRuns.Print(layout.Text));
    }

    [Fact]
    public void Generated_figures_validate_without_errors()
    {
        Figures.Sample(
            sentence => AssertAccepted(Paragraph(sentence), sentence),
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Inputs,
            print: PropertyRuns.Print);
    }

    [Theory]
    [InlineData("Reserves stood at 100 BGN a head.")]                       // withdrawn in 2026: a historical code
    [InlineData("A fine of 20 SLL was set.")]                                // replaced by SLE
    [InlineData("Sales reached 5 million Finnish markka in 1998.")]
    [InlineData("Exports of 120 XCG were recorded.")]                        // active since 2025
    [InlineData("Turnout was less than or equal to 5% there.")]
    [InlineData("Inflation was no greater than 4% and at most 6% later.")]
    [InlineData("It fell to less than 5000 or equal to the target.")]
    [InlineData("A crowd of 200 people or more gathered, 40 or fewer left.")]
    [InlineData("Growth of ≤ 3%, >= 10 tonnes and < 5% were seen.")]
    [InlineData("Debt in excess of USD 3 billion, surpassing 2 million barrels.")]
    public void Figures_whose_vocabularies_once_disagreed_validate_without_findings(string sentence) =>
        AssertAccepted(Paragraph(sentence), sentence);

    [Fact]
    public void Every_figure_of_the_extractor_rules_validates_without_errors()
    {
        var sentences = typeof(Metrics.MetricExtractorTests).GetMethods()
            .SelectMany(m => m.GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>())
            .Select(a => a.Data[0])
            .OfType<string>()
            .Where(sentence => !string.IsNullOrWhiteSpace(sentence))   // a blank block is BV011 whatever it holds
            .Distinct()
            .ToList();

        Assert.True(sentences.Count > 100, $"only {sentences.Count} sentences found");
        Assert.All(sentences, sentence => AssertAccepted(Paragraph(sentence), sentence));
    }

    [Fact]
    public void Every_Recognizers_Text_sentence_validates_without_errors()
    {
        var directory = TestData.ExternalDirectory("recognizers-text");
        var sentences = new[] { "CurrencyModel.json", "NumberRangeModel.json", "PercentModel.json" }
            .Select(file => Path.Combine(directory, file))
            .SelectMany(path => JsonNode.Parse(File.ReadAllText(path))!.AsArray())
            .Select(c => c!["Input"]!.GetValue<string>())
            .ToList();

        Assert.NotEmpty(sentences);
        Assert.All(sentences, sentence => AssertAccepted(Paragraph(sentence), sentence));
    }

    /// <summary>A comparator phrase or sign (or none), a currency or none, a number, a scale, a unit, and a trailing phrase (or none).</summary>
    private static Gen<string> Figures { get; } =
        from before in Gen.OneOf([.. ComparatorLexicon.PhraseTable.Select(r => r.Phrase + " "), "", "", "≤ ", ">= ", "<", "> "])
        from currency in Gen.OneOf([.. Iso4217.Active.Concat(Iso4217.Historical).Select(c => c + " "), "$", "US$", "€", "", "", ""])
        from whole in Gen.Int[1, 999_999]
        from fraction in Gen.Int[-150, 99]
        from scale in Gen.OneOf("", " million", " billion", "bn", "m")
        from unit in Gen.OneOf("", "", "%", " per cent", " people", " tonnes", " euros", " Finnish markka", " pesos")
        from after in Gen.OneOf([.. ComparatorLexicon.PostfixTable.Select(r => " " + r.Phrase), "", "", "", " or equal", " or equal to"])
        select $"By then {before}{currency}{whole.ToString("N0", CultureInfo.InvariantCulture)}{(fraction >= 0 ? "." + fraction.ToString("D2", CultureInfo.InvariantCulture) : "")}{scale}{unit}{after} were counted.";

    private static BriefingDocument Paragraph(string sentence)
    {
        var metrics = MetricExtractor.Extract("p1", sentence).Select((m, i) => m with { Id = "m" + (i + 1).ToString(CultureInfo.InvariantCulture) });
        return new BriefingDocument
        {
            Title = "Figures",
            Body = [new Paragraph { Id = "p1", Text = sentence }],
            Metrics = [.. metrics],
        };
    }

    private static void AssertAccepted(BriefingDocument briefing, string what)
    {
        foreach (var level in new[] { ValidationLevel.Default, ValidationLevel.Strict })
        {
            var findings = BriefingValidation.Validate(briefing, level);
            var wrong = findings.Where(f => f.Severity == DiagnosticSeverity.Error || SharedVocabularyCodes.Contains(f.Code)).ToImmutableArray();
            Assert.True(wrong.IsEmpty, $"{level}: {what}\n{string.Join("\n", wrong)}\nmetrics: {string.Join("; ", briefing.Metrics.Select(m => $"{m.Text} {m.Kind} {m.Unit} {m.Comparator}"))}");
        }
    }
}
