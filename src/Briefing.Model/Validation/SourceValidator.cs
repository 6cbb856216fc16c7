using FluentValidation;

namespace Briefing.Model.Validation;

/// <summary>Rules for a <see cref="Source"/> (a quote's source or a pull quote's attribution line).</summary>
public sealed class SourceValidator : AbstractValidator<Source>
{
    /// <summary>Builds the rules; the instance is immutable and thread-safe.</summary>
    public SourceValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(s => s.Text)
            .Must((s, _) => RuleConditions.SourceHasText(s))
            .WithCode(ValidationCodes.SourceText)
            .WithMessage("The source text is empty: write who said it as it appears in the text (e.g. 'a senior Venezuelan business executive, now living in New York').");

        RuleSet(BriefingValidator.StrictRuleSet, () =>
        {
            RuleFor(s => s.Text)
                .Must((s, _) => RuleConditions.SourceLengthWithinLimit(s))
                .WithCode(ValidationCodes.SourceTooLong)
                .WithMessage(s => $"The source text has {s.Text.Length} characters (limit {ValidationLimits.SourceLength}): keep only the attribution, not the sentence around it.");

            RuleFor(s => s.Anonymous)
                .Must((s, _) => RuleConditions.AnonymousHasNoName(s))
                .WithCode(ValidationCodes.AnonymousWithName)
                .WithMessage(s => $"The source is marked anonymous but has the name '{Identifiers.Shorten(s.Name)}': set anonymous to false or remove the name.");
        });
    }
}
