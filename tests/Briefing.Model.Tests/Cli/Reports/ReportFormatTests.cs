using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Briefing.Model.Tests.Cli.Reports;

/// <summary>Each report format checked the way its consumer reads it, with an ordinary and a hostile feed.</summary>
public sealed partial class ReportFormatTests : IDisposable
{
    /// <summary>Terminal escapes, workflow-command syntax, XML and percent specials, line breaks.</summary>
    private const string Hostile = "\u001b[2J\u001b]0;pwn\u0007::error file=x::forged\n::warning::x\r\n%0A%25 <b>&amp; ]]> \u202E\u0000,:";

    private readonly FeedTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>A feed with a clean document, a malformed line, a hostile misquote (its quote text is echoed in the message) and a hostile id.</summary>
    private string HostileFeed(string name = "feed.ndjson")
    {
        var feed = string.Join("\n",
            FeedTestFiles.SeedLine("clean"),
            "{\"title\": ,}",
            FeedTestFiles.MisquotedLine("hostile-quote", Hostile),
            FeedTestFiles.SeedLine(Hostile)) + "\n";
        return _files.Write(name, feed);
    }

    private static string Run(string file, string format) => FeedTestFiles.Run(["validate", file, "--format", format]).Stdout;

    [Fact]
    public void Text_lines_are_file_line_col_severity_code_message_with_no_control_characters()
    {
        var file = HostileFeed();

        var lines = Run(file, "text").TrimEnd('\n').Split('\n');

        Assert.All(lines, line => Assert.DoesNotMatch(ControlCharacters(), line));
        var findings = lines[..^1];
        Assert.All(findings, line => Assert.StartsWith(file + ":", line, StringComparison.Ordinal));
        Assert.Matches($"^{Regex.Escape(file)}:2:\\d+: error BJ001: ", findings[0]);
        Assert.Contains(findings, line => line.Contains(@"\u001B[2J", StringComparison.Ordinal));
        Assert.StartsWith("4 documents: ", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void GitHub_commands_are_well_formed_and_cannot_be_forged()
    {
        var file = HostileFeed("evil::,%\n\u001b[31m.ndjson");

        var lines = Run(file, "github").TrimEnd('\n').Split('\n');

        Assert.All(lines, line => Assert.DoesNotMatch(ControlCharacters(), line));
        var commands = lines.Select(line => GitHubCommand().Match(line)).ToList();
        Assert.All(commands, match => Assert.True(match.Success));
        var errors = commands.Where(m => m.Groups["command"].Value == "error").ToList();
        Assert.True(errors.Count >= 3);
        foreach (var error in errors)
        {
            var properties = error.Groups["properties"].Value.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Unescape(p[1]));
            Assert.Subset(new HashSet<string> { "file", "line", "col", "title" }, properties.Keys.ToHashSet());
            Assert.Superset(new HashSet<string> { "file", "line", "title" }, properties.Keys.ToHashSet());
            Assert.EndsWith("evil::,%\n\\u001B[31m.ndjson", properties["file"], StringComparison.Ordinal);
            Assert.Matches("^B[A-Z]\\d{3}$", properties["title"]);
            Assert.True(int.Parse(properties["line"], System.Globalization.CultureInfo.InvariantCulture) >= 1);
        }

        var messages = errors.Select(m => Unescape(m.Groups["message"].Value)).ToList();
        Assert.Contains(messages, m => m.Contains("::error file=x::forged\n::warning::x\r\n%0A%25 <b>", StringComparison.Ordinal));
        Assert.Equal("notice", commands[^1].Groups["command"].Value);
        Assert.Contains("4 documents", commands[^1].Groups["message"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void JUnit_is_well_formed_xml_with_a_suite_per_file_and_a_case_per_document()
    {
        var first = HostileFeed("a.ndjson");
        _files.Write("b.ndjson", FeedTestFiles.SeedLine("b1") + "\n" + FeedTestFiles.SeedLine("b2") + "\n");

        var xml = Run(_files.Directory.FullName, "junit");

        var document = XDocument.Parse(xml);
        var suites = document.Root!.Elements("testsuite").ToList();
        Assert.Equal("testsuites", document.Root.Name.LocalName);
        Assert.Equal([first, _files.PathOf("b.ndjson")], suites.Select(s => (string)s.Attribute("name")!));
        Assert.Equal([(4, 3), (2, 0)], suites.Select(s => ((int)s.Attribute("tests")!, (int)s.Attribute("failures")!)));
        Assert.Equal(4, suites[0].Elements("testcase").Count());
        var failures = suites[0].Elements("testcase").Elements("failure").ToList();
        Assert.Equal(3, failures.Count);
        Assert.Equal("BJ001", (string?)failures[0].Attribute("type"));
        Assert.Contains("]]>", failures[1].Value, StringComparison.Ordinal);
        Assert.Contains("<b>&amp;", failures[1].Value, StringComparison.Ordinal);
        Assert.DoesNotMatch(ControlCharacters(), xml.Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Sarif_has_the_structure_code_scanning_requires()
    {
        var file = HostileFeed();

        var first = Run(file, "sarif");
        var second = Run(file, "sarif");

        var sarif = JsonNode.Parse(first)!;
        Assert.Equal("2.1.0", (string?)sarif["version"]);
        Assert.StartsWith("https://", (string?)sarif["$schema"], StringComparison.Ordinal);
        var run = Assert.Single(sarif["runs"]!.AsArray())!;
        var driver = run["tool"]!["driver"]!;
        Assert.Equal("briefing", (string?)driver["name"]);
        Assert.False(string.IsNullOrEmpty((string?)driver["version"]));
        Assert.StartsWith("https://", (string?)driver["informationUri"], StringComparison.Ordinal);
        var rules = driver["rules"]!.AsArray().Select(r => r!).ToList();
        var results = run["results"]!.AsArray().Select(r => r!).ToList();
        Assert.Subset(rules.Select(r => (string)r["id"]!).ToHashSet(), results.Select(r => (string)r["ruleId"]!).ToHashSet());
        Assert.All(rules, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)rule["shortDescription"]!["text"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)rule["help"]!["text"]));
        });
        Assert.True(results.Count >= 3);
        Assert.All(results, result =>
        {
            Assert.Equal((string?)rules[(int)result["ruleIndex"]!]["id"], (string?)result["ruleId"]);
            Assert.Contains((string)result["level"]!, new[] { "error", "warning", "note", "none" });
            Assert.False(string.IsNullOrWhiteSpace((string?)result["message"]!["text"]));
            var location = result["locations"]![0]!["physicalLocation"]!;
            var uri = (string)location["artifactLocation"]!["uri"]!;
            Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith("file:///", StringComparison.Ordinal), uri);
            Assert.DoesNotContain('\\', uri);
            Assert.True((int)location["region"]!["startLine"]! >= 1);
            Assert.False(string.IsNullOrEmpty((string?)result["partialFingerprints"]!["briefingFinding/v1"]));
        });
        Assert.Equal(results.Count, results.Select(r => (string)r["partialFingerprints"]!["briefingFinding/v1"]!).Distinct().Count());
        Assert.Contains(results, r => ((string)r["message"]!["text"]!).Contains("::error file=x::forged\n", StringComparison.Ordinal));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Sarif_fingerprints_do_not_move_with_lines()
    {
        var misquote = FeedTestFiles.MisquotedLine("m");
        var before = _files.Write("feed.ndjson", misquote + "\n");
        var fingerprint = (string)JsonNode.Parse(Run(before, "sarif"))!["runs"]![0]!["results"]![0]!["partialFingerprints"]!["briefingFinding/v1"]!;

        File.WriteAllText(before, FeedTestFiles.SeedLine("new") + "\n" + misquote + "\n");
        var after = JsonNode.Parse(Run(before, "sarif"))!["runs"]![0]!["results"]![0]!;

        Assert.Equal(2, (int)after["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!);
        Assert.Equal(fingerprint, (string)after["partialFingerprints"]!["briefingFinding/v1"]!);
    }

    [Fact]
    public void Json_stays_valid_json_with_the_hostile_text_escaped()
    {
        var file = HostileFeed();

        var report = JsonNode.Parse(Run(file, "json"))!;

        Assert.True((int)report["errors"]! >= 3);
        var messages = report["findings"]!.AsArray().Select(f => (string)f!["message"]!).ToList();
        Assert.Contains(messages, m => m.Contains("::error file=x::forged\n", StringComparison.Ordinal));
        Assert.All(messages, m => Assert.DoesNotContain('\u001b', m));
    }

    private static string Unescape(string value) =>
        value.Replace("%0D", "\r", StringComparison.Ordinal).Replace("%0A", "\n", StringComparison.Ordinal)
            .Replace("%3A", ":", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal);

    // C0 controls except tab, DEL, C1 controls, bidi overrides.
    [GeneratedRegex("[\\u0000-\\u0008\\u000A-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]")]
    private static partial Regex ControlCharacters();

    [GeneratedRegex("^::(?<command>error|warning|notice) ?(?<properties>[^:]*)::(?<message>.*)$")]
    private static partial Regex GitHubCommand();
}
