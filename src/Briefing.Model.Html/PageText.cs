namespace Briefing.Model.Html;

/// <summary>
/// The shape of a block's text the page rules measure: how many words it has and whether it ends as a
/// sentence does, in the scripts pages are written in. Chinese and Japanese are written without spaces
/// between words and end their sentences with full-width marks (<c>。！？</c>), so a paragraph of them
/// would otherwise read as one word without final punctuation, a stray label.
/// </summary>
internal static class PageText
{
    /// <summary>
    /// Characters of a script written without spaces between words (kana, CJK ideographs): every
    /// <see cref="CharsPerUnspacedWord"/> of them count as a word (a Chinese word is one to three characters).
    /// </summary>
    private const int CharsPerUnspacedWord = 2;

    /// <summary>
    /// The words of a block of collapsed text: its spaces plus one, and a word for every
    /// <see cref="CharsPerUnspacedWord"/> characters of a script written without spaces.
    /// </summary>
    public static int Words(string text)
    {
        var span = text.AsSpan();
        var words = span.Count(' ') + 1;
        var at = span.IndexOfAnyInRange('\u3040', '\u9FFF');
        if (at < 0)
        {
            return words;
        }

        var unspaced = 0;
        foreach (var c in span[at..])
        {
            if (IsUnspaced(c))
            {
                unspaced++;
            }
        }

        return words + (unspaced / CharsPerUnspacedWord);
    }

    /// <summary>Kana (U+3040–U+30FF) and CJK ideographs (extension A and the unified block).</summary>
    private static bool IsUnspaced(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF');

    /// <summary>
    /// Whether the text ends with final punctuation (<see cref="Layout.HasFinalPunctuation"/>), or with
    /// a full-width sentence mark, comma, colon or semicolon (<c>。！？，：；</c>) or closing corner quote (<c>」』</c>).
    /// </summary>
    public static bool HasFinalPunctuation(ReadOnlySpan<char> text)
    {
        if (Layout.HasFinalPunctuation(text))
        {
            return true;
        }

        var t = text.TrimEnd();
        return t.Length > 0 && t[^1] is '\u3002' or '\uFF01' or '\uFF1F' or '\uFF0C' or '\uFF1A' or '\uFF1B' or '\uFF0E' or '\u300D' or '\u300F';
    }
}
