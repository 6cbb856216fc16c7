using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using System.Xml.Linq;
using Briefing.Model.Validation;

namespace Briefing.Model.Json;

/// <summary>
/// The JSON Schema (draft 2020-12) of the briefing contract. It is generated from the serializer's
/// own metadata (<see cref="JsonSchemaExporter"/>), so it cannot drift from what
/// <see cref="BriefingJson"/> writes; the generated text is checked in as <c>briefing.schema.json</c>
/// and embedded in the assembly.
/// </summary>
/// <remarks>
/// Written for code generators as well as validators: every model type is a named entry of
/// <c>$defs</c> with a <c>title</c> and the <c>description</c> of its XML documentation; the body
/// block is a <c>oneOf</c> of its kinds, each with a <c>const</c> <c>type</c>; a member is
/// <c>required</c> when the writer always writes it (it cannot be null), optional members are never
/// <c>null</c> as written (readers take <c>null</c> for absent); and the constraints the reader and
/// the structural rules apply are stated (version and id patterns, non-negative spans, ISO 4217
/// codes for money, <c>%</c>/<c>pp</c> for percentages), so the schema rejects what the tool rejects.
/// Unknown members stay allowed: readers keep them.
/// </remarks>
public static class BriefingJsonSchema
{
    /// <summary>The schema's <c>$id</c>.</summary>
    public const string SchemaId = "https://briefing-model.dev/schema/1.0/briefing.schema.json";

    private const string DocumentationFile = "Briefing.Model.xml";

    private static readonly Lazy<string> Embedded = new(LoadEmbedded);

    /// <summary>The schema as shipped in the package (indented JSON text).</summary>
    public static string Text => Embedded.Value;

    /// <summary>Generates the schema from the serializer metadata (what <see cref="Text"/> was made from).</summary>
    /// <returns>The schema as a JSON node.</returns>
    /// <remarks>Descriptions come from the XML documentation (<c>Briefing.Model.xml</c>) when it is in the application's folder, as the package's build copies it; without it the schema has titles but no descriptions.</remarks>
    public static JsonNode Generate()
    {
        var path = Path.Combine(AppContext.BaseDirectory, DocumentationFile);
        return Generate(File.Exists(path) ? ReadDocumentation(XDocument.Load(path)) : new Dictionary<string, string>());
    }

    /// <summary>Generates the schema as indented JSON text with LF line ends.</summary>
    /// <returns>The schema text, ending with a newline.</returns>
    public static string GenerateText() =>
        Generate().ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";

