using Briefing.Model.Diagnostics;

namespace Briefing.Cli.Reports;

/// <summary>
/// One finding of <c>briefing validate</c>: a reading, parsing or validation diagnostic, with the file
/// and the document it belongs to.
/// </summary>
/// <param name="File">The file as the user named it (or as found under a directory they named).</param>
/// <param name="Line">1-based line in the file, when known.</param>
/// <param name="Column">1-based column in the file, when known.</param>
/// <param name="Document">The briefing's id, when the file could be read as one.</param>
/// <param name="Path">JSON pointer into the document; empty for the whole document.</param>
/// <param name="Code">Stable code (<c>BJ001</c>, <c>BV015</c>).</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
internal sealed record Finding(string File, int? Line, int? Column, string? Document, string Path, string Code, DiagnosticSeverity Severity, string Message)
{
    /// <summary>Makes a finding from a diagnostic about <paramref name="file"/>.</summary>
    public static Finding From(string file, string? document, Diagnostic diagnostic) =>
        new(file, diagnostic.Line, diagnostic.Line is null ? null : diagnostic.Column, document, diagnostic.Path ?? "", diagnostic.Code, diagnostic.Severity, diagnostic.Message);

    /// <summary>The severity as written in reports (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    public string SeverityName => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
