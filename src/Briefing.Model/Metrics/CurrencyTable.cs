using System.Buffers;

namespace Briefing.Model.Metrics;

/// <summary>A currency as the text names it: its ISO 4217 code, whether the sign is ambiguous, and the
/// factor to the main unit (0.01 for cents and pence).</summary>
internal readonly record struct CurrencyEntry(string Code, bool Ambiguous, decimal Factor);

/// <summary>
/// The currency vocabulary: signs, prefixed dollar signs, ISO 4217 codes and names. Data only; the
/// scanner (<see cref="MetricScanner"/>) decides where they may stand.
/// </summary>
internal static class CurrencyTable
{
    // Sign → code, ambiguous. A sign used by several currencies resolves to the most common one and is
    // marked ambiguous (docs/metrics.md: bare "$" is USD, ambiguous).
    private static readonly (string Sign, string Code, bool Ambiguous)[] SignRows =
    [
        ("$", "USD", true), ("€", "EUR", false), ("£", "GBP", false), ("¥", "JPY", true), ("₹", "INR", false),
        ("₽", "RUB", false), ("₺", "TRY", false), ("₩", "KRW", false), ("₪", "ILS", false), ("₫", "VND", false),
        ("₱", "PHP", false), ("₦", "NGN", false), ("₴", "UAH", false), ("₡", "CRC", false), ("₾", "GEL", false),
        ("₭", "LAK", false), ("₲", "PYG", false), ("₵", "GHS", false), ("₸", "KZT", false), ("₼", "AZN", false),
        ("฿", "THB", false), ("元", "CNY", false), ("ரூ", "LKR", false), ("₨", "PKR", true), ("৳", "BDT", false),
        ("₮", "MNT", false), ("៛", "KHR", false), ("﷼", "IRR", true),
    ];

    // Letters written before "$" (US$, R$, MX$, or tokenised "us $") → code.
    private static readonly (string Prefix, string Code, bool Ambiguous)[] DollarPrefixRows =
    [
        ("US", "USD", false), ("U.S", "USD", false), ("U.S.", "USD", false), ("USD", "USD", false),
        ("R", "BRL", false), ("BRL", "BRL", false),
        ("MX", "MXN", false), ("MEX", "MXN", false), ("MXN", "MXN", false),
        ("C", "CAD", true), ("CA", "CAD", false), ("CAN", "CAD", false), ("CAD", "CAD", false),
        ("A", "AUD", false), ("AU", "AUD", false), ("AUD", "AUD", false),
        ("NZ", "NZD", false), ("NZD", "NZD", false), ("HK", "HKD", false), ("HKD", "HKD", false),
        ("S", "SGD", false), ("SG", "SGD", false), ("SGD", "SGD", false), ("NT", "TWD", false),
        ("RD", "DOP", false), ("J", "JMD", false), ("TT", "TTD", false), ("EC", "XCD", false), ("BZ", "BZD", false),
        ("AR", "ARS", false), ("ARS", "ARS", false), ("CLP", "CLP", false), ("COL", "COP", false), ("COP", "COP", false),
        ("UY", "UYU", false), ("UYU", "UYU", false),
    ];

    // Codes also read in lower case ("usd 20", tokenised news text); every other code must be upper case.
    private const string LowerCaseCodes = "USD EUR GBP JPY CNY CHF AUD CAD NZD HKD SGD MXN BRL ARS COP CLP INR RUB ZAR SEK NOK DKK RMB";

    // Codes that are also English words or names (ALL, PEN, TRY …): upper case only, never as a sentence's first word.
    private const string WordLikeCodes = "ALL AMD BAM BOB CUP GEL MAD MOP NAD PEN PHP SOS TOP TRY WST ERN";

    // Not ISO codes, but written like one.
    private static readonly (string Code, string Iso)[] CodeAliasRows = [("RMB", "CNY")];

