using System.Text;
using System.Text.Json;

namespace Briefing.Model.Json;

/// <summary>
/// Finds a string escape that is not Unicode text: a lone UTF-16 surrogate such as <c>"\udc00"</c>.
/// JSON's grammar allows it, but no string can hold it as text, and System.Text.Json cannot write it
/// back: inside a member the model knows it fails binding; inside an unknown member it would be kept
/// as a <see cref="JsonElement"/> that throws when the document is written. Both are reported where
/// they are, before binding.
/// </summary>
internal static class SurrogateEscapes
{
    /// <summary>The first lone surrogate escape, with its JSON pointer and the reader's position; <see langword="null"/> when there is none.</summary>
    /// <param name="utf8">Valid UTF-8 JSON (checked by the caller).</param>
    /// <returns>The pointer and the byte offset of the string, or <see langword="null"/>.</returns>
    public static (string Pointer, long Offset)? FindLone(ReadOnlySpan<byte> utf8)
    {
        // A vectorised look for a surrogate escape (\uD800–\uDFFF) first: almost every document has none.
        if (!MayHoldSurrogateEscape(utf8))
        {
            return null;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = BriefingJsonContext.Default.Options.MaxDepth });
        var path = new List<(string? Name, int Index)>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        path.Add((null, reader.TokenType == JsonTokenType.StartArray ? 0 : -1));
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        Advance(path);
                        continue;
                    case JsonTokenType.PropertyName:
                        if (IsLone(ref reader))
                        {
                            path[^1] = (null, -1);
                            return (Pointer(path), reader.TokenStartIndex);
                        }

                        path[^1] = (reader.GetString(), -1);
                        continue;
                    case JsonTokenType.String when IsLone(ref reader):
                        return (Pointer(path), reader.TokenStartIndex);
                    default:
                        Advance(path);
                        continue;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed: the binder reports the syntax error.
        }

        return null;
    }

    private static bool MayHoldSurrogateEscape(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (true)
        {
            var at = utf8[offset..].IndexOf("\\u"u8);
            if (at < 0)
            {
                return false;
            }

            offset += at + 2;
            if (offset + 1 < utf8.Length && (utf8[offset] | 0x20) == 'd' && utf8[offset + 1] is >= (byte)'8' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F')
            {
                return true;
            }
        }
    }

    private static bool IsLone(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return false;
        }

        try
        {
            reader.GetString();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static void Advance(List<(string? Name, int Index)> path)
    {
        if (path.Count > 0 && path[^1] is { Name: null, Index: >= 0 } array)
        {
            path[^1] = (null, array.Index + 1);
        }
    }

    private static string Pointer(List<(string? Name, int Index)> path)
    {
        var builder = new StringBuilder();
        foreach (var (name, index) in path)
        {
            if (name is not null && index < 0)
            {
                builder.Append('/').Append(JsonPositions.Escape(name));
            }
            else if (index >= 0)
            {
                builder.Append('/').Append(index);
            }
        }

        return builder.ToString();
    }
}
