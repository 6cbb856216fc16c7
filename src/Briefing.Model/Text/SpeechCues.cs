using System.Collections.Frozen;

namespace Briefing.Model.Text;

/// <summary>How a cue word introduces what was said.</summary>
internal enum CueKind : byte
{
    /// <summary>Not a cue.</summary>
    None,

    /// <summary>A verb of saying followed by what was said: <c>said (that) …</c>, <c>warned …</c>.</summary>
    Say,

    /// <summary>A verb of saying with the listener first: <c>told Reuters (that) …</c>.</summary>
    Tell,

    /// <summary>A verb that reports speech only with a quoted fragment: <c>called the plan “reckless”</c>.</summary>
    Call,

    /// <summary>A question: the person asked may come first, then the question (<c>asked Holder whether …</c>).</summary>
    Ask,

    /// <summary>A verb of saying that also takes a plain object: a cue only before <c>that</c>, a pronoun or a question word.</summary>
    SayThat,
}

/// <summary>
/// The cue lexicon: the words that attribute speech, and the small closed word classes the
/// attribution rules read around them. This file is the one place these facts are defined
/// (docs/quotes.md lists them). Beliefs and findings (<c>believes</c>, <c>thinks</c>, <c>the poll
/// shows</c>, <c>found</c>) are deliberately not cues: they are not speech.
/// </summary>
internal static partial class SpeechCues
{
    /// <summary>Verbs of saying in every form a cue takes (the -ing form only after a comma or an auxiliary).</summary>
    private static readonly string[] SayVerbs =
    [
        "say", "says", "said", "saying",
        "add", "adds", "added", "adding",
        "warn", "warns", "warned", "warning",
        "argue", "argues", "argued", "arguing",
        "stated", "stating",
        "claimed", "claiming",
        "insist", "insists", "insisted", "insisting",
        "write", "writes", "wrote", "writing",
        "tweeted", "tweeting",
        "declare", "declares", "declared", "declaring",
        "contend", "contends", "contended", "contending",
        "predict", "predicts", "predicted", "predicting",
        "assert", "asserts", "asserted", "asserting",
        "allege", "alleges", "alleged", "alleging",
        "cautioned", "cautioning",
        "exclaimed", "retorted", "quipped",
    ];

    /// <summary>
    /// Verbs of saying that also take a plain object (<c>confirmed the report</c>, <c>urged Congress to act</c>):
    /// a cue only before <c>that</c>, a subject pronoun or a question word (<c>denied he had</c>, <c>asked whether</c>).
    /// </summary>
    private static readonly string[] SayThatVerbs =
    [
        "note", "noted", "noting", "notes",
        "explain", "explains", "explained", "explaining",
        "acknowledge", "acknowledges", "acknowledged", "acknowledging",
        "admit", "admits", "admitted", "admitting",
        "announce", "announces", "announced", "announcing",
        "reply", "replies", "replied", "replying",
        "respond", "responds", "responded", "responding",
        "recall", "recalls", "recalled", "recalling",
        "stress", "stresses", "stressed", "stressing",
        "emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises", "emphasised", "emphasising",
        "suggest", "suggested", "suggesting",
        "confirm", "confirms", "confirmed", "confirming",
        "deny", "denies", "denied", "denying",
        "reported", "reporting", "reports",
        "remarked", "observed", "observes",
        "concede", "concedes", "conceded", "conceding",
        "complain", "complains", "complained", "complaining",
        "boasted", "boasting", "joked", "joking",
        "vowed", "vowing", "pledged", "pledging", "promised", "promising", "urged", "urging",
        "maintain", "maintains", "maintained",
        "mentioned", "reiterate", "reiterates", "reiterated", "reiterating",
        "revealed", "disclosed", "testified", "testifying",
        "continued", "countered", "concluded", "agreed", "threatened", "commented", "tweets", "claims",
        "suggests", "charged", "cautions",
    ];

