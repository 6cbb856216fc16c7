using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Briefing.Model.Diagnostics;

/// <summary>
/// The catalogue of every diagnostic code the library and the <c>briefing</c> tool report, with its
/// severity, title, description and fix. The documentation's tables and pages (<c>docs/diagnostics</c>)
/// and the tool's SARIF rules are generated from it, and tests keep the code that reports each finding
/// and the catalogue in step. Adding a code is adding one entry here.
/// </summary>
public static class DiagnosticCatalog
{
    private const string Default = "default";
    private const string Strict = "strict";
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;
    private const DiagnosticSeverity Info = DiagnosticSeverity.Info;

    /// <summary>Every code: BJ, BT, BV, BH, BN, BF, each in number order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        // BJ: the JSON reader (BriefingJson).
        E("BJ001", Error, "Malformed JSON",
            "The input is not well-formed JSON under the contract's strict reading: a syntax error, a comment, a trailing comma, `NaN` or `Infinity`, invalid UTF-8, or nesting deeper than 64. No document is read.",
            "Fix the JSON at the line and column given; write strict JSON (RFC 8259) in UTF-8."),
        E("BJ002", Error, "JSON that does not fit the contract",
            "The JSON is well-formed but does not fit the briefing contract: a member of the wrong type, a required member missing (`title`, a block's `id`), a duplicate member, or an unknown block `type`. No document is read.",
            "Make the member named by the pointer match the contract (docs/contract.md, or `briefing schema`)."),
        E("BJ003", Error, "Unsupported schemaVersion",
            "The document's `schemaVersion` is not `1.x`; this version of the library reads schema 1 only.",
            "Write `\"schemaVersion\": \"1.0\"`, or read the document with a library that supports its version."),
        E("BJ004", Error, "JSON document too large",
            "The input is larger than `BriefingJsonReadOptions.MaxDocumentBytes` (16 MiB by default); reading stops at the limit.",
            "Split the document, or raise `MaxDocumentBytes` if such documents are expected."),
        E("BJ005", Error, "JSON input could not be read",
            "The stream failed while it was read (an I/O error); the message gives the system's reason.",
            "Check that the file or stream is readable and retry."),

        // BT: the plain-text parser (BriefingText).
        E("BT001", Error, "No title",
            "The text has no non-blank line, so there is no title and no document is built.",
            "Give the briefing its headline on the first line."),
        E("BT002", Warning, "Attribution line without a pull quote",
            "A short one-line block with a comma and no final punctuation looks like a pull quote's attribution, but no pull quote stands before it; it is read as a paragraph.",
            "Put the quotation block right before its attribution line, or end the line with punctuation if it is a sentence."),
        E("BT003", Warning, "Pull quote without an attribution line",
            "A block that is entirely one quotation is not followed by an attribution line, so it is read as a paragraph.",
            "Add the attribution line (`Name, role, place`) after the quotation, or make the block part of a paragraph."),
        E("BT004", Info, "Related item without a title",
            "In the related list, a summary has no title line before it; the item is kept without a title.",
            "Add the related article's title on the line before its summary, if it has one."),
        E("BT005", Info, "Pull quote found in no body quote",
            "No quote in the body contains the pull quote's words, so the pull quote is left unlinked (`quoteId` unset).",
            "Check the pull quote for a misquote against the body, or quote the words in the body too."),
        E("BT006", Error, "Invalid text encoding",
            "The input holds invalid UTF-8 (or lone UTF-16 surrogates in string input), reported at the first one; each bad sequence is read as U+FFFD so the rest of the text is kept.",
            "Save the text as UTF-8; remove or replace the bytes at the position given."),
        E("BT007", Error, "Text too large",
            "The text is larger than `BriefingTextOptions.MaxDocumentChars` (16 Mi characters by default); no document is built.",
            "Split the text, or raise `MaxDocumentChars` if such documents are expected."),
        E("BT008", Warning, "Block too large to annotate",
            "A block is larger than `BriefingTextOptions.MaxBlockChars` (1 Mi characters by default); it is kept as written but not searched for quotes or metrics.",
            "Split the block into paragraphs, or raise `MaxBlockChars`."),
        E("BT009", Error, "Too many blocks",
            "The text has more blocks than `BriefingTextOptions.MaxBlocks` (100,000 by default); no document is built.",
            "Split the text, or raise `MaxBlocks` if such documents are expected."),
        E("BT010", Warning, "Control character in the text",
            "The text holds a control character (NUL or another C0 control other than tab); it is kept as written.",
            "Remove the control character at the position given."),
        E("BT011", Info, "Title block with more lines",
            "The title's block has more than one line; the lines after the first are read as the next block.",
            "Leave a blank line after the title."),
        E("BT012", Error, "Text input could not be read",
            "The stream failed while it was read (an I/O error); the message gives the system's reason.",
            "Check that the file or stream is readable and retry."),
        E("BT013", Warning, "More quotes than the limit",
            "The document holds more quotes than `BriefingTextOptions.MaxQuotes` (50,000 by default); from the block where the limit was reached the text is kept but not searched for more quotes.",
            "Split the document, or raise `MaxQuotes` if such documents are expected."),
        E("BT014", Warning, "More metrics than the limit",
            "The document holds more figures than `BriefingTextOptions.MaxMetrics` (50,000 by default); from the block where the limit was reached the text is kept but not searched for more figures.",
            "Split the document, or raise `MaxMetrics` if such documents are expected."),

