using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Briefing.Model.Interop;

/// <summary>JSON helpers shared by the exporters: writing nodes without reflection, with a chosen escaping.</summary>
internal static class InteropJson
{
    /// <summary>Keeps every non-ASCII letter readable but escapes HTML-significant characters (<c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes), so the text can sit in a <c>&lt;script&gt;</c> element.</summary>
    public static JavaScriptEncoder HtmlSafe { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Escapes only what JSON requires: for JSON data that is not embedded in HTML.</summary>
    public static JavaScriptEncoder Relaxed => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static string Write(JsonNode node, bool indented, JavaScriptEncoder encoder)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, IndentSize = 2, Encoder = encoder }))
        {
            node.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Adds <paramref name="value"/> under <paramref name="name"/> when it is not null or empty.</summary>
    public static void AddIfPresent(this JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            target[name] = value;
        }
    }
}
