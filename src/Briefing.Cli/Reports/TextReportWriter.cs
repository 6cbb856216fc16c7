using System.Globalization;

namespace Briefing.Cli.Reports;

/// <summary>
/// The text format, one finding a line in the compiler style editors and CI understand:
/// <c>file:line:column: severity code: message [pointer]</c> (line and column left out when unknown),
/// then a summary line.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    /// <inheritdoc />
    public void Write(ValidationReport report, TextWriter output)
    {
        foreach (var finding in report.Findings)
        {
            output.Write(finding.File);
            if (finding.Line is { } line)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $":{line}"));
                if (finding.Column is { } column)
                {
                    output.Write(string.Create(CultureInfo.InvariantCulture, $":{column}"));
                }
            }

            output.Write($": {finding.SeverityName} {finding.Code}: {finding.Message}");
            output.WriteLine(finding.Path.Length > 0 ? $" [{finding.Path}]" : "");
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Documents} {Plural(report.Documents, "document")}: {report.Errors} {Plural(report.Errors, "error")}, {report.Warnings} {Plural(report.Warnings, "warning")}."));
    }

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";
}
