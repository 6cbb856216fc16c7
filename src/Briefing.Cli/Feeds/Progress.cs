using System.Diagnostics;
using System.Globalization;

namespace Briefing.Cli.Feeds;

/// <summary>A progress line on stderr, only when it is a terminal and the input is large.</summary>
internal sealed class Progress(TextWriter stderr, long total)
{
    /// <summary>Inputs smaller than this (and not standard input) get no progress line.</summary>
    private const long ProgressThresholdBytes = 16 * 1024 * 1024;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _next = 1000;
    private bool _written;

    public static Progress? Create(List<Input> inputs, TextWriter stderr)
    {
        if (!ReferenceEquals(stderr, Console.Error) || Console.IsErrorRedirected)
        {
            return null;
        }

        var total = inputs.Where(i => i.File != "-").Sum(i => new FileInfo(i.File).Length);
        return total >= ProgressThresholdBytes || inputs.Any(i => i.File == "-") ? new Progress(stderr, total) : null;
    }

    public void Report(int documents, long bytes)
    {
        if (_clock.ElapsedMilliseconds < _next)
        {
            return;
        }

        _next = _clock.ElapsedMilliseconds + 1000;
        var percent = total > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({Math.Min(100, bytes * 100 / total)}%)") : "";
        stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\rbriefing: {documents} documents, {bytes / (1024 * 1024)} MB{percent}   "));
        _written = true;
    }

    public void Clear()
    {
        if (_written)
        {
            stderr.Write("\r" + new string(' ', 60) + "\r");
        }
    }
}
