using System.Globalization;
using System.Runtime.InteropServices;

namespace Briefing.Model.Text;

/// <summary>A part of a parsed document that has at most one position (<c>/title</c>, <c>/disclaimer/heading</c>).</summary>
internal enum DocumentPart
{
    Document,
    Title,
    Standfirst,
    Category,
    Publisher,
    Disclaimer,
    DisclaimerHeading,
    DisclaimerPublisher,
    Related,
}

/// <summary>A list of a parsed document whose items have positions (<c>/body/3</c>, <c>/related/1/title</c>).</summary>
internal enum DocumentList
{
    Body,
    BodyAttribution,
    Quotes,
    Metrics,
    DisclaimerParagraphs,
    Related,
    RelatedTitle,
    RelatedSummary,
}

/// <summary>
/// The positions the text parser records, kept by part and item index instead of by JSON-pointer
/// string: recording one is a list append, and the pointer strings (<c>/quotes/5</c>) are only ever
/// parsed on lookup, never built, so a parse that nobody asks positions of pays almost nothing for them.
/// <see cref="SourceMap"/> answers pointer look-ups from here exactly as it would from a dictionary
/// holding <see cref="Entries"/>.
/// </summary>
internal sealed class TextPositions
{
    /// <summary>The pointer of each <see cref="DocumentPart"/>, by its value.</summary>
    private static readonly string[] PartPointers =
        ["", "/title", "/standfirst", "/category", "/publisher", "/disclaimer", "/disclaimer/heading", "/disclaimer/publisher", "/related"];

    /// <summary>The pointer of item <c>i</c> of each <see cref="DocumentList"/> is <c>Prefix + i + Suffix</c>.</summary>
    private static readonly (string Prefix, string Suffix)[] ListPointers =
    [
        ("/body/", ""), ("/body/", "/attribution"), ("/quotes/", ""), ("/metrics/", ""),
        ("/disclaimer/paragraphs/", ""), ("/related/", ""), ("/related/", "/title"), ("/related/", "/summary"),
    ];

    private readonly TextPosition?[] _parts = new TextPosition?[PartPointers.Length];

    // Lists whose every item has a position (the blocks, quotes, metrics, disclaimer lines, related
    // items): item i's position is at i. Created on first use.
    private readonly List<TextPosition>?[] _dense = new List<TextPosition>?[ListPointers.Length];

    // Lists where only some items have one (the attributions, the related titles and summaries), in
    // increasing index order. Created on first use.
    private readonly List<(int Index, TextPosition Position)>?[] _sparse = new List<(int, TextPosition)>?[ListPointers.Length];

    private int _partCount;

    /// <summary>How many positions are recorded (the number of pointers they stand for).</summary>
    public int Count
    {
        get
        {
            var count = _partCount;
            for (var list = 0; list < ListPointers.Length; list++)
            {
                count += (_dense[list]?.Count ?? 0) + (_sparse[list]?.Count ?? 0);
            }

            return count;
        }
    }

    /// <summary>Records the position of a part; a later position for the same part replaces the earlier.</summary>
    public void Set(DocumentPart part, TextPosition position)
    {
        ref var slot = ref _parts[(int)part];
        if (slot is null)
        {
            _partCount++;
        }

        slot = position;
    }

    /// <summary>Makes room for <paramref name="capacity"/> items of a list that has none yet (a size the parser knows bounds it).</summary>
    public void Reserve(DocumentList list, int capacity)
    {
        if (IsDense(list))
        {
            _dense[(int)list] ??= new List<TextPosition>(capacity);
        }
        else
        {
            _sparse[(int)list] ??= new List<(int, TextPosition)>(capacity);
        }
    }