    // Currency names, one to three words, as written after the number ("420 million Finnish markka").
    // Historical currencies keep their withdrawn ISO 4217 codes (see Iso4217 for the decision).
    private static readonly (string Name, string Code, bool Ambiguous, decimal Factor)[] NameRows =
    [
        ("dollar", "USD", true, 1m), ("dollars", "USD", true, 1m),
        ("us dollar", "USD", false, 1m), ("us dollars", "USD", false, 1m), ("u.s. dollars", "USD", false, 1m),
        ("american dollars", "USD", false, 1m), ("united states dollars", "USD", false, 1m),
        ("canadian dollar", "CAD", false, 1m), ("canadian dollars", "CAD", false, 1m),
        ("australian dollar", "AUD", false, 1m), ("australian dollars", "AUD", false, 1m),
        ("new zealand dollars", "NZD", false, 1m), ("hong kong dollars", "HKD", false, 1m),
        ("singapore dollars", "SGD", false, 1m), ("taiwan dollars", "TWD", false, 1m), ("jamaican dollars", "JMD", false, 1m),
        ("cent", "USD", true, 0.01m), ("cents", "USD", true, 0.01m),
        ("euro", "EUR", false, 1m), ("euros", "EUR", false, 1m), ("euro cents", "EUR", false, 0.01m),
        ("pound", "GBP", true, 1m), ("pounds", "GBP", true, 1m), ("pound sterling", "GBP", false, 1m),
        ("pounds sterling", "GBP", false, 1m), ("sterling", "GBP", false, 1m),
        ("pence", "GBP", false, 0.01m), ("penny", "GBP", false, 0.01m),
        ("yen", "JPY", false, 1m), ("japanese yen", "JPY", false, 1m),
        ("yuan", "CNY", false, 1m), ("chinese yuan", "CNY", false, 1m), ("renminbi", "CNY", false, 1m),
        ("franc", "CHF", true, 1m), ("francs", "CHF", true, 1m), ("swiss franc", "CHF", false, 1m),
        ("swiss francs", "CHF", false, 1m), ("french francs", "FRF", false, 1m), ("belgian francs", "BEF", false, 1m),
        ("cfa francs", "XOF", true, 1m),
        ("peso", "MXN", true, 1m), ("pesos", "MXN", true, 1m), ("mexican pesos", "MXN", false, 1m),
        ("argentine pesos", "ARS", false, 1m), ("argentinian pesos", "ARS", false, 1m), ("colombian pesos", "COP", false, 1m),
        ("chilean pesos", "CLP", false, 1m), ("cuban pesos", "CUP", false, 1m), ("uruguayan pesos", "UYU", false, 1m),
        ("dominican pesos", "DOP", false, 1m), ("philippine pesos", "PHP", false, 1m),
        ("reais", "BRL", false, 1m), ("brazilian reais", "BRL", false, 1m), ("brazilian real", "BRL", false, 1m),
        ("soles", "PEN", false, 1m), ("peruvian soles", "PEN", false, 1m), ("nuevos soles", "PEN", false, 1m),
        ("bolivars", "VES", false, 1m), ("bolívars", "VES", false, 1m), ("bolivares", "VES", false, 1m), ("bolívares", "VES", false, 1m),
        ("bolivianos", "BOB", false, 1m), ("guaranies", "PYG", false, 1m), ("guaraníes", "PYG", false, 1m),
        ("quetzales", "GTQ", false, 1m), ("lempiras", "HNL", false, 1m), ("cordobas", "NIO", false, 1m), ("córdobas", "NIO", false, 1m),
        ("colones", "CRC", false, 1m), ("gourdes", "HTG", false, 1m), ("balboas", "PAB", false, 1m),
        ("rupee", "INR", true, 1m), ("rupees", "INR", true, 1m), ("indian rupees", "INR", false, 1m),
        ("pakistani rupees", "PKR", false, 1m), ("sri lankan rupees", "LKR", false, 1m),
        ("rouble", "RUB", false, 1m), ("roubles", "RUB", false, 1m), ("ruble", "RUB", false, 1m), ("rubles", "RUB", false, 1m),
        ("lira", "TRY", true, 1m), ("liras", "TRY", true, 1m), ("turkish lira", "TRY", false, 1m), ("turkish liras", "TRY", false, 1m),
        ("italian lire", "ITL", false, 1m), ("lire", "ITL", false, 1m),
        ("rand", "ZAR", false, 1m), ("naira", "NGN", false, 1m), ("shekels", "ILS", false, 1m), ("hryvnias", "UAH", false, 1m),
        ("kronor", "SEK", false, 1m), ("swedish kronor", "SEK", false, 1m), ("kroner", "NOK", true, 1m),
        ("norwegian kroner", "NOK", false, 1m), ("danish kroner", "DKK", false, 1m),
        ("zlotys", "PLN", false, 1m), ("zloty", "PLN", false, 1m), ("forints", "HUF", false, 1m),
        ("rupiah", "IDR", false, 1m), ("ringgit", "MYR", false, 1m), ("baht", "THB", false, 1m), ("dong", "VND", false, 1m),
        ("riyals", "SAR", true, 1m), ("saudi riyals", "SAR", false, 1m), ("dirhams", "AED", true, 1m),
        ("dinars", "KWD", true, 1m), ("won", "KRW", true, 1m), ("korean won", "KRW", false, 1m),
        ("finnish markka", "FIM", false, 1m), ("finnish markkaa", "FIM", false, 1m), ("markka", "FIM", false, 1m),
        ("deutsche marks", "DEM", false, 1m), ("deutsche mark", "DEM", false, 1m), ("german marks", "DEM", false, 1m),
        ("pesetas", "ESP", false, 1m), ("peseta", "ESP", false, 1m), ("spanish pesetas", "ESP", false, 1m),
        ("guilders", "NLG", false, 1m), ("dutch guilders", "NLG", false, 1m), ("escudos", "PTE", false, 1m),
        ("drachmas", "GRD", false, 1m), ("schillings", "ATS", false, 1m), ("irish pounds", "IEP", false, 1m),
    ];

