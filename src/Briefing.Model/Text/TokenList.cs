namespace Briefing.Model.Text;

/// <summary>
/// The tokens of the sentence being read (<see cref="QuoteBuffers.Tokens"/>), with what they were cut from,
/// so that the rules that read the same sentence one after another (the reported pass, the mixed-quote
/// rule, the fragment check) cut it once; and each word's cue kind (<see cref="SpeechCues.Of"/>), looked
/// up once however many rules ask. Both belong to the text they were cut from: cutting another range
/// replaces them, and <see cref="Forget"/> drops the text.
/// </summary>
internal sealed class TokenList : List<Token>
{
    /// <summary>Per token: its cue kind plus one, or 0 when not looked up yet.</summary>
    private byte[] _cues = [];
    private string? _text;
    private int _start;
    private int _end;
    private int _quotations;

    /// <summary>Whether the list holds the tokens of <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>) cut around the same quotations.</summary>
    public bool Holds(string text, int start, int end, int quotations) =>
        ReferenceEquals(_text, text) && _start == start && _end == end && _quotations == quotations;

    /// <summary>Records that the list now holds the tokens of that range (called when they are cut), and forgets the cue kinds.</summary>
    public void Cut(string text, int start, int end, int quotations)
    {
        (_text, _start, _end, _quotations) = (text, start, end, quotations);
        if (_cues.Length < Count)
        {
            _cues = new byte[Math.Max(Count, Math.Min(2 * _cues.Length, PerThread.MaxKeptItems))];
        }
        else
        {
            _cues.AsSpan(0, Count).Clear();
        }
    }

    /// <summary>Empties the list and drops the text it was cut from.</summary>
    public void Forget()
    {
        Clear();
        _text = null;
    }

    /// <summary>The cue kind of the word token at <paramref name="index"/> of <paramref name="text"/> (which the tokens were cut from).</summary>
    public CueKind CueOf(string text, int index)
    {
        var known = _cues[index];
        if (known != 0)
        {
            return (CueKind)(known - 1);
        }

        var token = this[index];
        var kind = SpeechCues.Of(text.AsSpan(token.Start, token.End - token.Start));
        _cues[index] = (byte)(kind + 1);
        return kind;
    }
}
