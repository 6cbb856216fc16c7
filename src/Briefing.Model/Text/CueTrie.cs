namespace Briefing.Model.Text;

/// <summary>
/// The cue words (<see cref="SpeechCues"/>) as a letter tree: a word is read letter by letter from the root
/// and most words leave the tree after one to three letters, so that a word is told no cue without being
/// lower-cased or hashed (issue 14). It holds ASCII letters only and reads ASCII case-insensitively; a word
/// with a character outside ASCII is answered <see langword="null"/> ("ask the dictionary"), since such a
/// character may lower-case to an ASCII letter (the Kelvin sign to <c>k</c>).
/// </summary>
internal sealed class CueTrie
{
    /// <summary>Longest word the tree holds: longer words are no cue.</summary>
    public const int MaxLength = 16;

    /// <summary>Per node, per letter a–z, the next node (0: no word goes on so; the root is node 0, which no edge enters).</summary>
    private readonly ushort[] _next;

    /// <summary>Per node, the kind of the word that ends there plus one, or 0 when no word ends there.</summary>
    private readonly byte[] _kinds;

    private CueTrie(ushort[] next, byte[] kinds) => (_next, _kinds) = (next, kinds);

    /// <summary>
    /// The tree of <paramref name="words"/>, or <see langword="null"/> when some word is not lower-case ASCII letters
    /// of length 1 to <see cref="MaxLength"/>, or there are too many letters for the tree's node numbers.
    /// </summary>
    public static CueTrie? TryBuild(IEnumerable<KeyValuePair<string, CueKind>> words)
    {
        var next = new List<ushort>(26 * 512);
        next.AddRange(new ushort[26]);
        var kinds = new List<byte> { 0 };
        foreach (var (word, kind) in words)
        {
            if (word.Length is 0 or > MaxLength || !word.All(char.IsAsciiLetterLower))
            {
                return null;
            }

            var node = 0;
            foreach (var c in word)
            {
                var edge = (node * 26) + (c - 'a');
                if (next[edge] == 0)
                {
                    if (kinds.Count > ushort.MaxValue)
                    {
                        return null;
                    }

                    next[edge] = (ushort)kinds.Count;
                    kinds.Add(0);
                    next.AddRange(new ushort[26]);
                }

                node = next[edge];
            }

            kinds[node] = (byte)(kind + 1);
        }

        return new CueTrie([.. next], [.. kinds]);
    }

    /// <summary>
    /// The kind of cue <paramref name="word"/> is, read ASCII case-insensitively: <see cref="CueKind.None"/> when it
    /// is none, <see langword="null"/> when the word holds a character outside ASCII before it leaves the tree.
    /// </summary>
    public CueKind? Of(ReadOnlySpan<char> word)
    {
        var node = 0;
        foreach (var c in word)
        {
            // Only an ASCII letter with bit 5 set lands in 0..25: bit 5 is the case bit of ASCII letters.
            var letter = (uint)((c | 0x20) - 'a');
            if (letter >= 26)
            {
                return c > '\u007F' ? null : CueKind.None;
            }

            node = _next[(node * 26) + (int)letter];
            if (node == 0)
            {
                return CueKind.None;
            }
        }

        return KindAt(node);
    }

    /// <summary>
    /// Reads the run of ASCII letters of <paramref name="text"/> that starts at <paramref name="start"/> and returns
    /// where it ends (the first character that is no ASCII letter); <paramref name="kind"/> is the cue the run spells
    /// (ASCII case-insensitively), or <see cref="CueKind.None"/>.
    /// </summary>
    public int ReadRun(ReadOnlySpan<char> text, int start, out CueKind kind)
    {
        var node = 0;
        var i = start;
        while (i < text.Length)
        {
            var letter = (uint)((text[i] | 0x20) - 'a');
            if (letter >= 26)
            {
                break;
            }

            i++;
            node = _next[(node * 26) + (int)letter];
            if (node == 0)
            {
                // Off the tree: no cue, only the end of the run is wanted.
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }

                kind = CueKind.None;
                return i;
            }
        }

        kind = i == start ? CueKind.None : KindAt(node);
        return i;
    }

    private CueKind KindAt(int node) => _kinds[node] == 0 ? CueKind.None : (CueKind)(_kinds[node] - 1);
}
