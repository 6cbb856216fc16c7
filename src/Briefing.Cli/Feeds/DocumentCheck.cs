using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using Briefing.Cli.Reports;
using Briefing.Model;
using Briefing.Model.Diagnostics;
using Briefing.Model.Html;
using Briefing.Model.Json;
using Briefing.Model.Text;
using Briefing.Model.Validation;

namespace Briefing.Cli.Feeds;

/// <summary>
/// Checks one <see cref="Job"/> of <c>briefing validate</c> on a worker thread: reads it (a feed line,
/// a JSON document, a text briefing or a web page), validates it at the chosen level, and turns the
/// diagnostics into findings placed on the input's lines (a feed line's findings on that line).
/// </summary>
internal static class DocumentCheck
{
    /// <summary>Reads, validates and places the findings of one job.</summary>
    /// <param name="job">The document.</param>
    /// <param name="level">The rules to run.</param>
    /// <returns>Its findings, in order.</returns>
    public static DocumentOutcome Check(Job job, ValidationLevel level)
    {
        var file = job.Input.File;
        if (job.Problem is { } problem)
        {
            return Single(job, new Finding(file, job.Line == 0 ? null : job.Line, null, null, "", "BF002", DiagnosticSeverity.Error, problem, job.Index));
        }

        if (job.OversizedLength > 0)
        {
            var message = string.Create(CultureInfo.InvariantCulture, $"The line is {job.OversizedLength} bytes, longer than --max-line-bytes allows; it was skipped, not read.");
            return Single(job, new Finding(file, job.Line, null, null, "", "BF001", DiagnosticSeverity.Error, message, job.Index));
        }

        BriefingReadResult read;
        ImmutableArray<Diagnostic> diagnostics;
        if (job.Bytes is { } bytes)
        {
            var span = bytes.AsSpan(0, job.ByteCount); // a BOM opening the feed is skipped by the reader, as for any JSON
            read = BriefingJson.Read(span);
            diagnostics = BriefingJson.Locate(span, BriefingValidation.Validate(read, level));
            // The model keeps nothing of the line (strings and unknown members are copied out): the buffer goes back to the pool.
            ArrayPool<byte>.Shared.Return(bytes);
        }
        else
        {
            try
            {
                using var stream = job.Open!();
                // Text is read as bytes so the parser reports invalid UTF-8 (BT006) rather than it being replaced silently.
                read = job.Input.Kind switch
                {
                    InputKind.Text => BriefingText.Parse(stream),
                    InputKind.Html => BriefingHtml.Parse(stream),
                    _ => BriefingJson.Read(stream),
                };
                diagnostics = BriefingValidation.Validate(read, level);
                if (job.Input.Kind == InputKind.Json && NeedsPositions(diagnostics))
                {
                    // Only a document with findings is read again, to place each pointer on its line and column.
                    diagnostics = BriefingJson.Locate(job.Reread!(), diagnostics);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return Single(job, new Finding(file, null, null, null, "", "BF002", DiagnosticSeverity.Error, $"The file could not be read: {exception.Message}", job.Index));
            }
        }

        var id = read.Briefing?.Id;
        var inFeed = job.Bytes is not null;
        var findings = new List<Finding>();
        foreach (var diagnostic in diagnostics)
        {
            var finding = Finding.From(file, id, diagnostic) with { Index = job.Index };
            if (inFeed)
            {
                // One document a line: the feed line is the line; columns are kept (the document has no line breaks).
                var onLine = diagnostic.Line == 1 && (diagnostic.EndLine ?? 1) == 1;
                finding = finding with { Line = job.Line, Column = onLine ? diagnostic.Column : null, EndLine = onLine && diagnostic.EndColumn is not null ? job.Line : null, EndColumn = onLine ? diagnostic.EndColumn : null };
            }

            findings.Add(finding);
        }

        return new DocumentOutcome(file, job.Index, job.Line, id, findings);
    }

    private static bool NeedsPositions(ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Line is null && diagnostic.Path is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static DocumentOutcome Single(Job job, Finding finding) =>
        new(job.Input.File, job.Index, Math.Max(job.Line, 1), null, [finding]);
}