    /// <summary>Verbs of commitment whose statement may be an infinitive (<c>vowed to fight on</c>).</summary>
    public static readonly WordSet InfinitiveVerbs =
        ["vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging", "promise", "promises", "promised", "promising", "threaten", "threatens", "threatened", "threatening"];

    /// <summary>
    /// Say-that verbs whose plain object is itself what was said (<c>announced a ban on imports</c>,
    /// <c>urged voters to stay home</c>, <c>denied the charge</c>, <c>asked the board to resign</c>).
    /// </summary>
    public static readonly WordSet ObjectVerbs =
    [
        "announce", "announces", "announced", "announcing", "urged", "urging", "promised", "promising", "pledged", "pledging", "vowed", "vowing",
        "deny", "denies", "denied", "denying", "confirm", "confirms", "confirmed", "confirming",
    ];

    /// <summary>Words that open a clause after a <see cref="SayThatVerbs"/> verb without "that" (<c>denied he had</c>, <c>asked whether</c>).</summary>
    public static readonly WordSet ClauseOpeners = ["that", "he", "she", "they", "it", "we", "i", "you", "there", "whether", "if", "how", "why", "what", "when", "where", "who", "this"];

    /// <summary>Personal subject pronouns: a speaker on their own (<c>he said</c>, <c>, and she …</c>).</summary>
    public static readonly WordSet PersonSubjects = ["he", "she", "they", "we", "i"];

    /// <summary>Subject pronouns (and "there", "that"): a word that opens a clause of its own, never a modifier of a cue (<c>said he …</c>).</summary>
    public static readonly WordSet SubjectPronouns = ["he", "she", "they", "it", "we", "i", "you", "there", "that"];

