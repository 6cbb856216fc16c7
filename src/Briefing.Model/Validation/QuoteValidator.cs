using FluentValidation;

namespace Briefing.Model.Validation;

/// <summary>
/// Rules for a <see cref="Quote"/> on its own. That its block exists and its span covers its text is
/// checked by <see cref="BriefingValidator"/>, which sees the whole document.
/// </summary>
public sealed class QuoteValidator : AbstractValidator<Quote>
{
    /// <summary>Builds the rules with a new <see cref="SourceValidator"/>.</summary>
    public QuoteValidator()
        : this(new SourceValidator())
    {
    }

    /// <summary>Builds the rules, validating the source with <paramref name="sourceValidator"/>.</summary>
    /// <param name="sourceValidator">The rules for the quote's source.</param>
    public QuoteValidator(IValidator<Source> sourceValidator)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleTable.Declare(RuleTable.Quote, RuleFor, RuleSet);

        RuleFor(q => q.Source)
            .NotNull()
            .WithCode(ValidationCodes.SourceText)
            .WithMessage(q => $"Quote '{q.Id}' has no source: say who said it.")
            .SetValidator(sourceValidator);
    }
}
