using System.Collections;
using System.Runtime.CompilerServices;

namespace Briefing.Model;

/// <summary>
/// A named word list of the lexicon (<see cref="Text.SpeechCues"/>, <see cref="Text.Sources"/>, <see cref="Layout"/>), asked whether it holds a word,
/// ignoring case as <see cref="StringComparison.OrdinalIgnoreCase"/> does; no string is made. The items are sorted into
/// buckets by length and first letter, so that a word is compared only with the items it could equal instead of with
/// the whole list (issue 14): an item can equal a word ignoring case only when both have the same length and, when
/// both first letters are ASCII, the same letter in either case. A word that does not start with an ASCII character,
/// and an item that does not start with an ASCII letter, are compared as a walk of the list would.
/// </summary>
[CollectionBuilder(typeof(WordSet), nameof(Create))]
internal sealed class WordSet : IEnumerable<string>
{
    private readonly string[] _items;

    /// <summary>Per (length − 1) × 26 + first letter, the items of that length and first letter (null: none).</summary>
    private readonly string[]?[] _buckets;

    /// <summary>The items that do not start with an ASCII letter (<c>&amp;</c>): every word is compared with them.</summary>
    private readonly string[] _others;

    private readonly int _maxLength;

    public WordSet(IEnumerable<string> items)
    {
        _items = [.. items];
        _others = [.. _items.Where(static item => item.Length == 0 || !char.IsAsciiLetter(item[0]))];
        _maxLength = _items.Length == 0 ? 0 : _items.Max(static item => item.Length);
        _buckets = new string[]?[_maxLength * 26];
        foreach (var item in _items.Where(static item => item.Length > 0 && char.IsAsciiLetter(item[0])))
        {
            ref var bucket = ref _buckets[Index(item.Length, item[0])];
            bucket = [.. bucket ?? [], item];
        }
    }

    /// <summary>How many items the list has.</summary>
    public int Count => _items.Length;

    /// <summary>The set of the items written in a collection expression (<c>WordSet Months = ["january", …]</c>).</summary>
    public static WordSet Create(ReadOnlySpan<string> items) => new(items.ToArray());

    /// <summary>Whether <paramref name="word"/> is one of the items, ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>).</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.Length > _maxLength)
        {
            return false; // equal words have equal lengths
        }

        if (word.IsEmpty || !char.IsAscii(word[0]))
        {
            return IsOneOf(word, _items); // a letter outside ASCII may equal an ASCII one ignoring case
        }

        if (char.IsAsciiLetter(word[0]) && _buckets[Index(word.Length, word[0])] is { } bucket && IsOneOf(word, bucket))
        {
            return true;
        }

        return _others.Length > 0 && IsOneOf(word, _others);
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] items)
    {
        foreach (var item in items)
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
