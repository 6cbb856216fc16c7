using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using Briefing.Cli.Feeds;
using Briefing.Cli.Reports;
using Briefing.Model.Diagnostics;
using Briefing.Model.Validation;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing validate PATH... [--format text|json|sarif|junit|github] [--warnings-as-errors]
/// [--rules default|strict] [--max-findings N] [--shard I/N] [--quiet] [--output FILE]
/// [--input-format text|json|ndjson] [--max-line-bytes N]</c>: reads <c>.json</c> documents,
/// <c>.txt</c> briefings, <c>.html</c> web pages and <c>.ndjson</c>/<c>.jsonl</c> feeds (directories recursively, glob
/// patterns, <c>-</c> for standard input), validates the documents in parallel and reports every
/// finding in input order. Exit 0: no errors; 1: errors (or warnings with <c>--warnings-as-errors</c>);
/// 2: bad usage or a path that cannot be read.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>The default <c>--max-line-bytes</c>: 16 MiB, the JSON reader's document limit.</summary>
    public const int DefaultMaxLineBytes = 16 * 1024 * 1024;

    /// <summary>The default <c>--max-findings</c>.</summary>
    public const int DefaultMaxFindings = 10_000;

    /// <summary>The settings of one run.</summary>
    /// <param name="Paths">The PATH arguments.</param>
    /// <param name="Format">The report format name.</param>
    /// <param name="Level">The rule set.</param>
    /// <param name="WarningsAsErrors">Exit 1 on warnings too.</param>
    /// <param name="MaxFindings">Findings reported at most.</param>
    /// <param name="Shard">1-based shard and shard count.</param>
    /// <param name="Quiet">Report errors only; nothing on success (text, github).</param>
    /// <param name="Output">The report file, or <see langword="null"/> for standard output.</param>
    /// <param name="InputFormat">How <c>-</c> is read; <see langword="null"/> to tell from its first line.</param>
    /// <param name="MaxLineBytes">The longest NDJSON line read.</param>
    /// <param name="AllowEmpty">Accept an input with no document (exit 0) instead of exit 2.</param>
    internal sealed record Settings(
        IReadOnlyList<string> Paths,
        string Format = "text",
        ValidationLevel Level = ValidationLevel.Default,
        bool WarningsAsErrors = false,
        int MaxFindings = DefaultMaxFindings,
        (int Index, int Count) Shard = default,
        bool Quiet = false,
        string? Output = null,
        InputKind? InputFormat = null,
        int MaxLineBytes = DefaultMaxLineBytes,
        bool AllowEmpty = false);

    /// <summary>Builds the command; output goes to <paramref name="stdout"/>, usage errors to <paramref name="stderr"/>.</summary>
    public static Command Build(TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Briefings to validate: .json documents, .txt briefings, .html web pages, .ndjson/.jsonl feeds, directories of them (recursive), glob patterns (*, ?, **), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Report format: text, json, sarif (SARIF 2.1.0), junit (JUnit XML) or github (workflow commands).",
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
        var maxFindings = new Option<int>("--max-findings")
        {
            Description = "Report at most N findings; the rest are counted (the exit code still reflects them).",
            DefaultValueFactory = _ => DefaultMaxFindings,
        };
        var shard = new Option<string?>("--shard")
        {
            Description = "Validate only the I-th of N slices (I/N, 1-based): document k of the whole input (0-based) belongs to slice k % N + 1.",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "Report errors only, and nothing at all when there are none (text and github formats).",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to FILE (atomically: a temporary file in the same folder, then renamed) instead of standard output.",
        };
        var inputFormat = new Option<string?>("--input-format")
        {
            Description = "How '-' (standard input) is read: text, json or ndjson. Told from the first line when not given: a complete JSON value on it is NDJSON, a JSON document spread over lines (briefing parse output) is json, anything not starting with '{' is text.",
        };
        inputFormat.AcceptOnlyFromAmong("text", "json", "ndjson");
        var maxLineBytes = new Option<int>("--max-line-bytes")
        {
            Description = "The longest NDJSON line read, in bytes; a longer line is a BF001 finding.",
            DefaultValueFactory = _ => DefaultMaxLineBytes,
        };
        var allowEmpty = new Option<bool>("--allow-empty")
        {
            Description = "Exit 0 when the paths hold no document at all (an empty folder, feed or unmatched glob); without it that is exit 2, so a mistyped path fails CI.",
        };

        var command = new Command("validate", "Validate briefings (.txt), web pages (.html), briefing JSON documents (.json) and NDJSON feeds (.ndjson, .jsonl); exit 1 when errors are found.")
        {
            paths, format, warningsAsErrors, rules, maxFindings, shard, quiet, output, inputFormat, maxLineBytes, allowEmpty,
        };
        command.SetAction(result =>
        {
            if (!TryParseShard(result.GetValue(shard), out var slice, out var problem)
                || !Positive(result.GetValue(maxLineBytes), "--max-line-bytes", 1, out problem)
                || !Positive(result.GetValue(maxFindings), "--max-findings", 0, out problem)
                || !NamesAFile(result.GetValue(output), "--output", out problem))
            {
                stderr.WriteLine($"briefing: {problem}");
                return ExitCodes.Usage;
            }

            var settings = new Settings(
                result.GetValue(paths) ?? [],
                result.GetValue(format) ?? ReportFormats.Names[0],
                result.GetValue(rules) == BriefingValidator.StrictRuleSet ? ValidationLevel.Strict : ValidationLevel.Default,
                result.GetValue(warningsAsErrors),
                result.GetValue(maxFindings),
                slice,
                result.GetValue(quiet),
                result.GetValue(output),
                result.GetValue(inputFormat) switch { "text" => InputKind.Text, "json" => InputKind.Json, "ndjson" => InputKind.Ndjson, _ => null },
                result.GetValue(maxLineBytes),
                result.GetValue(allowEmpty));
            return Run(settings, stdout, stderr, () => OpenStdin(stdin()));
        });
        return command;
    }

    /// <summary>Parses <c>I/N</c> (1 ≤ I ≤ N); no value means the whole input (1/1).</summary>
    internal static bool TryParseShard(string? text, out (int Index, int Count) shard, out string problem)
    {
        shard = (1, 1);
        problem = "";
        if (text is null)
        {
            return true;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count)
        {
            shard = (index, count);
            return true;
        }

        problem = $"--shard '{text}' is not I/N with 1 <= I <= N (for example 2/4).";
        return false;
    }

    /// <summary>Whether an optional path names a file: an empty value (such as <c>-o "$UNSET"</c>) is a usage error.</summary>
    internal static bool NamesAFile(string? path, string name, out string problem)
    {
        problem = path is null || !string.IsNullOrWhiteSpace(path) ? "" : $"{name} needs a file name; it was given an empty one.";
        return problem.Length == 0;
    }

    private static bool Positive(int value, string name, int minimum, out string problem)
    {
        problem = value >= minimum ? "" : string.Create(CultureInfo.InvariantCulture, $"{name} must be at least {minimum}.");
        return value >= minimum;
    }

    private static Stream OpenStdin(TextReader reader) =>
        ReferenceEquals(reader, Console.In)
            ? Console.OpenStandardInput()
            : new MemoryStream(Encoding.UTF8.GetBytes(reader.ReadToEnd()));

    /// <summary>Validates the inputs and writes the report; returns the exit code.</summary>
    internal static int Run(Settings settings, TextWriter stdout, TextWriter stderr, Func<Stream> openStdin)
    {
        var stdinKind = settings.InputFormat ?? InputKind.Ndjson;
        if (settings.InputFormat is null && settings.Paths.Contains("-"))
        {
            var (kind, stream) = StdinSniffer.Sniff(openStdin(), settings.MaxLineBytes);
            (stdinKind, openStdin) = (kind, () => stream);
        }

        if (!Inputs.TryExpand(settings.Paths, stdinKind, settings.AllowEmpty, out var inputs, out var problem))
        {
            stderr.WriteLine($"briefing: {problem}");
            return ExitCodes.Usage;
        }

        var shard = settings.Shard == default ? (Index: 1, Count: 1) : settings.Shard;
        var progress = Progress.Create(inputs, stderr);
        using var target = ReportTarget.Open(settings.Output, stdout);
        var writer = ReportFormats.For(settings.Format, target.Writer, settings.Quiet);
        var feed = new FeedJobs(inputs, shard, settings.MaxLineBytes, openStdin);
        int documents = 0, errors = 0, warnings = 0, shownCount = 0, omitted = 0;
        var outcomes = OrderedParallel.Select(
            feed.Jobs(),
            job => DocumentCheck.Check(job, settings.Level),
            batchSize: 256,
            weight: static job => job.Bytes is null ? 4096 : job.ByteCount,
            maxBatchWeight: 64L * 1024 * 1024);
        foreach (var outcome in outcomes)
        {
            documents++;
            var shown = new List<Finding>();
            foreach (var finding in outcome.Findings)
            {
                var isError = finding.Severity == DiagnosticSeverity.Error;
                errors += isError ? 1 : 0;
                warnings += finding.Severity == DiagnosticSeverity.Warning ? 1 : 0;
                if (settings.Quiet && !isError && !(settings.WarningsAsErrors && finding.Severity == DiagnosticSeverity.Warning))
                {
                    continue;
                }

                if (shownCount < settings.MaxFindings)
                {
                    shownCount++;
                    shown.Add(finding);
                }
                else if (omitted++ == 0)
                {
                    stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"briefing: --max-findings {settings.MaxFindings} reached; further findings are counted, not reported."));
                }
            }

            writer.Document(outcome, shown);
            progress?.Report(documents, feed.BytesRead);
        }

        progress?.Clear();
        writer.Finish(new ReportSummary(documents, errors, warnings, omitted, settings.MaxFindings));
        target.Commit();
        if (feed.Unreadable)
        {
            return ExitCodes.Usage;
        }

        if (feed.Total == 0 && !settings.AllowEmpty)
        {
            stderr.WriteLine($"briefing: no document to validate in {string.Join(' ', settings.Paths.Select(p => $"'{p}'"))} (an empty folder or feed, or no {Inputs.Described} file); pass --allow-empty to accept that.");
            return ExitCodes.Usage;
        }

        return errors > 0 || (settings.WarningsAsErrors && warnings > 0) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
