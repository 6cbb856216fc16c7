using System.Text.Json.Nodes;

namespace Briefing.Model.Tests.Cli;

public sealed class FeedValidateTests : IDisposable
{
    private readonly FeedTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => FeedTestFiles.Run(args);

    private static JsonArray Findings(string stdout) => JsonNode.Parse(stdout)!["findings"]!.AsArray();

    [Fact]
    public void A_2000_document_feed_reports_exactly_the_malformed_line_and_the_misquote_deterministically()
    {
        var feed = FeedTestFiles.Feed(2000, new Dictionary<int, string>
        {
            [733] = "{\"id\": \"broken\", \"title\": \"x\",, }",
            [1541] = FeedTestFiles.MisquotedLine("doc-01541"),
        });
        var file = _files.Write("feed.ndjson", feed);

        var first = Run("validate", file, "--format", "json");
        var second = Run("validate", file, "--format", "json");

        Assert.Equal(1, first.Code);
        Assert.Equal(first.Stdout, second.Stdout);
        var report = JsonNode.Parse(first.Stdout)!;
        Assert.Equal(2000, (int)report["documents"]!);
        Assert.Equal(2, (int)report["errors"]!);
        var findings = Findings(first.Stdout).Select(f => ((int)f!["line"]!, (int)f["index"]!, (string)f["code"]!)).ToArray();
        Assert.Equal([(734, 733, "BJ001"), (1542, 1541, "BV015")], findings);
        var malformed = Findings(first.Stdout)[0]!;
        Assert.Equal(31, (int)malformed["column"]!);
        Assert.Null((string?)malformed["document"]);
        Assert.Equal("doc-01541", (string?)Findings(first.Stdout)[1]!["document"]);
    }

    [Fact]
    public void Blank_lines_and_crlf_are_fine_and_lines_are_counted_as_in_the_file()
    {
        var file = _files.Write("feed.jsonl", "\r\n" + FeedTestFiles.SeedLine("a") + "\r\n   \r\n" + FeedTestFiles.MisquotedLine("b") + "\r\n\r\n");

        var (code, stdout, _) = Run("validate", file, "--format", "json");

        Assert.Equal(1, code);
        Assert.Equal(2, (int)JsonNode.Parse(stdout)!["documents"]!);
        var finding = Assert.Single(Findings(stdout))!;
        Assert.Equal((4, 1, "BV015"), ((int)finding["line"]!, (int)finding["index"]!, (string)finding["code"]!));
    }

    [Fact]
    public void An_oversized_line_is_a_BF001_finding_and_the_rest_is_checked()
    {
        var limit = System.Text.Encoding.UTF8.GetByteCount(FeedTestFiles.MisquotedLine("c")) + 100;
        var file = _files.Write("feed.ndjson", $"{FeedTestFiles.SeedLine("a")}\n\"{new string('x', limit)}\"\n{FeedTestFiles.MisquotedLine("c")}\n");

        var (code, stdout, _) = Run("validate", file, "--format", "json", "--max-line-bytes", $"{limit}");

        Assert.Equal(1, code);
        Assert.Equal([(2, "BF001"), (3, "BV015")], Findings(stdout).Select(f => ((int)f!["line"]!, (string)f["code"]!)));
    }

    [Fact]
    public void Files_directories_and_globs_mix_in_sorted_order_without_duplicates()
    {
        _files.Write("b/two.ndjson", FeedTestFiles.MisquotedLine("two") + "\n");
        _files.Write("a/one.json", FeedTestFiles.MisquotedLine("one"));
        _files.Write("a/deep/three.jsonl", FeedTestFiles.MisquotedLine("three") + "\n");
        _files.Write("a/notes.md", "not a briefing");
        var glob = _files.PathOf("**/*.ndjson");

        var (code, stdout, _) = Run("validate", _files.PathOf("a"), glob, _files.PathOf("b/two.ndjson"), "--format", "json");

        Assert.Equal(1, code);
        var files = Findings(stdout).Select(f => Path.GetRelativePath(_files.Directory.FullName, (string)f!["file"]!).Replace('\\', '/')).ToArray();
        Assert.Equal(["a/deep/three.jsonl", "a/one.json", "b/two.ndjson"], files);
    }

    [Theory]
    [InlineData("**/*.json", "x/y/z.json", true)]
    [InlineData("**/*.json", "z.json", true)]
    [InlineData("*.json", "x/z.json", false)]
    [InlineData("x/*/z?.json", "x/y/z1.json", true)]
    [InlineData("x/**/z.json", "x/z.json", true)]
    [InlineData("x/**/q/*.json", "x/a/b/q/r.json", true)]
    [InlineData("a*b*c", "aXXbYYcZ", false)]
    public void Globs_match_segments(string pattern, string path, bool expected) =>
        Assert.Equal(expected, new Briefing.Cli.Feeds.Glob(pattern).IsMatch(path));

    [Fact]
    public void A_glob_that_matches_nothing_is_a_usage_error() =>
        Assert.Equal(2, Run("validate", _files.PathOf("*.ndjson")).Code);