    /// <summary>
    /// Records the position of item <paramref name="index"/> of a list, once per item, in increasing
    /// index order (the parser's order); the lists that position every item get every index from 0.
    /// </summary>
    public void Add(DocumentList list, int index, TextPosition position)
    {
        if (IsDense(list))
        {
            var items = _dense[(int)list] ??= [];
            if (index != items.Count)
            {
                throw new InvalidOperationException("Every item of this list must be positioned, in index order.");
            }

            items.Add(position);
        }
        else
        {
            var items = _sparse[(int)list] ??= [];
            if (items.Count > 0 && items[^1].Index >= index)
            {
                throw new InvalidOperationException("List positions must be recorded in index order.");
            }

            items.Add((index, position));
        }
    }

    /// <summary>The position recorded for a part.</summary>
    public bool TryGet(DocumentPart part, out TextPosition position)
    {
        position = _parts[(int)part].GetValueOrDefault();
        return _parts[(int)part].HasValue;
    }

    /// <summary>The position recorded for item <paramref name="index"/> of a list.</summary>
    public bool TryGet(DocumentList list, int index, out TextPosition position)
    {
        position = default;
        if (_dense[(int)list] is { } dense)
        {
            if ((uint)index >= (uint)dense.Count)
            {
                return false;
            }

            position = dense[index];
            return true;
        }

        if (_sparse[(int)list] is not { } items)
        {
            return false;
        }

        // Binary search by index.
        var span = CollectionsMarshal.AsSpan(items);
        int low = 0, high = span.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var at = span[middle].Index;
            if (at == index)
            {
                position = span[middle].Position;
                return true;
            }

            if (at < index)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    /// <summary>The position recorded for exactly <paramref name="pointer"/> (no fallback to an ancestor).</summary>
    public bool TryGet(ReadOnlySpan<char> pointer, out TextPosition position)
    {
        for (var part = 0; part < PartPointers.Length; part++)
        {
            if (pointer.SequenceEqual(PartPointers[part]))
            {
                return TryGet((DocumentPart)part, out position);
            }
        }

        for (var list = 0; list < ListPointers.Length; list++)
        {
            var (prefix, suffix) = ListPointers[list];
            if (pointer.Length > prefix.Length + suffix.Length && pointer.StartsWith(prefix, StringComparison.Ordinal) &&
                pointer.EndsWith(suffix, StringComparison.Ordinal) &&
                TryParseIndex(pointer[prefix.Length..^suffix.Length], out var index))
            {
                return TryGet((DocumentList)list, index, out position);
            }
        }

        position = default;
        return false;
    }

    /// <summary>Every recorded position with its JSON pointer (built here, on demand).</summary>
    public IEnumerable<KeyValuePair<string, TextPosition>> Entries()
    {
        for (var part = 0; part < PartPointers.Length; part++)
        {
            if (_parts[part] is { } position)
            {
                yield return KeyValuePair.Create(PartPointers[part], position);
            }
        }

        for (var list = 0; list < ListPointers.Length; list++)
        {
            var (prefix, suffix) = ListPointers[list];
            var dense = _dense[list] ?? [];
            for (var index = 0; index < dense.Count; index++)
            {
                yield return KeyValuePair.Create(prefix + index.ToString(CultureInfo.InvariantCulture) + suffix, dense[index]);
            }

            foreach (var (index, position) in _sparse[list] ?? [])
            {
                yield return KeyValuePair.Create(prefix + index.ToString(CultureInfo.InvariantCulture) + suffix, position);
            }
        }
    }

    /// <summary>
    /// An index exactly as the parser writes it into a pointer (<c>0</c>, <c>17</c>; never <c>017</c>,
    /// <c>+1</c> or <c>-1</c>), so that only the pointers a dictionary of the entries would hold are found.
    /// </summary>
    /// <summary>Whether every item of the list has a position (the others: the attributions, the related titles and summaries).</summary>
    private static bool IsDense(DocumentList list) =>
        list is not (DocumentList.BodyAttribution or DocumentList.RelatedTitle or DocumentList.RelatedSummary);

    private static bool TryParseIndex(ReadOnlySpan<char> digits, out int index)
    {
        index = 0;
        if (digits.Length is 0 or > 10 || (digits.Length > 1 && digits[0] == '0') || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        long value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        index = (int)value;
        return value <= int.MaxValue;
    }
}
