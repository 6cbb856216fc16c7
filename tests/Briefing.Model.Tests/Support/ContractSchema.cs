using System.Text.Json;
using Briefing.Model.Json;
using Json.Schema;

namespace Briefing.Model.Tests.Support;

/// <summary>
/// The shipped JSON Schema, loaded once into JsonSchema.Net (an independent validator; it registers
/// schemas by $id, so it must be built only once per process).
/// </summary>
public static class ContractSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(BriefingJsonSchema.Text));

    public static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    /// <summary>Asserts that <paramref name="json"/> is valid against the shipped schema, listing the errors otherwise.</summary>
    public static void AssertValid(string json)
    {
        var result = Evaluate(json);
        Assert.True(result.IsValid, Describe(result));
    }

    public static string Describe(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
