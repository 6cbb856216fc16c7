namespace Briefing.Cli.Reports;

/// <summary>
/// Writes the report of <c>briefing validate</c> in one output format (<c>--format</c>), document by
/// document in input order: streamed formats write as they go, the others buffer the (capped) findings.
/// </summary>
internal interface IReportWriter
{
    /// <summary>Adds one document's outcome; <paramref name="shown"/> are the findings to report (capped and filtered).</summary>
    void Document(DocumentOutcome outcome, IReadOnlyList<Finding> shown);

    /// <summary>Ends the report with the counts.</summary>
    void Finish(ReportSummary summary);
}

/// <summary>The report formats <c>briefing validate --format</c> accepts.</summary>
internal static class ReportFormats
{
    /// <summary>The format names, the default first.</summary>
    public static readonly string[] Names = ["text", "json", "sarif", "junit", "github"];

    /// <summary>The writer for a format name from <see cref="Names"/>, writing to <paramref name="output"/>.</summary>
    /// <param name="name">The format.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="quiet">Whether a clean run writes nothing (text and github).</param>
    public static IReportWriter For(string name, TextWriter output, bool quiet) => name switch
    {
        "json" => new JsonReportWriter(output),
        "sarif" => new SarifReportWriter(output),
        "junit" => new JUnitReportWriter(output),
        "github" => new GitHubReportWriter(output, quiet),
        _ => new TextReportWriter(output, quiet),
    };
}
