using Briefing.Model.Validation;
using FluentValidation.TestHelper;

namespace Briefing.Model.Tests.Validation;

public sealed class SourceValidatorTests
{
    private static readonly SourceValidator Validator = new();

    [Theory]
    [InlineData("")]
    [InlineData("  \u00A0")]
    public void Blank_source_text_is_BV040(string text) =>
        Validator.TestValidate(new Source { Text = text })
            .ShouldHaveValidationErrorFor(s => s.Text).WithErrorCode("BV040").WithSeverity(FluentValidation.Severity.Error);

    [Fact]
    public void Overlong_source_text_is_BV041_in_strict_only()
    {
        var source = new Source { Text = new string('a', 301) };

        Validator.TestValidate(source).ShouldNotHaveAnyValidationErrors();
        Validator.TestValidate(source, Strictness.Strict)
            .ShouldHaveValidationErrorFor(s => s.Text).WithErrorCode("BV041").WithSeverity(FluentValidation.Severity.Warning);
    }

    [Fact]
    public void Anonymous_source_with_a_name_is_BV042()
    {
        Validator.TestValidate(new Source { Text = "Ana Pérez", Name = "Ana Pérez", Anonymous = true }, Strictness.Strict)
            .ShouldHaveValidationErrorFor(s => s.Anonymous).WithErrorCode("BV042");
        Validator.TestValidate(new Source { Text = "Ana Pérez", Name = "Ana Pérez" }, Strictness.Strict)
            .ShouldNotHaveAnyValidationErrors();
    }
}
