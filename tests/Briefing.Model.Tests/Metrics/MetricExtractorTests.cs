using System.Globalization;
using Briefing.Model.Metrics;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Metrics;

public sealed partial class MetricExtractorTests
{
    /// <summary>One metric as a line: text | kind | value | unit | comparator [| ambiguous] [| period].</summary>
    internal static string Describe(Metric m) =>
        string.Join(" | ", new[]
        {
            m.Text, m.Kind.ToString(), m.Value.ToString(CultureInfo.InvariantCulture), m.Unit ?? "-", m.Comparator.ToString(),
        }.Concat(m.Ambiguous ? ["ambiguous"] : []).Concat(m.Period is null ? [] : [m.Period]));

    internal static string[] Run(string text) => [.. MetricExtractor.Extract("p1", text).Select(Describe)];

    [Fact]
    public void The_seed_yields_exactly_the_reference_models_metrics()
    {
        var seed = SeedModel.Create();
        var metrics = seed.Body
            .SelectMany(block => MetricExtractor.Extract(block.Id, block.Text))
            .Select((m, i) => m with { Id = "m" + (i + 1).ToString(CultureInfo.InvariantCulture) })
            .ToList();

        Assert.Equal(seed.Metrics, metrics);
        Assert.Equal("3150000000", metrics[0].Value.ToString(CultureInfo.InvariantCulture)); // exact, no trailing zeros
    }

    [Fact]
    public void Every_metric_points_at_its_own_text_and_is_numbered_in_text_order()
    {
        const string text = "Donors pledged about USD 110 million; more than 700,000 people fled and prices rose 12 percent.";
        var metrics = MetricExtractor.Extract("p7", text);

        Assert.Equal(3, metrics.Count);
        Assert.Equal(["m1", "m2", "m3"], metrics.Select(m => m.Id));
        Assert.All(metrics, m =>
        {
            Assert.Equal("p7", m.BlockId);
            Assert.Equal(m.Text, m.Span.Slice(text));
        });
        Assert.True(metrics.Zip(metrics.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start), "metrics are in text order and do not overlap");
    }

    [Fact]
    public void A_document_built_in_code_from_extracted_metrics_and_found_spans_passes_validation()
    {
        const string text = "Officials said the port handled USD 2 billion in cargo, up 12% on last year.";
        const string words = "the port handled USD 2 billion in cargo";
        var span = TextSpan.Find(text, words);
        Assert.NotNull(span);
        var briefing = new BriefingDocument
        {
            Title = "Port figures",
            Body = [new Paragraph { Id = "p1", Text = text }],
            Metrics = [.. MetricExtractor.Extract("p1", text)],
            Quotes = [new Quote { Id = "q1", Kind = QuoteKind.Reported, Text = words, Source = new Source { Text = "Officials" }, BlockId = "p1", Span = span.Value }],
        };

        Assert.Empty(Briefing.Model.Validation.BriefingValidation.Validate(briefing).Where(d => d.Severity == Briefing.Model.Diagnostics.DiagnosticSeverity.Error));
        Assert.Null(TextSpan.Find(text, "not there"));
        Assert.Equal(new TextSpan(text.LastIndexOf("on", StringComparison.Ordinal), 2), TextSpan.Find(text, "on", text.IndexOf("12%", StringComparison.Ordinal)));
    }

    [Fact]
    public void Null_arguments_are_programming_errors()
    {
        Assert.Throws<ArgumentNullException>(() => MetricExtractor.Extract(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => MetricExtractor.Extract("p1", null!));
    }

    [Fact]
    public void Scaled_values_go_on_the_wire_as_plain_exact_numbers()
    {
        const string text = "It paid USD 3.15 billion, $1.20 a share and 12.50 euros; 470 pence.";
        var document = new BriefingDocument
        {
            Id = "t",
            Title = "t",
            Body = [new Paragraph { Id = "p1", Text = text }],
            Metrics = [.. MetricExtractor.Extract("p1", text).Select((m, i) => m with { Id = "m" + (i + 1).ToString(CultureInfo.InvariantCulture) })],
        };

        var json = Briefing.Model.Json.BriefingJson.Write(document);

        Assert.Contains("\"value\":3150000000,", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":1.2,", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":12.5,", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":4.7,", json, StringComparison.Ordinal);
        Assert.Contains("\"ambiguous\":true", json, StringComparison.Ordinal);
        Assert.Equal(document, Briefing.Model.Json.BriefingJson.Read(json).Briefing);
    }

    [Theory]
    [InlineData("")]
    [InlineData("No figures at all.")]
    [InlineData("In 2024, the ministry met twice.")]
    public void Text_without_metrics_yields_none(string text) => Assert.Empty(Run(text));
}