    [Fact]
    public void Standard_input_reads_a_feed_or_a_document()
    {
        var feed = FeedTestFiles.Feed(3, new Dictionary<int, string> { [2] = "nope" });

        var (code, stdout, _) = FeedTestFiles.Run(["validate", "-", "--format", "json"], feed);
        var json = FeedTestFiles.Run(["validate", "-", "--input-format", "json"], FeedTestFiles.SeedLine("solo"));

        Assert.Equal(1, code);
        var finding = Assert.Single(Findings(stdout))!;
        Assert.Equal(("-", 3, "BJ001"), ((string)finding["file"]!, (int)finding["line"]!, (string)finding["code"]!));
        Assert.Equal((0, "1 document: 0 errors, 0 warnings."), (json.Code, json.Stdout.Trim()));
    }

    [Fact]
    public void Shards_partition_the_documents_of_the_whole_input()
    {
        var errors = Enumerable.Range(0, 10).ToDictionary(i => i, i => $"bad {i}");
        var file = _files.Write("feed.ndjson", FeedTestFiles.Feed(10, errors));

        var shards = Enumerable.Range(1, 3).Select(i => Findings(Run("validate", file, "--format", "json", "--shard", $"{i}/3").Stdout)
            .Select(f => (int)f!["index"]!).ToArray()).ToArray();

        Assert.Equal([0, 3, 6, 9], shards[0]);
        Assert.Equal([1, 4, 7], shards[1]);
        Assert.Equal([2, 5, 8], shards[2]);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("x")]
    [InlineData("-1/2")]
    public void Bad_shards_are_usage_errors(string shard)
    {
        var file = _files.Write("feed.ndjson", FeedTestFiles.Feed(1));

        var (code, stdout, stderr) = Run("validate", file, "--shard", shard);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("briefing: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_findings_caps_the_report_but_the_counts_and_exit_code_see_everything()
    {
        var errors = Enumerable.Range(0, 50).ToDictionary(i => i, i => "{");
        var file = _files.Write("feed.ndjson", FeedTestFiles.Feed(50, errors));

        var (code, stdout, stderr) = Run("validate", file, "--format", "json", "--max-findings", "5");
        var text = Run("validate", file, "--max-findings", "5");

        Assert.Equal(1, code);
        var report = JsonNode.Parse(stdout)!;
        Assert.Equal((50, 5, 45), ((int)report["errors"]!, Findings(stdout).Count, (int)report["omitted"]!));
        Assert.Contains("--max-findings 5", stderr, StringComparison.Ordinal);
        Assert.Contains("45 more findings not shown (--max-findings 5).", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void GitHub_ends_with_notices_for_the_omitted_findings_and_the_counts()
    {
        var errors = Enumerable.Range(0, 30).ToDictionary(i => i, i => "{");
        var file = _files.Write("feed.ndjson", FeedTestFiles.Feed(30, errors));

        var lines = Run("validate", file, "--format", "github", "--max-findings", "10").Stdout.TrimEnd('\n').Split('\n');

        Assert.Equal(12, lines.Length);
        Assert.All(lines[..10], line => Assert.StartsWith("::error file=", line, StringComparison.Ordinal));
        Assert.Equal("::notice title=briefing validate::20 more findings not shown (--max-findings 10).", lines[10]);
        Assert.Equal("::notice title=briefing validate::30 documents: 30 errors, 0 warnings.", lines[11]);
    }

    [Fact]
    public void Output_into_a_missing_folder_is_a_usage_error()
    {
        var file = _files.Write("feed.ndjson", FeedTestFiles.Feed(1));

        var (code, _, stderr) = Run("validate", file, "-o", _files.PathOf("no/such/folder/report.txt"));

        Assert.Equal(2, code);
        Assert.StartsWith("briefing: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_prints_nothing_on_success_and_only_errors_otherwise()
    {
        var clean = _files.Write("clean.ndjson", FeedTestFiles.Feed(2));
        var broken = _files.Write("broken.ndjson", "{\n");

        Assert.Equal((0, ""), (Run("validate", clean, "--quiet").Code, Run("validate", clean, "--quiet").Stdout));
        var (code, stdout, _) = Run("validate", broken, "-q");
        Assert.Equal(1, code);
        Assert.Equal(2, stdout.TrimEnd().Split('\n').Length);
    }

    [Fact]
    public void Output_replaces_the_file_atomically_and_leaves_no_temporary_file()
    {
        var file = _files.Write("feed.ndjson", FeedTestFiles.Feed(3));
        var report = _files.Write("out/report.sarif", "old");

        var (code, stdout, _) = Run("validate", file, "--format", "sarif", "--output", report);

        Assert.Equal(0, code);
        Assert.Empty(stdout);
        Assert.Equal("2.1.0", (string?)JsonNode.Parse(File.ReadAllText(report))!["version"]);
        Assert.Equal(["report.sarif"], Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(report)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Output_is_left_alone_on_a_usage_error()
    {
        var report = _files.Write("report.json", "old");

        Assert.Equal(2, Run("validate", _files.PathOf("missing.ndjson"), "-o", report).Code);
        Assert.Equal("old", File.ReadAllText(report));
        Assert.Single(Directory.EnumerateFiles(_files.Directory.FullName));
    }

    [Fact]
    public void No_progress_line_when_stderr_is_not_a_terminal()
    {
        var file = _files.Write("feed.ndjson", FeedTestFiles.Feed(20));

        Assert.Empty(Run("validate", file).Stderr);
    }
}
