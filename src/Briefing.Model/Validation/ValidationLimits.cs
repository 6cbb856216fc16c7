namespace Briefing.Model.Validation;

/// <summary>The length limits the rules apply (docs/validation.md).</summary>
internal static class ValidationLimits
{
    /// <summary>Longest block, quote or metric identifier.</summary>
    public const int ElementIdLength = 64;

    /// <summary>Longest document identifier (a slug; <see cref="Slug.From"/> writes at most 120).</summary>
    public const int DocumentIdLength = 128;

    /// <summary>Longest title or heading.</summary>
    public const int TitleLength = 200;

    /// <summary>Most words in a standfirst (the layout expects about 30).</summary>
    public const int StandfirstWords = 60;

    /// <summary>Longest block text.</summary>
    public const int BlockLength = 20_000;

    /// <summary>Longest source or attribution text.</summary>
    public const int SourceLength = 300;

    /// <summary>Longest language tag.</summary>
    public const int LanguageTagLength = 64;
}
