namespace Briefing.Model;

/// <summary>A 1-based line and column (in UTF-16 code units) in an input text.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct TextPosition(int Line, int Column);

/// <summary>
/// Where the parts of a briefing came from in its input text: maps JSON pointers
/// (<c>/body/2</c>, <c>/quotes/0</c>) to line and column, so that findings about the model can be
/// reported against the text the author wrote.
/// </summary>
public sealed class SourceMap
{
    // One of the two is set: a dictionary for maps given as pairs, or the text parser's positions,
    // kept by part and index so that a parse builds no pointer strings (see TextPositions).
    private readonly Dictionary<string, TextPosition>? _positions;
    private readonly TextPositions? _parsed;

    /// <summary>A map that knows no positions (for documents built in code).</summary>
    public static SourceMap Empty { get; } = new([]);

    /// <summary>Creates a map from pointer/position pairs.</summary>
    /// <param name="positions">JSON pointers and the positions of what they point at.</param>
    public SourceMap(IEnumerable<KeyValuePair<string, TextPosition>> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        _positions = new Dictionary<string, TextPosition>(positions is ICollection<KeyValuePair<string, TextPosition>> known ? known.Count : 0, StringComparer.Ordinal);
        foreach (var (pointer, position) in positions)
        {
            _positions[pointer] = position; // the last position given for a pointer wins
        }
    }

    /// <summary>Takes ownership of the positions the text parser recorded (it does not change them again).</summary>
    internal SourceMap(TextPositions parsed) => _parsed = parsed;

    /// <summary>Number of mapped pointers.</summary>
    public int Count => _parsed?.Count ?? _positions!.Count;

    /// <summary>
    /// Finds the position of <paramref name="jsonPointer"/> or, failing that, of its nearest mapped
    /// ancestor (<c>/body/2/text</c> falls back to <c>/body/2</c>, then to the document).
    /// </summary>
    /// <param name="jsonPointer">A JSON pointer into the document.</param>
    /// <param name="position">The position found.</param>
    /// <returns>Whether a position was found.</returns>
    public bool TryGetPosition(string? jsonPointer, out TextPosition position)
    {
        var current = jsonPointer.AsSpan();
        while (true)
        {
            if (TryGetExact(current, out position))
            {
                return true;
            }

            if (current.Length == 0)
            {
                return false;
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? [] : current[..slash];
        }
    }

    /// <summary>Every mapped pointer with its position (for tests and diagnostics; the parser's pointers are built here).</summary>
    internal IEnumerable<KeyValuePair<string, TextPosition>> Entries() => _parsed?.Entries() ?? _positions!;

    private bool TryGetExact(ReadOnlySpan<char> pointer, out TextPosition position) =>
        _parsed is not null
            ? _parsed.TryGet(pointer, out position)
            : _positions!.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(pointer, out position);
}
