using System.Collections.Immutable;
using Briefing.Model.Diagnostics;

namespace Briefing.Cli.Reports;

/// <summary>What <c>briefing validate</c> found: how many documents it read and every finding, in input order.</summary>
/// <param name="Documents">Number of files (documents) examined.</param>
/// <param name="Findings">The findings.</param>
internal sealed record ValidationReport(int Documents, ImmutableArray<Finding> Findings)
{
    /// <summary>Number of error findings.</summary>
    public int Errors => Findings.Count(static f => f.Severity == DiagnosticSeverity.Error);

    /// <summary>Number of warning findings.</summary>
    public int Warnings => Findings.Count(static f => f.Severity == DiagnosticSeverity.Warning);
}
