using System.Buffers;

namespace Briefing.Model.Validation;

/// <summary>Character sets the rules search with (vectorized, no regular expressions).</summary>
internal static class AsciiSets
{
    public static readonly SearchValues<char> Letters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    public static readonly SearchValues<char> LettersAndDigits = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    public static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u0085\u2028\u2029");
}
