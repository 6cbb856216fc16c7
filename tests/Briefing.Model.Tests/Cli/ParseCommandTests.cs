using System.Text.Json.Nodes;
using Briefing.Cli;
using Briefing.Model.Interop;
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

    [Theory]
    [InlineData("markdown")]
    [InlineData("ninjs")]
    [InlineData("jsonld")]
    public void Interop_formats_print_the_exports_of_the_parsed_briefing(string format)
    {
        var seed = BriefingText.Parse(TestData.ReadSeed("russian-interest.txt")).Briefing!;

        var (code, stdout, _) = Run(null, "parse", TestData.SeedPath("russian-interest.txt"), "--format", format);

        Assert.Equal(0, code);
        var expected = format switch
        {
            "markdown" => MarkdownExport.Write(seed),
            "ninjs" => Ninjs.Export(seed, new NinjsExportOptions { Indented = true }) + Environment.NewLine,
            _ => JsonLd.Export(seed) + Environment.NewLine,
        };
        Assert.Equal(expected, stdout);
    }

    [Fact]
    public void Json_and_ninjs_inputs_are_detected_and_read_back_to_the_same_briefing()
    {
        var seed = BriefingText.Parse(TestData.ReadSeed("russian-interest.txt")).Briefing!;
        var folder = Directory.CreateTempSubdirectory("briefing-parse-").FullName;
        var json = Path.Combine(folder, "seed.json");
        var ninjs = Path.Combine(folder, "seed.ninjs.json");
        File.WriteAllText(json, BriefingJson.Write(seed));
        File.WriteAllText(ninjs, Ninjs.Export(seed));

        var fromJson = Run(null, "parse", json);
        var fromNinjs = Run(null, "parse", ninjs);
        var forcedText = Run(null, "parse", json, "--from", "text");

        Assert.Equal((0, BriefingJson.Write(seed, indented: true) + Environment.NewLine), (fromJson.Code, fromJson.Stdout));
        Assert.Equal(0, fromNinjs.Code);
        Assert.Equal(seed, BriefingJson.Read(fromNinjs.Stdout).Briefing);
        Assert.Equal("{\"schemaVersion\":\"1.1\",", JsonNode.Parse(forcedText.Stdout)!["title"]!.GetValue<string>()[..23]);
    }

    [Theory]
    [InlineData("a.txt", "{\"uri\":\"u\"}", "text")]
    [InlineData("a.json", "{\"title\":\"T\"}", "json")]
    [InlineData("-", "  {\"uri\":\"u\",\"headlines\":[]}", "ninjs")]
    [InlineData("-", "{\"uri\":\"u\",\"title\":\"T\"}", "json")]
    [InlineData("-", "Title\n\nBody.", "text")]
    [InlineData("a.json", "not json", "json")]
    public void Input_kind_is_detected_from_extension_then_content(string path, string content, string kind) =>
        Assert.Equal(kind, ParseCommand.Detect(path, System.Text.Encoding.UTF8.GetBytes(content)));

    [Theory]
    [InlineData("json")]
    [InlineData("ninjs")]
    [InlineData("markdown")]
    public void Output_larger_than_the_limit_is_a_BF003_error_and_is_not_written(string format)
    {
        var path = TestData.SeedPath("russian-interest.txt");
        var whole = Run(null, "parse", path, "--format", format);
        var size = System.Text.Encoding.UTF8.GetByteCount(whole.Stdout);

        var (code, stdout, stderr) = Run(null, "parse", path, "--format", format, "--max-output-bytes", (size - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var exact = Run(null, "parse", path, "--format", format, "--max-output-bytes", size.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((1, ""), (code, stdout));
        Assert.Contains($"{path}: error BF003: The output would be {size} bytes", stderr, StringComparison.Ordinal);
        Assert.Equal((0, whole.Stdout), (exact.Code, exact.Stdout));
    }

    [Fact]
    public void The_default_output_limit_is_what_the_json_reader_accepts()
    {
        var help = Run(null, "parse", "--help").Stdout;

        Assert.Contains($"[default: {BriefingJsonReadOptions.Default.MaxDocumentBytes}]", help, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ndjson_line_over_the_limit_is_left_out_with_BF003_and_the_others_are_written()
    {
        var small = TestData.SeedPath("quiet-border.txt");
        var large = TestData.SeedPath("russian-interest.txt");
        var limit = System.Text.Encoding.UTF8.GetByteCount(Run(null, "parse", small, "--format", "ndjson").Stdout);

        var (code, stdout, stderr) = Run(null, "parse", small, large, "--format", "ndjson", "--max-output-bytes", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, code);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"{large}: error BF003:", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(TextReader? stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = BriefingCommand.Run(args, stdout, stderr, stdin);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
