using FluentValidation;
using FluentValidation.Internal;

namespace Briefing.Model.Validation;

/// <summary>
/// Selects the rules of a fixed list of rule sets without allocating per rule (FluentValidation's
/// general-purpose <see cref="RulesetValidatorSelector"/> costs more than the rules it selects).
/// A rule outside any rule set belongs to <c>default</c>.
/// </summary>
internal sealed class RuleSetSelector : IValidatorSelector
{
    private readonly bool _strict;

    private RuleSetSelector(bool strict) => _strict = strict;

    /// <summary>The <c>default</c> rule set.</summary>
    public static RuleSetSelector Default { get; } = new(strict: false);

    /// <summary>The <c>default</c> and <c>strict</c> rule sets.</summary>
    public static RuleSetSelector Strict { get; } = new(strict: true);

    /// <inheritdoc />
    public bool CanExecute(IValidationRule rule, string propertyPath, IValidationContext context)
    {
        var ruleSets = rule.RuleSets;
        if (ruleSets is null || ruleSets.Length == 0)
        {
            return true;
        }

        foreach (var name in ruleSets)
        {
            if (string.Equals(name, BriefingValidator.DefaultRuleSet, StringComparison.OrdinalIgnoreCase) ||
                (_strict && string.Equals(name, BriefingValidator.StrictRuleSet, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