    // A code or sign written before a number with a space (Rs 500, Bs. 20) → code.
    private static readonly (string Word, string Code, bool Ambiguous)[] PrefixWordRows =
    [
        ("Rs", "INR", true), ("Rs.", "INR", true), ("Bs", "VES", true), ("Bs.", "VES", true), ("S/", "PEN", false), ("S/.", "PEN", false),
    ];

    private static readonly Dictionary<string, CurrencyEntry> Signs = SignRows.ToDictionary(r => r.Sign, r => new CurrencyEntry(r.Code, r.Ambiguous, 1m), StringComparer.Ordinal);
    private static readonly Dictionary<string, CurrencyEntry> DollarPrefixes = DollarPrefixRows.ToDictionary(r => r.Prefix, r => new CurrencyEntry(r.Code, r.Ambiguous, 1m), StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, CurrencyEntry> Names = NameRows.ToDictionary(r => r.Name, r => new CurrencyEntry(r.Code, r.Ambiguous, r.Factor), StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, CurrencyEntry> PrefixWords = PrefixWordRows.ToDictionary(r => r.Word, r => new CurrencyEntry(r.Code, r.Ambiguous, 1m), StringComparer.Ordinal);
    private static readonly Dictionary<string, string> Codes = BuildCodes();
    private static readonly HashSet<string> LowerCase = [.. LowerCaseCodes.Split(' ')];
    private static readonly HashSet<string> WordLike = [.. WordLikeCodes.Split(' ')];

    private static readonly Dictionary<string, CurrencyEntry>.AlternateLookup<ReadOnlySpan<char>> SignLookup = Signs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The last character of every sign: a text that ends in none of them is no sign.</summary>
    private static readonly SearchValues<char> SignEnds = SearchValues.Create([.. SignRows.Select(static row => row.Sign[^1])]);
    private static readonly Dictionary<string, CurrencyEntry>.AlternateLookup<ReadOnlySpan<char>> DollarPrefixLookup = DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, CurrencyEntry>.AlternateLookup<ReadOnlySpan<char>> NameLookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first words of the currency names (<see cref="ScanText.TryPhrase"/>).</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameFirstWords = ScanText.FirstWords(Names.Keys);
    private static readonly Dictionary<string, CurrencyEntry>.AlternateLookup<ReadOnlySpan<char>> PrefixWordLookup = PrefixWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CodeLookup = Codes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseLookup = LowerCase.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLikeLookup = WordLike.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest currency name, in words.</summary>
    public const int MaxNameWords = 3;

    /// <summary>Every code a sign, prefix, name or code word resolves to (for tests: each must be in <see cref="Iso4217"/>).</summary>
    public static IEnumerable<string> ResolvedCodes =>
        SignRows.Select(r => r.Code).Concat(DollarPrefixRows.Select(r => r.Code)).Concat(NameRows.Select(r => r.Code))
            .Concat(PrefixWordRows.Select(r => r.Code)).Concat(Codes.Values).Distinct(StringComparer.Ordinal);

    public static bool TryGetSign(ReadOnlySpan<char> sign, out CurrencyEntry entry)
    {
        // Most texts asked about (the character before or after a number) end in no sign's last character: no hashing for them.
        if (sign.IsEmpty || !SignEnds.Contains(sign[^1]))
        {
            entry = default;
            return false;
        }

        return SignLookup.TryGetValue(sign, out entry);
    }

    public static bool TryGetDollarPrefix(ReadOnlySpan<char> letters, out CurrencyEntry entry) => DollarPrefixLookup.TryGetValue(letters, out entry);

    public static bool TryGetName(ReadOnlySpan<char> name, out CurrencyEntry entry) => NameLookup.TryGetValue(name, out entry);

    public static bool TryGetPrefixWord(ReadOnlySpan<char> word, out CurrencyEntry entry) => PrefixWordLookup.TryGetValue(word, out entry);

    /// <summary>
    /// Reads a code of <see cref="Iso4217"/> as written (USD, usd, RMB) or a million-prefixed code (MUSD, MEUR). Upper case is
    /// required except for the common codes; word-like codes (ALL, PEN, TRY) need upper case and must not
    /// open a sentence.
    /// </summary>
    public static bool TryGetCode(ReadOnlySpan<char> word, bool opensSentence, out string code, out decimal scale)
    {
        code = "";
        scale = 1m;
        if (word.Length == 4 && (word[0] == 'M' || word[0] == 'm') && TryGetPlainCode(word[1..], opensSentence, out code))
        {
            scale = 1_000_000m;
            return true;
        }

        return word.Length == 3 && TryGetPlainCode(word, opensSentence, out code);
    }

    private static bool TryGetPlainCode(ReadOnlySpan<char> word, bool opensSentence, out string code)
    {
        code = "";
        if (!CodeLookup.TryGetValue(word, out var iso))
        {
            return false;
        }

        var upper = IsUpper(word);
        Span<char> buffer = stackalloc char[3];
        word.ToUpperInvariant(buffer);
        if (!upper && !LowerCaseLookup.Contains(buffer))
        {
            return false;
        }

        if (WordLikeLookup.Contains(buffer) && (!upper || opensSentence))
        {
            return false;
        }

        code = iso;
        return true;
    }

    private static bool IsUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<string, string> BuildCodes()
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in Iso4217.Active.Concat(Iso4217.Historical))
        {
            codes[code] = code;
        }

        foreach (var (alias, iso) in CodeAliasRows)
        {
            codes[alias] = iso;
        }

        return codes;
    }
}
