using System.Collections.Immutable;
using System.Text.Json;
using Briefing.Model.Tests.Support;
using Json.Schema;

namespace Briefing.Model.Tests.Interop;

/// <summary>
/// IPTC's ninjs 2.2 schema and examples (external test data), and an independent validator for them:
/// JsonSchema.Net registers schemas by $id globally, so the schema is built once per process.
/// </summary>
public static class IptcNinjs
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        // places[].geojson refers to the GeoJSON schema on the web; tests never fetch, so stand in an open schema.
        _ = JsonSchema.FromText("""{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://geojson.org/schema/GeoJSON.json"}""");
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(TestData.ExternalDirectory("ninjs"), "specification", "ninjs-schema_2.2.json")));
    });

    public static string Directory => TestData.ExternalDirectory("ninjs");

    /// <summary>Evaluates an item; with <paramref name="formats"/>, <c>format</c> (date-time, uri) is asserted too, not only annotated.</summary>
    public static EvaluationResults Evaluate(string json, bool formats = false)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = formats });
    }

    public static void AssertValid(string json, bool formats = false)
    {
        var result = Evaluate(json, formats);
        Assert.True(result.IsValid, ContractSchema.Describe(result));
    }

    /// <summary>The documentation 2.2 examples and the 2.1 agency examples, by path relative to the ninjs folder.</summary>
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[]
        {
            "documentation/includes/examples/2.2/001_simple_example.json",
            "documentation/includes/examples/2.2/002_renditions_example.json",
            "documentation/includes/examples/2.2/003_associations_example.json",
            "documentation/includes/examples/2.2/004_simple_text_article.json",
            "documentation/includes/examples/2.2/005_complex_text_article.json",
            "documentation/includes/examples/2.2/006_photo_only.json",
            "documentation/includes/examples/2.2/007_multimedia.json",
            "examples/2.1/ap_audio.json",
            "examples/2.1/businesswire-newsml-20130605006126.json",
            "examples/2.1/businesswire-newsml-20130731006140.json",
            "examples/2.1/dpa_text.json",
            "examples/2.1/ninjsExSimpleText_2.json",
            "examples/2.1/ntb_text.json",
            "examples/2.1/tt_text_image_2.json",
        })
        {
            data.Add(file);
        }

        return data;
    }

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    /// <summary>
    /// A briefing shaped like a parsed sample, built without the parser: the first block of the file is
    /// the title, every other blank-line separated block a paragraph (CRLF, BOM and straight quotes as
    /// the file has them).
    /// </summary>
    public static BriefingDocument SampleLike(string seedName)
    {
        var text = TestData.ReadSeed(seedName).TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var blocks = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(b => b.Length > 0).ToArray();
        return new BriefingDocument
        {
            Title = blocks[0],
            Body = [.. blocks.Skip(1).Select((b, i) => (Block)new Paragraph { Id = $"p{i + 1}", Text = b })],
        };
    }

    public static ImmutableArray<string> Texts(BriefingDocument briefing) => [.. briefing.Body.Select(b => b.Text)];
}
