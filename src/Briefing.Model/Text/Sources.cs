namespace Briefing.Model.Text;

/// <summary>Splits an attribution as written into name, role, affiliation and location.</summary>
internal static class Sources
{
    private static readonly string[] Articles = ["a ", "an ", "the ", "one "];
    private static readonly string[] LocationLeads = ["now living in ", "living in ", "now based in ", "based in ", "now in ", "in ", "currently in ", "from "];
    private static readonly string[] AffiliationLinks = [" of ", " at ", " for ", " with "];
    private static readonly string[] RelativeLinks = [" who ", " which ", " that ", " whose "];
    private static readonly string[] NameConnectors = ["of", "de", "del", "la", "le", "y", "and", "for", "the", "van", "von", "da", "do", "dos", "das", "di", "el", "al", "&", "e", "du", "des"];
    private static readonly string[] Titles =
        ["President", "Minister", "Senator", "Governor", "Mayor", "General", "Ambassador", "Secretary", "Dr", "Professor", "Prof", "Judge", "Commissioner", "Director", "Chairman", "Chairwoman", "Chair", "Spokesman", "Spokeswoman", "Spokesperson", "Deputy", "Congressman", "Congresswoman", "Colonel", "Admiral", "Chief"];

    private static readonly string[] Pronouns = ["he", "she", "they", "it", "we", "i", "you"];

    /// <summary>
    /// A source found in body text (<c>a senior Venezuelan business executive, now living in New York</c>):
    /// comma-separated parts; a part that is a capitalised name is the name; a part such as
    /// <c>now living in X</c> or <c>based in X</c> is the location; otherwise the part is a role
    /// (<c>head of an institute in Venezuela</c> gives role <c>head</c>, affiliation <c>institute</c>,
    /// location <c>Venezuela</c>).
    /// </summary>
    public static Source FromText(string text, string? location = null)
    {
        var trimmed = text.Trim();
        string? name = null, role = null, affiliation = null;
        if (IsPronoun(trimmed))
        {
            return new Source { Text = trimmed, Location = location, Anonymous = true };
        }

        // The comma-separated parts are read in place; only what the source keeps becomes a string.
        var all = trimmed.AsSpan();
        foreach (var range in all.Split(','))
        {
            var part = all[range].Trim();
            if (part.Length == 0)
            {
                continue;
            }

            if (TryLocationPart(part, out var place))
            {
                location ??= place;
                continue;
            }

            var hadArticle = StripArticle(part, out var bare);
            if (name is null && IsName(bare, hadArticle))
            {
                // "Energy Minister Franklin Molina": the words up to a title are the role.
                var titleEnd = TitleEnd(bare);
                if (titleEnd > 0 && titleEnd < bare.Length && role is null)
                {
                    role = bare[..titleEnd].ToString();
                    name = bare[titleEnd..].Trim().ToString();
                }
                else
                {
                    name = bare.ToString();
                }

                continue;
            }

            var (partRole, partAffiliation, partLocation) = SplitRole(bare.ToString());
            if (role is null)
            {
                role = partRole;
                affiliation ??= partAffiliation;
            }
            else
            {
                affiliation ??= partAffiliation ?? partRole;
            }

            location ??= partLocation;
        }

        return new Source { Text = trimmed, Name = name, Role = role, Affiliation = affiliation, Location = location, Anonymous = name is null };
    }

    /// <summary>
    /// A pull quote's attribution line: when the first part is a personal name it is the name; the rest
    /// is positional — one part: role; two: role, location; three or more: role, affiliation(s), location.
    /// </summary>
    public static Source FromAttribution(string line)
    {
        var trimmed = line.Trim();
        var parts = trimmed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string? name = null;
        var rest = parts.AsSpan();
        if (rest.Length > 0 && IsName(rest[0], hadArticle: false))
        {
            name = rest[0];
            rest = rest[1..];
        }

        string? role = null, affiliation = null, location = null;
        switch (rest.Length)
        {
            case 0:
                break;
            case 1:
                role = rest[0];
                break;
            case 2:
                role = rest[0];
                location = rest[1];
                break;
            default:
                role = rest[0];
                affiliation = string.Join(", ", rest[1..^1].ToArray());
                location = rest[^1];
                break;
        }

        return new Source { Text = trimmed, Name = name, Role = role, Affiliation = affiliation, Location = location, Anonymous = name is null };
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a proper name: every word capitalised apart from connectors
    /// (<c>of</c>, <c>de</c>, <c>y</c>…). A single word counts only after <c>the</c> (<c>the Pentagon</c>),
    /// when it is an acronym (<c>UN</c>) or when it is hyphenated (<c>Marie-Claude</c>), so that a bare
    /// <c>Officials</c> or <c>Head</c> stays a role.
    /// </summary>
    public static bool IsName(ReadOnlySpan<char> text, bool hadArticle)
    {
        // The words are the non-empty runs between spaces, read in place.
        int words = 0, capitalised = 0;
        ReadOnlySpan<char> first = default, last = default;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > 8)
            {
                return false;
            }

            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }
            else if (!IsOneOf(word, NameConnectors))
            {
                return false;
            }

