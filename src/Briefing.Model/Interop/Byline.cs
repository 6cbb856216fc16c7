using System.Collections.Immutable;
using Briefing.Model.Text;

namespace Briefing.Model.Interop;

/// <summary>
/// A byline as one line of text (ninjs <c>by</c>, a page's author line) and the authors it names:
/// <c>Jane Doe, John Roe and Ana López</c> ⇄ <c>[Jane Doe, John Roe, Ana López]</c>.
/// </summary>
internal static class Byline
{
    /// <summary>Joins authors as English writes a byline: <c>A</c>, <c>A and B</c>, <c>A, B and C</c>.</summary>
    public static string Join(ImmutableArray<string> authors) => authors.Length switch
    {
        0 => "",
        1 => authors[0],
        _ => string.Join(", ", authors.AsSpan(0, authors.Length - 1).ToArray()) + " and " + authors[^1],
    };

    /// <summary>
    /// The people a byline names: a leading <c>By</c> is dropped and the line is split at commas,
    /// semicolons, <c>&amp;</c> and the word <c>and</c>; each name is trimmed and empty ones are left out.
    /// </summary>
    public static ImmutableArray<string> Split(string byline)
    {
        var text = byline.AsSpan().Trim();
        if (Layout.IsWordAt(text, 0, "by"))
        {
            text = text[2..].TrimStart().TrimStart(':');
        }

        var authors = ImmutableArray.CreateBuilder<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var cut = i == text.Length ? 0
                : text[i] is ',' or ';' or '&' ? 1
                : Layout.IsWordAt(text, i, "and") ? 3
                : -1;
            if (cut < 0)
            {
                continue;
            }

            if (text[start..i].Trim() is { IsEmpty: false } name)
            {
                authors.Add(name.ToString());
            }

            if (i == text.Length)
            {
                break;
            }

            start = i + cut;
            i = start - 1;
        }

        return authors.DrainToImmutable();
    }

    /// <summary>Whether <see cref="Split"/> of <see cref="Join"/> gives <paramref name="authors"/> back exactly.</summary>
    public static bool RoundTrips(ImmutableArray<string> authors) => Split(Join(authors)).AsSpan().SequenceEqual(authors.AsSpan());
}
