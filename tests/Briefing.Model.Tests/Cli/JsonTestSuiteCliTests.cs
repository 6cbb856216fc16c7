using System.Text.Json.Nodes;
using Briefing.Cli;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Cli;

/// <summary>
/// nst/JSONTestSuite (MIT, ../shared/testdata/JSONTestSuite/test_parsing) through <c>briefing validate</c>:
/// every <c>n_</c> file is a finding with exit code 1; <c>y_</c> and <c>i_</c> files are not
/// briefings, so a finding is expected, but they never crash the tool (exit 0 or 1, a JSON report).
/// </summary>
public sealed class JsonTestSuiteCliTests
{
    [Fact]
    public void Every_file_of_the_suite_gives_a_report_and_n_files_exit_1()
    {
        var directory = TestData.ExternalDirectory(Path.Combine("JSONTestSuite", "test_parsing"));
        var failures = new List<string>();
        foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = BriefingCommand.Run(["validate", file, "--format", "json"], stdout, stderr);

            JsonNode? report = null;
            try
            {
                report = JsonNode.Parse(stdout.ToString());
            }
            catch (System.Text.Json.JsonException)
            {
            }

            if (report is null || stderr.ToString().Contains("   at ", StringComparison.Ordinal))
            {
                failures.Add($"{name}: no JSON report (exit {code}): {stderr}");
            }
            else if (name.StartsWith("n_", StringComparison.Ordinal) && (code != 1 || (int)report["errors"]! < 1))
            {
                failures.Add($"{name}: exit {code}, {report["errors"]} errors; the suite says it must be rejected");
            }
            else if (code is not (0 or 1))
            {
                failures.Add($"{name}: exit {code}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