            first = words == 1 ? word : first;
            last = word;
        }

        if (words == 0 || !char.IsUpper(first[0]) || !char.IsUpper(last[0]))
        {
            return false;
        }

        return capitalised >= 2 || hadArticle || IsAcronym(first) || first.Contains('-');
    }

    /// <summary>Whether the text, lower-cased as <see cref="string.ToLowerInvariant()"/> would, is a personal pronoun.</summary>
    private static bool IsPronoun(ReadOnlySpan<char> text)
    {
        if (text.Length > 4)
        {
            return false; // no pronoun is longer, and lower-casing keeps the length
        }

        Span<char> lower = stackalloc char[text.Length];
        text.ToLowerInvariant(lower);
        return IsOneOf(lower, Pronouns);
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the last title word (<c>Minister</c>, <c>President</c>…) in a capitalised run that goes on after it, or 0.</summary>
    private static int TitleEnd(ReadOnlySpan<char> run)
    {
        var end = 0;
        var position = 0;
        foreach (var range in run.Split(' '))
        {
            var word = run[range];
            position += word.Length;
            if (IsOneOf(word.TrimEnd('.'), Titles))
            {
                end = position;
            }

            position++;
        }

        // Only when a capitalised word follows ("Minister Molina", not "Minister of Energy").
        return end > 0 && end < run.Length - 1 && char.IsUpper(run[end + 1]) ? end : 0;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StripArticle(ReadOnlySpan<char> part, out ReadOnlySpan<char> bare)
    {
        foreach (var article in Articles)
        {
            if (part.StartsWith(article, StringComparison.OrdinalIgnoreCase) && part.Length > article.Length)
            {
                bare = part[article.Length..].TrimStart();
                return true;
            }
        }

        bare = part;
        return false;
    }

    private static bool TryLocationPart(ReadOnlySpan<char> part, out string place)
    {
        foreach (var lead in LocationLeads)
        {
            if (part.StartsWith(lead, StringComparison.Ordinal) && part.Length > lead.Length && char.IsUpper(part[lead.Length]))
            {
                place = part[lead.Length..].Trim().ToString();
                return true;
            }
        }

        place = "";
        return false;
    }

    private static (string? Role, string? Affiliation, string? Location) SplitRole(string phrase)
    {
        foreach (var relative in RelativeLinks)
        {
            if (phrase.Contains(relative, StringComparison.Ordinal))
            {
                return (phrase, null, null);
            }
        }

        string? location = null;
        foreach (var lead in (ReadOnlySpan<string>)[" based in ", " living in ", " in "])
        {
            var at = phrase.LastIndexOf(lead, StringComparison.Ordinal);
            if (at > 0 && at + lead.Length < phrase.Length && char.IsUpper(phrase[at + lead.Length]))
            {
                location = phrase[(at + lead.Length)..].Trim();
                phrase = phrase[..at].TrimEnd();
                break;
            }
        }

        string? affiliation = null;
        foreach (var link in AffiliationLinks)
        {
            var at = phrase.IndexOf(link, StringComparison.Ordinal);
            if (at > 0 && at + link.Length < phrase.Length)
            {
                StripArticle(phrase.AsSpan(at + link.Length).Trim(), out var bare);
                affiliation = bare.ToString();
                phrase = phrase[..at].TrimEnd();
                break;
            }
        }

        return (phrase.Length > 0 ? phrase : null, affiliation, location);
    }
}
