namespace Briefing.Model.Validation;

/// <summary>
/// The stable codes of the validation rules (docs/validation.md lists them with their
/// severity and rule set). A code is never reused for a different rule.
/// </summary>
internal static class ValidationCodes
{
    // Document
    public const string SchemaVersion = "BV001";
    public const string TitleRequired = "BV002";
    public const string TitleShape = "BV003";
    public const string DocumentId = "BV004";
    public const string Language = "BV005";
    public const string BodyEmpty = "BV006";
    public const string StandfirstShape = "BV007";
    public const string NullEntry = "BV008";
    public const string UndefinedEnum = "BV009";

    // Blocks
    public const string ElementId = "BV010";
    public const string BlockText = "BV011";
    public const string BlockTooLong = "BV012";
    public const string HeadingShape = "BV013";
    public const string PullQuoteDangling = "BV014";
    public const string Misquote = "BV015";
    public const string PullQuoteUnmatched = "BV016";
    public const string AttributionMismatch = "BV017";
    public const string PullQuoteUnlinked = "BV018";

    // Cross references
    public const string DuplicateId = "BV020";

    // Quotes and spans
    public const string QuoteText = "BV031";
    public const string BlockIdDangling = "BV032";
    public const string SpanOutOfRange = "BV033";
    public const string SpanTextMismatch = "BV034";

    // Sources
    public const string SourceText = "BV040";
    public const string SourceTooLong = "BV041";
    public const string AnonymousWithName = "BV042";

    // Metrics
    public const string MetricText = "BV050";
    public const string Currency = "BV051";
    public const string PercentageUnit = "BV052";
    public const string NegativeValue = "BV053";
    public const string FractionalCount = "BV054";
    public const string PercentageRange = "BV055";
    public const string ComparatorMismatch = "BV056";
    public const string AmbiguousCurrency = "BV057";

    // Disclaimer
    public const string DisclaimerMissing = "BV060";
    public const string DisclaimerWithoutPublisher = "BV061";
    public const string DisclaimerEmpty = "BV062";
    public const string PublisherMismatch = "BV063";

    // Related articles
    public const string RelatedEmpty = "BV070";

    // Page metadata
    public const string PublishedDateTime = "BV080";
    public const string UrlAbsolute = "BV081";
    public const string AuthorEmpty = "BV082";
    public const string AuthorShape = "BV083";
}