        // BV: validation (BriefingValidation), rule set default or strict.
        E("BV001", Error, "Unsupported schema version", "`schemaVersion` is not a supported version (`1.x`).", "Write `\"1.0\"`.", Default),
        E("BV002", Error, "Empty title", "The title is empty or blank.", "Give the headline.", Default),
        E("BV003", Warning, "Title not one short line", "The title is longer than one line or 200 characters.", "Move the rest to the standfirst or the body.", Strict),
        E("BV004", Error, "Invalid document id", "The document `id` is not 1–128 letters, digits, `-`, `_`, `.` or `:`.", "Use a slug (`Slug.From(title)`).", Default),
        E("BV005", Error, "Malformed language tag", "`language`, when given, is not a well-formed BCP 47 tag (RFC 5646 syntax; the registry is not looked up).", "Use a tag such as `en`, `es-419`, `pt-BR`, `zh-Hant`.", Default),
        E("BV006", Error, "Empty body", "The body has no block.", "Add the paragraphs.", Default),
        E("BV007", Warning, "Standfirst not one short line", "The standfirst is longer than one line or 60 words.", "Check whether it is the first paragraph; keep the standfirst to one sentence.", Strict),
        E("BV008", Error, "Null entry", "`body`, `quotes`, `metrics` or `related` holds a `null` entry.", "Remove the `null` entries.", Default),
        E("BV009", Error, "Undefined value", "A quote kind, metric kind or comparator is not one of the defined values.", "Use a documented value (docs/contract.md).", Default),
        E("BV010", Error, "Invalid element id", "A block, quote or metric id is not 1–64 letters, digits, `-`, `_`, `.` or `:`.", "Rename it (`p1`, `q2`, `m3`).", Default),
        E("BV011", Error, "Blank block", "A block's text is empty or blank.", "Remove the block or restore its text.", Default),
        E("BV012", Warning, "Block too long", "A block's text is longer than 20,000 characters.", "Split it into paragraphs.", Strict),
        E("BV013", Warning, "Heading not one short line", "A heading is longer than one line or 200 characters.", "Check whether it is a paragraph.", Strict),
        E("BV014", Error, "Dangling quoteId", "A pull quote's `quoteId` names no quote of the document.", "Set it to the quote the pull quote excerpts (the message names it when one matches).", Default),
        E("BV015", Error, "Misquote", "A pull quote is not a verbatim excerpt of the quote it names. Quotation marks (straight or curly), white space, final punctuation and the case of the first letter are ignored; `…` or `...` marks omitted words.", "Use the quote's exact words.", Default),
        E("BV016", Warning, "Pull quote matches no quote", "A pull quote without `quoteId` excerpts no body quote. The comparisons are bounded to keep validation linear: in a document with thousands of pull quotes and quotes, those past the bound are reported as not compared (the message says so), never as matching nothing.", "Check for a misquote, or add the quote to the body.", Strict),
        E("BV017", Warning, "Attribution does not match the source", "A pull quote's attribution line does not describe its quote's source (fewer than half of its words occur in the source).", "Make the attribution and the source describe the same person.", Strict),
        E("BV018", Info, "Pull quote could be linked", "A pull quote without `quoteId` excerpts a body quote.", "Set `quoteId` to that quote.", Strict),
        E("BV020", Error, "Duplicate id", "An id is used twice across blocks, quotes and metrics (one id space); reported on the later use.", "Rename it.", Default),
        E("BV031", Error, "Blank quote text", "A quote's text is empty or blank.", "Set the quoted words.", Default),
        E("BV032", Error, "Dangling blockId", "A quote's or metric's `blockId` names no block.", "Set it to the block that holds the text (the message names it when one does).", Default),
        E("BV033", Error, "Span outside its block", "A span has a negative start or length, or ends past its block's text.", "Point the span inside the block.", Default),
        E("BV034", Error, "Span does not cover the text", "The block text at a quote's or metric's span is not its `text`.", "Make span and text agree (the message gives the right span when the text occurs in the block).", Default),
        E("BV040", Error, "Missing source", "A quote has no source, or a pull quote no attribution, with non-blank text.", "Say who said it.", Default),
        E("BV041", Warning, "Source too long", "A source's text is longer than 300 characters.", "Keep only the attribution.", Strict),
        E("BV042", Warning, "Anonymous source with a name", "A source marked `anonymous` has a name.", "Fix `anonymous` or the name.", Strict),
        E("BV050", Error, "Blank metric text", "A metric's text is empty or blank.", "Set the figure as written.", Default),
        E("BV051", Error, "Not an ISO 4217 currency", "A money metric's unit is not an ISO 4217 code from the library's currency table (the active codes without `XTS` and `XXX`, and the withdrawn codes a briefing may still name, such as `FIM` or `BGN`), written in upper case.", "Use the three-letter code: `USD`, `EUR`, `PEN` — not `$` or `dollars`.", Default),
        E("BV052", Error, "Percentage with another unit", "A percentage's unit is neither `%` nor `pp`.", "Use `%` or `pp`.", Default),
        E("BV053", Error, "Negative amount", "Money, a count or a ratio is negative (quantities may be).", "Write the figure positive and say \"a fall of\" in the text.", Default),
        E("BV054", Warning, "Fractional count", "A count is not a whole number.", "Check the scaling.", Strict),
        E("BV055", Warning, "Percentage outside 0–100", "A `%` percentage is below 0 or above 100. A share or stake cannot be; a change can (`rose 150%`), so this is a warning.", "Check the figure; ignore the warning for growth.", Strict),
        E("BV056", Warning, "Comparator contradicts the text", "A metric's comparator is not the one its text implies, read with the extractor's comparator lexicon (`below 1%` is `lessThan`, `200 people or more` is `atLeast`; docs/metrics.md).", "Set the comparator the words imply.", Strict),
        E("BV057", Info, "Currency from an ambiguous sign", "The currency was inferred from a sign or name several currencies share (`ambiguous: true`; a bare `$` is read as `USD`).", "Confirm the currency, or write the ISO code in the text.", Strict),
        E("BV060", Warning, "No disclaimer", "The briefing has no disclaimer.", "Add the legal notice.", Default),
        E("BV061", Info, "Disclaimer without publisher", "The disclaimer does not name the publisher (`disclaimer.publisher`, or the document's `publisher` in its text).", "Set `disclaimer.publisher`.", Strict),
        E("BV062", Warning, "Empty disclaimer", "The disclaimer has no text.", "Restore the notice's text or remove the disclaimer.", Strict),
        E("BV063", Warning, "Disclaimer names another publisher", "The disclaimer's publisher is not the document's `publisher`.", "Make them agree.", Strict),
        E("BV070", Error, "Empty related article", "A related article has neither a title nor a summary.", "Remove the empty item.", Default),
        E("BV080", Error, "Publication time not a date-time", "The document's `published` is not an RFC 3339 date-time (a real calendar day, a time and an offset or `Z`; leap seconds only at 23:59 UTC).", "Write it as `2024-03-05T09:30:00Z` or with its offset (`+01:00`).", Default),
        E("BV081", Error, "Address not absolute", "The document's `url` is not an absolute http(s) address.", "Give the canonical address in full, with `https://` and the host.", Default),
        E("BV082", Error, "Empty author", "An entry of `authors` is empty or blank.", "Give the author's name or remove the entry.", Default),
        E("BV083", Warning, "Author not one name", "An author is not one trimmed line of at most 200 characters.", "One name per entry, without line breaks or surrounding spaces.", Strict),

