using System.Text.Json.Nodes;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;
using Briefing.Model.Tests.Validation;
using Briefing.Model.Text;

namespace Briefing.Model.Tests.Cli;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("briefing-validate-");

    public void Dispose() => _directory.Delete(recursive: true);

    private string WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(_directory.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private string WriteDocument(string relativePath, BriefingDocument document) =>
        WriteFile(relativePath, BriefingJson.Write(document, indented: true));

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => SchemaCommandTests.Run(args);

    private static JsonObject Json(string stdout) => JsonNode.Parse(stdout)!.AsObject();

    [Fact]
    public void The_seed_as_json_validates_clean_and_exits_0()
    {
        var file = WriteDocument("seed.json", SeedModel.Create());

        var (code, stdout, stderr) = Run("validate", file, "--rules", "strict");

        Assert.Equal(0, code);
        Assert.Equal("1 document: 0 errors, 0 warnings.", stdout.Trim());
        Assert.Empty(stderr);
    }

    [Fact]
    public void Json_report_has_the_design_shape()
    {
        var file = WriteDocument("seed.json", SeedModel.Create() with { Disclaimer = null });

        var (code, stdout, _) = Run("validate", file, "--format", "json", "--rules", "strict");

        Assert.Equal(0, code);
        var report = Json(stdout);
        Assert.Equal(["documents", "errors", "warnings", "findings"], report.Select(p => p.Key));
        Assert.Equal((1, 0, 1), ((int)report["documents"]!, (int)report["errors"]!, (int)report["warnings"]!));
        var finding = Assert.Single(report["findings"]!.AsArray())!.AsObject();
        Assert.Equal(["file", "line", "column", "document", "path", "code", "severity", "message", "index"], finding.Select(p => p.Key));
        Assert.Equal(file, (string?)finding["file"]);
        // The missing member is placed on the object that should hold it: the whole document.
        Assert.Equal((1, 1), ((int)finding["line"]!, (int)finding["column"]!));
        Assert.Equal("russian-interest", (string?)finding["document"]);
        Assert.Equal(("/disclaimer", "BV060", "warning"), ((string?)finding["path"], (string?)finding["code"], (string?)finding["severity"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)finding["message"]));
    }

    [Fact]
    public void A_broken_seed_reports_each_error_and_exits_1()
    {
        var file = WriteDocument("broken.json", BriefingValidationTests.BrokenSeed());

        var (code, stdout, _) = Run("validate", file, "--format", "json");

        Assert.Equal(1, code);
        var findings = Json(stdout)["findings"]!.AsArray().Select(f => ((string)f!["code"]!, (string)f["path"]!)).Order().ToArray();
        Assert.Equal(BriefingValidationTests.BrokenSeedErrors, findings);
        Assert.Equal(7, (int)Json(stdout)["errors"]!);
    }

    [Fact]
    public void Text_report_lines_are_file_severity_code_message()
    {
        var file = WriteDocument("broken.json", SeedModel.Create() with { Title = "" });

        var (code, stdout, _) = Run("validate", file);

        Assert.Equal(1, code);
        var lines = stdout.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        var titleLine = File.ReadAllLines(file).ToList().FindIndex(l => l.TrimStart().StartsWith("\"title\"", StringComparison.Ordinal)) + 1;
        Assert.StartsWith($"{file}:{titleLine}:3: error BV002: ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(" [/title]", lines[0], StringComparison.Ordinal);
        Assert.Equal("1 document: 1 error, 0 warnings.", lines[1]);
    }

    [Fact]
    public void Warnings_fail_only_with_warnings_as_errors()
    {
        var file = WriteDocument("no-disclaimer.json", SeedModel.Create() with { Disclaimer = null });
        var seed = SeedModel.Create();
        var twoLineTitle = WriteDocument("two-line-title.json", seed with { Title = seed.Title + "\nA second line" });

        Assert.Equal(0, Run("validate", file).Code);
        Assert.Equal(1, Run("validate", file, "--warnings-as-errors").Code);
        Assert.Equal(0, Run("validate", twoLineTitle, "--rules", "strict").Code);
        Assert.Equal(1, Run("validate", twoLineTitle, "--rules", "strict", "--warnings-as-errors").Code);
        // The title's shape is an editorial rule: the default rules do not check it.
        Assert.Equal(0, Run("validate", twoLineTitle, "--warnings-as-errors").Code);
    }

    [Fact]
    public void Malformed_json_is_a_finding_with_a_position_not_a_crash()
    {
        var file = WriteFile("bad.json", "{\n  \"title\": \"x\",,\n}");

        var (code, stdout, stderr) = Run("validate", file);

        Assert.Equal(1, code);
        Assert.Empty(stderr);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(file)}:2:\\d+: error BJ001: ", stdout);

        var json = Json(Run("validate", file, "--format", "json").Stdout);
        var finding = json["findings"]![0]!;
        Assert.Equal((2, "BJ001"), ((int)finding["line"]!, (string)finding["code"]!));
        Assert.Null(finding["document"]);
    }

    [Fact]
    public void Directories_are_searched_recursively_for_json_and_txt_only()
    {
        WriteDocument("a.json", SeedModel.Create());
        WriteDocument("nested/deeper/b.JSON", SeedModel.Create() with { Title = "" });
        WriteFile("nested/notes.md", "# not a briefing");

        var (code, stdout, _) = Run("validate", _directory.FullName, "--format", "json");

        Assert.Equal(1, code);
        var report = Json(stdout);
        Assert.Equal(2, (int)report["documents"]!);
        Assert.EndsWith("b.JSON", (string)Assert.Single(report["findings"]!.AsArray())!["file"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("does-not-exist.json")]
    [InlineData("notes.md")]
    public void Missing_or_unsupported_paths_exit_2_with_one_line_on_stderr(string name)
    {
        WriteFile("notes.md", "text");

        var (code, stdout, stderr) = Run("validate", WriteDocument("ok.json", SeedModel.Create()), Path.Combine(_directory.FullName, name));

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("briefing: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "x.json", "--format", "xml")]
    [InlineData("validate", "x.json", "--rules", "lenient")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("briefing: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_as_text_validates_clean()
    {
        var file = WriteFile("russian-interest.txt", TestData.ReadSeed("russian-interest.txt"));

        var (code, stdout, _) = Run("validate", file, "--rules", "strict", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(0, (int)Json(stdout)["errors"]!);
    }
}