    /// <summary>Generates the schema with the given member descriptions (keyed by XML documentation id, <c>T:…</c> and <c>P:…</c>).</summary>
    internal static JsonNode Generate(IReadOnlyDictionary<string, string> documentation)
    {
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Transform(context, node, definitions, documentation),
        };
        var body = BriefingJsonContext.Default.BriefingDocument.GetJsonSchemaAsNode(exporterOptions).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SchemaId,
            ["title"] = "Briefing",
            ["description"] = "A political- or security-risk briefing (Briefing.Model JSON contract, schema version " + BriefingDocument.CurrentSchemaVersion + "). Unknown members are allowed and preserved by readers." +
                (documentation.TryGetValue(TypeKey(typeof(BriefingDocument)), out var summary) ? " " + summary : ""),
        };
        foreach (var (name, value) in body.ToList())
        {
            body.Remove(name);
            if (name is not ("title" or "description"))
            {
                root[name] = value;
            }
        }

        var defs = new JsonObject();
        foreach (var (name, value) in definitions)
        {
            defs[name] = value;
        }

        root["$defs"] = defs;

        // What the text reader puts in a standfirst (docs/sources.md): never a quote or a figure.
        if (root["properties"]?["standfirst"] is JsonObject standfirst)
        {
            standfirst["description"] = "A one-sentence summary under the title: plain text that holds no quote, attribution or figure (the text reader reads such an opening as the first paragraph, so that its quotes and metrics are in the model).";
        }

        return root;
    }

    /// <summary>Annotates the members whose text has a standard format (annotations: validators may check them, the reader does not).</summary>
    private static void AddFormat(JsonSchemaExporterContext context, JsonObject schema)
    {
        if (context.PropertyInfo?.DeclaringType != typeof(BriefingDocument))
        {
            return;
        }

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

    /// <summary>Shapes one node of the exporter's output (called for every node, children first).</summary>
    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node, SortedDictionary<string, JsonNode> definitions, IReadOnlyDictionary<string, string> documentation)
    {
        // A property with its own converter (the exact decimal reader of a metric's value) says nothing of its shape: it is a number.
        if (context.PropertyInfo is { CustomConverter: ExactDecimalConverter })
        {
            node = new JsonObject { ["type"] = "number" };
        }

        if (node is not JsonObject schema)
        {
            return node;
        }

        var info = context.TypeInfo;
        var type = info.Type;
        if (info.Kind == JsonTypeInfoKind.Object && type.Namespace == typeof(BriefingDocument).Namespace)
        {
            ShapeObject(schema, info, context.BaseTypeInfo);
        }

        if (context.PropertyInfo is { } property)
        {
            DropNull(schema);
            AddConstraints(schema, property);
            AddFormat(context, schema);
        }

        var named = type.Namespace == typeof(BriefingDocument).Namespace && (info.Kind == JsonTypeInfoKind.Object || type.IsEnum) && type != typeof(BriefingDocument);
        JsonObject result = schema;
        if (named)
        {
            var name = type.Name;
            if (!definitions.ContainsKey(name))
            {
                var definition = (JsonObject)schema.DeepClone();
                DropNull(definition);
                definition.Remove("description");
                var ordered = new JsonObject { ["title"] = name };
                if (documentation.TryGetValue(TypeKey(type), out var typeSummary))
                {
                    ordered["description"] = typeSummary;
                }

                foreach (var (key, value) in definition.ToList())
                {
                    definition.Remove(key);
                    ordered[key] = value;
                }

                definitions[name] = ordered;
            }

            result = new JsonObject { ["$ref"] = "#/$defs/" + name };
        }

        if (context.PropertyInfo is { } member && documentation.TryGetValue(PropertyKey(member), out var memberSummary))
        {
            result["description"] = memberSummary;
        }

        return result;
    }

    /// <summary>Required members, and the block union as a <c>oneOf</c> of kinds each naming its <c>type</c>.</summary>
    private static void ShapeObject(JsonObject schema, JsonTypeInfo info, JsonTypeInfo? baseInfo)
    {
        if (info.PolymorphismOptions is not null && schema["anyOf"] is JsonArray kinds)
        {
            // The union: one of the kinds, each carrying its discriminator; nothing else at this level.
            schema.Remove("anyOf");
            schema.Remove("required");
            schema.Remove("type");
            schema.Remove("properties");
            schema["oneOf"] = kinds;
            return;
        }

        schema["type"] = "object";
        var required = new JsonArray();
        if (baseInfo?.PolymorphismOptions is { } basePolymorphism)
        {
            required.Add((JsonNode?)basePolymorphism.TypeDiscriminatorPropertyName);
        }

        foreach (var property in info.Properties)
        {
            // Written whenever it cannot be null and no condition leaves it out (optional members are left out when null).
            if (!property.IsExtensionData && !property.IsGetNullable && property.ShouldSerialize is null && schema["properties"]?[property.Name] is not null)
            {
                required.Add((JsonNode?)property.Name);
            }
        }

        schema.Remove("required");
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        foreach (var (condition, then) in Conditions(info.Type))
        {
            schema["allOf"] ??= new JsonArray();
            schema["allOf"]!.AsArray().Add((JsonNode?)new JsonObject { ["if"] = condition, ["then"] = then });
        }
    }

    /// <summary>Optional members are written only when they have a value: <c>null</c> is never written.</summary>
    private static void DropNull(JsonObject schema)
    {
        if (schema["type"] is JsonArray types)
        {
            var kept = types.Select(static t => (string?)t).Where(static t => t != "null").ToList();
            schema["type"] = kept.Count == 1 ? kept[0] : new JsonArray([.. kept.Select(static t => (JsonNode?)t)]);
        }
    }

    /// <summary>The constraints the reader and the structural rules apply to a member (each fact from where it is defined).</summary>
    private static void AddConstraints(JsonObject schema, JsonPropertyInfo property)
    {
        var owner = property.DeclaringType;
        switch (property.Name)
        {
            case "schemaVersion" when owner == typeof(BriefingDocument):
                schema["pattern"] = BriefingDocument.SupportedVersionPattern;
                break;
            case "id" when owner == typeof(BriefingDocument):
                schema["pattern"] = Identifiers.Pattern(ValidationLimits.DocumentIdLength);
                break;
            case "id" or "blockId" or "quoteId" when owner == typeof(Block) || owner == typeof(Quote) || owner == typeof(Metric) || owner == typeof(PullQuote):
                schema["pattern"] = Identifiers.Pattern(ValidationLimits.ElementIdLength);
                break;
            case "start" or "length" when owner == typeof(TextSpan):
                schema["minimum"] = 0;
                break;
        }
    }

    /// <summary>Rules that depend on another member: a money metric's unit is an ISO 4217 code, a percentage's is % or pp.</summary>
    private static IEnumerable<(JsonObject If, JsonObject Then)> Conditions(Type type)
    {
        if (type != typeof(Metric))
        {
            yield break;
        }

        yield return (Kind("money"), Unit(new JsonArray([.. Briefing.Model.Metrics.Iso4217.All.Select(static c => (JsonNode?)c)])));
        yield return (Kind("percentage"), Unit(new JsonArray("%", "pp")));

        static JsonObject Kind(string kind) => new()
        {
            ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = kind } },
            ["required"] = new JsonArray("kind"),
        };

        static JsonObject Unit(JsonArray values) => new()
        {
            ["properties"] = new JsonObject { ["unit"] = new JsonObject { ["enum"] = values } },
            ["required"] = new JsonArray("unit"),
        };
    }

    private static string TypeKey(Type type) => "T:" + type.FullName;

    /// <summary>The documentation id of a member: its C# name is its JSON name with the first letter in upper case.</summary>
    private static string PropertyKey(JsonPropertyInfo property) =>
        "P:" + property.DeclaringType.FullName + "." + char.ToUpperInvariant(property.Name[0]) + property.Name[1..];

    /// <summary>The summaries of an XML documentation file as plain text, keyed by member id.</summary>
    internal static Dictionary<string, string> ReadDocumentation(XDocument documentation)
    {
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in documentation.Descendants("member"))
        {
            if (member.Attribute("name")?.Value is { } name && member.Element("summary") is { } summary)
            {
                summaries[name] = PlainText(summary);
            }
        }

        return summaries;
    }

    private static string PlainText(XElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText plain:
                    text.Append(plain.Value);
                    break;
                case XElement { Name.LocalName: "see" or "seealso" or "paramref" or "typeparamref" } reference:
                    var target = reference.Attribute("langword")?.Value ?? reference.Attribute("name")?.Value ?? reference.Attribute("cref")?.Value ?? "";
                    text.Append(reference.Value.Length > 0 ? reference.Value : target[(target.LastIndexOfAny([':', '.']) + 1)..]);
                    break;
                case XElement nested:
                    text.Append(PlainText(nested));
                    break;
            }
        }

        return string.Join(' ', text.ToString().Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string LoadEmbedded()
    {
        using var stream = typeof(BriefingJsonSchema).Assembly.GetManifestResourceStream("Briefing.Model.briefing.schema.json")
            ?? throw new InvalidOperationException("The embedded schema resource is missing from Briefing.Model.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
