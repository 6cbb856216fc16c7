using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;

namespace Briefing.Model.Json;

/// <summary>
/// A contract modifier that lets System.Text.Json read the model's source-generated contracts by
/// creating each object first and setting its members as they are read, as the reflection-based
/// serializer does, instead of through the generated "parameterized constructor" path.
/// </summary>
/// <remarks>
/// <para>The model's members are <c>init</c>-only, which the source generator cannot set outside an
/// object initializer: it falls back to buffering every member of every object in an argument array
/// (an <c>ArgumentState</c> and an <c>object[]</c> per object, value types boxed) and building the
/// object at the end. That made the source-generated read 1.3–1.7× slower than reflection and
/// allocate 18% more (docs/performance.md, "JSON read"). This modifier supplies, per model type, a
/// parameterless creator and typed setters through <see cref="UnsafeAccessorAttribute"/> (the
/// <c>init</c> accessors are ordinary methods at run time; no reflection, safe for trimming and
/// Native AOT), so System.Text.Json uses its default object converter. The setters run the model's
/// own <c>init</c> accessors, so normalisation (<c>null</c> collections become empty) is unchanged;
/// required members, nullability, duplicate members and unknown members are checked by
/// System.Text.Json exactly as before.</para>
/// <para>The table of creators and setters (<c>BriefingJsonContract.g.cs</c>) is generated from the
/// serializer's own metadata by the tests (<c>ContractCode</c>, compared by <c>ContractCodeTests</c>), so
/// a member added to the model is in the table once the code is regenerated. A type is switched only
/// when every settable member has a setter, so a stale table keeps the generated (slower, still
/// correct) path; a unit test checks that every model type is bound.</para>
/// </remarks>
internal static partial class DirectBinding
{
    private sealed record Binding(Func<object> Create, Dictionary<string, Action<object, object?>> Setters);

    /// <summary>The model types this modifier binds directly (for tests).</summary>
    internal static IEnumerable<Type> BoundTypes => Bindings.Keys;

    /// <summary>Switches <paramref name="info"/> to create-then-set reading when every member it reads has a setter here.</summary>
    /// <param name="info">A contract from <see cref="BriefingJsonContext"/>, before it is locked.</param>
    public static void Apply(JsonTypeInfo info)
    {
        // A computed member the contract ignores (TextSpan.End) is no member of the JSON: left in the
        // metadata, it would swallow a JSON member of its name without a word (issue 18); removed, such a
        // member is unmapped like any other (kept as an unknown member, or a finding where none are kept).
        for (var i = info.Kind == JsonTypeInfoKind.Object ? info.Properties.Count - 1 : -1; i >= 0; i--)
        {
            if (info.Properties[i] is { Get: null, Set: null, IsExtensionData: false })
            {
                info.Properties.RemoveAt(i);
            }
        }

        if (info.Kind != JsonTypeInfoKind.Object || !Bindings.TryGetValue(info.Type, out var binding))
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.Set is not null && !property.IsExtensionData && !binding.Setters.ContainsKey(property.Name))
            {
                return; // a member this table does not know: keep the generated path for the whole type
            }
        }

        foreach (var property in info.Properties)
        {
            if (binding.Setters.TryGetValue(property.Name, out var setter))
            {
                property.Set = setter;
            }
        }

        info.CreateObject = binding.Create;
    }

    /// <summary>Whether <paramref name="info"/> reads by create-then-set (true after <see cref="Apply"/> switched it).</summary>
    internal static bool IsBound(JsonTypeInfo info) => info.CreateObject is not null;
}
