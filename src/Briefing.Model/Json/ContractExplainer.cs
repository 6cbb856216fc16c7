using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace Briefing.Model.Json;

/// <summary>
/// Explains why well-formed JSON does not fit the contract, in the contract's words: it walks the
/// document beside the serializer's own metadata (member names, required members, nullability, the
/// block discriminator, each leaf's JSON type from the schema exporter) and reports the first
/// member that does not fit, with its JSON pointer. Runs only after a read failed, so a good
/// document never pays for it.
/// </summary>
internal static class ContractExplainer
{
    /// <summary>What does not fit, and where (a JSON pointer; a missing member's pointer names the member).</summary>
    internal readonly record struct Problem(string Pointer, string Message);

    /// <summary>The first member of <paramref name="utf8"/> (syntactically valid JSON) that does not fit <paramref name="root"/>, or <see langword="null"/>.</summary>
    public static Problem? Explain(ReadOnlySpan<byte> utf8, JsonTypeInfo root)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = root.Options.MaxDepth });
        try
        {
            return reader.Read() ? Value(ref reader, root, "", "the document") : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static Problem? Value(ref Utf8JsonReader reader, JsonTypeInfo info, string pointer, string subject)
    {
        if (info.PolymorphismOptions is { } polymorphism)
        {
            return Polymorphic(ref reader, info, polymorphism, pointer, subject);
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                return reader.TokenType == JsonTokenType.StartObject
                    ? Members(ref reader, info, pointer, subject, skip: null)
                    : Mismatch(ref reader, pointer, subject, "an object");
            case JsonTypeInfoKind.Enumerable when info.ElementType is { } elementType:
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return Mismatch(ref reader, pointer, subject, "an array");
                }

                var element = info.Options.GetTypeInfo(elementType);
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var item = index.ToString(CultureInfo.InvariantCulture);
                    if (reader.TokenType != JsonTokenType.Null &&
                        Value(ref reader, element, pointer + "/" + item, $"item {item} of {subject}") is { } problem)
                    {
                        return problem;
                    }

                    index++;
                }

                return null;
            default:
                var copy = reader;
                try
                {
                    JsonSerializer.Deserialize(ref copy, info);
                    reader.Skip();
                    return null;
                }
                catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or OverflowException or NotSupportedException)
                {
                    return Mismatch(ref reader, pointer, subject, Expected(info));
                }
        }
    }

    private static Problem? Members(ref Utf8JsonReader reader, JsonTypeInfo info, string pointer, string subject, string? skip)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var member = pointer + "/" + JsonPositions.Escape(name);
            if (!seen.Add(name))
            {
                return new(member, $"{Capital(subject)} has the member \"{name}\" twice; a member may appear once.");
            }

            var property = Find(info, name);
            if (property is null && name != skip && info.UnmappedMemberHandling == System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)
            {
                var known = string.Join(", ", info.Properties.Select(static p => $"\"{p.Name}\""));
                return new(member, $"{Capital(subject)} has the member \"{name}\", which the contract does not know here (it holds only {known}).");
            }

            if (name == skip || property is null)
            {
                reader.Skip(); // the discriminator, or a member this version does not know (kept on round trip)
                continue;
            }

            var memberSubject = $"\"{name}\"" + (pointer.Length == 0 ? "" : $" of {subject}");
            var memberInfo = info.Options.GetTypeInfo(property.PropertyType);
            if (reader.TokenType == JsonTokenType.Null)
            {
                if (!NullReadsAsAbsent.Accepts(property))
                {
                    return new(member, $"{Capital(memberSubject)} must be {Expected(memberInfo)}, not null.");
                }

                continue;
            }

            if (property.CustomConverter is ExactDecimalConverter exact)
            {
                // The member's own converter decides (the type's default one would accept what it rejects).
                var copy = reader;
                try
                {
                    exact.Read(ref copy, typeof(decimal), info.Options);
                }
                catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or OverflowException)
                {
                    return new(member, exception.Message);
                }

                reader.Skip();
                continue;
            }

            if (Value(ref reader, memberInfo, member, memberSubject) is { } problem)
            {
                return problem;
            }
        }

        foreach (var property in info.Properties)
        {
            if (property.IsRequired && !seen.Contains(property.Name))
            {
                return new(pointer + "/" + JsonPositions.Escape(property.Name), $"{Capital(subject)} has no \"{property.Name}\", a required member ({Expected(info.Options.GetTypeInfo(property.PropertyType))}).");
            }
        }

        return null;
    }

    private static Problem? Polymorphic(ref Utf8JsonReader reader, JsonTypeInfo info, JsonPolymorphismOptions polymorphism, string pointer, string subject)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return Mismatch(ref reader, pointer, subject, "an object");
        }

        var name = polymorphism.TypeDiscriminatorPropertyName;
        var kinds = string.Join(", ", polymorphism.DerivedTypes.Select(static d => $"\"{d.TypeDiscriminator}\""));
        var look = reader;
        var first = true;
        while (look.Read() && look.TokenType == JsonTokenType.PropertyName)
        {
            var isDiscriminator = look.ValueTextEquals(name);
            look.Read();
            if (!isDiscriminator)
            {
                first = false;
                look.Skip();
                continue;
            }

            var value = look.TokenType == JsonTokenType.String ? look.GetString() : null;
            var derived = polymorphism.DerivedTypes.FirstOrDefault(d => value is not null && Equals(d.TypeDiscriminator, value));
            if (derived.DerivedType is null)
            {
                return new(pointer + "/" + name, $"{Capital(subject)} has \"{name}\" set to {Found(ref look)}, which is not one of {kinds}.");
            }

            if (!first && !info.Options.AllowOutOfOrderMetadataProperties)
            {
                return new(pointer + "/" + name, $"\"{name}\" must be the first member of {subject}.");
            }

            return Members(ref reader, info.Options.GetTypeInfo(derived.DerivedType), pointer, subject, skip: name);
        }

        return new(pointer, $"{Capital(subject)} has no \"{name}\": give it one of {kinds}, as its first member.");
    }

    private static JsonPropertyInfo? Find(JsonTypeInfo info, string name)
    {
        foreach (var property in info.Properties)
        {
            if (!property.IsExtensionData && string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    private static Problem Mismatch(ref Utf8JsonReader reader, string pointer, string subject, string expected) =>
        new(pointer, $"{Capital(subject)} must be {expected}; found {Found(ref reader)}.");

    /// <summary>The JSON a member must hold, in JSON's words, from the schema of its type.</summary>
    internal static string Expected(JsonTypeInfo info)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                return "an object";
            case JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary:
                return info.Kind == JsonTypeInfoKind.Enumerable ? "an array" : "an object";
        }

        var schema = info.Options.GetJsonSchemaAsNode(info.Type, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        if (schema is JsonObject node)
        {
            if (node["enum"] is JsonArray values)
            {
                return "one of " + string.Join(", ", values.Where(static v => v is not null).Select(static v => v!.ToJsonString()));
            }

            var type = node["type"] switch
            {
                JsonValue value when value.TryGetValue<string>(out var one) => one,
                JsonArray many => many.Select(static t => (string?)t).FirstOrDefault(static t => t != "null"),
                _ => null,
            };
            switch (type)
            {
                case "integer":
                    return "an integer";
                case "boolean":
                    return "true or false";
                case "string" or "number" or "array" or "object":
                    return type is "array" or "object" ? "an " + type : "a " + type;
            }
        }

        return "a value of the contract's type";
    }

    /// <summary>The token at the reader, as a person reading the JSON would name it.</summary>
    private static string Found(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return "an object";
            case JsonTokenType.StartArray:
                return "an array";
            case JsonTokenType.Null:
                return "null";
            case JsonTokenType.True or JsonTokenType.False:
                return reader.TokenType == JsonTokenType.True ? "true" : "false";
        }

        var raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        var text = Encoding.UTF8.GetString(raw);
        if (text.Length > 40)
        {
            text = text[..40] + "…";
        }

        return reader.TokenType == JsonTokenType.String ? $"the string \"{text}\"" : $"the number {text}";
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
