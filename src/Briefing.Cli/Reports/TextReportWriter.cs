using System.Globalization;

namespace Briefing.Cli.Reports;

/// <summary>
/// The text format, one finding a line in the compiler style editors and CI understand:
/// <c>file:line:column: severity code: message [pointer]</c> (line and column left out when unknown),
/// streamed, then a summary line. Control characters from the input are escaped.
/// </summary>
internal sealed class TextReportWriter(TextWriter output, bool quiet) : IReportWriter
{
    /// <inheritdoc />
    public void Document(DocumentOutcome outcome, IReadOnlyList<Finding> shown)
    {
        foreach (var finding in shown)
        {
            output.Write(ReportText.Visible(finding.File));
            if (finding.Line is { } line)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $":{line}"));
                if (finding.Column is { } column)
                {
                    output.Write(string.Create(CultureInfo.InvariantCulture, $":{column}"));
                }
            }

            output.Write($": {finding.SeverityName} {ReportText.Visible(finding.Code)}: {ReportText.Visible(finding.Message)}");
            output.WriteLine(finding.Path.Length > 0 ? $" [{ReportText.Visible(finding.Path)}]" : "");
        }
    }

    /// <inheritdoc />
    public void Finish(ReportSummary summary)
    {
        if (summary.OmittedText is { } omitted)
        {
            output.WriteLine(omitted);
        }

        if (!quiet || summary.Errors > 0)
        {
            output.WriteLine(summary.Text);
        }
    }
}
