namespace Briefing.Model.Text;

/// <summary>
/// The small word classes that single quote rules read (they were written at each rule as a list of their own): each
/// is named here once, as a <see cref="WordSet"/>, and the rule asks the set.
/// </summary>
internal static partial class SpeechCues
{
    /// <summary>
    /// Whether the quote rules can read text in the language <paramref name="tag"/> (BCP 47): the cue lexicon and the
    /// rules around it are English, so only English (<c>en</c>, <c>en-GB</c> …) or no language declared (read as English).
    /// </summary>
    public static bool ReadsLanguage(string? tag) =>
        string.IsNullOrWhiteSpace(tag) || tag.Trim() is var t && t.StartsWith("en", StringComparison.OrdinalIgnoreCase) && (t.Length == 2 || t[2] is '-' or '_');

    /// <summary>The particles of phrasal verbs (<c>stepping out</c>, <c>backing down</c>): after a verb they belong to it.</summary>
    public static readonly WordSet PhrasalParticles = ["up", "out", "down", "off", "back", "away", "forward", "ahead"];

    /// <summary>The small words that stay inside a capitalised name (<c>Bank of England</c>, <c>Doctors for Peace</c>, <c>Lima and Partners</c>).</summary>
    public static readonly WordSet NameJoiners = ["of", "for", "and"];

    /// <summary>The articles: a subject of one such word is no subject (<c>the said</c>).</summary>
    public static readonly WordSet Articles = ["the", "a", "an"];

    /// <summary>The articles and the singular demonstratives: what an -ing cue's subject must be more than (<c>This, saying …</c>).</summary>
    public static readonly WordSet BareDeterminers = ["the", "a", "an", "this", "that"];

    /// <summary>
    /// Besides the prepositions and object pronouns, the words that follow a verb rather than a noun in its subject:
    /// articles, possessives, <c>that</c>, <c>this</c>, <c>one</c>, <c>it</c> and <c>by</c>.
    /// </summary>
    public static readonly WordSet PhraseStops = ["by", "a", "an", "the", "that", "this", "his", "her", "its", "their", "our", "my", "your", "one", "it"];

    /// <summary>Words that open a noun phrase after a tail attribution's cue (<c>said the minister</c>, <c>said as many as</c>, <c>told two reporters</c>).</summary>
    public static readonly WordSet AfterTailOpeners = ["the", "a", "an", "as", "by", "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>Lower-case words that open a time phrase inside a source's name part (<c>Ana Lima on Tuesday</c>, <c>… last week</c>).</summary>
    public static readonly WordSet TimePhraseOpeners = ["on", "in", "during", "after", "before", "when", "while", "last", "this", "today", "yesterday", "tonight", "to"];

    /// <summary>Adverbs between a subject and its verb of saying (<c>she also said</c>, <c>he never said</c>).</summary>
    public static readonly WordSet AdverbsBeforeVerb = ["also", "later", "previously", "reportedly", "not", "never", "repeatedly", "publicly"];

    /// <summary>Adverbs of place that stand as a sentence's first word but name no one (<c>There, officials said …</c>).</summary>
    public static readonly WordSet PlaceAdverbs = ["there", "here"];

    /// <summary>
    /// Words a subject does not end with: articles, possessives, prepositions and conjunctions (<c>the head of the</c>), and
    /// <c>worth</c> (<c>It's worth noting that …</c> is the writer's aside).
    /// </summary>
    public static readonly WordSet NotSubjectEnds = ["the", "a", "an", "of", "to", "and", "or", "his", "her", "their", "its", "in", "on", "at", "for", "with", "by", "it's", "there", "worth"];

    /// <summary>Conjunctions that open a coordinated clause after a comma (<c>…, and the minister said</c>, <c>…, while officials said</c>).</summary>
    public static readonly WordSet ClauseCoordinators = ["and", "but", "while"];

    /// <summary>Words that date an opening phrase relative to another time (<c>Two days later</c>, <c>A week ago</c>).</summary>
    public static readonly WordSet RelativeTimeWords = ["later", "earlier", "ago"];

    /// <summary>Conjunctions that may stand before an adverb in -ly and its verb (<c>and pointedly said</c>, <c>then abruptly added</c>).</summary>
    public static readonly WordSet VerbCoordinators = ["and", "but", "then"];

    /// <summary>The verbs of a document's wording (<c>“…,” it read.</c>): a document, "it", is their speaker.</summary>
    public static readonly WordSet DocumentVerbs = ["read", "reads"];

    /// <summary>
    /// Verbs of voicing words aloud in a manner (<c>chanted</c>, <c>yelled</c>, <c>sang</c>) and of a text's wording (<c>read</c>,
    /// <c>reading</c>): not cues of their own, but right before a quotation (<c>Dock workers chanted “No more cuts!”</c>, <c>a
    /// banner that read “…”</c>) the quotation is what was voiced or written.
    /// </summary>
    public static readonly WordSet VoicingVerbs =
    [
        "chant", "chants", "chanted", "chanting", "shout", "shouts", "shouted", "shouting", "yell", "yells", "yelled", "yelling",
        "scream", "screams", "screamed", "screaming", "cried", "crying", "sang", "sing", "sings", "singing", "mouthed", "mouthing",
        "whispered", "muttered", "roared", "bellowed", "hollered", .. DocumentVerbs, "reading",
    ];

    /// <summary>Words before a call verb that make it a name for something, not words said (<c>so called “…”</c>, <c>what is called</c>, <c>known as</c>).</summary>
    public static readonly WordSet NamingOpeners = ["so", "what", "as"];

    /// <summary>
    /// Words that go on with a call verb's statement past the quoted name it gives, up to the next comma or clause break:
    /// a reason, comparison, role or purpose (<c>called the pier “a mistake” because …</c>, <c>“much better” than …</c>,
    /// <c>“unfit to serve” as …</c>, <c>“a blueprint” for …</c>); a time or place phrase (<c>on Monday</c>, <c>in a tweet</c>) does not.
    /// </summary>
    public static readonly WordSet CallComplementOpeners = ["for", "than", "as", "because", "amid", "amidst", "about", "that", "to", "without"];

    /// <summary>Prepositions of place before which a quotation is a title (<c>was pictured in “The Crown”</c>).</summary>
    public static readonly WordSet PlacePrepositions = ["in", "at", "from", "under", "into"];
}
