namespace Briefing.Cli.Reports;

/// <summary>Writes a <see cref="ValidationReport"/> in one output format (<c>--format</c>).</summary>
internal interface IReportWriter
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The findings and counts.</param>
    /// <param name="output">Where to write (standard output).</param>
    void Write(ValidationReport report, TextWriter output);
}

/// <summary>The report formats <c>briefing validate --format</c> accepts.</summary>
internal static class ReportFormats
{
    /// <summary>The format names, the default first.</summary>
    public static readonly string[] Names = ["text", "json"];

    /// <summary>The writer for a format name from <see cref="Names"/>.</summary>
    public static IReportWriter For(string name) => name switch
    {
        "json" => new JsonReportWriter(),
        _ => new TextReportWriter(),
    };
}
