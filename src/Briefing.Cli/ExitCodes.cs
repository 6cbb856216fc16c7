namespace Briefing.Cli;

/// <summary>The tool's exit codes (docs/cli.md, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Done; no errors found.</summary>
    public const int Success = 0;

    /// <summary>Errors found in the input (malformed input is a finding, not a crash).</summary>
    public const int Findings = 1;

    /// <summary>Bad usage, or a path that cannot be read.</summary>
    public const int Usage = 2;
}
