namespace Briefing.Model.Text;

/// <summary>
/// Cheap tests that rule a sentence out of the reported-speech rules before it is cut into tokens. Each says
/// "maybe" for every sentence a rule could match, so ruling out changes no result:
/// <list type="bullet">
/// <item><see cref="MayHoldCue"/>: the token rules of the reported pass (final attribution, final "as", forward)
/// each need a lower-case word token that is a cue (<see cref="SpeechCues.Of"/>). When every cue is letters only,
/// such a token is a whole run of letters of the sentence, so a sentence with no lower-case run of letters that
/// is a cue has no such token.</item>
/// <item><see cref="HasQuotation"/>: the mixed-quote rule reads only around a quotation of the sentence.</item>
/// </list>
/// A rule added to the reported pass that needs no cue must be tried before <see cref="MayHoldCue"/> rules the sentence out.
/// </summary>
internal static class CuePrefilter
{
    /// <summary>Whether some lower-case run of letters of <paramref name="sentence"/> is a cue (always, when some cue is not letters only).</summary>
    public static bool MayHoldCue(ReadOnlySpan<char> sentence)
    {
        if (!SpeechCues.CuesAreLetters)
        {
            return true;
        }

        var trie = SpeechCues.Trie;
        var i = 0;
        while (i < sentence.Length)
        {
            var c = sentence[i];
            if (trie is not null && char.IsAsciiLetterLower(c))
            {
                // One pass: the run's ASCII letters are read down the cue tree as they are passed over.
                var end = trie.ReadRun(sentence, i, out var kind);
                if (end == sentence.Length || !IsLetter(sentence[end]))
                {
                    if (kind != CueKind.None && SpeechCues.Of(sentence[i..end]) != CueKind.None)
                    {
                        return true;
                    }

                    // The character that ended the run is no letter: it starts no run, so it is passed over here.
                    i = end + 1;
                    continue;
                }

                // The run goes on with a letter outside ASCII: the whole run is looked up as below.
            }
            else if (!IsLetter(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < sentence.Length && IsLetter(sentence[i]))
            {
                i++;
            }

            if (char.IsLower(sentence[start]) && SpeechCues.Of(sentence[start..i]) != CueKind.None)
            {
                return true;
            }

            i++; // no letter, or the end
        }

        return false;
    }

    /// <summary>Whether one of <paramref name="quotations"/> (in text order) opens in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static bool HasQuotation(List<(int Open, int Close)> quotations, int start, int end)
    {
        var q = quotations.BinarySearch((start, -1));
        q = q < 0 ? ~q : q;
        return q < quotations.Count && quotations[q].Open < end;
    }

    /// <summary><see cref="char.IsLetter(char)"/>, with ASCII decided without the table.</summary>
    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c > '\u007F' && char.IsLetter(c));
}
