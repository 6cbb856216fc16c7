using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Cli.Reports;
using Briefing.Model.Diagnostics;
using Briefing.Model.Tests.Support;
using Json.Schema;

namespace Briefing.Model.Tests.Cli.Reports;

/// <summary>
/// The SARIF report against the official SARIF 2.1.0 schema (OASIS, from BRIEFING_EXTERNAL_TESTDATA),
/// with rule metadata for every code of the catalogue, help URIs that lead to the pages of this
/// repository, and paths relative to the repository root declared in <c>originalUriBaseIds</c>.
/// </summary>
public sealed class SarifTests : IDisposable
{
    // JsonSchema.Net implements draft 6 and later, not draft 4, in which the OASIS schema is written.
    // The keywords the schema uses (type, properties, items, required, enum, minimum, pattern, format,
    // $ref, anyOf, oneOf, uniqueItems, minItems, additionalProperties, default) mean the same in draft 7,
    // so the schema is read as draft 7: "$schema" names draft 7 and the root's draft-4 "id" is dropped
    // (its references are all local, "#/definitions/…").
    private static readonly Lazy<JsonSchema> OfficialSchema = new(() =>
    {
        var path = Path.Combine(TestData.ExternalDirectory("sarif"), "sarif-schema-2.1.0.json");
        var schema = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)schema["$schema"]);
        schema["$schema"] = "http://json-schema.org/draft-07/schema#";
        schema.Remove("id");
        return JsonSchema.FromText(schema.ToJsonString());
    });

    private readonly FeedTestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_report_with_findings_is_valid_against_the_official_schema()
    {
        var feed = _files.Write("feed.ndjson", string.Join("\n", FeedTestFiles.SeedLine("a"), "{\"title\": ,}", FeedTestFiles.MisquotedLine("m")) + "\n");
        var seeds = Path.Combine(TestData.RepositoryRoot, "seeds");

        var report = FeedTestFiles.Run(["validate", feed, seeds, "--rules", "strict", "--format", "sarif"]).Stdout;

        AssertValid(report);
        var broken = JsonNode.Parse(report)!;
        Assert.NotEmpty(broken["runs"]![0]!["results"]!.AsArray());
        broken["runs"]![0]!["results"]![0]!["level"] = "fatal";   // the check can fail: a level SARIF does not define
        using var document = JsonDocument.Parse(broken.ToJsonString());
        Assert.False(OfficialSchema.Value.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid);
    }

    [Fact]
    public void A_clean_report_is_valid_against_the_official_schema()
    {
        var file = _files.Write("clean.ndjson", FeedTestFiles.SeedLine("a") + "\n");

        var report = FeedTestFiles.Run(["validate", file, "--format", "sarif"]).Stdout;

        AssertValid(report);
        Assert.Empty(JsonNode.Parse(report)!["runs"]![0]!["results"]!.AsArray());
    }

    [Fact]
    public void Every_code_of_the_catalogue_is_a_rule_with_its_metadata_and_a_help_page_that_exists()
    {
        var file = _files.Write("clean.ndjson", FeedTestFiles.SeedLine("a") + "\n");

        var rules = JsonNode.Parse(FeedTestFiles.Run(["validate", file, "--format", "sarif"]).Stdout)!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();

        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Code), rules.Select(r => (string)r!["id"]!));
        foreach (var (rule, entry) in rules.Zip(DiagnosticCatalog.All))
        {
            Assert.Equal(entry.Title, (string?)rule!["shortDescription"]!["text"]);
            Assert.Equal(entry.Description, (string?)rule["fullDescription"]!["text"]);
            Assert.Contains(entry.Fix, (string?)rule["help"]!["text"], StringComparison.Ordinal);
            Assert.Equal(entry.Severity switch { DiagnosticSeverity.Error => "error", DiagnosticSeverity.Warning => "warning", _ => "note" }, (string?)rule["defaultConfiguration"]!["level"]);
            var helpUri = (string)rule["helpUri"]!;
            Assert.StartsWith(DiagnosticCatalog.DocumentationRoot + "/", helpUri, StringComparison.Ordinal);
            var page = helpUri[(DiagnosticCatalog.DocumentationRoot.Length + 1)..];
            Assert.True(File.Exists(Path.Combine(TestData.RepositoryRoot, page)), $"{helpUri} leads to {page}, which the repository does not have.");
        }
    }

    [Fact]
    public void Paths_inside_the_repository_are_relative_to_its_root_declared_in_originalUriBaseIds()
    {
        var root = SourceRoot.Find(Environment.CurrentDirectory);
        var seed = Path.Combine(TestData.RepositoryRoot, "seeds", "russian-interest.txt");
        var outside = _files.Write("misquote.ndjson", FeedTestFiles.MisquotedLine("m") + "\n");

        var run = JsonNode.Parse(FeedTestFiles.Run(["validate", seed, outside, "--format", "sarif"]).Stdout)!["runs"]![0]!;

        var baseUri = (string)run["originalUriBaseIds"]!["%SRCROOT%"]!["uri"]!;
        Assert.Equal(new Uri(root.Directory).AbsoluteUri, baseUri);
        Assert.EndsWith("/", baseUri, StringComparison.Ordinal);
        var locations = run["results"]!.AsArray().Select(r => r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!).ToList();
        var seedLocation = locations.First(l => ((string)l["uri"]!).EndsWith("russian-interest.txt", StringComparison.Ordinal));
        var outsideLocation = locations.First(l => ((string)l["uri"]!).EndsWith("misquote.ndjson", StringComparison.Ordinal));
        if (root.Relative(seed) is { } relative)
        {
            Assert.Equal(relative, (string)seedLocation["uri"]!);
            Assert.Equal("%SRCROOT%", (string?)seedLocation["uriBaseId"]);
            Assert.Equal(Path.GetFullPath(seed), new Uri(new Uri(baseUri), relative).LocalPath);
        }

        Assert.Equal(new Uri(outside).AbsoluteUri, (string)outsideLocation["uri"]!);
        Assert.Null(outsideLocation["uriBaseId"]);
    }

    [Fact]
    public void The_source_root_is_the_repository_around_the_folder_wherever_the_tool_runs()
    {
        var nested = _files.PathOf(Path.Combine("repo", "briefings", "2024"));
        Directory.CreateDirectory(nested);
        Directory.CreateDirectory(_files.PathOf(Path.Combine("repo", ".git")));

        var fromNested = SourceRoot.Find(nested);
        var fromRoot = SourceRoot.Find(_files.PathOf("repo"));
        var noRepository = SourceRoot.Find(_files.Directory.FullName);

        Assert.Equal(fromRoot.Directory, fromNested.Directory);
        Assert.Equal("briefings/2024/a.json", fromNested.Relative(Path.Combine(nested, "a.json")));
        Assert.Null(fromNested.Relative(_files.PathOf("elsewhere.json")));
        Assert.Equal("repo/x.json", noRepository.Relative(_files.PathOf(Path.Combine("repo", "x.json"))));
    }

    private static void AssertValid(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var result = OfficialSchema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, ContractSchema.Describe(result));
    }
}
