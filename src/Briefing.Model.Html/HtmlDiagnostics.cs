using Briefing.Model.Diagnostics;
using Briefing.Model.Text;

namespace Briefing.Model.Html;

/// <summary>The web-page reader's diagnostic codes, in one place (docs/html.md lists them).</summary>
internal static class HtmlDiagnostics
{
    public const string DocumentTooLarge = "BH001";
    public const string TooManyElements = "BH002";
    public const string NestedTooDeep = "BH003";
    public const string BlockTooLarge = "BH004";
    public const string NoTitle = "BH005";
    public const string NoArticle = "BH006";
    public const string InvalidEncoding = "BH007";
    public const string UnreadableInput = "BH008";
    public const string ExtractorFailed = "BH009";
    public const string PullQuoteNotInBody = "BH010";
    public const string InvalidUrl = "BH011";
    public const string QuotesNotSought = "BH012";

    /// <summary>A diagnostic, made as the text parser makes its own.</summary>
    public static Diagnostic Create(string code, DiagnosticSeverity severity, string message, string? path = null, TextPosition? position = null) =>
        TextDiagnostics.Create(code, severity, message, path, position);
}
