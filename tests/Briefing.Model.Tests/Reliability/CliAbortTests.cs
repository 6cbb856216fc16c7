using System.Diagnostics;
using Briefing.Model.Json;
using Briefing.Model.Tests.Cli;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Reliability;

/// <summary>Issue 18, point 8: each of these once ended the tool with a stack trace (exit 134) or left something behind.</summary>
public sealed class CliAbortTests
{
    [Theory]
    [InlineData("validate", "{0}", "-o", "")]
    [InlineData("validate", "{0}", "--output", " ")]
    [InlineData("parse", "")]
    public void An_empty_file_name_is_a_one_line_usage_error(params string[] args)
    {
        var seed = TestData.SeedPath("quiet-border.txt");

        var (code, stdout, stderr) = FeedTestFiles.Run([.. args.Select(a => a == "{0}" ? seed : a)]);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("briefing: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Parse_escapes_terminal_controls_in_file_names_and_messages_on_stderr()
    {
        using var folder = new TemporaryFolder();
        var hostile = Path.Combine(folder.Path, "x\u001B]0;owned\u0007\u001B[31m\u202E.json");
        File.WriteAllText(hostile, "{\"title\": \"a\u001B[2J\",");
        var missing = Path.Combine(folder.Path, "gone\u001B[2J.json");

        var (code, _, stderr) = FeedTestFiles.Run(["parse", hostile]);
        var (missingCode, _, missingStderr) = FeedTestFiles.Run(["parse", missing]);

        Assert.Equal((1, 2), (code, missingCode));
        foreach (var text in new[] { stderr, missingStderr })
        {
            Assert.DoesNotContain('\u001B', text);
            Assert.DoesNotContain('\u0007', text);
            Assert.DoesNotContain('\u202E', text);
            Assert.Contains("\\u001B", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("\uFEFF\n")]
    [InlineData("\uFEFF \t\r\n\n")]
    public void A_first_ndjson_line_holding_only_a_byte_order_mark_is_blank(string head)
    {
        var document = BriefingJson.Write(SeedModel.Create());

        var (code, stdout, stderr) = FeedTestFiles.Run(["validate", "-", "--format", "json"], head + document + "\n" + document + "\n");

        Assert.True(code == 0, stdout + stderr);
        Assert.Contains("\"documents\": 2", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    [InlineData("HUP", 129)]
    public void A_signal_during_output_leaves_no_temporary_file_and_the_old_report_as_it_was(string signal, int expectedCode)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "POSIX signals");
        using var folder = new TemporaryFolder();
        var report = Path.Combine(folder.Path, "r.sarif");
        File.WriteAllText(report, "old");
        var tool = typeof(Briefing.Cli.ExitCodes).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { tool, "validate", "-", "--format", "sarif", "-o", report })
        {
            start.ArgumentList.Add(arg);
        }

        // One feed line (so the tool knows the input is NDJSON), then standard input stays open, so
        // the tool waits for the rest of the feed with its temporary file in place.
        using var process = Process.Start(start)!;
        process.StandardInput.Write("{\"title\":\"T\"}\n");
        process.StandardInput.Flush();
        var deadline = Stopwatch.StartNew();
        while (Directory.GetFiles(folder.Path, ".r.sarif.*.tmp").Length == 0 && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(20);
        }

        Assert.Single(Directory.GetFiles(folder.Path, ".r.sarif.*.tmp"));
        using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.Equal(expectedCode, process.ExitCode);
        Assert.Equal(["r.sarif"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        Assert.Equal("old", File.ReadAllText(report));
    }

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("briefing-reliability-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
