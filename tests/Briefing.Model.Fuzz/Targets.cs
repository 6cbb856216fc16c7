using System.Text;
using Briefing.Model.Diagnostics;
using Briefing.Model.Json;
using Briefing.Model.Text;

namespace Briefing.Model.Fuzz;

/// <summary>The fuzz targets. Each lets any exception from the library escape: the fuzzer records it as a crash.</summary>
internal static class Targets
{
    public static Target? Find(string name) => name switch
    {
        "json" => Json,
        "text" => Text,
        _ => null,
    };

    /// <summary><see cref="BriefingJson.Read(ReadOnlySpan{byte}, BriefingJsonReadOptions?)"/> on the raw input bytes.</summary>
    public static void Json(ReadOnlySpan<byte> input) => Check(BriefingJson.Read(input));

    /// <summary><see cref="BriefingText.Parse(ReadOnlySpan{byte}, BriefingTextOptions?)"/> on the raw input bytes (invalid UTF-8 is a diagnostic).</summary>
    public static void Text(ReadOnlySpan<byte> input)
    {
        Check(BriefingText.Parse(input));
    }

    /// <summary>The invariants every read keeps: a failure is explained by an error; a document survives a JSON round trip.</summary>
    private static void Check(BriefingReadResult result)
    {
        if (!result.Succeeded && !result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException("invariant: the read failed without an error diagnostic");
        }

        if (result.Briefing is { } briefing)
        {
            var again = BriefingJson.Read(BriefingJson.Write(briefing));
            if (!again.Succeeded || !again.Briefing.Equals(briefing))
            {
                throw new InvalidOperationException("invariant: the document read does not survive a JSON round trip: " + string.Join("; ", again.Diagnostics));
            }
        }
    }
}
