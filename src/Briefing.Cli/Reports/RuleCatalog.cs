namespace Briefing.Cli.Reports;

/// <summary>Short descriptions of the finding codes for SARIF rules (the README has the full tables).</summary>
internal static class RuleCatalog
{
    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["BF001"] = "An NDJSON feed line is longer than --max-line-bytes",
        ["BF002"] = "An input file could not be read",
        ["BJ001"] = "Malformed JSON",
        ["BJ002"] = "JSON that does not fit the briefing contract",
        ["BJ003"] = "Unsupported schemaVersion",
        ["BJ004"] = "JSON document larger than the size limit",
        ["BJ005"] = "The input stream could not be read",
        ["BT001"] = "The text has no title",
        ["BT002"] = "An attribution-like line with no pull quote before it",
        ["BT003"] = "A quotation block with no attribution line",
        ["BT004"] = "A related item without a title",
        ["BT005"] = "A pull quote that no body quote contains",
        ["BT006"] = "Invalid UTF-8",
        ["BT007"] = "Text larger than the size limit",
        ["BT008"] = "A block larger than the block size limit",
        ["BT009"] = "More blocks than the limit",
        ["BT010"] = "A control character in the text",
        ["BT011"] = "The title block has more lines",
        ["BT012"] = "The input stream could not be read",
        ["BT013"] = "More quotes than BriefingTextOptions.MaxQuotes",
        ["BT014"] = "More metrics than BriefingTextOptions.MaxMetrics",
        ["BV014"] = "A pull quote names a quote that does not exist",
        ["BV015"] = "Misquote: a pull quote is not a verbatim excerpt of its quote",
    };

    /// <summary>A one-line description of <paramref name="code"/>.</summary>
    public static string Describe(string code) =>
        Descriptions.TryGetValue(code, out var text) ? text
        : code.StartsWith("BV", StringComparison.Ordinal) ? $"Briefing validation rule {code}"
        : $"Briefing finding {code}";
}
