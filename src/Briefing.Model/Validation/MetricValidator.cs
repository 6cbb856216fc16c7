using Briefing.Model.Metrics;
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

        RuleFor(m => m.Id)
            .Must((m, _) => RuleConditions.MetricIdWellFormed(m))
            .WithCode(ValidationCodes.ElementId)
            .WithMessage(m => Identifiers.Describe("metric", m.Id, ValidationLimits.ElementIdLength));

        RuleFor(m => m.Kind)
            .Must((m, _) => RuleConditions.MetricKindDefined(m))
            .WithCode(ValidationCodes.UndefinedEnum)
            .WithMessage(m => $"Metric '{m.Id}' has kind {(int)m.Kind}, which is not defined: use money, percentage, count, quantity or ratio.");

        RuleFor(m => m.Comparator)
            .Must((m, _) => RuleConditions.ComparatorDefined(m))
            .WithCode(ValidationCodes.UndefinedEnum)
            .WithMessage(m => $"Metric '{m.Id}' has comparator {(int)m.Comparator}, which is not defined: use exact, approximately, lessThan, atMost, moreThan or atLeast.");

        RuleFor(m => m.Text)
            .Must((m, _) => RuleConditions.MetricHasText(m))
            .WithCode(ValidationCodes.MetricText)
            .WithMessage(m => $"Metric '{m.Id}' has no text: set it to the figure exactly as written (e.g. 'USD 3.15 billion').");

        RuleFor(m => m.Span)
            .Must(RuleConditions.SpanNotNegative)
            .WithCode(ValidationCodes.SpanOutOfRange)
            .WithMessage(m => $"Metric '{m.Id}' has the span start {m.Span.Start}, length {m.Span.Length}: both must be zero or more.");

        RuleFor(m => m.Unit)
            .Must((m, _) => RuleConditions.CurrencyValid(m))
            .WithCode(ValidationCodes.Currency)
            .WithMessage(m => DescribeCurrency(m.Unit));

        RuleFor(m => m.Unit)
            .Must((m, _) => RuleConditions.PercentageUnitValid(m))
            .WithCode(ValidationCodes.PercentageUnit)
            .WithMessage(m => $"Percentage '{Identifiers.Shorten(m.Text)}' has the unit '{m.Unit}': use '%' for a percentage or 'pp' for percentage points.");

        RuleFor(m => m.Value)
            .Must((m, _) => RuleConditions.ValueNotNegative(m))
            .WithCode(ValidationCodes.NegativeValue)
            .WithMessage(m => $"Metric '{m.Id}' ({m.Kind.ToString().ToLowerInvariant()}) has the negative value {m.Value}: amounts, counts and ratios are written as positive figures; say 'a deficit of', 'a fall of' in the text instead.");

        RuleSet(BriefingValidator.StrictRuleSet, () =>
        {
            RuleFor(m => m.Value)
                .Must((m, _) => RuleConditions.CountWhole(m))
                .WithCode(ValidationCodes.FractionalCount)
                .WithMessage(m => $"Count '{Identifiers.Shorten(m.Text)}' has the value {m.Value}, not a whole number: check the scaling ('1.5 million' is 1500000), or make it a quantity.");

            RuleFor(m => m.Value)
                .Must((m, _) => RuleConditions.PercentageInRange(m))
                .WithCode(ValidationCodes.PercentageRange)
                .WithMessage(m => $"Percentage '{Identifiers.Shorten(m.Text)}' is {m.Value}%, outside 0–100: a share or stake cannot be; if it is a change ('rose 150%'), ignore this warning.");

            RuleFor(m => m.Comparator)
                .Must((m, _) => RuleConditions.ComparatorMatchesWording(m))
                .WithCode(ValidationCodes.ComparatorMismatch)
                .WithMessage(m => DescribeComparator(m));

            RuleFor(m => m.Ambiguous)
                .Must((m, _) => RuleConditions.CurrencyUnambiguous(m))
                .WithCode(ValidationCodes.AmbiguousCurrency)
                .WithMessage(m => $"The currency of '{Identifiers.Shorten(m.Text)}' was inferred as {m.Unit} from an ambiguous sign: confirm it, or write the ISO 4217 code in the text.");
        });
    }

    private static string DescribeCurrency(string? unit) =>
        string.IsNullOrEmpty(unit)
            ? "This amount of money has no currency: set unit to its ISO 4217 code (e.g. USD, EUR, PEN)."
            : Iso4217.IsCode(unit.ToUpperInvariant())
                ? $"The currency '{unit}' must be written in upper case: use '{unit.ToUpperInvariant()}'."
                : $"'{Identifiers.Shorten(unit)}' is not an ISO 4217 currency code: use the three-letter code (e.g. USD, EUR, PEN), not a sign or a name.";

    private static string DescribeComparator(Metric metric)
    {
        ComparatorLexicon.TryImplied(metric.Text, out var implied, out var phrase);
        return $"Metric '{metric.Id}' is written '{Identifiers.Shorten(metric.Text)}' ('{phrase}' means {Name(implied)}) but its comparator is {Name(metric.Comparator)}: set comparator to {Name(implied)}.";
    }

    private static string Name(Comparator comparator) => comparator switch
    {
        Comparator.Exact => "exact",
        Comparator.Approximately => "approximately",
        Comparator.LessThan => "lessThan",
        Comparator.AtMost => "atMost",
        Comparator.MoreThan => "moreThan",
        Comparator.AtLeast => "atLeast",
        _ => ((int)comparator).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
