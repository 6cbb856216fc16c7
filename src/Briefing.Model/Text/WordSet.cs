using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Briefing.Model.Text;

/// <summary>
/// A word list of <see cref="SpeechCues"/> sorted into buckets by length and first letter, so that
/// <see cref="SpeechCues.IsOneOf"/> compares a word only with the items it could equal instead of walking the
/// whole list (issue 14). It answers exactly as the walk would: an item can equal a word case-insensitively
/// only when both have the same length and, for ASCII first letters, the same letter in either case; a word
/// that does not start with an ASCII character is left to the walk.
/// </summary>
internal sealed class WordSet
{
    private readonly string[] _list;

    /// <summary>Per (length − 1) × 26 + first letter, the items of that length and first letter (null: none).</summary>
    private readonly string[]?[] _buckets;

    private readonly int _maxLength;

    private WordSet(string[] list, string[]?[] buckets, int maxLength) => (_list, _buckets, _maxLength) = (list, buckets, maxLength);

    /// <summary>The set of <paramref name="list"/>, or null when some item is empty or does not start with an ASCII letter.</summary>
    public static WordSet? TryCreate(string[] list)
    {
        if (list.Any(static item => item.Length == 0 || !char.IsAsciiLetter(item[0])))
        {
            return null;
        }

        var maxLength = list.Max(static item => item.Length);
        var buckets = new string[]?[maxLength * 26];
        foreach (var item in list)
        {
            ref var bucket = ref buckets[Index(item.Length, item[0])];
            bucket = [.. bucket ?? [], item];
        }

        return new WordSet(list, buckets, maxLength);
    }

    /// <summary>Whether <paramref name="list"/> is this set's list itself (the same array, not an equal one).</summary>
    public bool IsSetOf(ReadOnlySpan<string> list) =>
        list.Length == _list.Length && Unsafe.AreSame(ref MemoryMarshal.GetReference(list), ref MemoryMarshal.GetArrayDataReference(_list));

    /// <summary>
    /// Whether <paramref name="word"/> is one of the items (case-insensitive, as <see cref="StringComparison.OrdinalIgnoreCase"/>),
    /// or null when its first character is not ASCII (the set cannot tell by its buckets then).
    /// </summary>
    public bool? Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > _maxLength)
        {
            return false; // no item is empty, and equal words have equal lengths
        }

        var first = word[0];
        if (!char.IsAscii(first))
        {
            return null;
        }

        if (!char.IsAsciiLetter(first))
        {
            return false; // an ASCII character other than a letter equals only itself, and every item starts with a letter
        }

        var bucket = _buckets[Index(word.Length, first)];
        if (bucket is null)
        {
            return false;
        }

        foreach (var item in bucket)
        {
            if (word.Equals(item, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int Index(int length, char asciiLetter) => ((length - 1) * 26) + ((asciiLetter | 0x20) - 'a');
}

/// <summary>
/// The <see cref="WordSet"/>s of a group of lists, found by the list itself (its array): one look at the list's
/// length, then an identity check.
/// </summary>
internal sealed class WordSets
{
    /// <summary>Lists shorter than this are walked: looking up their set would cost about as much.</summary>
    public const int MinItems = 8;

    /// <summary>Per list length, the sets of the lists of that length.</summary>
    private readonly WordSet[][] _byLength;

    public WordSets(params string[][] lists)
    {
        var indexed = lists.Where(static list => list.Length >= MinItems)
            .Select(static list => (list.Length, Set: WordSet.TryCreate(list)))
            .Where(static entry => entry.Set is not null)
            .ToArray();
        _byLength = new WordSet[indexed.Length == 0 ? 0 : indexed.Max(static entry => entry.Length) + 1][];
        for (var length = 0; length < _byLength.Length; length++)
        {
            _byLength[length] = [.. indexed.Where(entry => entry.Length == length).Select(static entry => entry.Set!)];
        }
    }

    /// <summary>The set of <paramref name="list"/> when it is one of the group's lists, else null.</summary>
    public WordSet? Find(ReadOnlySpan<string> list)
    {
        if ((uint)list.Length >= (uint)_byLength.Length)
        {
            return null;
        }

        foreach (var set in _byLength[list.Length])
        {
            if (set.IsSetOf(list))
            {
                return set;
            }
        }

        return null;
    }
}
