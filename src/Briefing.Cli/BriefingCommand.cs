using System.CommandLine;
using Briefing.Model.Diagnostics;
using Briefing.Model.Json;

namespace Briefing.Cli;

/// <summary>The <c>briefing</c> command line: builds the command tree and runs it.</summary>
internal static class BriefingCommand
{
    /// <summary>Runs the tool with the given arguments and writers; returns the exit code.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where output goes.</param>
    /// <param name="stderr">Where diagnostics and usage errors go.</param>
    /// <param name="stdin">What <c>-</c> reads; the console's standard input when <see langword="null"/>.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        var root = Build(stdout, stderr, () => stdin ?? Console.In);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine($"briefing: {error.Message}");
            }

            stderr.WriteLine("Run 'briefing --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (IOException exception)
        {
            stderr.WriteLine($"briefing: {exception.Message}");
            return ExitCodes.Usage;
        }
        catch (UnauthorizedAccessException exception)
        {
            stderr.WriteLine($"briefing: {exception.Message}");
            return ExitCodes.Usage;
        }
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        var root = new RootCommand("Parse, validate and describe political- and security-risk briefings.");
        root.Subcommands.Add(BuildSchema(stdout));
        root.Subcommands.Add(ValidateCommand.Build(stdout, stderr, stdin));
        root.Subcommands.Add(ParseCommand.Build(stdout, stderr, stdin));
        root.Subcommands.Add(BuildExplain(stdout, stderr));
        return root;
    }

    private static Command BuildExplain(TextWriter stdout, TextWriter stderr)
    {
        var codes = new Argument<string[]>("CODE") { Description = "Diagnostic codes (BV015, bt004 …); none lists every code.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("explain", "Explain diagnostic codes: severity, what each reports and how to fix it (docs/diagnostics).") { codes };
        command.SetAction(parseResult =>
        {
            var asked = parseResult.GetValue(codes) ?? [];
            if (asked.Length == 0)
            {
                foreach (var entry in DiagnosticCatalog.All)
                {
                    stdout.WriteLine($"{entry.Code}  {Severity(entry.Severity),-7}  {entry.Title}");
                }

                return ExitCodes.Success;
            }

            foreach (var code in asked)
            {
                if (!DiagnosticCatalog.TryGet(code.ToUpperInvariant(), out var entry))
                {
                    stderr.WriteLine($"briefing: '{code}' is not a diagnostic code; 'briefing explain' lists them.");
                    return ExitCodes.Usage;
                }

                stdout.WriteLine($"{entry.Code} ({Severity(entry.Severity)}{(entry.RuleSet is { } set ? $", rule set {set}" : "")}): {entry.Title}");
                stdout.WriteLine(entry.Description);
                stdout.WriteLine($"Fix: {entry.Fix}");
                stdout.WriteLine($"More: {entry.HelpUri}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    private static Command BuildSchema(TextWriter stdout)
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of the briefing JSON contract.");
        command.SetAction(_ =>
        {
            stdout.Write(BriefingJsonSchema.Text);
            return ExitCodes.Success;
        });
        return command;
    }
}
