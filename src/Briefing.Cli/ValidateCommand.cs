using System.Collections.Immutable;
using System.CommandLine;
using Briefing.Cli.Reports;
using Briefing.Model.Json;
using Briefing.Model.Text;
using Briefing.Model.Validation;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing validate PATH... [--format text|json] [--warnings-as-errors] [--rules default|strict]</c>:
/// reads <c>.json</c> documents and <c>.txt</c> briefings (directories recursively), validates them and
/// reports every finding. Exit 0: no errors; 1: errors (or warnings with <c>--warnings-as-errors</c>);
/// 2: bad usage or a path that cannot be read.
/// </summary>
internal static class ValidateCommand
{
    private static readonly string[] Extensions = [".json", ".txt"];

    /// <summary>Builds the command; output goes to <paramref name="stdout"/>, usage errors to <paramref name="stderr"/>.</summary>
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Briefings to validate: .json documents, .txt briefings, or directories of them (searched recursively).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Report format.",
            DefaultValueFactory = _ => ReportFormats.Names[0],
        };
        format.AcceptOnlyFromAmong(ReportFormats.Names);
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Exit with 1 when there are warnings, not only errors.",
        };
        var rules = new Option<string>("--rules")
        {
            Description = "Rule set: 'default' (structural and cross-reference rules) or 'strict' (all rules, editorial ones included).",
            DefaultValueFactory = _ => BriefingValidator.DefaultRuleSet,
        };
        rules.AcceptOnlyFromAmong(BriefingValidator.DefaultRuleSet, BriefingValidator.StrictRuleSet);

        var command = new Command("validate", "Validate briefings (.txt) and briefing JSON documents (.json); exit 1 when errors are found.")
        {
            paths,
            format,
            warningsAsErrors,
            rules,
        };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            ReportFormats.For(result.GetValue(format) ?? ReportFormats.Names[0]),
            result.GetValue(warningsAsErrors),
            result.GetValue(rules) == BriefingValidator.StrictRuleSet ? ValidationLevel.Strict : ValidationLevel.Default,
            stdout,
            stderr));
        return command;
    }

    /// <summary>Validates the files under <paramref name="paths"/> and writes the report; returns the exit code.</summary>
    internal static int Run(IReadOnlyList<string> paths, IReportWriter writer, bool warningsAsErrors, ValidationLevel level, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!Collect(path, files, out var problem))
            {
                stderr.WriteLine($"briefing: {problem}");
                return ExitCodes.Usage;
            }
        }

        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var file in files)
        {
            var read = Read(file);
            var document = read.Briefing?.Id;
            foreach (var diagnostic in BriefingValidation.Validate(read, level))
            {
                findings.Add(Finding.From(file, document, diagnostic));
            }
        }

        var report = new ValidationReport(files.Count, findings.ToImmutable());
        writer.Write(report, stdout);
        return report.Errors > 0 || (warningsAsErrors && report.Warnings > 0) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static bool Collect(string path, List<string> files, out string problem)
    {
        problem = "";
        if (File.Exists(path))
        {
            if (!IsBriefingFile(path))
            {
                problem = $"'{path}' is not a .json or .txt file.";
                return false;
            }

            files.Add(path);
            return true;
        }

        if (Directory.Exists(path))
        {
            var found = Directory
                .EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                .Where(IsBriefingFile)
                .Order(StringComparer.Ordinal);
            files.AddRange(found);
            return true;
        }

        problem = $"'{path}': no such file or directory.";
        return false;
    }

    private static bool IsBriefingFile(string path) =>
        Extensions.Any(extension => path.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    private static BriefingReadResult Read(string file)
    {
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.OpenRead(file);
            return BriefingJson.Read(stream);
        }

        // Read as bytes so the parser reports invalid UTF-8 (BT006) rather than it being replaced silently.
        using var textStream = File.OpenRead(file);
        return BriefingText.Parse(textStream);
    }
}
