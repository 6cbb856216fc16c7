using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Briefing.Model.Json;

/// <summary>
/// A contract modifier that reads <c>null</c> for a list member (<c>"quotes": null</c>, and
/// <c>body</c>, <c>metrics</c>, <c>related</c>, a disclaimer's <c>paragraphs</c>) as the member being
/// absent: an empty list, as the contract says. Writing is unchanged (lists are always written).
/// </summary>
/// <remarks>
/// The lists are <see cref="ImmutableArray{T}"/> (a struct), which System.Text.Json will not set
/// from <c>null</c>. The converters are listed per element type because Native AOT cannot make a
/// generic converter for a type found at run time; a unit test checks that every list member of
/// every model type has one.
/// </remarks>
internal static class NullReadsAsAbsent
{
    private static readonly Dictionary<Type, JsonConverter> Converters = new()
    {
        [typeof(ImmutableArray<Block>)] = new Converter<Block>(),
        [typeof(ImmutableArray<Quote>)] = new Converter<Quote>(),
        [typeof(ImmutableArray<Metric>)] = new Converter<Metric>(),
        [typeof(ImmutableArray<RelatedArticle>)] = new Converter<RelatedArticle>(),
        [typeof(ImmutableArray<string>)] = new Converter<string>(),
    };

    /// <summary>The list types covered (for tests).</summary>
    internal static IEnumerable<Type> ListTypes => Converters.Keys;

    /// <summary>Gives every list member of <paramref name="info"/> the converter that reads <c>null</c> as empty.</summary>
    /// <param name="info">A contract from <see cref="BriefingJsonContext"/>, before it is locked.</param>
    public static void Apply(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.CustomConverter is null && Converters.TryGetValue(property.PropertyType, out var converter))
            {
                property.CustomConverter = converter;
            }
        }
    }

    /// <summary>Whether <paramref name="property"/> reads <c>null</c> as absent (it takes <c>null</c> without a finding).</summary>
    internal static bool Accepts(JsonPropertyInfo property) => property.IsSetNullable || property.CustomConverter is IReadsNullAsEmpty;

    private interface IReadsNullAsEmpty;

    private sealed class Converter<T> : JsonConverter<ImmutableArray<T>>, IReadsNullAsEmpty
    {
        public override bool HandleNull => true;

        public override ImmutableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? [] : JsonSerializer.Deserialize(ref reader, Info(options));

        public override void Write(Utf8JsonWriter writer, ImmutableArray<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, Info(options));

        // The list type's own contract (no member converter on it), so this never calls itself.
        private static JsonTypeInfo<ImmutableArray<T>> Info(JsonSerializerOptions options) =>
            (JsonTypeInfo<ImmutableArray<T>>)options.GetTypeInfo(typeof(ImmutableArray<T>));
    }
}
