using Briefing.Model.Validation;

namespace Briefing.Model.Text;

/// <summary>
/// Splits an attribution as written into name, role, affiliation and location (docs/sources.md). The
/// rules follow the shapes of English news attributions — capitalisation, honorifics and titles,
/// appositives, the prepositions <c>at</c>, <c>for</c>, <c>with</c>, <c>of</c> — with the one lexicon of
/// role nouns below; no name of a person, place or organisation is listed anywhere.
/// </summary>
internal static class Sources
{
    private static readonly string[] Articles = ["a ", "an ", "the ", "one "];
    private static readonly string[] LocationLeads = ["now living in ", "living in ", "now based in ", "based in ", "now in ", "in ", "currently in ", "from "];

    /// <summary>Prepositions that link a role to its organisation, the most telling first (<c>head of research at X</c>: X).</summary>
    private static readonly string[] AffiliationLinks = [" at ", " for ", " with ", " of "];
    private static readonly string[] RelativeLinks = [" who ", " which ", " that ", " whose "];

    /// <summary>Suffixes of adverbs that names rarely end in (<see cref="IsAdverbByForm"/>).</summary>
    private static readonly string[] AdverbSuffixes = ["ily", "ally", "edly", "fully", "ately", "ously", "ently", "antly", "ably", "ibly", "ingly", "ively"];

    /// <summary><see cref="RelativeLinks"/> and <see cref="AffiliationLinks"/> searched for in one pass (most phrases hold none).</summary>
    private static readonly System.Buffers.SearchValues<string> RelativeLinkSearch = System.Buffers.SearchValues.Create(RelativeLinks, StringComparison.Ordinal),
        AffiliationLinkSearch = System.Buffers.SearchValues.Create(AffiliationLinks, StringComparison.Ordinal);

    private static readonly string[] NameConnectors = ["of", "de", "del", "la", "le", "y", "and", "for", "the", "van", "von", "da", "do", "dos", "das", "di", "el", "al", "&", "e", "du", "des", "bin", "ibn"];

