using FluentValidation;

namespace Briefing.Model.Validation;

/// <summary>
/// Rules for a <see cref="Disclaimer"/> on its own (strict set: it has text). Whether it is present
/// and names the publisher is checked by <see cref="BriefingValidator"/>.
/// </summary>
public sealed class DisclaimerValidator : AbstractValidator<Disclaimer>
{
    /// <summary>Builds the rules; the instance is immutable and thread-safe.</summary>
    public DisclaimerValidator()
    {
        RuleForEach(d => d.Paragraphs)
            .NotNull()
            .WithCode(ValidationCodes.NullEntry)
            .WithMessage("This disclaimer paragraph is null: remove it.");

        RuleTable.Declare(RuleTable.Disclaimer, RuleFor, RuleSet);
    }
}
