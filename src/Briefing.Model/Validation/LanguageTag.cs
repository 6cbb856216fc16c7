namespace Briefing.Model.Validation;

/// <summary>
/// Checks that a language tag is well-formed by the syntax of BCP 47 (RFC 5646, section 2.1):
/// <c>language[-extlang][-script][-region]*(-variant)*(-extension)[-privateuse]</c>, or a private-use
/// tag (<c>x-…</c>). Only the syntax is checked (no registry tables), in one pass over the subtags.
/// </summary>
internal static class LanguageTag
{
    private enum Stage
    {
        ExtLang,
        Script,
        Region,
        Variant,
        Extension,
    }

    public static bool IsWellFormed(string? tag)
    {
        if (string.IsNullOrEmpty(tag) || tag.Length > ValidationLimits.LanguageTagLength)
        {
            return false;
        }

        var subtags = new SubtagReader(tag);
        if (!subtags.Next(out var first))
        {
            return false;
        }

        if (IsPrivateUseSingleton(first))
        {
            return PrivateUseRest(ref subtags);
        }

        // language: 2-3 letters (then up to three 3-letter extlangs), 4 letters (reserved) or 5-8 letters.
        if (first.Length < 2 || first.Length > 8 || !IsAlpha(first))
        {
            return false;
        }

        var stage = first.Length <= 3 ? Stage.ExtLang : Stage.Script;
        var extLangs = 0;
        var inExtension = false;
        while (subtags.Next(out var subtag))
        {
            if (subtag.Length is 0 or > 8 || !IsAlphaNumeric(subtag))
            {
                return false;
            }

            if (IsPrivateUseSingleton(subtag))
            {
                return PrivateUseRest(ref subtags);
            }

            if (subtag.Length == 1)
            {
                // An extension singleton: at least one 2-8 character subtag must follow.
                if (!subtags.Next(out var afterSingleton) || afterSingleton.Length < 2 || afterSingleton.Length > 8 || !IsAlphaNumeric(afterSingleton))
                {
                    return false;
                }

                stage = Stage.Extension;
                inExtension = true;
                continue;
            }

            if (inExtension)
            {
                if (subtag.Length < 2)
                {
                    return false;
                }

                continue;
            }

            if (stage == Stage.ExtLang && subtag.Length == 3 && IsAlpha(subtag) && extLangs < 3)
            {
                extLangs++;
                continue;
            }

            if (stage <= Stage.Script && subtag.Length == 4 && IsAlpha(subtag))
            {
                stage = Stage.Region;
                continue;
            }

            if (stage <= Stage.Region && ((subtag.Length == 2 && IsAlpha(subtag)) || (subtag.Length == 3 && IsDigits(subtag))))
            {
                stage = Stage.Variant;
                continue;
            }

            if (IsVariant(subtag))
            {
                stage = Stage.Variant;
                continue;
            }

            return false;
        }

        return true;
    }

    private static bool PrivateUseRest(ref SubtagReader subtags)
    {
        var any = false;
        while (subtags.Next(out var subtag))
        {
            if (subtag.Length is 0 or > 8 || !IsAlphaNumeric(subtag))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    private static bool IsPrivateUseSingleton(ReadOnlySpan<char> subtag) => subtag is "x" or "X";

    private static bool IsVariant(ReadOnlySpan<char> subtag) =>
        (subtag.Length is >= 5 and <= 8) || (subtag.Length == 4 && char.IsAsciiDigit(subtag[0]));

    private static bool IsAlpha(ReadOnlySpan<char> value) => !value.ContainsAnyExcept(AsciiSets.Letters);

    private static bool IsDigits(ReadOnlySpan<char> value) => !value.ContainsAnyExceptInRange('0', '9');

    private static bool IsAlphaNumeric(ReadOnlySpan<char> value) => !value.ContainsAnyExcept(AsciiSets.LettersAndDigits);

    private ref struct SubtagReader(string tag)
    {
        private int _position;
        private bool _done;

        public bool Next(out ReadOnlySpan<char> subtag)
        {
            if (_done)
            {
                subtag = default;
                return false;
            }

            var rest = tag.AsSpan(_position);
            var dash = rest.IndexOf('-');
            if (dash < 0)
            {
                subtag = rest;
                _done = true;
            }
            else
            {
                subtag = rest[..dash];
                _position += dash + 1;
            }

            return true;
        }
    }
}
