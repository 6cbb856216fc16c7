using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace Briefing.Model.Json;

/// <summary>
/// The JSON Schema (draft 2020-12) of the briefing contract. It is generated from the serializer's
/// own metadata (<see cref="JsonSchemaExporter"/>), so it cannot drift from what
/// <see cref="BriefingJson"/> writes; the generated text is checked in as <c>briefing.schema.json</c>
/// and embedded in the assembly.
/// </summary>
public static class BriefingJsonSchema
{
    /// <summary>The schema's <c>$id</c>; it names the schema version (<see cref="BriefingDocument.CurrentSchemaVersion"/>).</summary>
    public const string SchemaId = "https://briefing-model.dev/schema/" + BriefingDocument.CurrentSchemaVersion + "/briefing.schema.json";

    private static readonly Lazy<string> Embedded = new(LoadEmbedded);

    /// <summary>The schema as shipped in the package (indented JSON text).</summary>
    public static string Text => Embedded.Value;

    /// <summary>Generates the schema from the serializer metadata (what <see cref="Text"/> was made from).</summary>
    /// <returns>The schema as a JSON node.</returns>
    public static JsonNode Generate()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = static (context, node) => AddFormat(context, node),
        };
        var schema = BriefingJson.TypeInfo.GetJsonSchemaAsNode(exporterOptions);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SchemaId,
            ["title"] = "Briefing",
            ["description"] = "A political- or security-risk briefing (Briefing.Model JSON contract, schema version " + BriefingDocument.CurrentSchemaVersion + "). Unknown members are allowed and preserved by readers.",
        };
        foreach (var (name, value) in schema.AsObject().ToList())
        {
            schema.AsObject().Remove(name);
            root[name] = value;
        }

        return root;
    }

    /// <summary>Annotates the members whose text has a standard format (annotations: validators may check them, the reader does not).</summary>
    private static JsonNode AddFormat(JsonSchemaExporterContext context, JsonNode node)
    {
        if (context.PropertyInfo?.DeclaringType == typeof(BriefingDocument) && node is JsonObject schema)
        {
            var format = context.PropertyInfo.Name switch
            {
                "published" => "date-time",
                "url" => "uri",
                _ => null,
            };
            if (format is not null)
            {
                schema["format"] = format;
            }
        }

        return node;
    }

    /// <summary>Generates the schema as indented JSON text with LF line ends.</summary>
    /// <returns>The schema text, ending with a newline.</returns>
    public static string GenerateText() =>
        Generate().ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";

    private static string LoadEmbedded()
    {
        using var stream = typeof(BriefingJsonSchema).Assembly.GetManifestResourceStream("Briefing.Model.briefing.schema.json")
            ?? throw new InvalidOperationException("The embedded schema resource is missing from Briefing.Model.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
