using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Api;

/// <summary>
/// The quickstart a newcomer copies from the README and the package page is the file the consumer
/// smoke test (tests/Briefing.Model.Smoke/run.sh) compiles and runs against the packed package, so
/// the documentation and the proof cannot drift apart.
/// </summary>
public sealed class QuickstartTests
{
    private static readonly string SmokeDirectory = Path.Combine(TestData.RepositoryRoot, "tests", "Briefing.Model.Smoke");

    public static TheoryData<string> Documents() => new("README.md", Path.Combine("src", "Briefing.Model", "PACKAGE.md"));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Quickstart_code_block_equals_the_smoke_tested_file(string document)
    {
        var block = CodeBlockAfterHeading(ReadRepositoryFile(document), "Quickstart", "csharp");

        Assert.Equal(ReadRepositoryFile(Path.Combine("tests", "Briefing.Model.Smoke", "Quickstart.cs")), block);
    }

    [Fact]
    public void Package_page_shows_the_output_the_smoke_test_expects()
    {
        var block = CodeBlockAfterHeading(ReadRepositoryFile(Path.Combine("src", "Briefing.Model", "PACKAGE.md")), "Quickstart", "text");

        Assert.Equal(File.ReadAllText(Path.Combine(SmokeDirectory, "Quickstart.expected.txt")).ReplaceLineEndings("\n"), block);
    }

    [Fact]
    public void Finds_the_block_under_the_heading_and_not_an_earlier_one()
    {
        const string markdown = "# T\n\n```csharp\nearlier();\n```\n\n## Quickstart\n\nText.\n\n```csharp\nvar x = 1;\n\nx++;\n```\n";

        Assert.Equal("var x = 1;\n\nx++;\n", CodeBlockAfterHeading(markdown, "Quickstart", "csharp"));
    }

    private static string ReadRepositoryFile(string relativePath) =>
        File.ReadAllText(Path.Combine(TestData.RepositoryRoot, relativePath)).ReplaceLineEndings("\n");

    /// <summary>The first fenced block of the language after the first heading naming <paramref name="heading"/>.</summary>
    private static string CodeBlockAfterHeading(string markdown, string heading, string language)
    {
        var lines = markdown.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith('#') && l.TrimStart('#').Trim() == heading);
        Assert.True(start >= 0, $"No '{heading}' heading.");
        var open = Array.FindIndex(lines, start, l => l == "```" + language);
        Assert.True(open >= 0, $"No ```{language} block after the '{heading}' heading.");
        var close = Array.FindIndex(lines, open + 1, l => l == "```");
        Assert.True(close > open, $"The ```{language} block after '{heading}' is not closed.");
        return string.Concat(lines[(open + 1)..close].Select(l => l + "\n"));
    }
}
