using FluentValidation;

namespace Briefing.Model.Validation;

/// <summary>Rules for a <see cref="RelatedArticle"/>: it says something (a title or a summary).</summary>
public sealed class RelatedArticleValidator : AbstractValidator<RelatedArticle>
{
    /// <summary>Builds the rules; the instance is immutable and thread-safe.</summary>
    public RelatedArticleValidator() => RuleTable.Declare(RuleTable.Related, RuleFor, RuleSet);
}
