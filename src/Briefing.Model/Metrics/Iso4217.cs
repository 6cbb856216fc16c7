namespace Briefing.Model.Metrics;

/// <summary>
/// The library's one table of ISO 4217 alphabetic codes: extraction reads a written code only when it
/// is here, and validation (BV051) accepts a money metric's unit only when it is here, so what one
/// produces the other accepts.
/// </summary>
/// <remarks>
/// <para><b>Active</b>: List One (currencies, funds and precious metals) as amended up to 2026,
/// without <c>XTS</c> (testing) and <c>XXX</c> (no currency), which are no amount of money.</para>
/// <para><b>Historical</b> (the decision): a withdrawn code (List Three) stays the right code for an
/// amount written in that currency — "420 million Finnish markka" in a 1998 figure is FIM, and restating
/// it in euros would change what the text says. The table keeps the withdrawn codes a briefing may still
/// name: the currencies replaced by the euro and by later changeovers (Bulgarian lev 2026, Caribbean
/// guilder 2025, Zimbabwe dollar 2024, Sierra Leone leone 2024, Croatian kuna 2023, Cuban convertible
/// peso 2021, bolívar fuerte 2018). Withdrawn codes that are also common abbreviations (STD, SIT) are
/// left out, since ordinary text would be read as money. Validation accepts active and historical
/// codes alike.</para>
/// Update the table when the ISO 4217 maintenance agency amends the standard.
/// </remarks>
internal static class Iso4217
{
    private const string ActiveCodes =
        "AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP " +
        "BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN " +
        "ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK " +
        "JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD " +
        "MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP " +
        "PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP " +
        "SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV " +
        "WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG";

    private const string HistoricalCodes =
        "ANG ATS BEF BGN CUC CYP DEM EEK ESP FIM FRF GRD HRK IEP ITL LTL LUF LVL MTL NLG PTE SKK " +
        "SLL VEF ZWL";

    /// <summary>Every active code, in table order.</summary>
    public static IEnumerable<string> Active => ActiveCodes.Split(' ');

    /// <summary>Every historical (withdrawn) code the table keeps, in table order.</summary>
    public static IEnumerable<string> Historical => HistoricalCodes.Split(' ');

    /// <summary>Whether <paramref name="code"/> is an active code, written in upper case.</summary>
    public static bool IsActive(ReadOnlySpan<char> code) => IsIn(ActiveCodes, code);

    /// <summary>Whether <paramref name="code"/> is a historical code of the table, written in upper case.</summary>
    public static bool IsHistorical(ReadOnlySpan<char> code) => IsIn(HistoricalCodes, code);

    /// <summary>Whether <paramref name="code"/> is a code of the table, active or historical, written in upper case.</summary>
    public static bool IsCode(ReadOnlySpan<char> code) => IsIn(ActiveCodes, code) || IsIn(HistoricalCodes, code);

    // A search of the table text (vectorized): three upper-case letters can only match a whole code,
    // since codes are separated by single spaces. Cheaper at start-up than building a set.
    private static bool IsIn(string table, ReadOnlySpan<char> code) =>
        code.Length == 3 && !code.ContainsAnyExceptInRange('A', 'Z') && table.AsSpan().IndexOf(code, StringComparison.Ordinal) >= 0;
}
