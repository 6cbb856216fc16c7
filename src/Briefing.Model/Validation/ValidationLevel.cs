namespace Briefing.Model.Validation;

/// <summary>Which rules <see cref="BriefingValidation"/> runs.</summary>
public enum ValidationLevel
{
    /// <summary>Structural and cross-reference rules (the <c>default</c> rule set): is the document sound?</summary>
    Default,

    /// <summary>Every rule, editorial ones included (the <c>default</c> and <c>strict</c> rule sets): is it ready to publish?</summary>
    Strict,
}
