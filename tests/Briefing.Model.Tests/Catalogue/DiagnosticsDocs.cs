using System.Text;
using Briefing.Model.Diagnostics;

namespace Briefing.Model.Tests.Catalogue;

/// <summary>
/// Renders the documentation generated from <see cref="DiagnosticCatalog"/>: the catalogue page
/// (docs/diagnostics/README.md), a page per code, and the tables of each prefix in the page that
/// describes its reader (marked regions in docs/*.md).
/// </summary>
internal static class DiagnosticsDocs
{
    public const string RegionEnd = "<!-- end of generated table -->";

    /// <summary>Who reports each prefix, and the page whose marked region lists its codes.</summary>
    public static readonly (string Prefix, string Heading, string Reporter, string Page)[] Prefixes =
    [
        ("BJ", "BJ: JSON reading", "the JSON reader (`BriefingJson.Read`)", "contract.md"),
        ("BT", "BT: text parsing", "the plain-text parser (`BriefingText.Parse`)", "text-layout.md"),
        ("BV", "BV: validation", "validation (`BriefingValidation.Validate`)", "validation.md"),
        ("BH", "BH: web pages", "the web-page reader (`BriefingHtml.Parse`, package Briefing.Model.Html)", "html.md"),
        ("BN", "BN: ninjs import", "the IPTC ninjs importer (`Ninjs.Import`)", "interop.md"),
        ("BF", "BF: the tool's inputs", "the `briefing` tool's file and feed handling", "cli.md"),
    ];

    /// <summary>The marker that opens the generated table of <paramref name="prefix"/> in its page.</summary>
    public static string RegionStart(string prefix) =>
        $"<!-- generated from DiagnosticCatalog: {prefix} codes (BRIEFING_UPDATE_DOCS=1 dotnet test rewrites it) -->";

    /// <summary>docs/diagnostics/README.md.</summary>
    public static string Catalogue()
    {
        var text = new StringBuilder();
        text.Append("""
            # Diagnostics

            Every finding the library and the `briefing` tool report has a stable code, a severity, and a page
            here that says what it reports and how to fix it. This page and the pages of the codes are
            generated from `DiagnosticCatalog` (namespace `Briefing.Model.Diagnostics`), the one list of codes
            in the code; the tool's SARIF rules (`helpUri`) and `briefing explain CODE` come from it too. A
            test keeps these pages equal to it (`BRIEFING_UPDATE_DOCS=1 dotnet test` rewrites them).

            The first two letters say who reports a code:

            | prefix | reported by |
            |---|---|

            """.Replace("\r\n", "\n", StringComparison.Ordinal));
        foreach (var (prefix, heading, reporter, page) in Prefixes)
        {
            text.Append($"| [`{prefix}`](#{Anchor(heading)}) | {reporter}; see [{page}](../{page}) |\n");
        }

        text.Append("\nSeverities: `error` (the document is wrong, or could not be read), `warning` (publishable, but\ncheck it), `info` (worth knowing). Validation codes run in the `default` rule set or only in `strict`.\n");
        foreach (var (prefix, heading, _, _) in Prefixes)
        {
            text.Append($"\n## {heading}\n\n");
            text.Append(Table(prefix, linkPrefix: ""));
        }

        return text.ToString();
    }

    /// <summary>The table of one prefix: code (linked to its page), severity, rule set for BV, title, fix.</summary>
    public static string Table(string prefix, string linkPrefix)
    {
        var entries = DiagnosticCatalog.All.Where(d => d.Code.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var validation = entries.Any(d => d.RuleSet is not null);
        var text = new StringBuilder();
        text.Append(validation ? "| code | severity | rule set | what it reports | how to fix |\n|---|---|---|---|---|\n" : "| code | severity | what it reports | how to fix |\n|---|---|---|---|\n");
        foreach (var entry in entries)
        {
            text.Append($"| [`{entry.Code}`]({linkPrefix}{entry.Code}.md) | {Severity(entry.Severity)} | ");
            if (validation)
            {
                text.Append(entry.RuleSet).Append(" | ");
            }

            text.Append($"**{Cell(entry.Title)}**: {Cell(entry.Description)} | {Cell(entry.Fix)} |\n");
        }

        return text.ToString();
    }

    /// <summary>docs/diagnostics/CODE.md.</summary>
    public static string Page(DiagnosticDescriptor entry)
    {
        var (_, heading, reporter, page) = Prefixes.Single(p => entry.Code.StartsWith(p.Prefix, StringComparison.Ordinal));
        var text = new StringBuilder();
        text.Append($"# {entry.Code}: {entry.Title}\n\n");
        text.Append($"- Severity: **{Severity(entry.Severity)}**\n");
        if (entry.RuleSet is { } ruleSet)
        {
            text.Append($"- Rule set: `{ruleSet}`{(ruleSet == "strict" ? " (runs with `ValidationLevel.Strict`, `briefing validate --rules strict`)" : " (runs at every level)")}\n");
        }

        text.Append($"- Reported by: {reporter}; see [{page}](../{page})\n\n");
        text.Append($"## What it reports\n\n{entry.Description}\n\n## How to fix it\n\n{entry.Fix}\n\n");
        text.Append($"[All codes](README.md#{Anchor(heading)}) · `briefing explain {entry.Code}`\n");
        return text.ToString();
    }

    /// <summary>Replaces the generated region of <paramref name="prefix"/> in <paramref name="pageText"/>.</summary>
    public static string WithRegion(string pageText, string prefix)
    {
        var start = RegionStart(prefix);
        var open = pageText.IndexOf(start, StringComparison.Ordinal);
        if (open < 0)
        {
            return pageText;
        }

        var close = pageText.IndexOf(RegionEnd, open, StringComparison.Ordinal);
        var body = start + "\n\n" + Table(prefix, linkPrefix: "diagnostics/") + "\n";
        return close < 0 ? pageText : pageText[..open] + body + pageText[close..];
    }

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Anchor(string heading) =>
        new string([.. heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-')]).Replace(' ', '-');
}
