using System.Collections.Immutable;

namespace Briefing.Model;

/// <summary>
/// The rules of the page metadata (<see cref="BriefingDocument.Published"/>,
/// <see cref="BriefingDocument.Authors"/>, <see cref="BriefingDocument.Url"/>), written once for the
/// validators, the readers and the exports: what a publication time and an address must look like, and
/// how a byline line and its authors map onto each other (docs/metadata.md).
/// </summary>
/// <remarks>
/// The RFC 3339 check is written here because the platform has none that is exact:
/// <see cref="DateTimeOffset"/> parsing accepts other shapes (a space for <c>T</c>, no offset) and
/// rejects the leap second.
/// </remarks>
public static class PageMetadata
{
    /// <summary>
    /// Whether <paramref name="text"/> is an RFC 3339 §5.6 <c>date-time</c>:
    /// <c>YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)</c>, <c>T</c> and <c>Z</c> in either case, a real
    /// calendar day, and second 60 only where a leap second can be (23:59 UTC): the rule of <c>BV080</c>.
    /// </summary>
    /// <param name="text">The text, as written (no white space is trimmed).</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a date-time <c>published</c> may hold.</returns>
    public static bool IsDateTime(ReadOnlySpan<char> text)
    {
        // Date: YYYY-MM-DD, then T, then HH:MM:SS.
        if (text.Length < 20 || text[4] != '-' || text[7] != '-' || text[10] is not ('T' or 't') || text[13] != ':' || text[16] != ':' ||
            !TryNumber(text[..4], out var year) || !TryNumber(text.Slice(5, 2), out var month) || !TryNumber(text.Slice(8, 2), out var day) ||
            !TryNumber(text.Slice(11, 2), out var hour) || !TryNumber(text.Slice(14, 2), out var minute) || !TryNumber(text.Slice(17, 2), out var second))
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || day > DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }

        var rest = text[19..];
        if (rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits == 1)
            {
                return false;
            }

            rest = rest[digits..];
        }

        int offsetMinutes;
        if (rest is ['Z' or 'z'])
        {
            offsetMinutes = 0;
        }
        else if (rest.Length == 6 && rest[0] is '+' or '-' && rest[3] == ':' &&
            TryNumber(rest.Slice(1, 2), out var offsetHour) && TryNumber(rest.Slice(4, 2), out var offsetMinute) && offsetHour <= 23 && offsetMinute <= 59)
        {
            offsetMinutes = (rest[0] == '-' ? -1 : 1) * ((offsetHour * 60) + offsetMinute);
        }
        else
        {
            return false;
        }

        if (second == 60)
        {
            // A leap second is the last second of a UTC day.
            var utcMinute = ((((hour * 60) + minute - offsetMinutes) % 1440) + 1440) % 1440;
            return utcMinute == (23 * 60) + 59;
        }

        return true;
    }

    /// <summary>Whether <paramref name="url"/> is an absolute <c>http</c> or <c>https</c> URL with a host and no white space or control characters (the rule of <c>BV081</c>).</summary>
    /// <param name="url">The address, as written.</param>
    /// <returns><see langword="true"/> when <paramref name="url"/> is an address <c>url</c> may hold.</returns>
    public static bool IsWebAddress(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        foreach (var c in url)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        // The scheme and "//" as written: Uri alone also takes "http:host" and, on Unix, "/path" as absolute.
        return (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) &&
            Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
            (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) &&
            uri.Host.Length > 0;
    }

    /// <summary>Joins authors as English writes a byline: <c>A</c>, <c>A and B</c>, <c>A, B and C</c> (what ninjs <c>by</c> gets).</summary>
    /// <param name="authors">The names, in order.</param>
    /// <returns>The byline, without a leading <c>By</c>; empty for no authors.</returns>
    public static string JoinByline(ImmutableArray<string> authors) => authors.IsDefault ? "" : authors.Length switch
    {
        0 => "",
        1 => authors[0],
        _ => string.Join(", ", authors.AsSpan(0, authors.Length - 1).ToArray()) + " and " + authors[^1],
    };

    /// <summary>
    /// The people a byline names: a leading <c>By</c> is dropped and the line is split at commas,
    /// semicolons, <c>&amp;</c> and the word <c>and</c>; each name is trimmed and empty ones are left out.
    /// </summary>
    /// <param name="byline">A byline as one line (<c>By Jane Doe and John Roe</c>).</param>
    /// <returns>The names, in order.</returns>
    public static ImmutableArray<string> SplitByline(string byline)
    {
        ArgumentNullException.ThrowIfNull(byline);
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

    /// <summary>Whether <see cref="SplitByline"/> of <see cref="JoinByline"/> gives <paramref name="authors"/> back exactly.</summary>
    internal static bool BylineRoundTrips(ImmutableArray<string> authors) => SplitByline(JoinByline(authors)).AsSpan().SequenceEqual(authors.AsSpan());

    /// <summary>Days in a month of the proleptic Gregorian calendar (year 0000 is a leap year, as RFC 3339's years are).</summary>
    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static bool TryNumber(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
