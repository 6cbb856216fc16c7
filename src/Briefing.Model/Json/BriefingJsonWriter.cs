using System.Text.Json;

namespace Briefing.Model.Json;

/// <summary>
/// The write fast path: writes a briefing straight to a <see cref="Utf8JsonWriter"/>, member by
/// member, producing exactly the bytes the source-generated contract produces.
/// </summary>
/// <remarks>
/// <para>System.Text.Json's source generator emits such a writer only for types without extension
/// data and without polymorphism; every model object keeps unknown members
/// (<see cref="UnknownProperties"/>) and body blocks are polymorphic, so it emits none and every write
/// goes through the metadata-driven converters (docs/performance.md, "JSON write"). This is the
/// writer the generator would emit: the same member names and order (the type discriminator first,
/// then declaration order, unknown members last), <c>null</c> members omitted, <c>ambiguous</c>
/// omitted when false, enums as their contract names.</para>
/// <para>Its member code (<c>BriefingJsonContract.g.cs</c>) is generated from the serializer's own
/// metadata by the tests (<c>ContractCode</c>, compared by <c>ContractCodeTests</c>), so the contract is
/// defined once, by the model's attributes; this file holds only the helpers the generated code calls.</para>
/// <para>It only takes documents the contract can write as they are: <c>CanWrite</c> is false
/// for a document with a <c>null</c> where the contract has none, a <c>null</c> entry in a list, or
/// an enum value with no name; those go through the serializer, which reports them as it always did.
/// Tests compare its bytes with the serializer's for the seeds, generated documents and documents
/// with unknown members, compact and indented.</para>
/// </remarks>
internal static partial class BriefingJsonWriter
{
    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteUnknown(Utf8JsonWriter writer, UnknownProperties? unknown)
    {
        if (unknown is null)
        {
            return;
        }

        foreach (var (name, value) in unknown)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }
}
