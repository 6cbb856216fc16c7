using System.Text.Json.Serialization;
using Briefing.Model.Diagnostics;

namespace Briefing.Model.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for the model: camelCase names, enums as camelCase
/// strings, optional values omitted when absent, duplicate members and trailing commas rejected.
/// Use it with <see cref="System.Text.Json.JsonSerializer"/> directly, or go through <see cref="BriefingJson"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = 64)]
[JsonSerializable(typeof(BriefingDocument))]
[JsonSerializable(typeof(Diagnostic))]
public sealed partial class BriefingJsonContext : JsonSerializerContext;
