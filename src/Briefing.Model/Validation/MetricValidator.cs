using FluentValidation;

namespace Briefing.Model.Validation;

/// <summary>
/// Rules for a <see cref="Metric"/> on its own: id, text, unit, value and comparator. That its block
/// exists and its span covers its text is checked by <see cref="BriefingValidator"/>.
/// </summary>
/// <remarks>
/// Percentages: a value with unit <c>%</c> outside 0–100 is a warning (strict), because a share or
/// stake cannot exceed 100% while a change can (<c>rose 150%</c>): the author confirms which it is.
/// </remarks>
public sealed class MetricValidator : AbstractValidator<Metric>
{
    /// <summary>Builds the rules; the instance is immutable and thread-safe.</summary>
    public MetricValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleTable.Declare(RuleTable.Metric, RuleFor, RuleSet);
    }
}
