using System.Globalization;

namespace Briefing.Model.Metrics;

/// <summary>
/// Reads a number written with digits: thousands groups (<c>700,000</c>, no-break and thin spaces,
/// Indian <c>12,34,567</c>), decimals with a point, and what makes digits no number of ours (codes,
/// dates, fractions, numbers inside identifiers).
/// </summary>
internal static class NumberReader
{
    /// <summary>The most digits a number may have (a <see cref="decimal"/> holds 28 or 29).</summary>
    public const int MaxDigits = 28;

    /// <summary>The digits at <paramref name="p"/> with their thousands groups and decimals; false, with where to go on in
    /// <paramref name="skipTo"/>, for what is a code, a date or a fraction (an identifier skipped raises <paramref name="floor"/>).</summary>
    public static bool ReadNumber(ScanText t, int p, ref int floor, out int j, out int firstGroup, out bool grouped, out bool hasDecimal, out int skipTo)
    {
        j = p;
        grouped = false;
        hasDecimal = false;
        while (j < t.Length && char.IsAsciiDigit(t[j]))
        {
            j++;
        }

        firstGroup = j - p;
        skipTo = j;
        if (firstGroup > 1 && t[p] == '0')
        {
            skipTo = t.SkipToken(p, ref floor); // "0024", "000": identifiers and split tokens
            return false;
        }

        if (firstGroup > MaxDigits)
        {
            return false;
        }

        if (firstGroup <= 3)
        {
            j = ReadGroups(t, j, firstGroup, out grouped);
        }

        if (j + 1 < t.Length && t[j] == '.' && char.IsAsciiDigit(t[j + 1]))
        {
            var k = j + 1;
            while (k < t.Length && char.IsAsciiDigit(t[k]))
            {
                k++;
            }

            if (k + 1 < t.Length && t[k] == '.' && char.IsAsciiDigit(t[k + 1]))
            {
                skipTo = t.SkipToken(p, ref floor); // "3.2.1"
                return false;
            }

            hasDecimal = true;
            j = k;
        }

        if ((j + 1 < t.Length && (t[j] is '/' or ':') && char.IsAsciiDigit(t[j + 1]))
            || (j + 1 < t.Length && t[j] == '-' && char.IsAsciiDigit(t[j + 1]) && ChainGroups(t, j) >= 2))
        {
            skipTo = t.SkipToken(p, ref floor); // 12/05/2020, 10:30, 1/2; phone-like and ISO dates: 1111-2222-3333, 2024-01-05
            return false;
        }

        if (IsSpacedFraction(t, j, out var fractionEnd))
        {
            skipTo = fractionEnd; // "1 / 4", "7 3 / 4"
            return false;
        }

        return true;
    }

    /// <summary>The value of the digits between <paramref name="start"/> and <paramref name="end"/>, separators left out.</summary>
    public static bool TryParseNumber(ScanText t, int start, int end, out decimal value)
    {
        value = 0m;
        Span<char> buffer = stackalloc char[MaxDigits + 2];
        var length = 0;
        var digits = 0;
        for (var k = start; k < end; k++)
        {
            var c = t[k];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c != '.')
            {
                continue; // group separators
            }

            if (digits > MaxDigits || length == buffer.Length)
            {
                return false;
            }

            buffer[length++] = c;
        }

        if (length > 0 && length <= 18 && !buffer[..length].Contains('.'))
        {
            // Digits only, and few enough for a long: the integer decimal.TryParse would give (scale 0), without parsing.
            long whole = 0;
            foreach (var digit in buffer[..length])
            {
                whole = (whole * 10) + (digit - '0');
            }

            value = whole;
            return true;
        }

        return decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    // Thousands groups after the first digits: 700,000 · 3 150 000 (no-break spaces) · 12,34,567 (Indian).
    private static int ReadGroups(ScanText t, int end, int firstGroup, out bool grouped)
    {
        grouped = false;
        var k = end;
        var separator = '\0';
        var groups = 0;
        var twoDigitGroups = 0;
        var last = 0;
        var validEnd = end;
        while (k + 1 < t.Length && IsGroupSeparator(t[k]) && (separator == '\0' || t[k] == separator) && char.IsAsciiDigit(t[k + 1]))
        {
            var m = k + 1;
            while (m < t.Length && char.IsAsciiDigit(t[m]) && m - k <= 4)
            {
                m++;
            }

            var length = m - k - 1;
            if ((length != 3 && (length != 2 || t[k] != ',')) || (m < t.Length && char.IsAsciiDigit(t[m])))
            {
                break;
            }

            separator = t[k];
            groups++;
            last = length;
            if (length == 2)
            {
                twoDigitGroups++;
            }

            k = m;
            if (last == 3 && (twoDigitGroups == 0 || (twoDigitGroups == groups - 1 && firstGroup <= 2)))
            {
                validEnd = k;
                grouped = true;
            }
        }

        return validEnd;
    }

    private static bool IsGroupSeparator(char c) => c is ',' or '\u00A0' or '\u202F' or '\u2009';

    // Numbers joined to this one by hyphens: "1000-5000" is a range (1), "1111-2222-3333" a code (2).
    private static int ChainGroups(ScanText t, int k)
    {
        var groups = 0;
        while (k + 1 < t.Length && t[k] == '-' && char.IsAsciiDigit(t[k + 1]) && groups < 2)
        {
            k++;
            while (k < t.Length && char.IsAsciiDigit(t[k]))
            {
                k++;
            }

            groups++;
        }

        return groups;
    }

    private static bool IsSpacedFraction(ScanText t, int end, out int fractionEnd)
    {
        fractionEnd = end;
        var k = t.SkipSpaces(end);
        if (k >= t.Length || t[k] != '/')
        {
            return false;
        }

        k = t.SkipSpaces(k + 1);
        if (k >= t.Length || !char.IsAsciiDigit(t[k]))
        {
            return false;
        }

        while (k < t.Length && char.IsAsciiDigit(t[k]))
        {
            k++;
        }

        fractionEnd = k;
        return true;
    }

    /// <summary>The value times its scale, negated when <paramref name="negative"/>, without trailing zeros; false when it would overflow.</summary>
    public static bool TryScaleValue(decimal value, decimal multiplier, bool negative, out decimal scaled)
    {
        if (multiplier == 1m && !negative && value.Scale == 0)
        {
            scaled = value; // a whole number times one is itself, with no trailing zeros to drop
            return true;
        }

        scaled = 0m;
        if (multiplier > 1m && value > decimal.MaxValue / multiplier)
        {
            return false;
        }

        scaled = value * multiplier;
        if (negative)
        {
            scaled = -scaled;
        }

        // Drop trailing zeros so 3.15 × 10^9 is written 3150000000, not 3150000000.00.
        scaled /= 1.0000000000000000000000000000m;
        return true;
    }
}
