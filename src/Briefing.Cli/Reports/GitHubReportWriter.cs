using System.Globalization;
using System.Text;
using Briefing.Model.Diagnostics;

namespace Briefing.Cli.Reports;

/// <summary>
/// GitHub Actions workflow commands, streamed: <c>::error file=…,line=…,col=…,title=CODE::message</c>
/// (<c>::warning</c>, <c>::notice</c> for the other severities), escaped as GitHub's runner expects
/// (<c>%</c>, CR and LF everywhere; <c>:</c> and <c>,</c> in properties too), control characters made
/// visible. GitHub shows only the first few annotations of a step, so a final <c>::notice</c> gives the counts.
/// </summary>
internal sealed class GitHubReportWriter(TextWriter output, bool quiet) : IReportWriter
{
    /// <inheritdoc />
    public void Document(DocumentOutcome outcome, IReadOnlyList<Finding> shown)
    {
        foreach (var finding in shown)
        {
            var command = finding.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            var properties = new StringBuilder();
            properties.Append("file=").Append(Property(ReportText.RelativePath(finding.File)));
            if (finding.Line is { } line)
            {
                properties.Append(CultureInfo.InvariantCulture, $",line={line}");
                if (finding.Column is { } column)
                {
                    properties.Append(CultureInfo.InvariantCulture, $",col={column}");
                }

                if (finding.EndLine is { } endLine)
                {
                    // GitHub reads col and endColumn only for an annotation on one line.
                    properties.Append(CultureInfo.InvariantCulture, $",endLine={endLine}");
                    if (endLine == line && finding.EndColumn is { } endColumn)
                    {
                        properties.Append(CultureInfo.InvariantCulture, $",endColumn={endColumn}");
                    }
                }
            }

            properties.Append(",title=").Append(Property(finding.Code));
            var message = new StringBuilder(finding.Message);
            message.Append(CultureInfo.InvariantCulture, $" (document {finding.Index}");
            if (finding.Document is { } id)
            {
                message.Append(" '").Append(id).Append('\'');
            }

            if (finding.Path.Length > 0)
            {
                message.Append(", ").Append(finding.Path);
            }

            message.Append(')');
            output.WriteLine($"::{command} {properties}::{Data(message.ToString())}");
        }
    }

    /// <inheritdoc />
    public void Finish(ReportSummary summary)
    {
        if (summary.OmittedText is { } omitted)
        {
            output.WriteLine($"::notice title=briefing validate::{Data(omitted)}");
        }

        if (!quiet || summary.Errors > 0)
        {
            output.WriteLine($"::notice title=briefing validate::{Data(summary.Text)}");
        }
    }

    /// <summary>Escapes a command's message as GitHub's runner unescapes it.</summary>
    public static string Data(string text) =>
        ReportText.Visible(text, keepLineBreaks: true).Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a command's property value.</summary>
    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
