using Briefing.Model.Diagnostics;

namespace Briefing.Model.Text;

/// <summary>The text parser's diagnostic codes and messages, in one place (docs/diagnostics lists them).</summary>
internal static class TextDiagnostics
{
    public const string MissingTitle = "BT001";
    public const string AttributionWithoutPullQuote = "BT002";
    public const string PullQuoteWithoutAttribution = "BT003";
    public const string RelatedItemWithoutTitle = "BT004";
    public const string PullQuoteNotInBody = "BT005";
    public const string InvalidUtf8 = "BT006";
    public const string DocumentTooLarge = "BT007";
    public const string BlockTooLarge = "BT008";
    public const string TooManyBlocks = "BT009";
    public const string ControlCharacter = "BT010";
    public const string TitleWithMoreLines = "BT011";
    public const string UnreadableInput = "BT012";

    public static Diagnostic Create(string code, DiagnosticSeverity severity, string message, string? path, TextPosition? position) => new()
    {
        Code = code,
        Severity = severity,
        Message = message,
        Path = path,
        Line = position?.Line,
        Column = position?.Column,
    };
}
