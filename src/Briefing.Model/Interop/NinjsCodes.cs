namespace Briefing.Model.Interop;

/// <summary>
/// The diagnostic codes <see cref="Ninjs.Import(string, Json.BriefingJsonReadOptions?)"/> reports.
/// Errors mean the input is not a valid ninjs 2.2 document; warnings mean it is valid but some part
/// could not be carried into the briefing.
/// </summary>
public static class NinjsCodes
{
    /// <summary><c>BN001</c> (error): malformed JSON (syntax, invalid UTF-8, comments, trailing commas, duplicate members, too deep).</summary>
    public const string MalformedJson = "BN001";

    /// <summary><c>BN002</c> (error): a member has the wrong JSON type (the root must be an object).</summary>
    public const string WrongType = "BN002";

    /// <summary><c>BN003</c> (error): a required member is missing (<c>uri</c>; <c>value</c> of a headline, body or description; <c>name</c> of a rendition; <c>name</c> and <c>uri</c> of an association).</summary>
    public const string MissingMember = "BN003";

    /// <summary><c>BN004</c> (error): a value the schema does not allow (an enumeration, a range, one-of alternatives).</summary>
    public const string NotAllowed = "BN004";

    /// <summary><c>BN005</c> (error): a member ninjs 2.2 does not define, where the schema allows no other members.</summary>
    public const string UnknownMember = "BN005";

    /// <summary><c>BN006</c> (error): the input is larger than <see cref="Json.BriefingJsonReadOptions.MaxDocumentBytes"/>.</summary>
    public const string TooLarge = "BN006";

    /// <summary><c>BN007</c> (warning): the item has no headline and no title; the briefing's title is empty.</summary>
    public const string NoHeadline = "BN007";

    /// <summary><c>BN008</c> (warning): the item has no text or HTML body; the briefing has no body blocks.</summary>
    public const string NoTextBody = "BN008";

    /// <summary><c>BN009</c> (warning): the briefing annotations description could not be read; quotes and metrics were not imported.</summary>
    public const string AnnotationsUnreadable = "BN009";

    /// <summary><c>BN010</c> (warning): an imported quote or metric no longer points at its text in the body (the body was edited after export).</summary>
    public const string AnnotationMismatch = "BN010";
}
