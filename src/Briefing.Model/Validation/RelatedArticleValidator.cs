using FluentValidation;

namespace Briefing.Model.Validation;

/// <summary>Rules for a <see cref="RelatedArticle"/>: it says something (a title or a summary).</summary>
public sealed class RelatedArticleValidator : AbstractValidator<RelatedArticle>
{
    /// <summary>Builds the rules; the instance is immutable and thread-safe.</summary>
    public RelatedArticleValidator() =>
        RuleFor(r => r)
            .Must(RuleConditions.RelatedSaysSomething)
            .WithCode(ValidationCodes.RelatedEmpty)
            .WithMessage("This related article has neither a title nor a summary: remove the empty item.");
}
