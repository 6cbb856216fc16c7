using Briefing.Model.Diagnostics;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;
using Briefing.Model.Validation;
using FluentValidation;

namespace Briefing.Model.Tests.Validation;

public sealed class BriefingValidationTests
{
    /// <summary>
    /// The seed with seven defects: empty title, unknown currency, span out of range, dangling quoteId,
    /// altered pull-quote text, duplicate id, empty source text.
    /// </summary>
    internal static BriefingDocument BrokenSeed()
    {
        var seed = SeedModel.Create();
        var pq1 = (PullQuote)seed.Body[3];
        var pq2 = (PullQuote)seed.Body[8];
        return seed with
        {
            Title = "",
            Body = seed.Body
                .SetItem(3, pq1 with { QuoteId = "q7" })
                .SetItem(8, pq2 with { Text = pq2.Text.Replace("no coordination", "close coordination", StringComparison.Ordinal) }),
            Quotes = seed.Quotes
                .SetItem(0, seed.Quotes[0] with { Span = seed.Quotes[0].Span with { Length = 5000 } })
                .SetItem(2, seed.Quotes[2] with { Source = seed.Quotes[2].Source with { Text = "" } }),
            Metrics = seed.Metrics
                .SetItem(0, seed.Metrics[0] with { Unit = "USX" })
                .SetItem(2, seed.Metrics[2] with { Id = "p8" }),
        };
    }

    /// <summary>The (code, pointer) of each defect of <see cref="BrokenSeed"/>, in order.</summary>
    internal static readonly (string Code, string Path)[] BrokenSeedErrors =
    [
        ("BV002", "/title"),
        ("BV014", "/body/3/quoteId"),
        ("BV015", "/body/8/text"),
        ("BV020", "/metrics/2/id"),
        ("BV033", "/quotes/0/span"),
        ("BV040", "/quotes/2/source/text"),
        ("BV051", "/metrics/0/unit"),
    ];

    [Fact]
    public void The_seed_validates_clean_at_both_levels()
    {
        Assert.Empty(BriefingValidation.Validate(SeedModel.Create()));
        Assert.Empty(BriefingValidation.Validate(SeedModel.Create(), ValidationLevel.Strict));
    }

    [Fact]
    public void The_seed_read_back_from_its_JSON_validates_clean()
    {
        var read = BriefingJson.Read(BriefingJson.Write(SeedModel.Create()));

        Assert.Empty(BriefingValidation.Validate(read, ValidationLevel.Strict));
    }

    [Fact]
    public void A_broken_seed_reports_each_defect_as_an_error_at_its_pointer()
    {
        var diagnostics = BriefingValidation.Validate(BrokenSeed(), ValidationLevel.Strict);

        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => (d.Code, d.Path ?? "")).Order().ToArray();
        Assert.Equal(BrokenSeedErrors, errors);
        Assert.All(diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("Title", "/title")]
    [InlineData("SchemaVersion", "/schemaVersion")]
    [InlineData("Body[2].Text", "/body/2/text")]
    [InlineData("Body[3].QuoteId", "/body/3/quoteId")]
    [InlineData("Quotes[0].Source.Text", "/quotes/0/source/text")]
    [InlineData("Related[10]", "/related/10")]
    [InlineData("Published", "/published")]
    [InlineData("Authors[1]", "/authors/1")]
    [InlineData("Url", "/url")]
    [InlineData("Disclaimer.Paragraphs[1]", "/disclaimer/paragraphs/1")]
    [InlineData("[0].Text", "/0/text")]
    [InlineData("UnknownProperties[a/b~c]", "/unknownProperties/a~1b~0c")]
    public void Property_paths_become_json_pointers(string path, string pointer) =>
        Assert.Equal(pointer, BriefingValidation.ToJsonPointer(path));

    [Fact]
    public void Findings_carry_the_position_of_the_nearest_mapped_part()
    {
        var map = new SourceMap(
        [
            new("", new TextPosition(1, 1)),
            new("/title", new TextPosition(1, 1)),
            new("/body/3", new TextPosition(9, 1)),
            new("/quotes/0", new TextPosition(5, 43)),
        ]);

        var diagnostics = BriefingValidation.Validate(BrokenSeed(), ValidationLevel.Default, map);

        Assert.Equal((1, 1), Position(diagnostics, "BV002"));
        Assert.Equal((9, 1), Position(diagnostics, "BV014"));   // /body/3/quoteId -> /body/3
        Assert.Equal((5, 43), Position(diagnostics, "BV033"));  // /quotes/0/span -> /quotes/0
        Assert.Equal((1, 1), Position(diagnostics, "BV051"));   // /metrics/0/unit -> the document
    }

    [Fact]
    public void Findings_have_no_position_without_a_source_map() =>
        Assert.All(BriefingValidation.Validate(BrokenSeed()), d => Assert.Null(d.Line));

