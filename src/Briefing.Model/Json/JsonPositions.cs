using System.Text;
using System.Text.Json;

namespace Briefing.Model.Json;

/// <summary>
/// Finds where JSON pointers lead in a UTF-8 JSON text: one <see cref="Utf8JsonReader"/> pass that
/// descends only into members on the way to a wanted pointer (others are skipped whole), then one
/// pass over the text to turn byte offsets into 1-based lines and UTF-16 columns. Used only for
/// documents that have findings, so clean documents never pay for it.
/// </summary>
internal static class JsonPositions
{
    /// <summary>A located range: 1-based start line and column, and the end (exclusive, as SARIF's <c>endColumn</c>).</summary>
    internal readonly record struct Range(int Line, int Column, int EndLine, int EndColumn);

    /// <summary>
    /// Locates each pointer; a pointer that leads nowhere (a missing member) gets the range of its
    /// nearest ancestor that exists. A member's range starts at its name, an array item's at its value.
    /// </summary>
    /// <param name="utf8">The JSON text (a leading byte order mark is skipped: positions count from after it).</param>
    /// <param name="pointers">JSON pointers (RFC 6901).</param>
    /// <returns>The range of every pointer that could be placed (an empty map for text that is not JSON at all).</returns>
    public static Dictionary<string, Range> Locate(ReadOnlySpan<byte> utf8, IReadOnlyCollection<string> pointers)
    {
        utf8 = Utf8Input.WithoutBom(utf8);

        // Every prefix of a wanted pointer is a way in (and a fallback when the pointer itself is missing).
        var wayIn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pointer in pointers)
        {
            for (var end = pointer.Length; end >= 0; end = end == 0 ? -1 : pointer.LastIndexOf('/', end - 1))
            {
                if (!wayIn.Add(pointer[..end]))
                {
                    break;
                }
            }
        }

        var offsets = Scan(utf8, wayIn);
        var positions = ToPositions(utf8, offsets.Values.SelectMany(static r => new[] { r.Start, r.End }));
        var located = new Dictionary<string, Range>(StringComparer.Ordinal);
        foreach (var pointer in pointers)
        {
            var current = pointer;
            while (true)
            {
                if (offsets.TryGetValue(current, out var range))
                {
                    var (line, column) = positions[range.Start];
                    var (endLine, endColumn) = positions[range.End];
                    located[pointer] = new Range(line, column, endLine, endColumn);
                    break;
                }

                if (current.Length == 0)
                {
                    break;
                }

                current = current[..current.LastIndexOf('/')];
            }
        }

        return located;
    }

    /// <summary>The byte range of every pointer in <paramref name="wayIn"/> present in the text.</summary>
    private static Dictionary<string, (long Start, long End)> Scan(ReadOnlySpan<byte> utf8, HashSet<string> wayIn)
    {
        var found = new Dictionary<string, (long Start, long End)>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 256 });
        var frames = new Stack<(string Pointer, bool IsArray, long Start)>();
        var indices = new Stack<int>();
        string? member = null;
        long memberStart = 0;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        member = reader.GetString();
                        memberStart = reader.TokenStartIndex;
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var frame = frames.Pop();
                        indices.Pop();
                        found[frame.Pointer] = (frame.Start, reader.BytesConsumed);
                        continue;
                }

                string pointer;
                long start;
                if (frames.Count == 0)
                {
                    (pointer, start) = ("", reader.TokenStartIndex);
                }
                else if (frames.Peek().IsArray)
                {
                    var index = indices.Pop();
                    indices.Push(index + 1);
                    (pointer, start) = (frames.Peek().Pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), reader.TokenStartIndex);
                }
                else
                {
                    (pointer, start) = (frames.Peek().Pointer + "/" + Escape(member ?? ""), memberStart);
                }

                var container = reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
                if (!wayIn.Contains(pointer))
                {
                    if (container)
                    {
                        reader.Skip();
                    }

                    continue;
                }

                if (container)
                {
                    frames.Push((pointer, reader.TokenType == JsonTokenType.StartArray, start));
                    indices.Push(0);
                }
                else
                {
                    found[pointer] = (start, reader.BytesConsumed);
                }
            }
        }
        catch (JsonException)
        {
            // Malformed past this point: keep what was found before it.
        }

        return found;
    }

    /// <summary>Escapes a member name as a JSON pointer token (<c>~</c> → <c>~0</c>, <c>/</c> → <c>~1</c>).</summary>
    internal static string Escape(string name) =>
        name.AsSpan().IndexOfAny('~', '/') < 0 ? name : name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>1-based line and UTF-16 column of each byte offset, in one pass over the text.</summary>
    internal static Dictionary<long, (int Line, int Column)> ToPositions(ReadOnlySpan<byte> utf8, IEnumerable<long> offsets)
    {
        var result = new Dictionary<long, (int Line, int Column)>();
        var line = 1;
        var column = 0; // UTF-16 code units between the line start and the scanned position
        var scanned = 0;
        foreach (var offset in offsets.Distinct().Order())
        {
            // Offsets are token boundaries, so no chunk splits a character.
            var target = (int)Math.Clamp(offset, 0, utf8.Length);
            var chunk = utf8[scanned..target];
            var lastNewline = chunk.LastIndexOf((byte)'\n');
            if (lastNewline >= 0)
            {
                line += chunk.Count((byte)'\n');
                column = Encoding.UTF8.GetCharCount(chunk[(lastNewline + 1)..]);
            }
            else
            {
                column += Encoding.UTF8.GetCharCount(chunk);
            }

            scanned = target;
            result[offset] = (line, column + 1);
        }

        return result;
    }
}