        // BH: the web-page reader (BriefingHtml, package Briefing.Model.Html).
        E("BH001", Error, "Web page too large",
            "The page is longer than `BriefingHtmlOptions.MaxDocumentChars` characters (16 Mi by default; three times as many bytes are read at most); no document is read.",
            "Save the article alone, or raise `MaxDocumentChars` if such pages are expected."),
        E("BH002", Warning, "More elements than the limit",
            "The page has more elements than `BriefingHtmlOptions.MaxElements`; it is read up to the line and column given and the rest is left out.",
            "Raise `MaxElements` if such pages are expected, or save the article alone."),
        E("BH003", Warning, "Markup nested too deep",
            "The page nests elements deeper than `BriefingHtmlOptions.MaxDepth`; it is read up to the line and column given and the rest is left out.",
            "Raise `MaxDepth` if such pages are expected, or save the article alone."),
        E("BH004", Warning, "Block longer than the limit",
            "A block of the article is longer than `BriefingHtmlOptions.MaxBlockChars`; it is kept as written but not searched for quotes or metrics.",
            "Check the page's markup (a whole article in one element), or raise `MaxBlockChars`."),
        E("BH005", Error, "Web page without a title",
            "The page has no title: no `title` element, declared headline (`og:title`, JSON-LD `headline`) or heading.",
            "Give the page a title or an `h1`."),
        E("BH006", Warning, "No article text found",
            "No article text was found in the page (a front page, a form, an empty shell filled by scripts); the briefing has no body.",
            "Read the article's own page, saved after scripts ran if the site builds it in the browser."),
        E("BH007", Warning, "Page encoding not known",
            "The bytes are not UTF-8 and declare no encoding .NET knows; they are read as UTF-8 with U+FFFD for each invalid sequence, and the position of the first is given.",
            "Save the page as UTF-8, or declare its charset in a `meta` element."),
        E("BH008", Error, "Web page could not be read",
            "The stream failed while it was read, or a library underneath failed unexpectedly; no document is read.",
            "Check that the file or stream is readable; report the page if the message names a library failure."),
        E("BH009", Info, "Article finder failed",
            "SmartReader could not find the article, or was not run because one element holds more than 5,000 child elements (its time grows with the square of their number); the reader's markup rules chose the article alone.",
            "Check the body the reader kept; nothing to do when it is right."),
        E("BH010", Info, "Pull quote not found in the body",
            "A pull quote on the page is said by no quote of the body; it is linked through its attribution to a quote of the same source when there is one (validation reports the misquote), otherwise left unlinked.",
            "Check the pull quote against the article's text."),
        E("BH011", Warning, "Address not absolute",
            "The address given with `--url` (or `BriefingHtml.Parse`'s `url`) is not an absolute http(s) address; it is not used.",
            "Give the page's address in full, with `https://` and the host."),
        E("BH012", Info, "Quotes not sought: page not in English",
            "The page declares a language other than English (`html lang`, `content-language`, `og:locale`). The quote rules read English grammar (in other languages they took words such as „Und“ or „Dann“ for speakers), so no quotes are sought on it; title, body, pull quotes and figures are read as usual.",
            "Nothing to do when the page is not in English. When it is, and the page declares the wrong language, fix its `lang` attribute."),

