using Briefing.Model.Diagnostics;

namespace Briefing.Cli.Reports;

/// <summary>
/// One finding of <c>briefing validate</c>: a reading, parsing or validation diagnostic, with the file
/// and the document it belongs to.
/// </summary>
/// <param name="File">The file as the user named it (or as found under a directory they named); <c>-</c> for standard input.</param>
/// <param name="Line">1-based line in the file, when known (always known in an NDJSON feed: the feed line).</param>
/// <param name="Column">1-based column in the file, when known.</param>
/// <param name="Document">The briefing's id, when the input could be read as one.</param>
/// <param name="Path">JSON pointer into the document; empty for the whole document.</param>
/// <param name="Code">Stable code (<c>BJ001</c>, <c>BV015</c>).</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <param name="Index">0-based index of the document in its file (0 for a <c>.json</c> or <c>.txt</c> file).</param>
/// <param name="EndLine">1-based line where the member the pointer names ends, when known.</param>
/// <param name="EndColumn">1-based column just past that end (exclusive), when known.</param>
internal sealed record Finding(string File, int? Line, int? Column, string? Document, string Path, string Code, DiagnosticSeverity Severity, string Message, int Index = 0, int? EndLine = null, int? EndColumn = null)
{
    /// <summary>Makes a finding from a diagnostic about <paramref name="file"/>.</summary>
    public static Finding From(string file, string? document, Diagnostic diagnostic) =>
        new(file, diagnostic.Line, diagnostic.Line is null ? null : diagnostic.Column, document, diagnostic.Path ?? "", diagnostic.Code, diagnostic.Severity, diagnostic.Message)
        {
            EndLine = diagnostic.Line is null || diagnostic.EndColumn is null ? null : diagnostic.EndLine,
            EndColumn = diagnostic.Line is null || diagnostic.EndLine is null ? null : diagnostic.EndColumn,
        };

    /// <summary>The severity as written in reports (<c>error</c>, <c>warning</c>, <c>info</c>).</summary>
    public string SeverityName => Severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}

/// <summary>What was found in one document, in input order.</summary>
/// <param name="File">The file (or <c>-</c>).</param>
/// <param name="Index">0-based index of the document in its file.</param>
/// <param name="Line">1-based line where the document starts (1 for a whole file).</param>
/// <param name="Id">The briefing's id when it could be read.</param>
/// <param name="Findings">Every finding about the document.</param>
internal sealed record DocumentOutcome(string File, int Index, int Line, string? Id, IReadOnlyList<Finding> Findings);

/// <summary>The counts at the end of a run.</summary>
/// <param name="Documents">Documents examined (in this shard).</param>
/// <param name="Errors">Errors seen, shown or not.</param>
/// <param name="Warnings">Warnings seen, shown or not.</param>
/// <param name="Omitted">Findings not shown because <c>--max-findings</c> was reached.</param>
/// <param name="MaxFindings">The <c>--max-findings</c> limit.</param>
internal sealed record ReportSummary(int Documents, int Errors, int Warnings, int Omitted, int MaxFindings)
{
    /// <summary>The one-line summary: <c>3 documents: 1 error, 0 warnings.</c></summary>
    public string Text => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Documents} {Plural(Documents, "document")}: {Errors} {Plural(Errors, "error")}, {Warnings} {Plural(Warnings, "warning")}.");

    /// <summary>The note written when findings were left out, or <see langword="null"/>.</summary>
    public string? OmittedText => Omitted == 0 ? null : string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Omitted} more {Plural(Omitted, "finding")} not shown (--max-findings {MaxFindings}).");

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