    [Fact]
    public void Levels_select_the_rule_sets()
    {
        var seed = SeedModel.Create();
        var document = seed with { Title = seed.Title + "\nA second line" };

        Assert.Empty(BriefingValidation.Validate(document));
        var strict = Assert.Single(BriefingValidation.Validate(document, ValidationLevel.Strict));
        Assert.Equal((ValidationCodes.TitleShape, DiagnosticSeverity.Warning, "/title"), (strict.Code, strict.Severity, strict.Path));
        Assert.Equal(["default"], BriefingValidation.RuleSets(ValidationLevel.Default));
        Assert.Equal(["default", "strict"], BriefingValidation.RuleSets(ValidationLevel.Strict));
    }

    [Theory]
    [InlineData(ValidationLevel.Default)]
    [InlineData(ValidationLevel.Strict)]
    public void The_front_door_runs_the_same_rules_as_FluentValidation_rule_sets(ValidationLevel level)
    {
        var seed = SeedModel.Create();
        var noisy = BrokenSeed() with { Disclaimer = null, Standfirst = new string('w', 10) + "\n" + seed.Standfirst };
        var ruleSets = BriefingValidation.RuleSets(level).ToArray();

        var expected = BriefingValidation.Validator.Validate(noisy, o => o.IncludeRuleSets(ruleSets)).Errors.Select(e => (e.ErrorCode, e.PropertyName));
        var actual = BriefingValidation.Validate(noisy, level).Select(d => (d.Code, d.Path ?? "")).ToArray();

        Assert.Equal(expected.Select(e => (e.ErrorCode, BriefingValidation.ToJsonPointer(e.PropertyName))), actual);
        Assert.Contains(actual, d => d.Code == "BV060");
        Assert.Equal(level == ValidationLevel.Strict, actual.Any(d => d.Code == ValidationCodes.StandfirstShape));
    }

    [Fact]
    public void Reading_diagnostics_come_first_and_a_failed_read_is_not_validated()
    {
        var failed = BriefingJson.Read("{ \"title\": ");
        var diagnostics = BriefingValidation.Validate(failed);

        Assert.Equal(failed.Diagnostics, diagnostics);
        Assert.StartsWith("BJ", Assert.Single(diagnostics).Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Nulls_where_the_contract_forbids_them_are_findings_not_exceptions()
    {
        var document = new BriefingDocument
        {
            Title = null!,
            Language = "",
            Body =
            [
                new Paragraph { Id = null!, Text = null! },
                new PullQuote { Id = "pq1", Text = null!, Attribution = null!, QuoteId = "" },
                new PullQuote { Id = "pq2", Text = "“Words.”", Attribution = new Source { Text = null! } },
            ],
            Quotes = [new Quote { Id = null!, Kind = QuoteKind.Direct, Text = null!, Source = null!, BlockId = null!, Span = default }],
            Metrics = [new Metric { Id = "m1", Kind = MetricKind.Money, Value = 1m, Text = null!, BlockId = "pq2", Span = new TextSpan(0, 3) }],
            Disclaimer = new Disclaimer { Paragraphs = [null!] },
            Related = [new RelatedArticle()],
        };

        var diagnostics = BriefingValidation.Validate(document, ValidationLevel.Strict);

        Assert.Contains(diagnostics, d => d.Code == "BV002" && d.Path == "/title");
        Assert.Contains(diagnostics, d => d.Code == "BV010" && d.Path == "/body/0/id");
        Assert.Contains(diagnostics, d => d.Code == "BV040" && d.Path == "/body/1/attribution");
        Assert.Contains(diagnostics, d => d.Code == "BV040" && d.Path == "/body/2/attribution/text");
        Assert.Contains(diagnostics, d => d.Code == "BV014" && d.Path == "/body/1/quoteId");
        Assert.Contains(diagnostics, d => d.Code == "BV032" && d.Path == "/quotes/0/blockId");
        Assert.Contains(diagnostics, d => d.Code == "BV051" && d.Path == "/metrics/0/unit");
        Assert.Contains(diagnostics, d => d.Code == "BV062" && d.Path == "/disclaimer/paragraphs");
        Assert.Contains(diagnostics, d => d.Code == "BV070" && d.Path == "/related/0");
        Assert.Contains(diagnostics, d => d.Code == "BV005" && d.Path == "/language");
    }

    [Fact]
    public void The_shared_validator_is_safe_to_use_from_many_threads()
    {
        var broken = BrokenSeed();
        var expected = BriefingValidation.Validate(broken, ValidationLevel.Strict);

        var results = new System.Collections.Immutable.ImmutableArray<Diagnostic>[64];
        Parallel.For(0, results.Length, i => results[i] = BriefingValidation.Validate(i % 2 == 0 ? broken : SeedModel.Create(), ValidationLevel.Strict));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? expected : [], results[i]);
        }
    }

    private static (int?, int?) Position(IEnumerable<Diagnostic> diagnostics, string code)
    {
        var diagnostic = diagnostics.First(d => d.Code == code);
        return (diagnostic.Line, diagnostic.Column);
    }
}
