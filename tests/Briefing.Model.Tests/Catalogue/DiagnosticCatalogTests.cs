using System.Text.RegularExpressions;
using Briefing.Model.Diagnostics;
using Briefing.Model.Tests.Support;
using Briefing.Model.Tests.Validation;
using Briefing.Model.Validation;

namespace Briefing.Model.Tests.Catalogue;

/// <summary>
/// The catalogue is the one list of codes: every code the sources report is in it (and nothing else),
/// validation reports each code with the catalogue's severity at the catalogue's level, and the
/// generated documentation equals it.
/// </summary>
public sealed partial class DiagnosticCatalogTests
{
    private static readonly string Docs = Path.Combine(TestData.RepositoryRoot, "docs");

    [Fact]
    public void Codes_are_unique_well_formed_and_described()
    {
        Assert.Equal(DiagnosticCatalog.All.Length, DiagnosticCatalog.All.Select(d => d.Code).Distinct().Count());
        Assert.All(DiagnosticCatalog.All, d =>
        {
            Assert.Matches(CodePattern(), d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.EndsWith(".", d.Description, StringComparison.Ordinal);
            Assert.EndsWith(".", d.Fix, StringComparison.Ordinal);
            Assert.Equal(d.Code.StartsWith("BV", StringComparison.Ordinal), d.RuleSet is "default" or "strict");
            Assert.True(DiagnosticCatalog.TryGet(d.Code, out var found) && ReferenceEquals(d, found));
        });
    }

    [Fact]
    public void Every_code_the_sources_report_is_in_the_catalogue_and_every_entry_is_reported()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(TestData.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(path) != "DiagnosticCatalog.cs")
            .ToList();
        var used = sources.SelectMany(path => CodeLiteral().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        var unknown = used.Where(code => !DiagnosticCatalog.TryGet(code, out _)).Order().ToList();
        var unused = DiagnosticCatalog.All.Select(d => d.Code).Where(code => !used.Contains(code)).ToList();
        Assert.True(unknown.Count == 0, $"Reported but not in DiagnosticCatalog: {string.Join(", ", unknown)}");
        Assert.True(unused.Count == 0, $"In DiagnosticCatalog but reported nowhere: {string.Join(", ", unused)}");
    }

    [Theory]
    [MemberData(nameof(MutationNames))]
    public void Validation_reports_each_code_with_the_catalogue_severity_and_rule_set(string name)
    {
        var (_, code, lowest, mutate) = ValidationScreenTests.Mutations.Single(m => m.Name == name);
        Assert.True(DiagnosticCatalog.TryGet(code, out var entry));

        var findings = BriefingValidation.Validate(mutate(SeedModel.Create()), ValidationLevel.Strict).Where(d => d.Code == code).ToList();

        Assert.NotEmpty(findings);
        Assert.All(findings, d => Assert.Equal(entry.Severity, d.Severity));
        Assert.Equal(lowest == ValidationLevel.Default ? "default" : "strict", entry.RuleSet);
    }

    [Fact]
    public void The_generated_documentation_equals_the_catalogue()
    {
        var update = Environment.GetEnvironmentVariable("BRIEFING_UPDATE_DOCS") == "1";
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [Path.Combine(Docs, "diagnostics", "README.md")] = DiagnosticsDocs.Catalogue(),
        };
        foreach (var entry in DiagnosticCatalog.All)
        {
            expected[Path.Combine(Docs, "diagnostics", entry.Code + ".md")] = DiagnosticsDocs.Page(entry);
        }

        foreach (var (prefix, _, _, page) in DiagnosticsDocs.Prefixes)
        {
            var path = Path.Combine(Docs, page);
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            Assert.True(text.Contains(DiagnosticsDocs.RegionStart(prefix), StringComparison.Ordinal), $"{page} has no generated {prefix} table.");
            expected[path] = DiagnosticsDocs.WithRegion(text, prefix);
        }

        var stale = Directory.EnumerateFiles(Path.Combine(Docs, "diagnostics"), "*.md").Where(path => !expected.ContainsKey(path)).ToList();
        var different = expected.Where(p => !File.Exists(p.Key) || File.ReadAllText(p.Key).ReplaceLineEndings("\n") != p.Value).Select(p => p.Key).ToList();
        if (update)
        {
            different.ForEach(path => File.WriteAllText(path, expected[path]));
            stale.ForEach(File.Delete);
            return;
        }

        Assert.True(different.Count == 0 && stale.Count == 0,
            $"The documentation differs from DiagnosticCatalog (run BRIEFING_UPDATE_DOCS=1 dotnet test and review the diff): {string.Join(", ", different.Concat(stale).Select(p => Path.GetRelativePath(TestData.RepositoryRoot, p)))}");
    }

    [Fact]
    public void Every_help_uri_points_at_a_page_of_this_repository()
    {
        Assert.All(DiagnosticCatalog.All, d =>
        {
            Assert.True(d.HelpUri.IsAbsoluteUri);
            Assert.StartsWith(DiagnosticCatalog.DocumentationRoot + "/", d.HelpUri.AbsoluteUri, StringComparison.Ordinal);
            Assert.EndsWith("/" + d.HelpPath, d.HelpUri.AbsoluteUri, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(TestData.RepositoryRoot, d.HelpPath)), d.HelpPath);
        });
    }

    public static TheoryData<string> MutationNames() => new(ValidationScreenTests.Mutations.Select(m => m.Name));

    [GeneratedRegex("^B[JTVHNF][0-9]{3}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("\"(B[JTVHNF][0-9]{3})\"")]
    private static partial Regex CodeLiteral();
}
