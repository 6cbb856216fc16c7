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

        RuleFor(q => q.Id)
            .Must((q, _) => RuleConditions.QuoteIdWellFormed(q))
            .WithCode(ValidationCodes.ElementId)
            .WithMessage(q => Identifiers.Describe("quote", q.Id, ValidationLimits.ElementIdLength));

        RuleFor(q => q.Kind)
            .Must((q, _) => RuleConditions.QuoteKindDefined(q))
            .WithCode(ValidationCodes.UndefinedEnum)
            .WithMessage(q => $"Quote '{q.Id}' has kind {(int)q.Kind}, which is not defined: use 'direct' or 'reported'.");

        RuleFor(q => q.Text)
            .Must((q, _) => RuleConditions.QuoteHasText(q))
            .WithCode(ValidationCodes.QuoteText)
            .WithMessage(q => $"Quote '{q.Id}' has no text: set it to the quoted or reported words its span covers.");

        RuleFor(q => q.Span)
            .Must(RuleConditions.SpanNotNegative)
            .WithCode(ValidationCodes.SpanOutOfRange)
            .WithMessage(q => $"Quote '{q.Id}' has the span start {q.Span.Start}, length {q.Span.Length}: both must be zero or more.");

        RuleFor(q => q.Source)
            .NotNull()
            .WithCode(ValidationCodes.SourceText)
            .WithMessage(q => $"Quote '{q.Id}' has no source: say who said it.")
            .SetValidator(sourceValidator);
    }
}
