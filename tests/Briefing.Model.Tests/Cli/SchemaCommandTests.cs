using System.Text.Json.Nodes;
using Briefing.Cli;
using Briefing.Model.Json;

namespace Briefing.Model.Tests.Cli;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_prints_the_shipped_schema_and_exits_0()
    {
        var (code, stdout, stderr) = Run("schema");

        Assert.Equal(0, code);
        Assert.Equal(BriefingJsonSchema.Text, stdout);
        Assert.Empty(stderr);
        Assert.NotNull(JsonNode.Parse(stdout)!["properties"]!["title"]);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("schema", "--bogus")]
    public void Bad_usage_exits_2_with_one_line_on_stderr(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.StartsWith("briefing: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    internal static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = BriefingCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
