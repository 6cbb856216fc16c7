using System.Globalization;
using System.Text;

namespace Briefing.Model;

/// <summary>Derives stable, URL-safe identifiers from titles.</summary>
public static class Slug
{
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
        var builder = new StringBuilder(Math.Min(decomposed.Length, 120));
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (builder.Length >= 120)
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
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
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

        return builder.Length == 0 ? "briefing" : builder.ToString();
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
