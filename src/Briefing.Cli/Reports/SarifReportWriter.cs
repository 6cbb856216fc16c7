using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Briefing.Model.Diagnostics;

namespace Briefing.Cli.Reports;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning: one run whose <c>tool.driver</c> lists a rule for every code
/// of <see cref="DiagnosticCatalog"/> (title, description, help, help URI, default level; the same
/// rules and indices in every run), and one result per finding with its level, message, physical
/// location and a fingerprint that does not depend on line numbers, so a result keeps its identity
/// from run to run. Locations are relative to the repository root (<see cref="SourceRoot"/>), declared
/// as <c>%SRCROOT%</c> in <c>originalUriBaseIds</c>; a file outside it gets its absolute <c>file:</c>
/// URI. Findings are buffered (capped by <c>--max-findings</c>); written with <see cref="Utf8JsonWriter"/>.
/// </summary>
internal sealed class SarifReportWriter(TextWriter output) : IReportWriter
{
    /// <summary>The tool's home page (SARIF <c>informationUri</c>): the repository URL the package records.</summary>
    public static string InformationUri { get; } =
        typeof(SarifReportWriter).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value
        ?? "https://github.com/briefing-model/Briefing.Model";

    /// <summary>The base id of paths relative to the repository root.</summary>
    public const string RootBaseId = "%SRCROOT%";

    private readonly List<Finding> _findings = [];
    private readonly SourceRoot _root = SourceRoot.Current;

    /// <inheritdoc />
    public void Document(DocumentOutcome outcome, IReadOnlyList<Finding> shown) => _findings.AddRange(shown);

    /// <inheritdoc />
    public void Finish(ReportSummary summary)
    {
        var rules = DiagnosticCatalog.All.ToList();
        foreach (var code in _findings.Select(f => f.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!DiagnosticCatalog.TryGet(code, out _))
            {
                var severity = _findings.First(f => f.Code == code).Severity;
                rules.Add(new DiagnosticDescriptor { Code = code, Severity = severity, Title = code, Description = $"Finding {code}.", Fix = "See the message." });
            }
        }

        var ruleIndex = rules.Select((rule, index) => (rule.Code, index)).ToDictionary(p => p.Code, p => p.index, StringComparer.Ordinal);
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
            foreach (var rule in rules)
            {
                WriteRule(writer, rule);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartObject("originalUriBaseIds");
            writer.WriteStartObject(RootBaseId);
            writer.WriteString("uri", _root.Uri);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("results");
            foreach (var finding in _findings)
            {
                var relative = finding.File == "-" ? "stdin" : _root.Relative(finding.File);
                var uri = relative is null ? new Uri(Path.GetFullPath(finding.File)).AbsoluteUri : Escape(relative);
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
                if (relative is not null)
                {
                    writer.WriteString("uriBaseId", RootBaseId);
                }

                writer.WriteEndObject();
                writer.WriteStartObject("region");
                writer.WriteNumber("startLine", Math.Max(1, finding.Line ?? 1));
                if (finding.Line is not null && finding.Column is { } column)
                {
                    writer.WriteNumber("startColumn", Math.Max(1, column));
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

    // A relative path as a URI reference: forward slashes, each segment percent-encoded.
    private static string Escape(string relative) =>
        string.Join('/', relative.Split('/').Select(System.Uri.EscapeDataString));

    private static void WriteRule(Utf8JsonWriter writer, DiagnosticDescriptor rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Code);
        writer.WriteString("name", PascalCase(rule.Title));
        writer.WriteStartObject("shortDescription");
        writer.WriteString("text", rule.Title);
        writer.WriteEndObject();
        writer.WriteStartObject("fullDescription");
        writer.WriteString("text", rule.Description);
        writer.WriteEndObject();
        writer.WriteStartObject("help");
        writer.WriteString("text", $"{rule.Description} Fix: {rule.Fix}");
        writer.WriteString("markdown", $"{rule.Description}\n\n**How to fix:** {rule.Fix}\n\n[{rule.Code}]({rule.HelpUri})");
        writer.WriteEndObject();
        writer.WriteString("helpUri", rule.HelpUri.AbsoluteUri);
        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", Level(rule.Severity));
        writer.WriteEndObject();
        if (rule.RuleSet is { } ruleSet)
        {
            writer.WriteStartObject("properties");
            writer.WriteStartArray("tags");
            writer.WriteStringValue(ruleSet);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    // "Dangling quoteId" -> "DanglingQuoteId": SARIF's rule name is an identifier-like string.
    private static string PascalCase(string title)
    {
        var builder = new StringBuilder(title.Length);
        var upper = true;
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        return builder.ToString();
    }

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