    /// <summary>Finite auxiliaries and forms of "be" and "have": one after a noun phrase makes it the subject of a clause (<c>noted the plan would …</c>).</summary>
    public static readonly WordSet FiniteVerbs =
        ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "does", "did", "do"];

    /// <summary>
    /// Irregular past tenses of common verbs (regular ones end in <c>-ed</c>): the first verb of a sentence whose
    /// subject a coordinated cue shares (<c>The minister met the unions and said …</c>).
    /// </summary>
    public static readonly WordSet IrregularPast =
    [
        "met", "took", "made", "went", "came", "gave", "held", "sent", "spent", "led", "won", "ran", "kept", "brought", "bought", "sought",
        "fought", "caught", "taught", "thought", "began", "became", "broke", "chose", "drew", "drove", "flew", "forgot", "grew", "knew",
        "rose", "saw", "shook", "spoke", "stood", "struck", "swore", "threw", "wore", "built", "felt", "heard", "paid", "meant", "sat",
        "stuck", "withdrew", "undertook", "got", "read", "shot",
    ];

    /// <summary>Verbs that name the listener before what was said.</summary>
    private static readonly string[] TellVerbs = ["tell", "tells", "told", "telling", "inform", "informs", "informed", "assure", "assures", "assured", "remind", "reminds", "reminded"];

    /// <summary>Verbs that report speech only when a quoted fragment follows.</summary>
    private static readonly string[] CallVerbs = ["call", "calls", "called", "calling", "describe", "describes", "described", "describing", "dub", "dubbed", "label", "labels", "labelled", "labeled", "brand", "branded", "praise", "praises", "praised", "praising", "slam", "slams", "slammed", "blast", "blasts", "blasted", "decry", "decried"];

    /// <summary>
    /// Verbs that characterise what someone said or did, and report speech only with a quoted fragment close after
    /// them (<c>accused the board of a “cover-up”</c>): read only by the mixed-quote rule, never a cue of their own.
    /// </summary>
    public static readonly WordSet CharacteriseVerbs =
    [
        "accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed", "blaming", "criticize", "criticizes", "criticized", "criticizing",
        "criticise", "criticises", "criticised", "criticising", "dismiss", "dismisses", "dismissed", "dismissing", "refer", "refers", "referred", "referring",
        "thanked", "thanking", "credit", "credits", "credited", "crediting", "deride", "derides", "derided", "deriding",
        "denounce", "denounces", "denounced", "denouncing", "condemn", "condemns", "condemned", "condemning", "mock", "mocks", "mocked", "mocking",
        "pronounce", "pronounces", "pronounced", "reject", "rejects", "rejected", "rejecting", "defend", "defends", "defended", "defending",
        "lament", "laments", "lamented", "lamenting", "termed", "ridiculed", "touted",
        "liken", "likens", "likened", "likening", "compare", "compares", "compared", "comparing", "laud", "lauds", "lauded", "lauding",
        "hail", "hails", "hailed", "hailing", "attack", "attacks", "attacked", "attacking", "exhort", "exhorts", "exhorted", "exhorting",
        "proclaim", "proclaims", "proclaimed", "proclaiming", "characterize", "characterizes", "characterized", "characterizing",
        "characterise", "characterises", "characterised", "characterising", "portray", "portrays", "portrayed", "portraying",
        "welcome", "welcomes", "welcomed", "welcoming", "applaud", "applauds", "applauded", "applauding",
        "bemoan", "bemoans", "bemoaned", "bemoaning", "touts", "touting", "ridicules", "ridiculing", "terming", "encourages", "encouraged", "encouraging",
        "dubs", "dubbing", "labeling", "labelling", "branding", "slamming", "blasting", "decries", "decrying",
        "cite", "cites", "cited", "citing",
    ];

    /// <summary>Verbs of asking.</summary>
    private static readonly string[] AskVerbs = ["ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "inquired", "questioned"];

    /// <summary>Words that open an indirect question (<c>asked whether …</c>).</summary>
    public static readonly WordSet QuestionOpeners = ["whether", "if", "how", "why", "what", "when", "where", "who", "which"];

    private static readonly FrozenDictionary<string, CueKind> Cues = Build();

    /// <summary><see cref="Cues"/> looked up by span, taken once (each lookup would otherwise ask for it again).</summary>
    private static readonly FrozenDictionary<string, CueKind>.AlternateLookup<ReadOnlySpan<char>> CueLookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// <see cref="Cues"/> as a letter tree: most words leave it after a letter or two, so are told no cue
    /// without being lower-cased or hashed. Null when some cue is not lower-case ASCII letters (then every
    /// word is looked up in <see cref="Cues"/>).
    /// </summary>
    internal static readonly CueTrie? Trie = CueTrie.TryBuild(Cues);

    /// <summary>Whether every cue is letters only, so that a cue word is a whole run of letters (<see cref="CuePrefilter"/>).</summary>
    internal static readonly bool CuesAreLetters = Cues.Keys.All(static cue => cue.Length > 0 && cue.All(char.IsLetter));

    /// <summary>Forms of "be" before a past participle: the verb is passive (<c>was told</c>), not a cue.</summary>
    public static readonly WordSet Passive = ["was", "were", "been", "being", "be", "is", "are", "get", "got", "gets"];

    /// <summary>Words that may stand between a subject and its verb (<c>has also said</c>, <c>would later say</c>).</summary>
    public static readonly WordSet Auxiliaries =
    [
        "has", "have", "had", "also", "later", "earlier", "previously", "repeatedly", "again", "soon", "would", "will", "could", "can", "may",
        "might", "must", "should", "did", "does", "do", "just", "recently", "then", "already", "once", "now", "further", "not", "never",
        "publicly", "privately", "separately", "reportedly", "often", "long", "still", "even", "first", "last", "too", "only",
        "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "wouldn't", "wouldn’t", "won't", "won’t", "couldn't", "couldn’t",
        "can't", "can’t", "cannot", "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t", "shouldn't", "shouldn’t",
    ];

    /// <summary>Words that open a clause: a subject never reaches back past them.</summary>
    public static readonly WordSet ClauseWords =
    [
        "and", "but", "while", "although", "though", "because", "whereas", "as", "since", "so", "yet", "however", "meanwhile", "when",
        "after", "before", "if", "that", "what", "where", "whether", "until", "unless", "or", "nor", "than", "how", "why",
    ];

    /// <summary>Words of quantity that <c>so</c> and <c>as</c> modify as adverbs of degree (<c>so many</c>, <c>as much</c>), not as conjunctions.</summary>
    public static readonly WordSet Quantities = ["many", "much", "few", "little", "far", "often"];

    /// <summary>Coordinating conjunctions: one that opens a clause (<c>And then the mayor said, …</c>) stands before its subject.</summary>
    public static readonly WordSet Coordinators = ["and", "but", "so", "yet", "or", "nor"];

    /// <summary>Whether a word is a capitalised coordinator that opens its sentence (<c>But the mayor said …</c>): no part of a subject or source.</summary>
    public static bool IsOpeningCoordinator(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]) && Coordinators.Contains(word);

    /// <summary>Relative pronouns that are the subject of their clause (<c>…, who said …</c>).</summary>
    public static readonly WordSet RelativeSubjects = ["who", "which"];

    /// <summary>Clause words that open a subordinate clause: a statement inside one ends at its comma (<c>While X said …, Y …</c>).</summary>
    public static readonly WordSet Subordinators = ["while", "although", "though", "because", "if", "as", "since", "when", "after", "before", "whereas", "unless", "until", "even"];

    /// <summary>Conjunctions that open only a clause, never a noun phrase: a subject does not start with one (<c>if he would have told</c>).</summary>
    public static readonly WordSet ClauseOnlyConjunctions = ["if", "because", "although", "though", "whereas", "unless", "whether"];

    /// <summary>Words after a comma that end a reported clause: a contrast or an aside is the writer's (<c>X said Y, but …</c>, <c>…, who …</c>).</summary>
    public static readonly WordSet StatementEnds = ["but", "while", "although", "though", "whereas"];

    /// <summary>Object pronouns: never the speaker.</summary>
    public static readonly WordSet ObjectPronouns = ["him", "them", "me", "us", "whom"];

    /// <summary>Words after a cue that cannot open a reported clause (<c>said to be</c>, <c>warned of</c>, <c>asked for</c>).</summary>
    public static readonly WordSet NotClauseStarts =
    [
        "to", "for", "about", "of", "with", "by", "from", "into", "against", "over", "up", "out", "off", "down", "back", "nothing", "anything",
        "something", "so", "yes", "no", "goodbye", "hello", "thanks", "was", "were", "is", "are", "be", "been", "has", "had", "have", "and",
        "or", "but", "as", "at", "in", "on", "upon", "than", "then", "its", "such", "otherwise", "amen",
        "grace", "prayer", "hi", "sorry", "very", "too", "again", "earlier", "later",
    ];

    /// <summary>Listeners after a tell verb that are not capitalised names (<c>told reporters</c>).</summary>
    public static readonly WordSet Listeners =
        ["me", "him", "her", "us", "them", "you", "reporters", "journalists", "supporters", "lawmakers", "viewers", "listeners", "voters", "students", "members", "officials", "investigators", "senators", "delegates", "donors", "congress", "parliament", "police", "everyone", "anyone", "people", "colleagues", "allies", "followers", "readers", "audiences", "crowds", "employees", "workers", "staff", "clients", "investors"];

    /// <summary>The days and the days relative to today: a date after a cue (<c>said Monday</c>, <c>said today</c>).</summary>
    public static readonly WordSet Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight"];

    /// <summary>Time words that may follow a cue (<c>said Tuesday</c>, <c>said last week</c>).</summary>
    public static readonly WordSet TimeWords =
    [
        .. Days, "overnight",
        "recently", "earlier", "later", "previously", "repeatedly", "again", "also", "privately", "publicly", "separately", "flatly",
        "last", "this", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "then", "once", "now",
        "late", "early",
    ];

    /// <summary>
    /// Prepositions that join a person's name to the organisation they speak for (<c>Ana Lima at Harbour Bank</c>,
    /// <c>Marta Osei from the coast guard</c>); not <c>of</c>, which after a name gives a place (<c>Elijah Cummings of Maryland</c>).
    /// </summary>
    public static readonly string[] NameAffiliationLinks = [" at ", " for ", " with ", " from "];

    /// <summary>Determiners: articles, demonstratives and possessives, which open a noun phrase.</summary>
    public static readonly WordSet Determiners = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"];

    /// <summary>
    /// The <see cref="Determiners"/> after which a word is a noun, not a verb (<c>dismissed those reports as “…”</c>, <c>their
    /// calls</c>): all but <c>this</c> and <c>that</c>, which also stand alone as a pronoun or open a clause.
    /// </summary>
    public static readonly WordSet NounDeterminers = new(Determiners.Where(static word => word is not ("this" or "that")));

    /// <summary>The months, which date a statement (<c>said in March</c>) or open a sentence's time phrase.</summary>
    public static readonly WordSet Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>
    /// The prepositions, and <c>while</c> and <c>when</c>, which open a phrase the same way: between a cue
    /// and <c>that</c> (<c>said in a statement on Tuesday that</c>), before a subject (<c>On Tuesday the
    /// ministry</c>), after a name (<c>Ana Lima, in a statement</c>). The one list of them.
    /// </summary>
    public static readonly WordSet Prepositions =
    [
        "on", "in", "at", "during", "after", "before", "to", "with", "via", "through", "from", "over", "outside", "inside", "following", "ahead",
        "while", "when", "of", "for", "about", "under", "near", "amid", "upon", "by", "since", "into", "across", "toward", "towards", "around",
        "throughout", "without",
    ];

    /// <summary>The kind of cue <paramref name="word"/> is (case-insensitive), or <see cref="CueKind.None"/>.</summary>
    public static CueKind Of(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 16)
        {
            return CueKind.None;
        }

        // The tree answers every word of ASCII characters (letters read case-insensitively, as lower-casing would).
        if (Trie?.Of(word) is { } kind)
        {
            return kind;
        }

        Span<char> lower = stackalloc char[word.Length];
        if (System.Text.Ascii.ToLower(word, lower, out _) != System.Buffers.OperationStatus.Done)
        {
            word.ToLowerInvariant(lower); // not ASCII: as ToLowerInvariant lower-cases it
        }

        return CueLookup.TryGetValue(lower, out var found) ? found : CueKind.None;
    }

    private static FrozenDictionary<string, CueKind> Build()
    {
        var all = new Dictionary<string, CueKind>(StringComparer.Ordinal);
        foreach (var verb in SayVerbs)
        {
            all[verb] = CueKind.Say;
        }

        foreach (var verb in SayThatVerbs)
        {
            all[verb] = CueKind.SayThat;
        }

        foreach (var verb in AskVerbs)
        {
            all[verb] = CueKind.Ask;
        }

        foreach (var verb in TellVerbs)
        {
            all[verb] = CueKind.Tell;
        }

        foreach (var verb in CallVerbs)
        {
            all[verb] = CueKind.Call;
        }

        return all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Connective adverbs that may stand between a subject and its verb (<c>The mayor however said …</c>, <c>Lee
    /// meanwhile told …</c>): passed over on the way back from a cue to its subject.
    /// </summary>
    public static readonly WordSet ConnectiveAdverbs = ["however", "meanwhile", "therefore", "instead", "nonetheless", "nevertheless", "thus", "likewise"];

    /// <summary>
    /// Prepositions before a gerund cue whose speaker is the subject of the verb the phrase follows (<c>The mayor answered
    /// by saying …</c>, <c>After saying …, she left</c>); <c>for</c> is left out: <c>fined him for saying</c> names the speaker as an object.
    /// </summary>
    public static readonly WordSet GerundPrepositions = ["by", "after", "before", "in", "without", "upon", "on"];
}
