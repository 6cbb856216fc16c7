using System.Collections.Immutable;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Briefing.Model.Benchmarks;

/// <summary>
/// Newtonsoft.Json configured to read and write the same model and contract (camelCase, enums as
/// camelCase strings, polymorphic blocks on "type"), so it is a fair peer: it builds the same objects.
/// </summary>
internal static class NewtonsoftPeer
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = NullValueHandling.Ignore,
        Converters = { new Newtonsoft.Json.Converters.StringEnumConverter(new CamelCaseNamingStrategy()), new BlockConverter(), new ImmutableArrayConverter<Block>(), new ImmutableArrayConverter<Quote>(), new ImmutableArrayConverter<Metric>(), new ImmutableArrayConverter<RelatedArticle>(), new ImmutableArrayConverter<string>() },
        MissingMemberHandling = MissingMemberHandling.Ignore,
    };

    // Reads the concrete block types (without the polymorphic converter, which would recurse).
    private static readonly JsonSerializer BlockSerializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Converters = { new Newtonsoft.Json.Converters.StringEnumConverter(new CamelCaseNamingStrategy()) },
    });

    public static BriefingDocument? Read(string json) => JsonConvert.DeserializeObject<BriefingDocument>(json, Settings);

    public static string Write(BriefingDocument briefing) => JsonConvert.SerializeObject(briefing, Settings);

    private sealed class BlockConverter : JsonConverter<Block>
    {
        public override bool CanWrite => true;

        public override Block? ReadJson(JsonReader reader, Type objectType, Block? existingValue, bool hasExistingValue, JsonSerializer serializer)
        {
            var item = JObject.Load(reader);
            var type = (string?)item["type"];
            item.Remove("type");
            return type switch
            {
                "paragraph" => item.ToObject<Paragraph>(BlockSerializer),
                "pullQuote" => item.ToObject<PullQuote>(BlockSerializer),
                "heading" => item.ToObject<Heading>(BlockSerializer),
                _ => throw new JsonSerializationException($"unknown block type {type}"),
            };
        }

        public override void WriteJson(JsonWriter writer, Block? value, JsonSerializer serializer)
        {
            if (value is null)
            {
                writer.WriteNull();
                return;
            }

            writer.WriteStartObject();
            writer.WritePropertyName("type");
            writer.WriteValue(value switch { PullQuote => "pullQuote", Heading => "heading", _ => "paragraph" });
            writer.WritePropertyName("id");
            writer.WriteValue(value.Id);
            writer.WritePropertyName("text");
            writer.WriteValue(value.Text);
            if (value is PullQuote pullQuote)
            {
                writer.WritePropertyName("attribution");
                serializer.Serialize(writer, pullQuote.Attribution);
                if (pullQuote.QuoteId is not null)
                {
                    writer.WritePropertyName("quoteId");
                    writer.WriteValue(pullQuote.QuoteId);
                }
            }

            writer.WriteEndObject();
        }
    }

    private sealed class ImmutableArrayConverter<T> : JsonConverter<ImmutableArray<T>>
    {
        public override ImmutableArray<T> ReadJson(JsonReader reader, Type objectType, ImmutableArray<T> existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            reader.TokenType == JsonToken.Null ? [] : [.. serializer.Deserialize<List<T>>(reader) ?? []];

        public override void WriteJson(JsonWriter writer, ImmutableArray<T> value, JsonSerializer serializer)
        {
            writer.WriteStartArray();
            foreach (var item in value)
            {
                serializer.Serialize(writer, item);
            }

            writer.WriteEndArray();
        }
    }
}
