using FluentValidation;

namespace Briefing.Model.Validation;

/// <summary>
/// The rules every body block shares (id and text); <see cref="ParagraphValidator"/>,
/// <see cref="HeadingValidator"/> and <see cref="PullQuoteValidator"/> add their own.
/// </summary>
/// <typeparam name="TBlock">The kind of block.</typeparam>
public abstract class BlockValidator<TBlock> : AbstractValidator<TBlock>
    where TBlock : Block
{
    /// <summary>Builds the shared rules.</summary>
    protected BlockValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleTable.Declare(RuleTable.Block.Select(static rule => rule.For<TBlock>()), RuleFor, RuleSet);
    }
}

/// <summary>Rules for a <see cref="Paragraph"/>.</summary>
public sealed class ParagraphValidator : BlockValidator<Paragraph>;

/// <summary>Rules for a <see cref="Heading"/>: additionally a single, short line (strict).</summary>
public sealed class HeadingValidator : BlockValidator<Heading>
{
    /// <summary>Builds the rules; the instance is immutable and thread-safe.</summary>
    public HeadingValidator() => RuleTable.Declare(RuleTable.Heading, RuleFor, RuleSet);
}

/// <summary>
/// Rules for a <see cref="PullQuote"/> on its own: block id and text, and an attribution line.
/// Whether it excerpts its body quote faithfully is checked by <see cref="BriefingValidator"/>,
/// which sees the whole document.
/// </summary>
public sealed class PullQuoteValidator : BlockValidator<PullQuote>
{
    /// <summary>Builds the rules with a new <see cref="SourceValidator"/>.</summary>
    public PullQuoteValidator()
        : this(new SourceValidator())
    {
    }

    /// <summary>Builds the rules, validating the attribution with <paramref name="sourceValidator"/>.</summary>
    /// <param name="sourceValidator">The rules for the attribution line.</param>
    public PullQuoteValidator(IValidator<Source> sourceValidator) =>
        RuleFor(p => p.Attribution)
            .NotNull()
            .WithCode(ValidationCodes.SourceText)
            .WithMessage(p => $"Pull quote '{p.Id}' has no attribution: add the line under it that says who is quoted (role, affiliation, location).")
            .SetValidator(sourceValidator);
}
