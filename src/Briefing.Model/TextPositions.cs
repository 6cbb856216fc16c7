using System.Globalization;
using System.Runtime.InteropServices;

namespace Briefing.Model;

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
    Published,
    Url,
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
    Authors,
}

/// <summary>
/// The positions the text parser recorded, kept by part and item index instead of by JSON-pointer
/// string: recording one is a list append (in the <see cref="Builder"/>, reused from parse to parse),
/// the result holds them in arrays of the exact size, and the pointer strings (<c>/quotes/5</c>) are
/// only ever parsed on lookup, never built, so a parse that nobody asks positions of pays little for
/// them. <see cref="SourceMap"/> answers pointer look-ups from here exactly as it would from a
/// dictionary holding <see cref="Entries"/>.
/// </summary>
internal sealed class TextPositions
{
    /// <summary>The pointer of each <see cref="DocumentPart"/>, by its value.</summary>
    private static readonly string[] PartPointers =
        ["", "/title", "/standfirst", "/category", "/publisher", "/disclaimer", "/disclaimer/heading", "/disclaimer/publisher", "/related", "/published", "/url"];

    /// <summary>The pointer of item <c>i</c> of each <see cref="DocumentList"/> is <c>Prefix + i + Suffix</c>.</summary>
    private static readonly (string Prefix, string Suffix)[] ListPointers =
    [
        ("/body/", ""), ("/body/", "/attribution"), ("/quotes/", ""), ("/metrics/", ""),
        ("/disclaimer/paragraphs/", ""), ("/related/", ""), ("/related/", "/title"), ("/related/", "/summary"),
        ("/authors/", ""),
    ];

    private readonly TextPosition?[] _parts;
    private readonly int _partCount;

    // The recorded items of every list, list after list, each list's in increasing index order; list
    // l's are items[starts[l]..starts[l + 1]].
    private readonly (int Index, TextPosition Position)[] _items;
    private readonly int[] _starts;

    private TextPositions(TextPosition?[] parts, int partCount, (int Index, TextPosition Position)[] items, int[] starts)
    {
        _parts = parts;
        _partCount = partCount;
        _items = items;
        _starts = starts;
    }

    /// <summary>How many positions are recorded (the number of pointers they stand for).</summary>
    public int Count => _partCount + _items.Length;

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
        var items = _items.AsSpan(_starts[(int)list].._starts[(int)list + 1]);
        if ((uint)index < (uint)items.Length && items[index].Index == index)
        {
            position = items[index].Position; // most lists position every item from 0
            return true;
        }

        // Otherwise a binary search by index.
        int low = 0, high = items.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var at = items[middle].Index;
            if (at == index)
            {
                position = items[middle].Position;
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
            for (var item = _starts[list]; item < _starts[list + 1]; item++)
            {
                var (index, position) = _items[item];
                yield return KeyValuePair.Create(prefix + index.ToString(CultureInfo.InvariantCulture) + suffix, position);
            }
        }
    }

    /// <summary>
    /// An index exactly as the parser writes it into a pointer (<c>0</c>, <c>17</c>; never <c>017</c>,
    /// <c>+1</c> or <c>-1</c>), so that only the pointers a dictionary of the entries would hold are found.
    /// </summary>
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

    /// <summary>
    /// Records positions while a parse runs. It belongs to the thread's <c>Text.ParseScratch</c>:
    /// <see cref="Build"/> copies what was recorded into a new <see cref="TextPositions"/> and clears it.
    /// </summary>
    internal sealed class Builder
    {
        private readonly TextPosition?[] _parts = new TextPosition?[PartPointers.Length];
        private readonly List<(int Index, TextPosition Position)>[] _lists = CreateLists();
        private int _partCount;

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

        /// <summary>Records the position of item <paramref name="index"/> of a list, once per item, in increasing index order (the parser's order).</summary>
        public void Add(DocumentList list, int index, TextPosition position)
        {
            var items = _lists[(int)list];
            if (items.Count > 0 && items[^1].Index >= index)
            {
                throw new InvalidOperationException("List positions must be recorded once each, in index order.");
            }

            items.Add((index, position));
        }

        /// <summary>The position recorded so far for item <paramref name="index"/> of a list that positions every item from 0 (the blocks, the disclaimer lines).</summary>
        public TextPosition Get(DocumentList list, int index) => _lists[(int)list][index].Position;

        /// <summary>The recorded positions, in arrays of their exact size; the builder is empty again afterwards.</summary>
        public TextPositions Build()
        {
            var starts = new int[_lists.Length + 1];
            for (var list = 0; list < _lists.Length; list++)
            {
                starts[list + 1] = starts[list] + _lists[list].Count;
            }

            var items = new (int Index, TextPosition Position)[starts[^1]];
            for (var list = 0; list < _lists.Length; list++)
            {
                CollectionsMarshal.AsSpan(_lists[list]).CopyTo(items.AsSpan(starts[list]));
            }

            var positions = new TextPositions((TextPosition?[])_parts.Clone(), _partCount, items, starts);
            Clear();
            return positions;
        }

        /// <summary>Forgets everything recorded (for the next parse, or after a parse that failed).</summary>
        public void Clear()
        {
            Array.Clear(_parts);
            _partCount = 0;
            foreach (var list in _lists)
            {
                list.Clear();
            }
        }

        /// <summary>Whether any list grew past <paramref name="items"/> (too large to keep between parses).</summary>
        public bool HasListLargerThan(int items)
        {
            foreach (var list in _lists)
            {
                if (list.Capacity > items)
                {
                    return true;
                }
            }

            return false;
        }

        private static List<(int, TextPosition)>[] CreateLists()
        {
            var lists = new List<(int, TextPosition)>[ListPointers.Length];
            for (var list = 0; list < lists.Length; list++)
            {
                lists[list] = [];
            }

            return lists;
        }
    }
}
