using System.Collections.Immutable;
using Briefing.Model.Tests.Support;
using Briefing.Model.Validation;
using FluentValidation;
using FluentValidation.TestHelper;

namespace Briefing.Model.Tests.Validation;

public sealed class BriefingValidatorTests
{
    private static readonly BriefingValidator Validator = new();

    private static BriefingDocument Seed() => SeedModel.Create();

    private static BriefingDocument WithBlock(BriefingDocument document, int index, Block block) =>
        document with { Body = document.Body.SetItem(index, block) };

    [Fact]
    public void The_seed_model_validates_clean_under_strict() =>
        Validator.TestValidate(Seed(), Strictness.Strict).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void The_seed_model_validates_clean_under_default() =>
        Validator.TestValidate(Seed()).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData("2.0")]
    [InlineData("1.")]
    [InlineData("10.0")]
    [InlineData("1.x")]
    [InlineData("")]
    public void Unsupported_schema_version_is_BV001(string version) =>
        Validator.TestValidate(Seed() with { SchemaVersion = version })
            .ShouldHaveValidationErrorFor(d => d.SchemaVersion).WithErrorCode("BV001").WithSeverity(Severity.Error);

    [Fact]
    public void A_newer_minor_version_passes() =>
        Validator.TestValidate(Seed() with { SchemaVersion = "1.3" }).ShouldNotHaveValidationErrorFor(d => d.SchemaVersion);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_title_is_BV002(string title) =>
        Validator.TestValidate(Seed() with { Title = title }).ShouldHaveValidationErrorFor(d => d.Title).WithErrorCode("BV002");

    [Fact]
    public void Overlong_or_multi_line_title_is_BV003()
    {
        Validator.TestValidate(Seed() with { Title = "Russian\ninterest" }, Strictness.Strict)
            .ShouldHaveValidationErrorFor(d => d.Title).WithErrorCode("BV003").WithSeverity(Severity.Warning);
        Validator.TestValidate(Seed() with { Title = new string('t', 201) }, Strictness.Strict)
            .ShouldHaveValidationErrorFor(d => d.Title).WithErrorCode("BV003");
    }

    [Theory]
    [InlineData("  ")]
    [InlineData("russian interest")]
    public void Malformed_document_id_is_BV004(string id) =>
        Validator.TestValidate(Seed() with { Id = id }).ShouldHaveValidationErrorFor(d => d.Id).WithErrorCode("BV004");

    [Theory]
    [InlineData("english language")]
    [InlineData("e")]
    [InlineData("en_GB")]
    [InlineData("en-")]
    public void Malformed_language_is_BV005(string language) =>
        Validator.TestValidate(Seed() with { Language = language }).ShouldHaveValidationErrorFor(d => d.Language).WithErrorCode("BV005");

    [Fact]
    public void Absent_language_passes() =>
        Validator.TestValidate(Seed() with { Language = null }, Strictness.Strict).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Empty_body_is_BV006() =>
        Validator.TestValidate(Seed() with { Body = [], Quotes = [], Metrics = [] }).ShouldHaveValidationErrorFor(d => d.Body).WithErrorCode("BV006");

    [Fact]
    public void Long_standfirst_is_BV007() =>
        Validator.TestValidate(Seed() with { Standfirst = string.Join(' ', Enumerable.Repeat("word", 61)) }, Strictness.Strict)
            .ShouldHaveValidationErrorFor(d => d.Standfirst).WithErrorCode("BV007").WithSeverity(Severity.Warning);

    [Fact]
    public void Null_entries_are_BV008()
    {
        var seed = Seed();
        var result = Validator.TestValidate(seed with
        {
            Body = seed.Body.Add(null!),
            Quotes = seed.Quotes.Add(null!),
            Metrics = seed.Metrics.Add(null!),
            Related = seed.Related.Add(null!),
        });

        result.ShouldHaveValidationErrorFor("Body[10]").WithErrorCode("BV008");
        result.ShouldHaveValidationErrorFor("Quotes[3]").WithErrorCode("BV008");
        result.ShouldHaveValidationErrorFor("Metrics[4]").WithErrorCode("BV008");
        result.ShouldHaveValidationErrorFor("Related[10]").WithErrorCode("BV008");
    }

    [Fact]
    public void Child_rules_run_through_the_document()
    {
        var seed = Seed();
        var result = Validator.TestValidate(seed with
        {
            Body = seed.Body.SetItem(1, new Paragraph { Id = "p2", Text = "" }),
            Quotes = seed.Quotes.SetItem(0, seed.Quotes[0] with { Kind = (QuoteKind)9 }),
            Related = seed.Related.SetItem(0, new RelatedArticle()),
            Disclaimer = seed.Disclaimer! with { Paragraphs = [] },
        }, Strictness.Strict);

        result.ShouldHaveValidationErrorFor("Body[1].Text").WithErrorCode("BV011");
        result.ShouldHaveValidationErrorFor("Quotes[0].Kind").WithErrorCode("BV009");
        result.ShouldHaveValidationErrorFor("Related[0]").WithErrorCode("BV070");
        result.ShouldHaveValidationErrorFor("Disclaimer.Paragraphs").WithErrorCode("BV062");
    }

    [Fact]
    public void Every_failing_element_of_a_collection_is_reported()
    {
        var seed = Seed();
        var result = Validator.TestValidate(seed with
        {
            Body = seed.Body
                .SetItem(3, ((PullQuote)seed.Body[3]) with { Attribution = new Source { Text = "" } })
                .SetItem(8, ((PullQuote)seed.Body[8]) with { Attribution = new Source { Text = "" } })
                .SetItem(9, new Paragraph { Id = "p8", Text = "" }),
            Metrics = seed.Metrics.SetItem(0, seed.Metrics[0] with { Unit = "usd" }).SetItem(2, seed.Metrics[2] with { Unit = "" }),
        });

        result.ShouldHaveValidationErrorFor("Body[3].Attribution.Text").WithErrorCode("BV040");
        result.ShouldHaveValidationErrorFor("Body[8].Attribution.Text").WithErrorCode("BV040");
        result.ShouldHaveValidationErrorFor("Body[9].Text").WithErrorCode("BV011");
        result.ShouldHaveValidationErrorFor("Metrics[0].Unit").WithErrorCode("BV051");
        result.ShouldHaveValidationErrorFor("Metrics[2].Unit").WithErrorCode("BV052");
    }

    [Fact]
    public void Pull_quote_rules_run_through_the_document() =>
        Validator.TestValidate(WithBlock(Seed(), 3, ((PullQuote)Seed().Body[3]) with { Attribution = new Source { Text = "" } }))
            .ShouldHaveValidationErrorFor("Body[3].Attribution.Text").WithErrorCode("BV040");

    [Fact]
    public void Dangling_pull_quote_reference_is_BV014()
    {
        var seed = Seed();
        Validator.TestValidate(WithBlock(seed, 3, ((PullQuote)seed.Body[3]) with { QuoteId = "q9" }))
            .ShouldHaveValidationErrorFor("Body[3].QuoteId").WithErrorCode("BV014").WithSeverity(Severity.Error)
            .WithMessageContaining("'q2'");
    }

    [Theory]
    [InlineData("\u201CRussia\u2019s approach is more economic than political.\u201D")]
    [InlineData("\u201CRussia\u2019s approach is not political.\u201D")]
    [InlineData("\u201CRussia\u2019s approach is more political than economic. Its priority is to strengthen alliances with all governments.\u201D")]
    public void Altered_pull_quote_is_a_misquote_BV015(string text)
    {
        var seed = Seed();
        Validator.TestValidate(WithBlock(seed, 3, ((PullQuote)seed.Body[3]) with { Text = text }))
            .ShouldHaveValidationErrorFor("Body[3].Text").WithErrorCode("BV015").WithSeverity(Severity.Error);
    }

    [Theory]
    [InlineData("\"Russia's approach is more political than economic.\"")]
    [InlineData("Russia\u2019s approach is more political than  economic")]
    [InlineData("\u201CRussia\u2019s approach is more political than economic \u2026 towards the US.\u201D")]
    [InlineData("\u201CIts priority is to strengthen alliances with governments\u201D")]
    public void Pull_quote_differing_only_in_quote_marks_spacing_punctuation_or_ellipsis_passes(string text)
    {
        var seed = Seed();
        Validator.TestValidate(WithBlock(seed, 3, ((PullQuote)seed.Body[3]) with { Text = text }), Strictness.Strict)
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Unlinked_pull_quote_is_BV016_or_BV018()
    {
        var seed = Seed();
        var pullQuote = (PullQuote)seed.Body[3];

        Validator.TestValidate(WithBlock(seed, 3, pullQuote with { QuoteId = null }), Strictness.Strict)
            .ShouldHaveValidationErrorFor("Body[3].QuoteId").WithErrorCode("BV018").WithSeverity(Severity.Info);
        Validator.TestValidate(WithBlock(seed, 3, pullQuote with { QuoteId = null, Text = "\u201CNothing anyone said.\u201D" }), Strictness.Strict)
            .ShouldHaveValidationErrorFor("Body[3]").WithErrorCode("BV016").WithSeverity(Severity.Warning);
        Validator.TestValidate(WithBlock(seed, 3, pullQuote with { QuoteId = null, Text = "\u201CNothing anyone said.\u201D" }))
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Attribution_not_matching_the_source_is_BV017()
    {
        var seed = Seed();
        var pullQuote = (PullQuote)seed.Body[3];
        var changed = WithBlock(seed, 3, pullQuote with { Attribution = new Source { Text = "Retired Colombian general, Bogotá", Anonymous = true } });

        Validator.TestValidate(changed).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(changed, Strictness.Strict)
            .ShouldHaveValidationErrorFor("Body[3].Attribution").WithErrorCode("BV017").WithSeverity(Severity.Warning);
    }

    [Fact]
    public void Duplicate_ids_across_blocks_quotes_and_metrics_are_BV020()
    {
        var seed = Seed();
        var result = Validator.TestValidate(seed with
        {
            Quotes = seed.Quotes.SetItem(1, seed.Quotes[1] with { Id = "p1" }),
            Metrics = seed.Metrics.SetItem(3, seed.Metrics[3] with { Id = "m1" }),
        });

        result.ShouldHaveValidationErrorFor("Quotes[1].Id").WithErrorCode("BV020").WithMessageContaining("/body/0");
        result.ShouldHaveValidationErrorFor("Metrics[3].Id").WithErrorCode("BV020").WithMessageContaining("/metrics/0");
        result.ShouldNotHaveValidationErrorFor("Body[0].Id");
    }

    [Fact]
    public void Duplicate_block_ids_are_BV020() =>
        Validator.TestValidate(WithBlock(Seed(), 9, new Paragraph { Id = "p7", Text = Seed().Body[9].Text }))
            .ShouldHaveValidationErrorFor("Body[9].Id").WithErrorCode("BV020");

    [Fact]
    public void Dangling_block_reference_is_BV032()
    {
        var seed = Seed();
        var result = Validator.TestValidate(seed with
        {
            Quotes = seed.Quotes.SetItem(0, seed.Quotes[0] with { BlockId = "p99" }),
            Metrics = seed.Metrics.SetItem(0, seed.Metrics[0] with { BlockId = "" }),
        });

        result.ShouldHaveValidationErrorFor("Quotes[0].BlockId").WithErrorCode("BV032").WithMessageContaining("block 'p1'");
        result.ShouldHaveValidationErrorFor("Metrics[0].BlockId").WithErrorCode("BV032");
    }

    [Fact]
    public void Span_past_the_end_of_its_block_is_BV033()
    {
        var seed = Seed();
        var length = seed.FindBlock("p5")!.Text.Length;
        var result = Validator.TestValidate(seed with
        {
            Metrics = seed.Metrics.SetItem(0, seed.Metrics[0] with { Span = new TextSpan(length - 3, 16) }),
            Quotes = seed.Quotes.SetItem(0, seed.Quotes[0] with { Span = new TextSpan(int.MaxValue, int.MaxValue) }),
        });

        result.ShouldHaveValidationErrorFor("Metrics[0].Span").WithErrorCode("BV033");
        result.ShouldHaveValidationErrorFor("Quotes[0].Span").WithErrorCode("BV033");
    }

    [Fact]
    public void Span_not_covering_the_text_is_BV034()
    {
        var seed = Seed();
        var metric = seed.Metrics[1];
        var result = Validator.TestValidate(seed with
        {
            Metrics = seed.Metrics.SetItem(1, metric with { Span = new TextSpan(metric.Span.Start + 1, metric.Span.Length) }),
            Quotes = seed.Quotes.SetItem(2, seed.Quotes[2] with { Text = seed.Quotes[2].Text + "!" , Span = seed.Quotes[2].Span with { Length = seed.Quotes[2].Span.Length + 1 } }),
        });

        result.ShouldHaveValidationErrorFor("Metrics[1].Span").WithErrorCode("BV034").WithMessageContaining($"start {metric.Span.Start}");
        result.ShouldHaveValidationErrorFor("Quotes[2].Span").WithErrorCode("BV034");
    }

    [Fact]
    public void Missing_disclaimer_is_a_BV060_warning_at_both_levels()
    {
        var document = Seed() with { Disclaimer = null };

        Validator.TestValidate(document)
            .ShouldHaveValidationErrorFor(d => d.Disclaimer).WithErrorCode("BV060").WithSeverity(Severity.Warning);
        Validator.TestValidate(document, Strictness.Strict)
            .ShouldHaveValidationErrorFor(d => d.Disclaimer).WithErrorCode("BV060").WithSeverity(Severity.Warning);
    }

    [Fact]
    public void Disclaimer_not_naming_the_publisher_is_BV061_info()
    {
        var seed = Seed();
        var anonymous = seed.Disclaimer! with { Publisher = null, Paragraphs = ["No liability is accepted by anyone."] };

        Validator.TestValidate(seed with { Disclaimer = anonymous }, Strictness.Strict)
            .ShouldHaveValidationErrorFor("Disclaimer.Publisher").WithErrorCode("BV061").WithSeverity(Severity.Info);

        // Naming the document's publisher in its text is enough.
        Validator.TestValidate(seed with { Disclaimer = seed.Disclaimer! with { Publisher = null } }, Strictness.Strict)
            .ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Disclaimer_naming_another_publisher_is_BV063() =>
        Validator.TestValidate(Seed() with { Publisher = "Other Risk Ltd" }, Strictness.Strict)
            .ShouldHaveValidationErrorFor(d => d.Publisher).WithErrorCode("BV063").WithSeverity(Severity.Warning);

    [Fact]
    public void Default_rules_never_report_editorial_codes()
    {
        var seed = Seed();
        var noisy = seed with
        {
            Title = "Russian\ninterest",
            Body = seed.Body.SetItem(3, ((PullQuote)seed.Body[3]) with { Attribution = new Source { Text = "Someone else entirely" } }),
        };

        Validator.TestValidate(noisy).ShouldNotHaveAnyValidationErrors();
        Assert.Equal(["BV003", "BV017"], Validator.TestValidate(noisy, Strictness.Strict).Errors.Select(e => e.ErrorCode).Order());
    }
}
