using System.CommandLine;
using System.Text;
using System.Text.Json;
using Briefing.Cli.Feeds;
using Briefing.Cli.Reports;
using Briefing.Model;
using Briefing.Model.Diagnostics;
using Briefing.Model.Html;
using Briefing.Model.Interop;
using Briefing.Model.Json;
using Briefing.Model.Text;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing parse FILE|- [--from text|json|ninjs|html] [--url URL] [--format json|text|markdown|ninjs|jsonld]</c>:
/// reads a briefing and prints it in another form; <c>briefing parse PATH... --format ndjson</c> reads
/// many (in parallel, output in input order) into one JSON document a line.
/// </summary>
internal static class ParseCommand
{
    /// <summary>Builds the command; <paramref name="stdin"/> is read for the path <c>-</c>.</summary>
    public static Command Build(TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        var file = new Argument<string[]>("file")
        {
            Description = "The briefing to read (plain text, briefing JSON, IPTC ninjs or an HTML web page), or - to read standard input. With --format ndjson: any number of files, directories (their .txt, .json and .html files, recursively) and glob patterns.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output: json (the JSON contract, indented; the default), ndjson (the JSON contract, one compact document a line, for many inputs; what validate reads as a feed), text (the plain-text layout), markdown, ninjs (IPTC ninjs 2.2) or jsonld (schema.org NewsArticle).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "ndjson", "text", "markdown", "ninjs", "jsonld");
        var from = new Option<string?>("--from")
        {
            Description = "Input: text, json, ninjs or html. Detected when not given: .txt is text; .html and .htm are HTML, as is content that starts with <!doctype html or <html; .json and standard input are JSON when they start with '{' (ninjs when the object has no \"title\" but a \"uri\", \"headlines\" or \"bodies\"), text otherwise.",
        };
        from.AcceptOnlyFromAmong("text", "json", "ninjs", "html");
        var url = new Option<string?>("--url")
        {
            Description = "The web page's address (HTML input): relative links resolve against it, and it is the briefing's address when the page declares none.",
        };

        var maxOutputBytes = new Option<int>("--max-output-bytes")
        {
            Description = "The largest document written, in UTF-8 bytes; a larger one is a BF003 error and is not written. The default is the size the readers (and validate) accept, so what parse writes can be read back.",
            DefaultValueFactory = _ => BriefingJsonReadOptions.Default.MaxDocumentBytes,
        };
        maxOutputBytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--max-output-bytes must be a positive number of bytes.");
            }
        });

        var command = new Command("parse", "Read a briefing (plain text, JSON, ninjs or an HTML page) and print it as JSON, text, Markdown, ninjs or JSON-LD. Diagnostics go to standard error.")
        {
            file,
            format,
            from,
            url,
            maxOutputBytes,
        };
        command.SetAction(parseResult =>
        {
            var files = parseResult.GetValue(file) ?? [];
            var output = parseResult.GetValue(format) ?? "json";
            var limit = parseResult.GetValue(maxOutputBytes);
            if (output == "ndjson")
            {
                return RunMany(files, parseResult.GetValue(from), parseResult.GetValue(url), limit, stdout, stderr, stdin);
            }

            if (files.Length != 1)
            {
                stderr.WriteLine("briefing: parse reads one file unless --format ndjson is given (one JSON document a line for many inputs).");
                return ExitCodes.Usage;
            }

            return Run(files[0], parseResult.GetValue(from), parseResult.GetValue(url), output, limit, stdout, stderr, stdin);
        });
        return command;
    }

    private static int Run(string path, string? from, string? url, string format, int maxOutputBytes, TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        if (!ValidateCommand.NamesAFile(path, "parse", out var problem))
        {
            stderr.WriteLine($"briefing: {problem}");
            return ExitCodes.Usage;
        }

        var name = path == "-" ? "<stdin>" : path;

        // A missing or unreadable path throws IOException or UnauthorizedAccessException, which
        // BriefingCommand.Run turns into one line on stderr and exit code 2.
        var bytes = path == "-" ? Encoding.UTF8.GetBytes(stdin().ReadToEnd()) : File.ReadAllBytes(path);
        var result = Read(path, bytes, from, url);

        foreach (var diagnostic in result.Diagnostics)
        {
            // Names and messages come from the input: escaped as every report escapes them.
            stderr.WriteLine(ReportText.Visible(Format(name, diagnostic)));
        }

        var errors = result.Diagnostics.Any(static d => d.Severity == DiagnosticSeverity.Error);
        if (result.Briefing is { } briefing)
        {
            var written = format switch
            {
                "text" => BriefingText.Write(briefing),
                "markdown" => MarkdownExport.Write(briefing),
                "ninjs" => Ninjs.Export(briefing, new NinjsExportOptions { Indented = true }) + Environment.NewLine,
                "jsonld" => JsonLd.Export(briefing) + Environment.NewLine,
                _ => BriefingJson.Write(briefing, indented: true) + Environment.NewLine,
            };
            if (TooLarge(written, maxOutputBytes) is { } tooLarge)
            {
                stderr.WriteLine(ReportText.Visible($"{name}: {tooLarge}"));
                return ExitCodes.Findings;
            }

            stdout.Write(written);
        }

        return errors ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static BriefingReadResult Read(string path, byte[] bytes, string? from, string? url) => (from ?? Detect(path, bytes)) switch
    {
        "json" => BriefingJson.Read(bytes),
        "ninjs" => Ninjs.Import(bytes),
        "html" => BriefingHtml.Parse(bytes, url),
        _ => BriefingText.Parse(bytes.AsSpan()),
    };

    /// <summary>
    /// <c>--format ndjson</c>: every input (files, directories' .txt, .json and .html files, globs, <c>-</c>) read in
    /// parallel in one process, written in input order as one compact JSON document a line; an input
    /// that cannot be read as a briefing gets its diagnostics on stderr and no line, and the rest go on.
    /// </summary>
    private static int RunMany(string[] paths, string? from, string? url, int maxOutputBytes, TextWriter stdout, TextWriter stderr, Func<TextReader> stdin)
    {
        if (!Inputs.TryExpand(paths, InputKind.Text, allowEmpty: false, out var inputs, out var problem))
        {
            stderr.WriteLine($"briefing: {problem}");
            return ExitCodes.Usage;
        }

        inputs.RemoveAll(static i => i.Kind == InputKind.Ndjson && i.File != "-"); // feeds are output, not input, here
        if (inputs.Count == 0)
        {
            stderr.WriteLine($"briefing: no .txt, .json or .html file in {string.Join(' ', paths.Select(p => $"'{p}'"))}.");
            return ExitCodes.Usage;
        }

        byte[]? piped = inputs.Any(static i => i.File == "-") ? Encoding.UTF8.GetBytes(stdin().ReadToEnd()) : null;
        var errors = false;
        var outcomes = OrderedParallel.Select(
            inputs,
            input =>
            {
                try
                {
                    var bytes = input.File == "-" ? piped! : File.ReadAllBytes(input.File);
                    var result = Read(input.File, bytes, from, url);
                    var line = result.Succeeded ? BriefingJson.Write(result.Briefing) : null;
                    return line is not null && TooLarge(line, maxOutputBytes) is { } tooLarge
                        ? (input.File, Result: result, Line: null, Problem: tooLarge)
                        : (input.File, Result: result, Line: line, Problem: (string?)null);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    return (input.File, Result: (BriefingReadResult?)null, Line: (string?)null, Problem: $"error BF002: The file could not be read: {exception.Message}");
                }
            },
            batchSize: 64);
        foreach (var (file, result, line, readProblem) in outcomes)
        {
            var name = file == "-" ? "<stdin>" : file;
            foreach (var diagnostic in result?.Diagnostics ?? [])
            {
                stderr.WriteLine(ReportText.Visible(Format(name, diagnostic)));
            }

            if (readProblem is not null)
            {
                stderr.WriteLine(ReportText.Visible($"{name}: {readProblem}"));
                errors = true;
                continue;
            }

            errors |= line is null;
            if (line is not null)
            {
                stdout.WriteLine(line);
            }
        }

        return errors ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>The code of an output larger than <c>--max-output-bytes</c>.</summary>
    private const string OutputTooLarge = "BF003";

    /// <summary>The BF003 message when <paramref name="output"/> is longer than <paramref name="maxBytes"/> UTF-8 bytes, else null.</summary>
    private static string? TooLarge(string output, int maxBytes)
    {
        // At most 3 bytes a UTF-16 code unit: most outputs are decided without counting.
        if ((long)output.Length * 3 <= maxBytes)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetByteCount(output);
        return bytes <= maxBytes
            ? null
            : $"error {OutputTooLarge}: The output would be {bytes} bytes, more than --max-output-bytes ({maxBytes}), the size the readers accept by default; it is not written. Split the input, or raise --max-output-bytes (and the reader's limit).";
    }

    /// <summary>Picks the input kind from the extension, then from the content.</summary>
    internal static string Detect(string path, ReadOnlySpan<byte> bytes)
    {
        if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return "text";
        }

        var content = Utf8Input.WithoutBom(bytes);
        content = content.TrimStart(" \t\r\n"u8);
        if (IsHtmlPath(path) || LooksLikeHtml(content))
        {
            return "html";
        }
        if (content.IsEmpty || content[0] != (byte)'{')
        {
            return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "text";
        }

        return LooksLikeNinjs(content) ? "ninjs" : "json";
    }

    /// <summary>Whether a path names a web page by its extension (<c>.html</c>, <c>.htm</c>).</summary>
    internal static bool IsHtmlPath(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether content (after a BOM and white space) opens as a web page: <c>&lt;!doctype html</c> or <c>&lt;html</c>, in any case.</summary>
    internal static bool LooksLikeHtml(ReadOnlySpan<byte> content) =>
        StartsWithIgnoringCase(content, "<!doctype html"u8) || (StartsWithIgnoringCase(content, "<html"u8) && content.Length > 5 && content[5] is (byte)'>' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n');

    private static bool StartsWithIgnoringCase(ReadOnlySpan<byte> content, ReadOnlySpan<byte> prefix) =>
        content.Length >= prefix.Length && System.Text.Ascii.EqualsIgnoreCase(content[..prefix.Length], prefix);

    private static bool LooksLikeNinjs(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        bool hasTitle = false, hasNinjsMember = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                hasTitle |= reader.ValueTextEquals("title"u8);
                hasNinjsMember |= reader.ValueTextEquals("uri"u8) || reader.ValueTextEquals("headlines"u8) || reader.ValueTextEquals("bodies"u8);
                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed: let the JSON reader report it.
        }

        return hasNinjsMember && !hasTitle;
    }

    /// <summary>Formats a diagnostic as <c>file:line:col: severity code: message</c>.</summary>
    internal static string Format(string file, Diagnostic diagnostic) =>
        diagnostic.Line is null ? $"{file}: {diagnostic}" : $"{file}:{diagnostic}";
}
