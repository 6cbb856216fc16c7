using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Json;

/// <summary>Issue 17, point 8: the model's types read and write the contract through plain <see cref="JsonSerializer"/> with any options.</summary>
public sealed class PlainSerializerTests
{
    public static TheoryData<string> OptionSets => ["default", "web", "snake"];

    private static JsonSerializerOptions Options(string name) => name switch
    {
        "web" => JsonSerializerOptions.Web,
        "snake" => new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never, WriteIndented = true },
        _ => JsonSerializerOptions.Default,
    };

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Serialize_writes_the_contract_whatever_the_options(string options)
    {
        var seed = SeedModel.Create();

        var json = JsonSerializer.Serialize(seed, Options(options));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(BriefingJson.Write(seed)), JsonNode.Parse(json)), json[..Math.Min(400, json.Length)]);
    }

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Deserialize_reads_the_contract_whatever_the_options(string options)
    {
        var seed = SeedModel.Create();

        var read = JsonSerializer.Deserialize<BriefingDocument>(BriefingJson.Write(seed, indented: true), Options(options));

        Assert.Equal(seed, read);
    }

    [Fact]
    public void Every_contract_member_states_its_json_name_and_when_it_is_left_out()
    {
        // Plain serializers see only attributes: a member added without them would be written as its C# name.
        var nullability = new System.Reflection.NullabilityInfoContext();
        var types = typeof(BriefingDocument).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(BriefingDocument).Namespace && BriefingJson.TypeInfo.Options.TryGetTypeInfo(t, out var info) && info.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object);
        var checkedMembers = 0;
        foreach (var type in types)
        {
            foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            {
                if (property.IsDefined(typeof(System.Text.Json.Serialization.JsonExtensionDataAttribute), false) || property.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), false).Cast<System.Text.Json.Serialization.JsonIgnoreAttribute>().Any(a => a.Condition == System.Text.Json.Serialization.JsonIgnoreCondition.Always) || property.SetMethod is null)
                {
                    continue;
                }

                var name = Assert.Single(property.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false).Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>()).Name;
                Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(property.Name), name);
                if (nullability.Create(property).ReadState == System.Reflection.NullabilityState.Nullable)
                {
                    Assert.Contains(property.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), false).Cast<System.Text.Json.Serialization.JsonIgnoreAttribute>(), a => a.Condition == System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull);
                }

                checkedMembers++;
            }
        }

        Assert.True(checkedMembers >= 40, $"{checkedMembers} members checked");
    }
}
