using System.Text.Json.Nodes;
using Briefing.Cli;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;
using Briefing.Model.Text;

namespace Briefing.Model.Tests.Cli;

public sealed class ParseCommandTests
{
    [Fact]
    public void Parse_prints_the_seed_as_indented_json_and_its_diagnostics_on_stderr()
    {
        var path = TestData.SeedPath("russian-interest.txt");

        var (code, stdout, stderr) = Run(null, "parse", path);

        Assert.Equal(0, code);
        Assert.Equal(BriefingJson.Write(BriefingText.Parse(TestData.ReadSeed("russian-interest.txt")).Briefing!, indented: true) + Environment.NewLine, stdout);
        Assert.Equal("Russian interest", JsonNode.Parse(stdout)!["title"]!.GetValue<string>());
        Assert.Equal($"{path}:40:1: info BT004: ", stderr[..(stderr.IndexOf("BT004", StringComparison.Ordinal) + 7)]);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Format_text_prints_the_text_layout()
    {
        var (code, stdout, _) = Run(null, "parse", TestData.SeedPath("quiet-border.txt"), "--format", "text");

        Assert.Equal(0, code);
        Assert.Equal(TestData.ReadSeed("quiet-border.txt"), stdout);
    }

    [Fact]
    public void Dash_reads_standard_input()
    {
        using var stdin = new StringReader("Title\n\nOne paragraph.");

        var (code, stdout, stderr) = Run(stdin, "parse", "-");

        Assert.Equal(0, code);
        Assert.Equal("Title", JsonNode.Parse(stdout)!["title"]!.GetValue<string>());
        Assert.Empty(stderr);
    }

    [Fact]
    public void Errors_exit_1_with_file_line_column_on_stderr()
    {
        using var stdin = new StringReader("  \n\n");

        var (code, stdout, stderr) = Run(stdin, "parse", "-");

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.StartsWith("<stdin>:1:1: error BT001: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_exits_2_with_one_line()
    {
        var (code, stdout, stderr) = Run(null, "parse", Path.Combine(Path.GetTempPath(), "no-such-briefing.txt"));

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("briefing: ", stderr, StringComparison.Ordinal);
        Assert.Contains("no-such-briefing.txt", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_directory_exits_2_with_one_line()
    {
        var (code, _, stderr) = Run(null, "parse", TestData.SeedsDirectory);

        Assert.Equal(2, code);
        Assert.StartsWith("briefing: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("parse", "x.txt", "--format", "yaml")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var (code, _, stderr) = Run(null, args);

        Assert.Equal(2, code);
        Assert.StartsWith("briefing: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(TextReader? stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = BriefingCommand.Run(args, stdout, stderr, stdin);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
