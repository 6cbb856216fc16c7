using Briefing.Model.Validation;
using FluentValidation;
using FluentValidation.TestHelper;

namespace Briefing.Model.Tests.Validation;

public sealed class DisclaimerAndRelatedValidatorTests
{
    [Fact]
    public void Disclaimer_without_text_is_BV062_in_strict_only()
    {
        var validator = new DisclaimerValidator();
        var empty = new Disclaimer { Heading = "Important Notice", Paragraphs = ["", " "] };

        validator.TestValidate(empty).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(empty, Strictness.Strict)
            .ShouldHaveValidationErrorFor(d => d.Paragraphs).WithErrorCode("BV062").WithSeverity(Severity.Warning);
        validator.TestValidate(empty with { Paragraphs = ["Deheza Limited accepts no liability."] }, Strictness.Strict).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Related_item_without_title_or_summary_is_BV070()
    {
        var validator = new RelatedArticleValidator();

        validator.TestValidate(new RelatedArticle { Title = " ", Summary = null })
            .ShouldHaveValidationErrorFor("").WithErrorCode("BV070").WithSeverity(Severity.Error);
        validator.TestValidate(new RelatedArticle { Summary = "Panama's 2024 presidential election." }).ShouldNotHaveAnyValidationErrors();
        validator.TestValidate(new RelatedArticle { Title = "Troubled Waters" }).ShouldNotHaveAnyValidationErrors();
    }
}