        // BN: the ninjs importer (Ninjs.Import).
        E("BN001", Error, "Malformed ninjs JSON",
            "The input is not well-formed JSON: a syntax error, a comment, a trailing comma, a duplicate member, invalid UTF-8, or nesting deeper than 64.",
            "Fix the JSON at the line and column given."),
        E("BN002", Error, "Wrong JSON type in ninjs",
            "A member has the wrong JSON type for ninjs 2.2 (the root must be an object; `digitalsourcetype` an object …).",
            "Give the member the type the ninjs 2.2 schema defines."),
        E("BN003", Error, "Required ninjs member missing",
            "A member ninjs 2.2 requires is missing: `uri`; `value` of a headline, body or description; `name` of a rendition; `name` and `uri` of an association; one of `value`/`address`, `linkedrights`/`encodedrights`.",
            "Add the member named by the pointer."),
        E("BN004", Error, "Value not allowed by ninjs",
            "A value the ninjs 2.2 schema does not allow: the `type`, `representationtype` or `pubstatus` enumerations, `relevance` or `confidence` outside 0–100, or both `oneOf` alternatives at once.",
            "Use a value the schema allows."),
        E("BN005", Error, "Member ninjs 2.2 does not define",
            "A member ninjs 2.2 does not define, where the schema allows no other members (for example ninjs 1.x `headline`).",
            "Remove the member, or map it to its ninjs 2.2 equivalent (`headlines`)."),
        E("BN006", Error, "ninjs document too large",
            "The input is larger than `BriefingJsonReadOptions.MaxDocumentBytes` (16 MiB by default).",
            "Split the item, or raise `MaxDocumentBytes`."),
        E("BN007", Warning, "ninjs item without headline",
            "The item has no headline and no title, so the briefing's title is empty.",
            "Give the item a `headlines` entry with role `main`."),
        E("BN008", Warning, "ninjs item without text body",
            "The item has no text or HTML body (a picture or audio item), so the briefing has no body blocks.",
            "Import text items only, or add a `bodies` entry."),
        E("BN009", Warning, "Unreadable briefing annotations",
            "The `briefing-annotations` description could not be read, so quotes and metrics were not imported.",
            "Export the item again with `Ninjs.Export`, or remove the description."),
        E("BN010", Warning, "Annotation no longer matches the body",
            "An imported quote or metric no longer points at its text in the body (the body was edited after export); it is left out.",
            "Export the item again from the edited briefing."),

