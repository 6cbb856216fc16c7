using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefing.Cli.Reports;

/// <summary>
/// The JSON format of DESIGN §5: <c>{ "documents", "errors", "warnings", "findings": [ { "file",
/// "line", "column", "document", "path", "code", "severity", "message" } ] }</c>, written with
/// <see cref="Utf8JsonWriter"/> (no reflection, so the tool can be published with Native AOT).
/// Unknown line, column and document are <c>null</c>.
/// </summary>
internal sealed class JsonReportWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        // A report for people and tools, not HTML: keep curly quotes and accents readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public void Write(ValidationReport report, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("documents", report.Documents);
            writer.WriteNumber("errors", report.Errors);
            writer.WriteNumber("warnings", report.Warnings);
            writer.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                writer.WriteStartObject();
                writer.WriteString("file", finding.File);
                WriteNumberOrNull(writer, "line", finding.Line);
                WriteNumberOrNull(writer, "column", finding.Column);
                writer.WriteString("document", finding.Document);
                writer.WriteString("path", finding.Path);
                writer.WriteString("code", finding.Code);
                writer.WriteString("severity", finding.SeverityName);
                writer.WriteString("message", finding.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
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
