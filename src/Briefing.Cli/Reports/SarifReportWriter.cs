using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Briefing.Model.Diagnostics;

namespace Briefing.Cli.Reports;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning: one run whose <c>tool.driver</c> lists a rule (id, short
/// description, help) for every code that appears, and one result per finding with its level,
/// message, physical location (relative URI, 1-based line and column) and a fingerprint that does
/// not depend on line numbers, so a result keeps its identity from run to run. Findings are buffered
/// (capped by <c>--max-findings</c>); written with <see cref="Utf8JsonWriter"/>.
/// </summary>
internal sealed class SarifReportWriter(TextWriter output) : IReportWriter
{
    /// <summary>Where SARIF rules' help points.</summary>
    public const string InformationUri = "https://github.com/briefing-model/Briefing.Model";

    private readonly List<Finding> _findings = [];

    /// <inheritdoc />
    public void Document(DocumentOutcome outcome, IReadOnlyList<Finding> shown) => _findings.AddRange(shown);

    /// <inheritdoc />
    public void Finish(ReportSummary summary)
    {
        var rules = _findings.Select(f => f.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((code, index) => (code, index)).ToDictionary(p => p.code, p => p.index, StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonReportWriter.Options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", "briefing");
            writer.WriteString("version", ToolVersion);
            writer.WriteString("semanticVersion", ToolVersion);
            writer.WriteString("informationUri", InformationUri);
            writer.WriteStartArray("rules");
            foreach (var code in rules)
            {
                var first = _findings.First(f => f.Code == code);
                var description = RuleCatalog.Describe(code);
                writer.WriteStartObject();
                writer.WriteString("id", code);
                writer.WriteString("name", code);
                writer.WriteStartObject("shortDescription");
                writer.WriteString("text", description);
                writer.WriteEndObject();
                writer.WriteStartObject("fullDescription");
                writer.WriteString("text", description);
                writer.WriteEndObject();
                writer.WriteStartObject("help");
                writer.WriteString("text", $"{code}: {description}. The codes and what to do about each are listed in the Briefing.Model README: {InformationUri}#readme");
                writer.WriteEndObject();
                writer.WriteString("helpUri", $"{InformationUri}#readme");
                writer.WriteStartObject("defaultConfiguration");
                writer.WriteString("level", Level(first.Severity));
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("results");
            foreach (var finding in _findings)
            {
                var uri = Uri(finding.File);
                writer.WriteStartObject();
                writer.WriteString("ruleId", finding.Code);
                writer.WriteNumber("ruleIndex", ruleIndex[finding.Code]);
                writer.WriteString("level", Level(finding.Severity));
                writer.WriteStartObject("message");
                writer.WriteString("text", ReportText.Visible(finding.Message, keepLineBreaks: true));
                writer.WriteEndObject();
                writer.WriteStartArray("locations");
                writer.WriteStartObject();
                writer.WriteStartObject("physicalLocation");
                writer.WriteStartObject("artifactLocation");
                writer.WriteString("uri", uri);
                writer.WriteString("uriBaseId", "%SRCROOT%");
                writer.WriteEndObject();
                writer.WriteStartObject("region");
                writer.WriteNumber("startLine", Math.Max(1, finding.Line ?? 1));
                if (finding.Line is not null && finding.Column is { } column)
                {
                    writer.WriteNumber("startColumn", Math.Max(1, column));
                    if (finding.EndLine is { } endLine && finding.EndColumn is { } endColumn)
                    {
                        writer.WriteNumber("endLine", endLine);
                        writer.WriteNumber("endColumn", endColumn);
                    }
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
                if (finding.Path.Length > 0)
                {
                    writer.WriteStartArray("logicalLocations");
                    writer.WriteStartObject();
                    writer.WriteString("fullyQualifiedName", ReportText.Visible(finding.Path, keepLineBreaks: true));
                    writer.WriteString("kind", "member");
                    writer.WriteEndObject();
                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
                writer.WriteEndArray();
                writer.WriteStartObject("partialFingerprints");
                writer.WriteString("briefingFinding/v1", Fingerprint(uri, finding, occurrences));
                writer.WriteEndObject();
                writer.WriteStartObject("properties");
                writer.WriteNumber("document", finding.Index);
                if (finding.Document is { } id)
                {
                    writer.WriteString("briefingId", ReportText.Visible(id, keepLineBreaks: true));
                }

                writer.WriteString("pointer", ReportText.Visible(finding.Path, keepLineBreaks: true));
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("columnKind", "utf16CodeUnits");
            writer.WriteStartArray("invocations");
            writer.WriteStartObject();
            writer.WriteBoolean("executionSuccessful", true);
            if (summary.OmittedText is { } omitted)
            {
                writer.WriteStartArray("toolExecutionNotifications");
                writer.WriteStartObject();
                writer.WriteString("level", "warning");
                writer.WriteStartObject("message");
                writer.WriteString("text", omitted);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            writer.WriteNumber("documents", summary.Documents);
            writer.WriteNumber("errors", summary.Errors);
            writer.WriteNumber("warnings", summary.Warnings);
            writer.WriteNumber("omitted", summary.Omitted);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>The tool's version without build metadata.</summary>
    public static string ToolVersion { get; } =
        (typeof(SarifReportWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>The artifact URI: relative path, forward slashes, each segment percent-encoded.</summary>
    public static string Uri(string file) =>
        string.Join('/', ReportText.RelativePath(file).Split('/').Select(segment => segment is ".." or "." ? segment : System.Uri.EscapeDataString(segment)));

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    // Stable across runs and insensitive to lines moving: file, code, document (id, else index),
    // pointer and message, plus the occurrence number of that combination.
    private static string Fingerprint(string uri, Finding finding, Dictionary<string, int> occurrences)
    {
        var key = string.Join('\u001F', uri, finding.Code, finding.Document ?? finding.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), finding.Path, finding.Message);
        occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{key}\u001F{occurrences[key]}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
