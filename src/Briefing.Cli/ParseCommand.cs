using System.CommandLine;
using Briefing.Model.Diagnostics;
using Briefing.Model.Json;
using Briefing.Model.Text;

namespace Briefing.Cli;

/// <summary><c>briefing parse FILE|- [--format json|text]</c>: parses a plain-text briefing and prints it.</summary>
internal static class ParseCommand
{
    /// <summary>Builds the command; <paramref name="stdin"/> is read for the path <c>-</c>.</summary>
    public static Command Build(TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        var file = new Argument<string>("file") { Description = "The plain-text briefing to parse, or - to read standard input." };
        var format = new Option<string>("--format")
        {
            Description = "Output format: json (indented JSON contract, the default) or text (the plain-text layout).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "text");

        var command = new Command("parse", "Parse a plain-text briefing and print it as JSON (or back in the text layout). Diagnostics go to standard error.")
        {
            file,
            format,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(file)!, parseResult.GetValue(format) ?? "json", stdout, stderr, stdin));
        return command;
    }

    private static int Run(string path, string format, TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        BriefingReadResult result;
        var name = path == "-" ? "<stdin>" : path;
        if (path == "-")
        {
            result = BriefingText.Parse(stdin().ReadToEnd());
        }
        else
        {
            // A missing or unreadable path throws IOException or UnauthorizedAccessException, which
            // BriefingCommand.Run turns into one line on stderr and exit code 2.
            using var stream = File.OpenRead(path);
            result = BriefingText.Parse(stream);
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(Format(name, diagnostic));
        }

        if (result.Briefing is { } briefing)
        {
            if (format == "text")
            {
                stdout.Write(BriefingText.Write(briefing));
            }
            else
            {
                stdout.WriteLine(BriefingJson.Write(briefing, indented: true));
            }
        }

        return result.Diagnostics.Any(static d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>Formats a diagnostic as <c>file:line:col: severity code: message</c>.</summary>
    internal static string Format(string file, Diagnostic diagnostic) =>
        diagnostic.Line is null ? $"{file}: {diagnostic}" : $"{file}:{diagnostic}";
}
