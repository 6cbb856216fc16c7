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

        Assert.Equal(["title"], schema["required"]!.AsArray().Select(n => (string?)n));
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
}