    /// <summary>Honorifics: they mark a person's name and are neither a role nor part of the name.</summary>
    private static readonly WordSet Honorifics = new(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "rev", "messrs"]);

    /// <summary>
    /// The role lexicon: English nouns (singular, lower case) that name what a source does or is. A
    /// capitalised one before a name is a title (<c>Economy Minister Nicolas Grau</c>); a lower-case one
    /// before a name is the role (<c>spokesperson Kelli Hopp-Michlosky</c>); a single capitalised word
    /// that is one (<c>Officials</c>, <c>Analysts</c>) is a role, any other is a surname.
    /// </summary>
    private static readonly WordSet RoleNouns =
    new([
        "speaker", "whip", "host", "anchor", "commentator", "pollster", "columnist", "ceo", "cfo", "coo", "cto", "nominee", "strategist", "spokesperson",
        "president", "vice-president", "minister", "premier", "chancellor", "senator", "sen", "governor", "gov", "mayor", "general", "gen",
        "ambassador", "secretary", "professor", "prof", "judge", "justice", "commissioner", "director", "chairman", "chairwoman",
        "chair", "chairperson", "spokesman", "spokeswoman", "spokesperson", "deputy", "congressman", "congresswoman", "representative",
        "rep", "colonel", "col", "admiral", "chief", "head", "leader", "lawmaker", "legislator", "official", "officer", "analyst",
        "economist", "strategist", "adviser", "advisor", "executive", "manager", "founder", "co-founder", "partner", "researcher",
        "fellow", "scholar", "expert", "editor", "correspondent", "reporter", "commander", "diplomat", "envoy", "negotiator",
        "candidate", "lawyer", "attorney", "prosecutor", "investor", "trader", "banker", "activist", "critic", "resident",
        "protester", "observer", "witness", "source", "worker", "farmer", "developer", "owner", "member", "delegate", "aide",
        "staffer", "employee", "sergeant", "sgt", "captain", "lieutenant", "lt", "major", "king", "queen", "prince", "princess",
        "pope", "cardinal", "bishop", "rabbi", "imam", "sheikh", "emir", "consul", "attaché", "treasurer", "auditor", "inspector",
        "superintendent", "sheriff", "spokespeople", "people", "person", "police", "authority", "government", "ministry", "agency",
        "department", "office", "committee", "council", "party", "union", "group", "firm", "company", "bank", "institute", "panel",
        "think-tank", "vice", "senior", "former", "acting", "interim", "assistant", "associate", "principal", "consultant",
        "economist", "physician", "doctor", "nurse", "teacher", "student", "voter", "supporter", "opponent", "organizer", "organiser",
        "author", "writer", "historian", "scientist", "engineer", "pilot", "soldier", "veteran", "monitor", "mediator", "regulator",
    ]);

    /// <summary>
    /// Words that make a capitalised name a place rather than a person: first words of place names (<c>North Korea</c>,
    /// <c>New York</c>, <c>San Diego</c>) and last words (<c>Orange County</c>, <c>Midway Island</c>).
    /// </summary>
    private static readonly WordSet PlaceHeads = new(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "los", "las", "san", "santa", "fort", "mount", "lake", "cape", "port"]);

    private static readonly WordSet PlaceEnds = new(["county", "city", "island", "islands", "atoll", "province", "peninsula", "valley", "territory", "territories"]);

    /// <summary>Whether a run of capitalised words names a place by its first or last word (<c>North Korea</c>, <c>Orange County</c>).</summary>
    public static bool IsPlaceName(ReadOnlySpan<char> run)
    {
        var space = run.IndexOf(' ');
        return space > 0 && (PlaceHeads.Contains(run[..space]) || PlaceEnds.Contains(TrimPossessive(run[(run.LastIndexOf(' ') + 1)..])));
    }

    /// <summary>Nouns that make a capitalised name an organisation rather than a person (<c>the Finance Ministry</c>).</summary>
    private static readonly WordSet OrganisationNouns =
    new([
        "ministry", "bank", "institute", "university", "party", "council", "committee", "company", "corporation", "corp", "inc",
        "ltd", "llc", "plc", "group", "agency", "department", "association", "union", "fund", "foundation", "forum", "reserve",
        "commission", "court", "government", "office", "house", "senate", "congress", "parliament", "assembly", "center", "centre",
        "service", "services", "authority", "organization", "organisation", "times", "post", "news", "journal", "press", "network",
        "partners", "capital", "holdings", "securities", "economics", "research", "analytics", "nations", "states", "republic",
        "kingdom", "federation", "army", "police", "force", "forces", "board", "bureau", "administration", "campaign", "coalition",
        "alliance", "league", "society", "church", "school", "college", "club", "exchange", "market", "markets", "street",
    ]);

    /// <summary>
    /// Closed-class English words (articles, prepositions, conjunctions, pronouns, a few adverbs): a
    /// capital on one of them marks the start of a sentence, not a name, and one of them right before a
    /// capitalised run is not a role.
    /// </summary>
    private static readonly WordSet FunctionWords =
        new(["the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "from", "to", "by", "with", "of", "as", "if", "when",
         "while", "after", "before", "since", "because", "although", "though", "this", "that", "these", "those", "his", "her", "their",
         "its", "our", "my", "we", "he", "she", "they", "it", "i", "there", "here", "then", "now", "also", "still", "even", "meanwhile",
         "however", "instead", "indeed", "moreover", "nonetheless", "nevertheless", "therefore", "thus", "otherwise", "last", "next", "under", "over", "during", "despite", "according", "like", "both", "many", "some", "into", "across",
         "near", "outside", "inside", "toward", "towards", "around", "throughout", "about", "against", "between", "among", "without",
         "who", "whom", "whose", "which", "what", "where", "how", "why", "has", "have", "had", "is", "was", "are", "were", "will", "would"]);

    /// <summary>The prepositions (<see cref="SpeechCues.Prepositions"/>): a part that begins with one (<c>in a statement</c>) describes the saying, not the source.</summary>
    private static readonly WordSet Prepositions = SpeechCues.Prepositions;

    private static readonly string[] SayingLeads = [.. SpeechCues.Prepositions, "speaking", "summing", "according", "and", "referring", "responding", "adding", "writing"];

    /// <summary>Words of quantity before <c>of</c> (<c>one of the negotiators</c>): the phrase is a role as a whole.</summary>
    private static readonly WordSet Quantities = new(["one", "two", "three", "four", "five", "several", "some", "many", "most", "all", "both", "none", "each", "any", "either", "neither", "few", "part", "member"]);

    private static readonly WordSet PersonPronouns = new(["he", "she", "him", "her"]);
    private static readonly WordSet Pronouns = new(["he", "she", "they", "it", "we", "i", "you", "him", "her"]);

    /// <summary>
    /// A source found in body text: comma-separated parts (appositives). A part that is a name is the
    /// name — after any role written before it (<c>Economy Minister Nicolas Grau</c>, <c>the company's
    /// spokesperson Kelli Hopp-Michlosky</c>) and without an honorific (<c>Mr. Holtz-Eakin</c>); a single
    /// capitalised word that is not a role noun is a surname. A part such as <c>now living in X</c> or
    /// <c>based in X</c> is the location; any other part is a role, split at its organisation
    /// (<c>global head of EM credit strategy at BNP Paribas</c>) and place (<c>a Washington-based
    /// developer</c>). Only a source with no name is anonymous.
    /// </summary>
    public static Source FromText(string text, string? location = null)
    {
        if (SourceMemo.TryGet(text, location, out var known))
        {
            return known;
        }

        var (text0, location0) = (text, location);
        var trimmed = WithoutTrailingAuxiliaries(WithoutParticiplePhrase(WithoutOpeningPhrase(text.Trim())));
        string? name = null, role = null, affiliation = null;
        if (IsPronoun(trimmed))
        {
            return SourceMemo.Keep(text0, location0, new Source { Text = trimmed, Location = location, Anonymous = true });
        }

        // The comma-separated parts are read in place (no-break spaces read as spaces); only what the
        // source keeps becomes a string.
        var all = trimmed.Contains('\u00A0') ? trimmed.Replace('\u00A0', ' ') : trimmed;
        foreach (var range in all.AsSpan().Split(','))
        {
            var part = WithoutParenthesis(all.AsSpan()[range].Trim());
            if (part.Length == 0)
            {
                continue;
            }

            if (TryLocationPart(part, out var place))
            {
                location ??= place;
                continue;
            }

            // A relative clause ("who has four children") ends the description; a part that opens with a
            // preposition or participle ("in a statement", "speaking of …") describes the saying.
            if (StartsWithAny(part, RelativeLinks))
            {
                break;
            }

            if (name is not null && (StartsWithAny(part, SayingLeads) || IsParticiplePhrase(part)))
            {
                break;
            }

            var hadArticle = StripArticle(StripAdverb(part), out var bare);
            if (name is null && TryNamePart(bare, hadArticle, out var partName, out var before, out var partPlace))
            {
                name = partName;
                location ??= partPlace;
                if (before.Length > 0)
                {
                    Describe(before.ToString(), ref role, ref affiliation, ref location);
                }

                continue;
            }

            if (name is null && TryNameAtOrganisation(bare, hadArticle, out partName, out before, out var organisation))
            {
                name = partName;
                if (before.Length > 0)
                {
                    Describe(before.ToString(), ref role, ref affiliation, ref location);
                }

                affiliation ??= organisation;
                continue;
            }

            Describe(bare.ToString(), ref role, ref affiliation, ref location);
        }

        return SourceMemo.Keep(text0, location0, new Source { Text = trimmed, Name = name, Role = role, Affiliation = affiliation, Location = location, Anonymous = name is null });
    }

    /// <summary>
    /// A pull quote's attribution line, in the shapes <c>Name | Role, Organisation</c> and <c>Name, Role,
    /// Organisation, City</c> (a leading dash is not part of it). When the first part is a name it is the
    /// name; the rest is positional: one part is the role; two are role and location (<c>Mining minister,
    /// Santiago</c>), or role and organisation after a bar (<c>Name | Role, Organisation</c>); three or
    /// more are role, organisation(s) and location.
    /// </summary>
    public static Source FromAttribution(string line)
    {
        var trimmed = line.Trim();
        var body = trimmed.AsSpan().TrimStart("-\u2010\u2012\u2013\u2014\u2015~ \t\u00A0").Trim().ToString();
        var bar = body.IndexOf('|');
        var parts = new List<string>(4);
        if (bar >= 0)
        {
            parts.Add(body[..bar].Trim());
            parts.AddRange(body[(bar + 1)..].Split([',', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }
        else
        {
            parts.AddRange(body.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        }

        string? name = null, role = null, affiliation = null, location = null;
        var rest = parts.Count;
        var first = 0;
        if (parts.Count > 0 && parts[0].Length > 0 && TryNamePart(parts[0], hadArticle: false, out var partName, out var before, out var partPlace))
        {
            name = partName;
            location = partPlace;
            if (before.Length > 0)
            {
                Describe(before.ToString(), ref role, ref affiliation, ref location);
            }

            first = 1;
            rest--;
        }
        else if (bar >= 0 && parts[0].Length == 0)
        {
            first = 1;
            rest--;
        }

        var named = bar >= 0;
        for (var i = first; i < parts.Count; i++)
        {
            var part = parts[i];
            var position = i - first;
            if (position == 0)
            {
                // The role part names its organisation itself ("Global head of research at X") unless a
                // later part is the organisation.
                if (rest >= 3 || (rest == 2 && named))
                {
                    if (role is null)
                    {
                        role = part;
                    }
                    else
                    {
                        affiliation = affiliation is null ? part : affiliation + ", " + part;
                    }
                }
                else
                {
                    Describe(part, ref role, ref affiliation, ref location);
                }
            }
            else if (i == parts.Count - 1 && (rest >= 3 || (rest == 2 && !named)))
            {
                location ??= part;
            }
            else
            {
                affiliation = affiliation is null ? part : affiliation + ", " + part;
            }
        }

        return new Source { Text = trimmed, Name = name, Role = role, Affiliation = affiliation, Location = location, Anonymous = name is null };
    }

    /// <summary>
    /// Whether a pull quote's attribution names the same source as a body quote's: with a name, the
    /// names agree (in full or by surname, ignoring case); without one, the attribution's words agree
    /// with the source's (<see cref="QuoteMatching.AttributionMatches"/>).
    /// </summary>
    public static bool SameSource(Source attribution, Source source)
    {
        if (attribution.Name is { Length: > 0 } name)
        {
            return source.Name is { Length: > 0 } other &&
                (name.Equals(other, StringComparison.OrdinalIgnoreCase) || Surname(name).Equals(Surname(other), StringComparison.OrdinalIgnoreCase));
        }

        return source.Anonymous && !string.IsNullOrWhiteSpace(attribution.Text) && !string.IsNullOrWhiteSpace(source.Text) &&
            QuoteMatching.AttributionMatches(attribution.Text, source);
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

    /// <summary>Whether the text is a personal pronoun that stands for one person (<c>he</c>, <c>she</c>), ignoring case.</summary>
    public static bool IsPersonPronoun(ReadOnlySpan<char> text) => PersonPronouns.Contains(text);

    /// <summary>Whether a word, ignoring case, is a closed-class word (article, preposition, conjunction, pronoun…).</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionWords.Contains(word);

    /// <summary>Whether a word, ignoring case, is a word of quantity (<c>some</c>, <c>many</c>, <c>both</c>): one that can stand alone for people.</summary>
    public static bool IsQuantity(ReadOnlySpan<char> word) => Quantities.Contains(word);

    /// <summary>Whether a word, ignoring case, is a preposition that puts a place or an organisation after it (<c>in</c>, <c>at</c>).</summary>
    public static bool IsPreposition(ReadOnlySpan<char> word) => Prepositions.Contains(word);

    /// <summary>Whether the text is <c>it</c>, ignoring case: a pronoun that stands for an organisation.</summary>
    public static bool IsThingPronoun(ReadOnlySpan<char> text) => text.Equals("it", StringComparison.OrdinalIgnoreCase);

    /// <summary>The last word of a name (<c>Holtz-Eakin</c> of <c>Douglas Holtz-Eakin</c>), without a possessive.</summary>
    public static ReadOnlySpan<char> Surname(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        var space = name.LastIndexOf(' ');
        return TrimPossessive(space < 0 ? name : name[(space + 1)..]);
    }

    /// <summary>Whether a word, ignoring case, a final full stop and a plural <c>s</c>/<c>ies</c>, is in the role lexicon.</summary>
    public static bool IsRoleNoun(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (word.IsEmpty || word.Length > 32)
        {
            return false;
        }

        if (RoleNouns.Contains(word) || (word[^1] is 's' or 'S' && RoleNouns.Contains(word[..^1])))
        {
            return true;
        }

        // authorities -> authority, spokeswomen -> spokeswoman
        Span<char> singular = stackalloc char[word.Length];
        word.CopyTo(singular);
        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            singular[^3] = 'y';
            return RoleNouns.Contains(singular[..^2]);
        }

        if (word.EndsWith("men", StringComparison.OrdinalIgnoreCase))
        {
            singular[^2] = 'a';
            return RoleNouns.Contains(singular);
        }

        return false;
    }

    /// <summary>Whether a word, ignoring case and a final full stop, is an honorific (<c>Mr.</c>, <c>Dr</c>).</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word) => Honorifics.Contains(word.TrimEnd('.'));

    /// <summary>Whether a word, ignoring case, names a kind of organisation (<c>Ministry</c>, <c>Bank</c>).</summary>
    public static bool IsOrganisationNoun(ReadOnlySpan<char> word) => OrganisationNouns.Contains(TrimPossessive(word.TrimEnd('.')));

    /// <summary>
    /// The name in one appositive part, and the role words written before it: a proper name (after a
    /// capitalised title: <c>Economy Minister | Nicolas Grau</c>); a trailing name after a lower-case
    /// role noun or a title (<c>company's spokesperson | Kelli Hopp-Michlosky</c>); a single capitalised
    /// word that is not a role noun (a surname). An honorific is dropped from the name.
    /// </summary>
    private static bool TryNamePart(ReadOnlySpan<char> part, bool hadArticle, out string name, out ReadOnlySpan<char> before, out string? place)
    {
        name = "";
        before = default;
        place = null;

        // "Mr. Holtz-Eakin", "Dr Jane Smith": the honorific marks a person.
        var firstSpace = part.IndexOf(' ');
        if (firstSpace > 0 && IsHonorific(part[..firstSpace]) && char.IsUpper(part[(firstSpace + 1)..].TrimStart()[0]))
        {
            var rest = part[(firstSpace + 1)..].Trim();
            if (IsName(rest, hadArticle: false) || IsCapitalisedWord(rest))
            {
                name = PersonName(rest, out place);
                return true;
            }
        }

        // Where the trailing run of capitalised words (and connectors inside it) begins.
        var runStart = TrailingRunStart(part);
        if (runStart < 0)
        {
            return false;
        }

        var run = part[runStart..];
        var titleEnd = TitleEnd(run);
        if (runStart == 0)
        {
            if (titleEnd > 0)
            {
                // "Economy Minister Nicolas Grau": the words up to the title are the role.
                before = run[..titleEnd];
                name = PersonName(run[titleEnd..].Trim(), out place);
                return true;
            }

            if (IsName(run, hadArticle))
            {
                // "Foreign Minister", "the Prime Minister": a capitalised role, not a name.
                if (IsRoleNoun(LastWord(run)) && !IsOrganisationNoun(LastWord(run)))
                {
                    return false;
                }

                // "Elijah Cummings of Maryland": the name without its trailing "of X" (kept as the place).
                name = PersonName(run, out place);
                return true;
            }

            // A single capitalised word that is not a role noun is a surname ("Masters"); never a role.
            if (!hadArticle && IsCapitalisedWord(run) && !IsRoleNoun(run) && !IsPronoun(run))
            {
                name = run.ToString();
                return true;
            }

            return false;
        }

        // Lower-case words, then a capitalised run: a name when a role noun, a title or another word of
        // a description (not a function word) comes right before it ("MSNBC host Chris Matthews").
        var lead = part[..runStart].TrimEnd();
        var previous = TrimPossessive(LastWord(lead));
        var nameStart = titleEnd > 0 ? titleEnd : 0;
        var candidate = run[nameStart..].Trim();
        var described = titleEnd > 0 || IsRoleNoun(previous) || (!FunctionWords.Contains(previous) && previous.Length > 1 && char.IsLetter(previous[^1]) && IsName(candidate, hadArticle: false) && candidate.Contains(' '));
        if (described && candidate.Length > 0 && (IsName(candidate, hadArticle: false) || IsCapitalisedWord(candidate)) && !IsRoleNoun(LastWord(candidate)))
        {
            before = part[..(runStart + nameStart)].TrimEnd();
            name = PersonName(candidate, out place);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A part that is a person's name, a link and the organisation they speak for (<c>Ana Lima at Harbour Bank</c>,
    /// <c>senior inspector Marta Osei from the North Coast police</c>): the words before the link are a name of two
    /// words or more that ends in no organisation noun (<c>Peterson Institute for …</c> is one name), read as
    /// <see cref="TryNamePart"/> reads one; what follows the link, capitalised or after an article, is the organisation.
    /// </summary>
    private static bool TryNameAtOrganisation(ReadOnlySpan<char> part, bool hadArticle, out string name, out ReadOnlySpan<char> before, out string? organisation)
    {
        name = "";
        before = default;
        organisation = null;
        foreach (var link in SpeechCues.NameAffiliationLinks)
        {
            var at = part.IndexOf(link, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var head = part[..at].TrimEnd();
            var tailArticle = StripArticle(part[(at + link.Length)..].Trim(), out var tail);
            if (tail.Length == 0 || !(tailArticle || char.IsUpper(tail[0])) || !TryNamePart(head, hadArticle, out var headName, out before, out _) ||
                headName.IndexOf(' ') < 0 || IsOrganisationNoun(LastWord(headName)))
            {
                continue;
            }

            name = headName;
            organisation = FirstDescription(tail).ToString();
            return true;
        }

        return false;
    }

    /// <summary>A person's name as written, without a trailing <c>of X</c> (<c>Elijah Cummings of Maryland</c>: X is the place).</summary>
    private static string PersonName(ReadOnlySpan<char> name, out string? place)
    {
        place = null;
        var of = name.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0 && !IsOrganisationNoun(LastWord(name[..of])) && !IsRoleNoun(LastWord(name[..of])) && of + 4 < name.Length && char.IsUpper(name[of + 4]))
        {
            place = name[(of + 4)..].Trim().ToString();
            return name[..of].Trim().ToString();
        }

        return name.ToString();
    }

    /// <summary>The part without a trailing parenthesis (<c>Gwen Moore (D-Wis.)</c>: a party and state).</summary>
    private static ReadOnlySpan<char> WithoutParenthesis(ReadOnlySpan<char> part)
    {
        var open = part.LastIndexOf('(');
        return open > 0 && part.EndsWith(")") ? part[..open].TrimEnd() : part;
    }

    /// <summary>The part without a leading <c>now</c>, <c>currently</c> or <c>formerly</c> (<c>now a consultant</c>).</summary>
    private static ReadOnlySpan<char> StripAdverb(ReadOnlySpan<char> part)
    {
        foreach (var adverb in (ReadOnlySpan<string>)["now ", "currently ", "formerly ", "also "])
        {
            if (part.StartsWith(adverb, StringComparison.Ordinal) && part.Length > adverb.Length)
            {
                return part[adverb.Length..].TrimStart();
            }
        }

        return part;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> part, string[] words)
    {
        var space = part.IndexOf(' ');
        var first = space < 0 ? part : part[..space];
        foreach (var word in words)
        {
            if (first.SequenceEqual(word.AsSpan().Trim()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a description (role words) to the source: its role, organisation and place.</summary>
    private static void Describe(string phrase, ref string? role, ref string? affiliation, ref string? location)
    {
        var (partRole, partAffiliation, partLocation) = SplitRole(phrase);
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

    /// <summary>The start of the run of capitalised words (connectors allowed inside) that ends the text, or -1.</summary>
    private static int TrailingRunStart(ReadOnlySpan<char> text)
    {
        var start = -1;
        var end = text.Length;
        while (end > 0)
        {
            var space = text[..end].LastIndexOf(' ');
            var word = text[(space + 1)..end];
            if (word.Length > 0)
            {
                if (char.IsUpper(word[0]))
                {
                    start = space + 1;
                }
                else if (start < 0 || !IsOneOf(word, NameConnectors))
                {
                    break;
                }
            }

            end = space < 0 ? 0 : space;
        }

        return start;
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        return space < 0 ? text : text[(space + 1)..];
    }

    /// <summary>Whether the word ends in a possessive (<c>Lima's</c>, <c>Lima’s</c>, <c>Jones'</c>, <c>Jones’</c>).</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) => TrimPossessive(word).Length != word.Length;

    private static ReadOnlySpan<char> TrimPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] :
        word.EndsWith("s'", StringComparison.Ordinal) || word.EndsWith("s\u2019", StringComparison.Ordinal) ? word[..^1] : word;

    /// <summary>One word, capitalised, with a lower-case letter after its first (so not an acronym): <c>Masters</c>.</summary>
    private static bool IsCapitalisedWord(ReadOnlySpan<char> text) =>
        text.Length > 1 && text.IndexOf(' ') < 0 && char.IsUpper(text[0]) && text[1..].ContainsAnyInRange('a', 'z');

    /// <summary>Whether the text, lower-cased as <see cref="string.ToLowerInvariant()"/> would, is a personal pronoun.</summary>
    private static bool IsPronoun(ReadOnlySpan<char> text) => Pronouns.Contains(text);

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

    /// <summary>
    /// The end of the last capitalised role noun (<c>Minister</c>, <c>President</c>…) in a capitalised run
    /// that goes on with a capitalised word, or 0: <c>Economy Minister Nicolas Grau</c> gives the end of
    /// <c>Minister</c>; <c>Minister of Energy</c> gives 0.
    /// </summary>
    internal static int TitleEnd(ReadOnlySpan<char> run)
    {
        var end = 0;
        var position = 0;
        var afterTitle = 0; // 1 after a title word, 2 after its "of"
        foreach (var range in run.Split(' '))
        {
            var word = run[range];
            position += word.Length;
            if (word.Length > 0 && char.IsUpper(word[0]) && (IsRoleNoun(word) || IsHonorific(word)) && !IsOrganisationNoun(word))
            {
                end = position;
                afterTitle = 1;
            }
            else if (afterTitle == 1 && word.SequenceEqual("of"))
            {
                afterTitle = 2;
            }
            else if (afterTitle == 2 && word.Length > 0 && char.IsUpper(word[0]))
            {
                end = position; // "Secretary of State": the title goes on through its object
                afterTitle = 0;
            }
            else
            {
                afterTitle = 0;
            }

            position++;
        }

        // Only when a capitalised word follows ("Minister Molina", not "Minister of Energy").
        return end > 0 && end < run.Length - 1 && char.IsUpper(run[end + 1]) ? end : 0;
    }

    /// <summary>
    /// Whether a word of seven letters or more ends in an adverb's suffix that names rarely have (<c>Thankfully</c>,
    /// <c>Unfortunately</c>, <c>Reportedly</c>, <c>Ironically</c>; not <c>Kelly</c>, <c>Donnelly</c>, <c>Reilly</c>): such a word alone is no speaker.
    /// </summary>
    internal static bool IsAdverbByForm(ReadOnlySpan<char> word)
    {
        if (word.Length < 7)
        {
            return false;
        }

        foreach (var suffix in AdverbSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of two letters or more is written in capitals only (<c>US</c>, <c>NATO</c>): an acronym, not the word it spells.</summary>
    internal static bool IsAcronym(ReadOnlySpan<char> word)
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
            if (part.StartsWith(article, StringComparison.OrdinalIgnoreCase) && part.Length > article.Length &&
                !part[article.Length..].StartsWith("of ", StringComparison.Ordinal))
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

    /// <summary>
    /// A description split into role, organisation and place: a relative clause keeps it whole; a
    /// trailing <c>in X</c> or a <c>X-based</c> word is the place; the organisation follows the first
    /// <c>at</c>, else <c>for</c>, <c>with</c>, <c>of</c> whose object is capitalised or has an article;
    /// a possessive before the role is the organisation (<c>company's spokesperson</c>).
    /// </summary>
    private static (string? Role, string? Affiliation, string? Location) SplitRole(string phrase)
    {
        var relative = phrase.AsSpan().IndexOfAny(RelativeLinkSearch);
        if (relative >= 0)
        {
            // "a lawyer who advises two of the investors": the clause says what the role is, so it stays.
            // "a professor at Purdue University whose research …": the clause is about the organisation;
            // the role and organisation before it are split as usual.
            if (phrase.AsSpan(0, relative).IndexOfAny(AffiliationLinkSearch) < 0)
            {
                return (phrase, null, null);
            }

            phrase = phrase[..relative];
        }

        string? location = null;
        foreach (var lead in phrase.Contains(" in ", StringComparison.Ordinal) ? (ReadOnlySpan<string>)[" based in ", " living in ", " in "] : [])
        {
            var at = phrase.LastIndexOf(lead, StringComparison.Ordinal);
            if (at > 0 && at + lead.Length < phrase.Length && char.IsUpper(phrase[at + lead.Length]))
            {
                location = phrase[(at + lead.Length)..].Trim();
                phrase = phrase[..at].TrimEnd();
                break;
            }
        }

        // "a Washington-based developer", "a South Florida-based president": the capitalised words before "-based".
        var based = phrase.IndexOf("-based", StringComparison.Ordinal);
        if (based > 0 && (based + 6 == phrase.Length || phrase[based + 6] == ' ') && location is null)
        {
            var wordStart = phrase.LastIndexOf(' ', based - 1) + 1;
            while (wordStart > 1 && phrase.LastIndexOf(' ', wordStart - 2) is var earlier && char.IsUpper(phrase[earlier + 1]) && !FunctionWords.Contains(phrase.AsSpan(earlier + 1, wordStart - earlier - 2)))
            {
                wordStart = earlier + 1;
            }

            if (char.IsUpper(phrase[wordStart]))
            {
                location = phrase[wordStart..based];
                phrase = (phrase[..wordStart] + phrase[(based + 6)..].TrimStart()).Trim();
            }
        }

        string? affiliation = null;
        foreach (var link in phrase.AsSpan().IndexOfAny(AffiliationLinkSearch) >= 0 ? AffiliationLinks : [])
        {
            for (var at = phrase.IndexOf(link, StringComparison.Ordinal); at > 0; at = phrase.IndexOf(link, at + 1, StringComparison.Ordinal))
            {
                // Not inside a capitalised name ("Institute for Climate Impact Research"), and only before an organisation.
                var hadArticle = StripArticle(phrase.AsSpan(at + link.Length).Trim(), out var bare);
                // "Secretary of State", "Institute for Ocean Research": a link inside a capitalised name
                // (an acronym such as CEO is a role); "one of the negotiators": a quantity, not a role.
                var wordBefore = LastWord(phrase.AsSpan(0, at));
                var inName = link != " at " && wordBefore.Length > 0 && char.IsUpper(wordBefore[0]) && !IsAcronym(wordBefore);
                var quantity = link == " of " && (IsFunctionWord(wordBefore) || Quantities.Contains(wordBefore) || (wordBefore.Length > 0 && char.IsDigit(wordBefore[0])));
                if (bare.Length > 0 && !inName && !quantity && (hadArticle || char.IsUpper(bare[0])))
                {
                    affiliation = FirstDescription(bare).ToString();
                    phrase = phrase[..at].TrimEnd();
                    break;
                }
            }

            if (affiliation is not null)
            {
                break;
            }
        }

        // "company's spokesperson", "BNP Paribas's chief economist": the possessor is the organisation.
        // Not "a member of Ennahda's general secretariat": a possessive after "of" belongs to that phrase.
        var possessive = PossessiveEnd(phrase);
        if (affiliation is null && possessive > 0 && phrase.AsSpan(0, possessive).IndexOfAny(AffiliationLinkSearch) < 0)
        {
            StripArticle(phrase.AsSpan(0, possessive).Trim(), out var owner);
            affiliation = TrimPossessive(owner).ToString();
            phrase = phrase[possessive..].Trim();
        }

        return (phrase.Length > 0 ? phrase : null, affiliation, location);
    }

    /// <summary>
    /// The subject without an opening phrase of time or place that the sentence put before it: <c>On
    /// Tuesday the ministry</c> → <c>the ministry</c>, <c>Last night Finance Minister Ana Berg</c> →
    /// <c>Finance Minister Ana Berg</c>, <c>At the ceremony, a lawyer, Ana Lima</c> → <c>a lawyer, Ana
    /// Lima</c>. The phrase opens with a capitalised preposition or time word and ends at a comma, at a
    /// determiner, or at a capitalised word after a time word; otherwise the text is kept whole
    /// (<c>In Clon Casey's Bar</c>, <c>Under Secretary Ana Lima</c>).
    /// </summary>
    private static string WithoutOpeningPhrase(string text, bool afterConjunction = false)
    {
        var span = text.AsSpan();
        var space = span.IndexOf(' ');
        if (space <= 0 || !(char.IsUpper(span[0]) || afterConjunction))
        {
            return text;
        }

        var first = span[..space];
        // "But Ana Lima, the pilot", "And on Monday, the pilot": a conjunction that opens the sentence is no part of the source.
        if (!afterConjunction && SpeechCues.IsOpeningCoordinator(first) && space + 1 < span.Length && char.IsLetter(span[space + 1]))
        {
            return WithoutOpeningPhrase(text[(space + 1)..], afterConjunction: true);
        }

        var timeOpener = SpeechCues.TimeWords.Contains(first);
        if (!timeOpener && !IsPreposition(first))
        {
            return text;
        }

        // "At least a dozen farmers", "At most two officials": a quantity, not a place.
        if (span[(space + 1)..].StartsWith("least ", StringComparison.Ordinal) || span[(space + 1)..].StartsWith("most ", StringComparison.Ordinal))
        {
            return text;
        }

        var comma = span.IndexOf(',');
        if (comma > space && comma < span.Length - 1)
        {
            return text[(comma + 1)..].TrimStart();
        }

        var previousIsTime = timeOpener;
        var position = space + 1;
        while (position < span.Length)
        {
            var next = span[position..].IndexOf(' ');
            var word = next < 0 ? span[position..] : span.Slice(position, next);
            if (word.IsEmpty)
            {
                position++; // two spaces in a row
                continue;
            }

            if (previousIsTime && char.IsLower(word[0]) && SpeechCues.PersonSubjects.Contains(word))
            {
                return text[position..]; // "Then he", "Later that night they": the pronoun is the subject
            }

            if (next < 0)
            {
                break; // the last word is the subject's head: keep the whole text
            }

            if (IsDeterminer(word) || (previousIsTime && char.IsUpper(word[0]) && !IsTimeWord(word)))
            {
                return IsDeterminer(word) ? NameAfterPlace(text, position + next + 1) ?? text[position..] : text[position..];
            }

            previousIsTime = IsTimeWord(word) || char.IsDigit(word[0]);
            position += next + 1;
        }

        return text;

        static bool IsDeterminer(ReadOnlySpan<char> word) => char.IsLower(word[0]) && SpeechCues.Determiners.Contains(word);

        // "Saturday at the party convention Sen. Ana Lima": after a determiner's lower-case noun phrase, a name of two capitalised
        // words or more (and a bracketed tag) that runs to the end is the subject, the phrase before it the place.
        static string? NameAfterPlace(string text, int from)
        {
            var span = text.AsSpan();
            var position = from;
            var lower = 0;
            while (position < span.Length && char.IsLower(span[position]))
            {
                var space = span[position..].IndexOf(' ');
                if (space < 0 || SpeechCues.ClauseWords.Contains(span.Slice(position, space)) || SpeechCues.RelativeSubjects.Contains(span.Slice(position, space)) ||
                    IsDeterminer(span.Slice(position, space)))
                {
                    return null;
                }

                lower++;
                position += space + 1;
            }

            // "At the hearing on Saturday Sen. Ana Lima": a day or month that ends the phrase is no part of the name.
            while (lower > 0 && span[position..].IndexOf(' ') is > 0 and var gap && IsTimeWord(span.Slice(position, gap)))
            {
                position += gap + 1;
            }

            var name = span[position..];
            var bracket = name.IndexOf('(');
            var words = bracket < 0 ? name : name[..bracket].TrimEnd();
            if (lower == 0 || lower > 4 || words.IsEmpty || words.IndexOf(' ') < 0 || (bracket >= 0 && name[^1] != ')'))
            {
                return null;
            }

            foreach (var range in words.Split(' '))
            {
                if (words[range].IsEmpty || !char.IsUpper(words[range][0]))
                {
                    return null;
                }
            }

            return text[position..];
        }

        static bool IsTimeWord(ReadOnlySpan<char> word) =>
            SpeechCues.TimeWords.Contains(word) || SpeechCues.Months.Contains(word);
    }

    /// <summary>
    /// A participle and its preposition (<c>bristling with anger</c>, <c>flanked by aides</c>): how the
    /// source spoke, not a role; a participle before a noun is a role (<c>acting director</c>, <c>managing editor</c>).
    /// </summary>
    private static bool IsParticiplePhrase(ReadOnlySpan<char> part)
    {
        var space = part.IndexOf(' ');
        if (space < 0 || !char.IsLower(part[0]))
        {
            return false;
        }

        var first = part[..space];
        var rest = part[(space + 1)..];
        var next = rest.IndexOf(' ') is var end and >= 0 ? rest[..end] : rest;
        return (first.EndsWith("ing", StringComparison.Ordinal) || first.EndsWith("ed", StringComparison.Ordinal)) && first.Length > 4 && IsPreposition(next) ||
            IsVerbPhraseInIng(first, next);
    }

    /// <summary>
    /// An -ing verb with its object or adverb (<c>shaking his head</c>, <c>facing a stiff challenge</c>, <c>contradicting
    /// Trump</c>, <c>stepping out</c>, <c>speaking publicly</c>): what the source was doing, never a role, which has a noun
    /// after its -ing word (<c>ranking member</c>, <c>managing director</c>).
    /// </summary>
    private static bool IsVerbPhraseInIng(ReadOnlySpan<char> first, ReadOnlySpan<char> next) =>
        first.Length > 4 && first.EndsWith("ing", StringComparison.Ordinal) && !first.EndsWith("thing", StringComparison.Ordinal) &&
        !IsPreposition(first) && !IngPrepositions.Contains(first) && next.Length > 0 &&
        (SpeechCues.Determiners.Contains(next) || SpeechCues.ObjectPronouns.Contains(next) || SpeechCues.PhrasalParticles.Contains(next) ||
         next is "that" or "it" || char.IsUpper(next[0]) || next.Length > 4 && next.EndsWith("ly", StringComparison.Ordinal));

    /// <summary>
    /// <paramref name="text"/> without the auxiliaries and adverbs that stood between it and its verb (<c>Donald Trump is</c>
    /// promising, <c>They are</c> saying, <c>China also is</c> promising, <c>X has been</c> slamming): they belong to the verb,
    /// and a noun phrase never ends in one. A capitalised word is a name (<c>Will</c>), and one word always stays.
    /// </summary>
    public static ReadOnlySpan<char> WithoutTrailingAuxiliaries(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var space = text.LastIndexOf(' ');
            var last = text[(space + 1)..];
            if (space <= 0 || last.Length == 0 || !char.IsLower(last[0]) ||
                !(SpeechCues.Auxiliaries.Contains(last) || SpeechCues.Passive.Contains(last) || SpeechCues.FiniteVerbs.Contains(last)))
            {
                return text;
            }

            text = text[..space].TrimEnd().TrimEnd(',');
        }
    }

    private static string WithoutTrailingAuxiliaries(string text) => WithoutTrailingAuxiliaries(text.AsSpan()) is var kept && kept.Length == text.Length ? text : kept.ToString();

    /// <summary>Prepositions in -ing form (<c>including</c>, <c>regarding</c>): they open a part of a source, not a verb phrase.</summary>
    private static readonly WordSet IngPrepositions = ["including", "excluding", "regarding", "concerning", "considering", "representing"];

    /// <summary>
    /// <paramref name="text"/> up to the comma before its first part that says what the source was doing (<c>Ana Lima,
    /// speaking to reporters</c>, <c>the mayor, shaking his head</c>: a participle phrase, <see cref="IsParticiplePhrase"/>),
    /// after a part that names or describes the source; the whole text when it has no such part.
    /// </summary>
    private static string WithoutParticiplePhrase(string text)
    {
        var comma = text.IndexOf(',');
        while (comma > 0 && comma + 1 < text.Length)
        {
            var next = text.IndexOf(',', comma + 1);
            var part = text.AsSpan(comma + 1, (next < 0 ? text.Length : next) - comma - 1).Trim();
            if (IsParticiplePhrase(part))
            {
                return text[..comma].TrimEnd();
            }

            comma = next;
        }

        return text;
    }

    /// <summary>An organisation up to a second description joined by <c>and a</c> / <c>and the</c> (<c>X and the editor of Y</c>: X).</summary>
    private static ReadOnlySpan<char> FirstDescription(ReadOnlySpan<char> text)
    {
        foreach (var join in (ReadOnlySpan<string>)[" and a ", " and an ", " and the "])
        {
            var at = text.IndexOf(join, StringComparison.Ordinal);
            if (at > 0)
            {
                text = text[..at];
            }
        }

        return text.TrimEnd();
    }

    /// <summary>The end of the first word with a possessive <c>'s</c> that has words after it, or 0.</summary>
    private static int PossessiveEnd(string phrase)
    {
        var position = 0;
        foreach (var range in phrase.AsSpan().Split(' '))
        {
            var word = phrase.AsSpan()[range];
            position += word.Length;
            if (word.Length > 2 && TrimPossessive(word).Length < word.Length && position < phrase.Length - 1)
            {
                return position;
            }

            position++;
        }

        return 0;
    }
}
