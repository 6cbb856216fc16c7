using Briefing.Model.Validation;
using FluentValidation;
using FluentValidation.TestHelper;

namespace Briefing.Model.Tests.Validation;

public sealed class BlockValidatorTests
{
    private static readonly ParagraphValidator Paragraphs = new();
    private static readonly HeadingValidator Headings = new();
    private static readonly PullQuoteValidator PullQuotes = new();

    [Theory]
    [InlineData("")]
    [InlineData("p 1")]
    [InlineData("p/1")]
    [InlineData("an-identifier-that-is-far-too-long-to-be-a-block-id-in-any-briefing")]
    public void Malformed_block_id_is_BV010(string id) =>
        Paragraphs.TestValidate(new Paragraph { Id = id, Text = "Text." })
            .ShouldHaveValidationErrorFor(b => b.Id).WithErrorCode("BV010").WithSeverity(Severity.Error);

    [Theory]
    [InlineData("p1")]
    [InlineData("pq-2")]
    [InlineData("s3.p4")]
    [InlineData("párrafo_1")]
    public void Well_formed_block_ids_pass(string id) =>
        Paragraphs.TestValidate(new Paragraph { Id = id, Text = "Text." }, Strictness.Strict).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t")]
    public void Blank_block_text_is_BV011(string text) =>
        Paragraphs.TestValidate(new Paragraph { Id = "p1", Text = text })
            .ShouldHaveValidationErrorFor(b => b.Text).WithErrorCode("BV011").WithSeverity(Severity.Error);

    [Fact]
    public void Overlong_block_is_BV012_in_strict_only()
    {
        var block = new Paragraph { Id = "p1", Text = new string('x', 20_001) };

        Paragraphs.TestValidate(block).ShouldNotHaveAnyValidationErrors();
        Paragraphs.TestValidate(block, Strictness.Strict)
            .ShouldHaveValidationErrorFor(b => b.Text).WithErrorCode("BV012").WithSeverity(Severity.Warning);
    }

    [Fact]
    public void Multi_line_heading_is_BV013() =>
        Headings.TestValidate(new Heading { Id = "h1", Text = "Background\nand more" }, Strictness.Strict)
            .ShouldHaveValidationErrorFor(h => h.Text).WithErrorCode("BV013").WithSeverity(Severity.Warning);

    [Fact]
    public void Pull_quote_without_attribution_text_is_BV040() =>
        PullQuotes.TestValidate(new PullQuote { Id = "pq1", Text = "“Words.”", Attribution = new Source { Text = " " } })
            .ShouldHaveValidationErrorFor("Attribution.Text").WithErrorCode("BV040");

    [Fact]
    public void Pull_quote_without_attribution_is_BV040() =>
        PullQuotes.TestValidate(new PullQuote { Id = "pq1", Text = "“Words.”", Attribution = null! })
            .ShouldHaveValidationErrorFor(p => p.Attribution).WithErrorCode("BV040");

    [Fact]
    public void Pull_quote_checks_its_block_rules_too() =>
        PullQuotes.TestValidate(new PullQuote { Id = "", Text = "", Attribution = new Source { Text = "Analyst, Lima" } })
            .ShouldHaveValidationErrorFor(p => p.Id).WithErrorCode("BV010")
            .WithoutErrorCode("BV040");
}
