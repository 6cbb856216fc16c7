using Briefing.Model.Validation;
using FluentValidation;
using FluentValidation.TestHelper;

namespace Briefing.Model.Tests.Validation;

public sealed class QuoteValidatorTests
{
    private static readonly QuoteValidator Validator = new();

    private static readonly Quote Valid = new()
    {
        Id = "q1",
        Kind = QuoteKind.Direct,
        Text = "We will stay.",
        Source = new Source { Text = "a minister" },
        BlockId = "p1",
        Span = new TextSpan(10, 13),
    };

    [Fact]
    public void A_well_formed_quote_passes() => Validator.TestValidate(Valid, Strictness.Strict).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Malformed_id_is_BV010() =>
        Validator.TestValidate(Valid with { Id = "q 1" }).ShouldHaveValidationErrorFor(q => q.Id).WithErrorCode("BV010");

    [Fact]
    public void Undefined_kind_is_BV009() =>
        Validator.TestValidate(Valid with { Kind = (QuoteKind)7 }).ShouldHaveValidationErrorFor(q => q.Kind).WithErrorCode("BV009");

    [Fact]
    public void Blank_text_is_BV031() =>
        Validator.TestValidate(Valid with { Text = "" }).ShouldHaveValidationErrorFor(q => q.Text).WithErrorCode("BV031").WithSeverity(Severity.Error);

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(0, -3)]
    public void Negative_span_is_BV033(int start, int length) =>
        Validator.TestValidate(Valid with { Span = new TextSpan(start, length) }).ShouldHaveValidationErrorFor(q => q.Span).WithErrorCode("BV033");

    [Fact]
    public void Empty_source_text_is_BV040() =>
        Validator.TestValidate(Valid with { Source = new Source { Text = "" } }).ShouldHaveValidationErrorFor("Source.Text").WithErrorCode("BV040");
}
