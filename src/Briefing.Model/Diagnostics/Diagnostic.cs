using System.Text.Json.Serialization;

namespace Briefing.Model.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    /// <summary>The document cannot be used as it is (not publishable).</summary>
    [JsonStringEnumMemberName("error")]
    Error,

    /// <summary>Something an editor should look at; the document is still usable.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>A remark.</summary>
    [JsonStringEnumMemberName("info")]
    Info,
}

/// <summary>
/// A problem found while reading, parsing or validating a briefing: a stable code, a severity, a
/// message for the author, and where it is (a JSON pointer into the document and, when known, the
/// 1-based line and column in the input text).
/// </summary>
public sealed record Diagnostic
{
    /// <summary>Stable code (<c>BJ001</c>); docs/diagnostics lists them all.</summary>
    public required string Code { get; init; }

    /// <summary>How serious the problem is.</summary>
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>What is wrong and what to do about it.</summary>
    public required string Message { get; init; }

    /// <summary>JSON pointer (RFC 6901) to the offending member (<c>/body/2</c>, <c>/metrics/0/unit</c>); empty for the whole document.</summary>
    public string? Path { get; init; }

    /// <summary>1-based line in the input, when known.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column in the input, in characters (UTF-16 code units), when known.</summary>
    public int? Column { get; init; }

    /// <summary>Formats the diagnostic as <c>line:column: severity code: message</c> (the parts that are known).</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var where = Line is { } line ? (Column is { } column ? $"{line}:{column}: " : $"{line}: ") : "";
        return $"{where}{severity} {Code}: {Message}";
    }
}
