using System.Text;
using Briefing.Model.Diagnostics;
using Briefing.Model.Json;

namespace Briefing.Model.Tests.Properties;

/// <summary>
/// How many cases each property tries (kept small so all properties take a few seconds in CI), and the
/// checks every property shares. CsCheck picks a fresh seed per run and prints it when a property fails
/// (<c>Set seed: "…" or -e CsCheck_Seed=… to reproduce</c>); set <c>CsCheck_Seed</c> to replay it and
/// <c>CsCheck_Iter</c> (or <c>CsCheck_Time</c>, in seconds) to run longer locally.
/// </summary>
internal static class PropertyRuns
{
    /// <summary>Cases for properties that write, read and schema-check whole documents.</summary>
    public static long Documents => Iterations(150);

    /// <summary>Cases for cheap properties over arbitrary or damaged input.</summary>
    public static long Inputs => Iterations(1000);

    /// <summary>The CI count, unless <c>CsCheck_Iter</c> or <c>CsCheck_Time</c> asks for a longer local run (CsCheck then reads them itself).</summary>
    public static long Iterations(long ci) =>
        Environment.GetEnvironmentVariable("CsCheck_Iter") is null && Environment.GetEnvironmentVariable("CsCheck_Time") is null ? ci : -1;

    /// <summary>The test's output, for CsCheck's summary line.</summary>
    public static Action<string>? Output => TestContext.Current.TestOutputHelper is { } output ? output.WriteLine : null;

    /// <summary>Shows a failing input: the first bytes as UTF-8 and as Base64 (to paste into a regression test).</summary>
    public static string Print(byte[] bytes) =>
        $"{bytes.Length} bytes: {Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 400)])} | base64: {Convert.ToBase64String(bytes[..Math.Min(bytes.Length, 4000)])}";

    /// <summary>Shows a failing string with its escapes visible.</summary>
    public static string Print(string text) =>
        $"{text.Length} chars: \"{string.Concat(text.Take(2000).Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString()))}\"";

    /// <summary>Shows a failing document as indented JSON (the serializer's own write: the document may be one the contract rejects).</summary>
    public static string Print(BriefingDocument document)
    {
        try
        {
            return Encoding.UTF8.GetString(BriefingJson.WriteWithSerializer(document, indented: true));
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException or NotSupportedException)
        {
            return $"(not writable: {exception.Message})";
        }
    }

    /// <summary>
    /// What every read must satisfy: a failure has at least one error; every diagnostic has a stable
    /// code, a message, a JSON pointer (or none) and 1-based positions.
    /// </summary>
    public static void AssertWellFormed(BriefingReadResult result, string codePattern)
    {
        if (!result.Succeeded)
        {
            Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.Matches(codePattern, diagnostic.Code);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), $"{diagnostic.Code} has no message");
            Assert.True(string.IsNullOrEmpty(diagnostic.Path) || diagnostic.Path.StartsWith('/'), $"'{diagnostic.Path}' is not a JSON pointer");
            Assert.True(diagnostic.Line is null or >= 1, $"line {diagnostic.Line} is not 1-based");
            Assert.True(diagnostic.Column is null or >= 1, $"column {diagnostic.Column} is not 1-based");
        }
    }

    /// <summary>Two reads agree: the same document (or none) and the same diagnostics in the same order.</summary>
    public static void AssertSame(BriefingReadResult expected, BriefingReadResult actual)
    {
        Assert.Equal(expected.Briefing, actual.Briefing);
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
    }

    /// <summary>Whether two reads agree (for use off the test thread).</summary>
    public static bool Same(BriefingReadResult expected, BriefingReadResult actual) =>
        Equals(expected.Briefing, actual.Briefing) && expected.Diagnostics.SequenceEqual(actual.Diagnostics);
}
