namespace Briefing.Model.Metrics;

/// <summary>
/// The words around a number that make it a metric (scales, percent, units, counted nouns) or stop it
/// being one (months, clause words). Data only; the comparator words are in <see cref="ComparatorLexicon"/>.
/// </summary>
internal static class MetricVocabulary
{
    // Scale words that apply to any figure ("5.4 million Haitians").
    private static readonly (string Word, decimal Scale)[] ScaleWordRows =
    [
        ("hundred", 100m), ("thousand", 1_000m), ("million", 1_000_000m), ("millions", 1_000_000m),
        ("billion", 1_000_000_000m), ("billions", 1_000_000_000m), ("trillion", 1_000_000_000_000m),
        ("lakh", 100_000m), ("lakhs", 100_000m), ("crore", 10_000_000m), ("crores", 10_000_000m),
    ];

    // Abbreviations that scale money only ("€300m", "US$4bn", "USD 2 bn"): "300m" alone may be metres.
    private static readonly (string Word, decimal Scale)[] ScaleAbbreviationRows =
    [
        ("k", 1_000m), ("K", 1_000m), ("m", 1_000_000m), ("mn", 1_000_000m), ("mln", 1_000_000m), ("M", 1_000_000m),
        ("bn", 1_000_000_000m), ("b", 1_000_000_000m), ("bln", 1_000_000_000m), ("tn", 1_000_000_000_000m), ("trn", 1_000_000_000_000m),
    ];

    // Measures: a number followed by one of these is a quantity. Words up to three long.
    private const string UnitList =
        "tonne|tonnes|ton|tons|metric tons|metric tonnes|kilogram|kilograms|kilogrammes|kg|kilos|gram|grams|" +
        "kilometre|kilometres|kilometer|kilometers|km|mile|miles|metre|metres|meter|meters|" +
        "square kilometres|square kilometers|square miles|sq km|km2|hectare|hectares|acre|acres|" +
        "barrel|barrels|barrels per day|bpd|litre|litres|liter|liters|gallon|gallons|cubic metres|cubic meters|bcm|" +
        "megawatt|megawatts|gigawatt|gigawatts|MW|GW|kWh|MWh|GWh|TWh|ounces|troy ounces";

    // Plural nouns that do not end in "s".
    private const string IrregularPluralList =
        "people|children|men|women|police|personnel|staff|cattle|livestock|militia|youth|aircraft|sheep|fish|deer";

    // Words ending in "s" that do not count things after a number: durations, function words, measures of nothing.
    private const string NotCountedList =
        "years|months|weeks|days|hours|minutes|seconds|decades|centuries|times|points|percents|" +
        "was|has|is|its|his|hers|this|thus|plus|minus|less|unless|yes|as|us|across|perhaps|always|whereas|" +
        "besides|towards|afterwards|sometimes|nevertheless|per|does|goes|says|seems|remains|makes|means|" +
        "ones|others|apiece|lows|highs";

    private const string MonthList =
        "january|february|march|april|may|june|july|august|september|october|november|december|" +
        "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

    // A number right after one of these is a reference (Article 5, Resolution 2719), not a metric.
    private const string ReferenceList =
        "article|art|clause|section|paragraph|para|chapter|resolution|decree|law|item|page|annex|amendment|no|number|" +
        "act|rule|bill|route|highway|flight|line|version|model|phase|level|grade|category|room|box|district|zone|" +
        "region|ward|lot|unit|block|platform|gate|step|stage|round|tier|group|team";

    // "In 2020, …": a year after one of these dates the sentence's figures.
    private const string PeriodPrepositionList = "in|during|throughout|for|by";

    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> ScaleWords =
        ScaleWordRows.ToDictionary(r => r.Word, r => r.Scale, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> ScaleAbbreviations =
        ScaleAbbreviationRows.ToDictionary(r => r.Word, r => r.Scale, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = Set(UnitList);

    /// <summary>The first words of the units (<see cref="ScanText.TryPhrase"/>).</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitFirstWords = ScanText.FirstWords(UnitList.Split('|'));
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPlurals = Set(IrregularPluralList);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCounted = Set(NotCountedList);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = Set(MonthList);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> References = Set(ReferenceList);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PeriodPrepositions = Set(PeriodPrepositionList);

    /// <summary>The longest unit, in words.</summary>
    public const int MaxUnitWords = 3;

    public static bool TryGetScaleWord(ReadOnlySpan<char> word, out decimal scale) => ScaleWords.TryGetValue(word, out scale);

    public static bool TryGetScaleAbbreviation(ReadOnlySpan<char> word, out decimal scale) => ScaleAbbreviations.TryGetValue(word, out scale);

    public static bool IsUnit(ReadOnlySpan<char> words) => Units.Contains(words);

    public static bool IsIrregularPlural(ReadOnlySpan<char> word) => IrregularPlurals.Contains(word);

    public static bool IsNotCounted(ReadOnlySpan<char> word) => NotCounted.Contains(word);

    public static bool IsMonth(ReadOnlySpan<char> word) => Months.Contains(word);

    public static bool IsReference(ReadOnlySpan<char> word) => References.Contains(word);

    public static bool IsPeriodPreposition(ReadOnlySpan<char> word) => PeriodPrepositions.Contains(word);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string list) =>
        new HashSet<string>(list.Split('|'), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
