using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefing.Cli.Reports;

/// <summary>
/// The JSON report of docs/cli.md: <c>{ "documents", "errors", "warnings", "findings": [ { "file",
/// "line", "column", "document", "path", "code", "severity", "message", "index" } ] }</c> (and
/// <c>"omitted"</c> when <c>--max-findings</c> left findings out), written with
/// <see cref="Utf8JsonWriter"/> (no reflection, so the tool can be published with Native AOT).
/// Unknown line, column and document are <c>null</c>. Findings are buffered (capped by <c>--max-findings</c>).
/// </summary>
internal sealed class JsonReportWriter(TextWriter output) : IReportWriter
{
    /// <summary>Options of the JSON reports (json and sarif): indented, and — a report for people and tools, not HTML — curly quotes and accents kept readable.</summary>
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly List<Finding> _findings = [];

    /// <inheritdoc />
    public void Document(DocumentOutcome outcome, IReadOnlyList<Finding> shown) => _findings.AddRange(shown);

    /// <inheritdoc />
    public void Finish(ReportSummary summary)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("documents", summary.Documents);
            writer.WriteNumber("errors", summary.Errors);
            writer.WriteNumber("warnings", summary.Warnings);
            writer.WriteStartArray("findings");
            foreach (var finding in _findings)
            {
                writer.WriteStartObject();
                writer.WriteString("file", ReportText.Visible(finding.File, keepLineBreaks: true));
                WriteNumberOrNull(writer, "line", finding.Line);
                WriteNumberOrNull(writer, "column", finding.Column);
                writer.WriteString("document", finding.Document is null ? null : ReportText.Visible(finding.Document, keepLineBreaks: true));
                writer.WriteString("path", ReportText.Visible(finding.Path, keepLineBreaks: true));
                writer.WriteString("code", finding.Code);
                writer.WriteString("severity", finding.SeverityName);
                writer.WriteString("message", ReportText.Visible(finding.Message, keepLineBreaks: true));
                writer.WriteNumber("index", finding.Index);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            if (summary.Omitted > 0)
            {
                writer.WriteNumber("omitted", summary.Omitted);
            }

            writer.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
