using System.Text.Json.Nodes;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Json;

public sealed class BriefingJsonSchemaTests
{
    private static readonly string CheckedInPath = Path.Combine(TestData.RepositoryRoot, "src", "Briefing.Model", "briefing.schema.json");

    /// <summary>
    /// The checked-in schema is what the serializer metadata generates. To accept a deliberate
    /// contract change, run the tests with BRIEFING_UPDATE_SCHEMA=1 and review the diff.
    /// </summary>
    [Fact]
    public void Checked_in_schema_equals_the_generated_one()
    {
        var generated = BriefingJsonSchema.GenerateText();
        if (Environment.GetEnvironmentVariable("BRIEFING_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(CheckedInPath, generated);
        }

        Assert.Equal(generated, File.ReadAllText(CheckedInPath).ReplaceLineEndings("\n"));
        Assert.Equal(generated, BriefingJsonSchema.Text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Schema_names_every_top_level_member_and_requires_the_title()
    {
        var schema = JsonNode.Parse(BriefingJsonSchema.Text)!.AsObject();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
        var properties = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        foreach (var member in new[] { "schemaVersion", "id", "title", "standfirst", "category", "language", "publisher", "published", "authors", "url", "body", "quotes", "metrics", "disclaimer", "related" })
        {
            Assert.Contains(member, properties);
        }

        // Required where the writer always writes (members that cannot be null).
        Assert.Equal(["schemaVersion", "id", "title", "body", "quotes", "metrics", "related"], schema["required"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public void Json_the_library_writes_is_valid_against_the_schema()
    {
        ContractSchema.AssertValid(BriefingJson.Write(SeedModel.Create()));
        ContractSchema.AssertValid(BriefingJson.Write(SeedModel.Create(), indented: true));
    }

    [Theory]
    [InlineData("""{"standfirst":"no title"}""")]
    [InlineData("""{"title":"T","body":[{"type":"paragraph","id":"p1"}]}""")]
    [InlineData("""{"title":"T","quotes":[{"id":"q","kind":"hearsay","text":"x","source":{"text":"s"},"blockId":"p","span":{"start":0,"length":1}}]}""")]
    [InlineData("""{"title":"T","metrics":[{"id":"m","kind":"money","value":"lots","text":"x","blockId":"p","span":{"start":0,"length":1}}]}""")]
    public void Schema_rejects_documents_the_reader_rejects(string json)
    {
        Assert.False(ContractSchema.Evaluate(json).IsValid);
        Assert.False(BriefingJson.Read(json).Succeeded);
    }

    [Fact]
    public void Every_model_type_is_a_named_definition_with_a_title_and_a_description()
    {
        var schema = JsonNode.Parse(BriefingJsonSchema.Text)!.AsObject();
        var defs = schema["$defs"]!.AsObject();

        foreach (var type in new[] { typeof(Block), typeof(Paragraph), typeof(PullQuote), typeof(Heading), typeof(Quote), typeof(Source), typeof(Metric), typeof(TextSpan), typeof(Disclaimer), typeof(RelatedArticle), typeof(MetricKind), typeof(QuoteKind), typeof(Comparator) })
        {
            var definition = defs[type.Name]!.AsObject();
            Assert.Equal(type.Name, (string?)definition["title"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)definition["description"]), type.Name);
        }

        Assert.Equal(["#/$defs/Paragraph", "#/$defs/PullQuote", "#/$defs/Heading"], defs["Block"]!["oneOf"]!.AsArray().Select(r => (string?)r!["$ref"]));
        Assert.Equal("pullQuote", (string?)defs["PullQuote"]!["properties"]!["type"]!["const"]);
        Assert.Equal("type", (string?)defs["PullQuote"]!["required"]![0]);
        Assert.Contains("$ref", schema["properties"]!["quotes"]!["items"]!.AsObject().Select(p => p.Key));
        Assert.False(string.IsNullOrWhiteSpace((string?)schema["properties"]!["title"]!["description"]));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("1.0", true)]
    [InlineData("1.12", true)]
    [InlineData("1.", false)]
    [InlineData("2.0", false)]
    [InlineData("1.0.1", false)]
    [InlineData("v1", false)]
    public void The_version_pattern_accepts_exactly_what_the_reader_accepts(string version, bool supported)
    {
        Assert.Equal(supported, BriefingDocument.IsSupportedVersion(version));
        Assert.Equal(supported, System.Text.RegularExpressions.Regex.IsMatch(version, BriefingDocument.SupportedVersionPattern));
    }

    [Theory]
    [InlineData("/quotes/0/span/start", -1)]
    [InlineData("/quotes/0/id", "q 1")]
    [InlineData("/id", "two words")]
    [InlineData("/schemaVersion", "2.0")]
    [InlineData("/metrics/0/unit", "DOLLARS")]
    [InlineData("/body/0/type", "table")]
    public void Schema_rejects_what_the_tool_rejects_for_a_structural_reason(string pointer, object value)
    {
        var node = JsonNode.Parse(BriefingJson.Write(SeedModel.Create()))!;
        var parts = pointer.Trim('/').Split('/');
        var parent = parts[..^1].Aggregate(node, (n, p) => int.TryParse(p, out var i) ? n[i]! : n[p]!);
        parent[parts[^1]] = JsonValue.Create(value);
        var json = node.ToJsonString();

        Assert.False(ContractSchema.Evaluate(json).IsValid);
        Assert.Contains(Briefing.Model.Validation.BriefingValidation.Validate(BriefingJson.Read(json)), d => d.Severity == Briefing.Model.Diagnostics.DiagnosticSeverity.Error);
    }
}
