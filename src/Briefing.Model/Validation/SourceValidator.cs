using FluentValidation;

namespace Briefing.Model.Validation;

/// <summary>Rules for a <see cref="Source"/> (a quote's source or a pull quote's attribution line).</summary>
public sealed class SourceValidator : AbstractValidator<Source>
{
    /// <summary>Builds the rules; the instance is immutable and thread-safe.</summary>
    public SourceValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleTable.Declare(RuleTable.Source, RuleFor, RuleSet);
    }
}