        // BF: the briefing tool's inputs.
        E("BF001", Error, "NDJSON line too long",
            "A line of an NDJSON feed is longer than `--max-line-bytes` (16 MiB by default); it is skipped to its end without being held in memory, and the rest of the feed is checked.",
            "Split the document, or raise `--max-line-bytes`."),
        E("BF002", Error, "Input could not be read",
            "A file or standard input could not be read (missing, a directory where a file was expected, no permission, an I/O error); the tool exits with 2.",
            "Check the path and its permissions."),
        E("BF003", Error, "Output too large",
            "`briefing parse` would write a document larger than `--max-output-bytes` (16 MiB by default: the size `BriefingJson.Read`, `Ninjs.Import` and `validate` accept by default, so what is written can be read back). Nothing is written for that document; with `--format ndjson` the other documents' lines are.",
            "Split the input, lower `BriefingTextOptions.MaxMetrics`/`MaxQuotes`, or raise `--max-output-bytes` (and the reader's `MaxDocumentBytes`)."),
    ];

    private static readonly FrozenDictionary<string, DiagnosticDescriptor> ByCode = All.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);

    /// <summary>Where the documentation of this build lives: the repository URL the package records, at
    /// the commit it was built from (<c>main</c> when the build recorded none).</summary>
    public static string DocumentationRoot { get; } = FindDocumentationRoot();

    /// <summary>Finds the entry of <paramref name="code"/>.</summary>
    /// <param name="code">A diagnostic code (<c>BV015</c>).</param>
    /// <param name="descriptor">The entry, when the code is in the catalogue.</param>
    /// <returns>Whether the code is in the catalogue.</returns>
    public static bool TryGet(string code, [NotNullWhen(true)] out DiagnosticDescriptor? descriptor) => ByCode.TryGetValue(code, out descriptor);

    private static DiagnosticDescriptor E(string code, DiagnosticSeverity severity, string title, string description, string fix, string? ruleSet = null) =>
        new() { Code = code, Severity = severity, Title = title, Description = description, Fix = fix, RuleSet = ruleSet };

    private static string FindDocumentationRoot()
    {
        var assembly = typeof(DiagnosticCatalog).Assembly;
        var repository = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        var commit = plus >= 0 && version.Length - plus - 1 is >= 7 and <= 64 ? version[(plus + 1)..] : "main";
        return $"{(string.IsNullOrEmpty(repository) ? "https://github.com/briefing-model/Briefing.Model" : repository.TrimEnd('/'))}/blob/{commit}";
    }
}
