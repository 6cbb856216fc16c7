using Briefing.Model.Diagnostics;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Json;

/// <summary>
/// nst/JSONTestSuite (MIT, ../shared/testdata/JSONTestSuite/test_parsing): JSON nobody here wrote.
/// Every <c>n_</c> file must be rejected with a finding; <c>y_</c> and <c>i_</c> files are valid (or
/// implementation-defined) JSON but not briefings, so they must be read without throwing — usually
/// into a BJ002 finding. Nothing may hang or throw.
/// </summary>
public sealed class JsonTestSuiteTests
{
    private static string SuiteDirectory => TestData.ExternalDirectory(Path.Combine("JSONTestSuite", "test_parsing"));

    [Fact]
    public void Every_file_of_the_suite_is_read_without_an_exception()
    {
        var files = Directory.GetFiles(SuiteDirectory, "*.json");
        Assert.True(files.Length > 300, $"expected the full suite, found {files.Length} files");

        var failures = new List<string>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            BriefingReadResult result;
            try
            {
                result = BriefingJson.Read(File.ReadAllBytes(file));
            }
            catch (Exception exception)
            {
                failures.Add($"{name}: threw {exception.GetType().Name}: {exception.Message}");
                continue;
            }

            if (name.StartsWith("n_", StringComparison.Ordinal))
            {
                if (result.Briefing is not null || !result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                {
                    failures.Add($"{name}: accepted, but the suite says it must be rejected");
                }
                else if (result.Diagnostics.Any(d => d.Code != "BJ001" && d.Code != "BJ002"))
                {
                    failures.Add($"{name}: unexpected code {string.Join(",", result.Diagnostics.Select(d => d.Code))}");
                }
            }
            else if (result.Briefing is null && result.Diagnostics.IsEmpty)
            {
                failures.Add($"{name}: neither a briefing nor a diagnostic");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Syntax_errors_of_the_suite_carry_a_position()
    {
        var withoutPosition = Directory.GetFiles(SuiteDirectory, "n_*.json")
            .Select(file => (Name: Path.GetFileName(file), Result: BriefingJson.Read(File.ReadAllBytes(file))))
            .Where(x => x.Result.Diagnostics.Any(d => d.Code == "BJ001" && (d.Line is null || d.Column is null)))
            .Select(x => x.Name)
            .ToList();

        Assert.Empty(withoutPosition);
    }
}
