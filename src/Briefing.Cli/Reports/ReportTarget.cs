using System.Runtime.InteropServices;
using System.Text;

namespace Briefing.Cli.Reports;

/// <summary>
/// Where the report goes: standard output, or <c>--output FILE</c> written atomically — to a temporary
/// file in the same folder, renamed over FILE only when the report is complete, so a reader never sees
/// half a report and a failed run leaves the old file as it was. Device files (<c>/dev/null</c>,
/// <c>/dev/stdout</c>) are written directly: they cannot be replaced. A run ended by SIGINT, SIGTERM or
/// SIGHUP deletes its temporary file before the process ends as the signal asks.
/// </summary>
internal sealed class ReportTarget : IDisposable
{
    private readonly string? _path;
    private readonly string? _temporary;
    private readonly bool _owned;
    private readonly PosixSignalRegistration[] _signals;
    private bool _committed;

    private ReportTarget(TextWriter? writer, string? path, string? temporary, bool owned = true)
    {
        _owned = owned;
        Writer = writer!;
        _path = path;
        _temporary = temporary;
        _signals = temporary is null ? [] :
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, DeleteTemporary),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, DeleteTemporary),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, DeleteTemporary),
        ];
    }

    /// <summary>The writer for the report.</summary>
    public TextWriter Writer { get; private set; }

    /// <summary>Opens the target: <paramref name="stdout"/> when <paramref name="path"/> is <see langword="null"/>.</summary>
    public static ReportTarget Open(string? path, TextWriter stdout)
    {
        if (path is null)
        {
            return new ReportTarget(stdout, null, null, owned: false);
        }

        var full = Path.GetFullPath(path);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (!OperatingSystem.IsWindows() && full.StartsWith("/dev/", StringComparison.Ordinal))
        {
            return new ReportTarget(new StreamWriter(new FileStream(full, FileMode.Open, FileAccess.Write), encoding), null, null);
        }

        var directory = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        // The signal handlers are in place before the temporary file exists.
        var target = new ReportTarget(null, full, temporary);
        try
        {
            target.Writer = new StreamWriter(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024), encoding);
            return target;
        }
        catch
        {
            target.Writer = TextWriter.Null;
            target.Dispose();
            throw;
        }
    }

    /// <summary>Completes the report: flushes it and, for a file, renames the temporary file over it.</summary>
    public void Commit()
    {
        Writer.Flush();
        if (_temporary is null || _path is null)
        {
            return;
        }

        Writer.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _committed = true;
    }

    /// <summary>Closes the file; an uncommitted temporary file is deleted, the old report left as it was.</summary>
    public void Dispose()
    {
        foreach (var signal in _signals)
        {
            signal.Dispose();
        }

        if (_owned)
        {
            Writer.Dispose();
        }

        if (!_committed && _temporary is not null && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }

    /// <summary>On a signal that ends the process: the report will not be completed, so its temporary file goes (the default handling then ends the process).</summary>
    private void DeleteTemporary(PosixSignalContext context)
    {
        if (!_committed && _temporary is not null)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (IOException)
            {
                // Best effort: the process is ending.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
