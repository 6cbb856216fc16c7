using Briefing.Model.Validation;
using FluentValidation;
using FluentValidation.TestHelper;

namespace Briefing.Model.Tests.Validation;

public sealed class MetricValidatorTests
{
    private static readonly MetricValidator Validator = new();

    private static readonly Metric Money = new()
    {
        Id = "m1",
        Kind = MetricKind.Money,
        Value = 3_150_000_000m,
        Unit = "USD",
        Text = "USD 3.15 billion",
        BlockId = "p5",
        Span = new TextSpan(0, 16),
    };

    private static readonly Metric Share = new()
    {
        Id = "m2",
        Kind = MetricKind.Percentage,
        Value = 49m,
        Unit = "%",
        Text = "49%",
        BlockId = "p5",
        Span = new TextSpan(0, 3),
    };

    [Fact]
    public void Well_formed_metrics_pass()
    {
        Validator.TestValidate(Money, Strictness.Strict).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(Share, Strictness.Strict).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Malformed_id_is_BV010() =>
        Validator.TestValidate(Money with { Id = "" }).ShouldHaveValidationErrorFor(m => m.Id).WithErrorCode("BV010");

    [Fact]
    public void Undefined_kind_and_comparator_are_BV009()
    {
        Validator.TestValidate(Money with { Kind = (MetricKind)42 }).ShouldHaveValidationErrorFor(m => m.Kind).WithErrorCode("BV009");
        Validator.TestValidate(Money with { Comparator = (Comparator)42 }).ShouldHaveValidationErrorFor(m => m.Comparator).WithErrorCode("BV009");
    }

    [Fact]
    public void Blank_text_is_BV050() =>
        Validator.TestValidate(Money with { Text = " " }).ShouldHaveValidationErrorFor(m => m.Text).WithErrorCode("BV050");

    [Fact]
    public void Negative_span_is_BV033() =>
        Validator.TestValidate(Money with { Span = new TextSpan(-4, 2) }).ShouldHaveValidationErrorFor(m => m.Span).WithErrorCode("BV033");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("$")]
    [InlineData("US$")]
    [InlineData("usd")]
    [InlineData("XYZ")]
    [InlineData("XXX")]
    [InlineData("dollars")]
    public void Money_without_an_active_ISO_4217_code_is_BV051(string? unit) =>
        Validator.TestValidate(Money with { Unit = unit })
            .ShouldHaveValidationErrorFor(m => m.Unit).WithErrorCode("BV051").WithSeverity(Severity.Error);

    [Theory]
    [InlineData("EUR")]
    [InlineData("PEN")]
    [InlineData("GBP")]
    [InlineData("VES")]
    [InlineData("XOF")]
    public void Money_with_an_active_code_passes(string unit) =>
        Validator.TestValidate(Money with { Unit = unit }).ShouldNotHaveValidationErrorFor(m => m.Unit);

    [Fact]
    public void The_currency_rule_applies_only_to_money() =>
        Validator.TestValidate(Money with { Kind = MetricKind.Count, Unit = "people" }).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData(null)]
    [InlineData("percent")]
    [InlineData("USD")]
    public void Percentage_with_another_unit_is_BV052(string? unit) =>
        Validator.TestValidate(Share with { Unit = unit }).ShouldHaveValidationErrorFor(m => m.Unit).WithErrorCode("BV052");

    [Fact]
    public void Percentage_points_pass() =>
        Validator.TestValidate(Share with { Unit = "pp", Value = 130m, Text = "130 pp" }, Strictness.Strict).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData(MetricKind.Money)]
    [InlineData(MetricKind.Count)]
    [InlineData(MetricKind.Ratio)]
    public void Negative_amounts_counts_and_ratios_are_BV053(MetricKind kind) =>
        Validator.TestValidate(Money with { Kind = kind, Value = -5m, Unit = kind == MetricKind.Money ? "USD" : null })
            .ShouldHaveValidationErrorFor(m => m.Value).WithErrorCode("BV053").WithSeverity(Severity.Error);

    [Fact]
    public void A_negative_quantity_passes() =>
        Validator.TestValidate(Money with { Kind = MetricKind.Quantity, Value = -5m, Unit = "degrees" }).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Fractional_count_is_BV054() =>
        Validator.TestValidate(Money with { Kind = MetricKind.Count, Unit = "people", Value = 1.5m, Text = "1.5 people" }, Strictness.Strict)
            .ShouldHaveValidationErrorFor(m => m.Value).WithErrorCode("BV054").WithSeverity(Severity.Warning);

    [Theory]
    [InlineData(100.5)]
    [InlineData(-1)]
    public void Percentage_outside_0_to_100_is_BV055_in_strict_only(double value)
    {
        var metric = Share with { Value = (decimal)value };

        Validator.TestValidate(metric).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(metric, Strictness.Strict)
            .ShouldHaveValidationErrorFor(m => m.Value).WithErrorCode("BV055").WithSeverity(Severity.Warning);
    }

    [Theory]
    [InlineData("below 1%", Comparator.Exact)]
    [InlineData("more than 700,000 people", Comparator.LessThan)]
    [InlineData("about USD 3bn", Comparator.Exact)]
    [InlineData("up to 40%", Comparator.AtLeast)]
    [InlineData("no more than 5%", Comparator.MoreThan)]
    public void Comparator_contradicting_the_text_is_BV056(string text, Comparator comparator) =>
        Validator.TestValidate(Share with { Text = text, Comparator = comparator, Value = 1m }, Strictness.Strict)
            .ShouldHaveValidationErrorFor(m => m.Comparator).WithErrorCode("BV056").WithSeverity(Severity.Warning);

    [Theory]
    [InlineData("below 1%", Comparator.LessThan)]
    [InlineData("no more than 5%", Comparator.AtMost)]
    [InlineData("nearly 40%", Comparator.Approximately)]
    [InlineData("15%", Comparator.Exact)]
    [InlineData("15%", Comparator.MoreThan)]
    [InlineData("overall 15%", Comparator.Exact)]
    public void Comparator_agreeing_with_the_text_passes(string text, Comparator comparator) =>
        Validator.TestValidate(Share with { Text = text, Comparator = comparator, Value = 1m }, Strictness.Strict)
            .ShouldNotHaveValidationErrorFor(m => m.Comparator);

    [Fact]
    public void Ambiguous_currency_is_BV057_info() =>
        Validator.TestValidate(Money with { Ambiguous = true, Text = "$4bn" }, Strictness.Strict)
            .ShouldHaveValidationErrorFor(m => m.Ambiguous).WithErrorCode("BV057").WithSeverity(Severity.Info);
}
