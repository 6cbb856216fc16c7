namespace Briefing.Model.Diagnostics;

/// <summary>
/// What a diagnostic code means: its severity, a title, a description and how to fix what it reports.
/// Every code the library and the <c>briefing</c> tool report has one, in <see cref="DiagnosticCatalog"/>.
/// </summary>
public sealed record DiagnosticDescriptor
{
    /// <summary>The stable code (<c>BV015</c>). The prefix says who reports it: <c>BJ</c> the JSON reader,
    /// <c>BT</c> the text parser, <c>BV</c> validation, <c>BN</c> the ninjs importer, <c>BF</c> the tool's inputs.</summary>
    public required string Code { get; init; }

    /// <summary>The severity findings with this code are reported with.</summary>
    public required DiagnosticSeverity Severity { get; init; }

    /// <summary>A one-line title (<c>Misquote</c>).</summary>
    public required string Title { get; init; }

    /// <summary>What the code reports, in a sentence or two (Markdown: code in backticks).</summary>
    public required string Description { get; init; }

    /// <summary>How to fix what it reports (Markdown: code in backticks).</summary>
    public required string Fix { get; init; }

    /// <summary>For validation codes, the FluentValidation rule set that runs the rule: <c>default</c> or
    /// <c>strict</c> (<c>ValidationLevel.Strict</c> runs both); <see langword="null"/> for the other codes.</summary>
    public string? RuleSet { get; init; }

    /// <summary>The page of this code in the repository: <c>docs/diagnostics/BV015.md</c>.</summary>
    public string HelpPath => $"docs/diagnostics/{Code}.md";

    /// <summary>The page of this code at the commit this library was built from (under the repository URL the
    /// package records), for links in reports such as SARIF's <c>helpUri</c>.</summary>
    public Uri HelpUri => new($"{DiagnosticCatalog.DocumentationRoot}/{HelpPath}");
}
