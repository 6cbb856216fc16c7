using System.Globalization;
using System.Text;

namespace Briefing.Model;

/// <summary>Derives stable, URL-safe identifiers from titles.</summary>
public static class Slug
{
    private const int MaxLength = 120;

    /// <summary>
    /// Lower-cases <paramref name="title"/>, strips diacritics, and joins runs of letters and digits
    /// with single hyphens: <c>Colombia’s Political Carousel</c> becomes <c>colombias-political-carousel</c>.
    /// </summary>
    /// <param name="title">Any text.</param>
    /// <returns>The slug; <c>briefing</c> when the text has no letters or digits.</returns>
    public static string From(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        // Lone surrogates cannot be normalised (and belong in no identifier): drop them first.
        var valid = title.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 ? title : WithoutLoneSurrogates(title);
        var decomposed = valid.Normalize(NormalizationForm.FormD);
        Span<char> slug = stackalloc char[MaxLength + 1]; // a hyphen and a character may follow the 119th
        var length = 0;
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (length >= MaxLength)
            {
                break;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c) || (char.IsLetterOrDigit(c) && c > 127))
            {
                if (pendingHyphen && length > 0)
                {
                    slug[length++] = '-';
                }

                pendingHyphen = false;
                slug[length++] = char.ToLowerInvariant(c);
            }
            else if (c is '\'' or '\u2019' or '\u2018')
            {
                // Apostrophes join: "Russia’s" -> "russias".
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return length == 0 ? "briefing" : new string(slug[..length]);
    }

    private static string WithoutLoneSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i, 2);
                i++;
            }
            else if (!char.IsSurrogate(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
