using Briefing.Model.Diagnostics;

namespace Briefing.Model.Tests.Cli;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explain_prints_the_catalogue_entry_of_each_code_asked()
    {
        var (code, stdout, stderr) = SchemaCommandTests.Run("explain", "bv015", "BT004");

        Assert.Equal(0, code);
        Assert.Empty(stderr);
        Assert.True(DiagnosticCatalog.TryGet("BV015", out var misquote));
        Assert.StartsWith($"BV015 (error, rule set default): {misquote.Title}\n{misquote.Description}\nFix: {misquote.Fix}\nMore: {misquote.HelpUri}\n", stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("BT004 (info): ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_without_a_code_lists_every_code()
    {
        var (code, stdout, _) = SchemaCommandTests.Run("explain");

        Assert.Equal(0, code);
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Code), stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line[..5]));
    }

    [Fact]
    public void An_unknown_code_is_a_usage_error()
    {
        var (code, stdout, stderr) = SchemaCommandTests.Run("explain", "BV999");

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("briefing: 'BV999' is not a diagnostic code", stderr, StringComparison.Ordinal);
    }
}
