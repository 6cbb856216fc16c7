using Briefing.Model;

namespace Briefing.Cli.Feeds;

/// <summary>One line of an NDJSON feed: its 1-based line number and its bytes (without the line end).</summary>
/// <param name="LineNumber">1-based line number in the feed.</param>
/// <param name="Bytes">The line's bytes without <c>\r\n</c> or <c>\n</c>; empty for an oversized line. They live in the reader's buffer: valid until the next <see cref="NdjsonLineReader.TryReadLine"/>.</param>
/// <param name="OriginalLength">The line's length in bytes as found in the feed.</param>
internal readonly record struct FeedLine(long LineNumber, ReadOnlyMemory<byte> Bytes, long OriginalLength)
{
    /// <summary>Whether the line was longer than the reader's limit (its bytes were skipped, not kept).</summary>
    public bool IsOversized => Bytes.Length < OriginalLength;

    /// <summary>Whether the line holds nothing but spaces and tabs (after the feed's byte order mark, on the first line).</summary>
    public bool IsBlank => !IsOversized && (LineNumber == 1 ? Utf8Input.WithoutBom(Bytes.Span) : Bytes.Span).Trim(" \t"u8).IsEmpty;
}

/// <summary>
/// Reads an NDJSON/JSON Lines feed line by line in bounded memory: at most one line (up to
/// <c>maxLineBytes</c>) plus a fixed read buffer is held at a time. Accepts LF and CRLF line ends;
/// a line longer than the limit is skipped to its end and reported as oversized.
/// </summary>
internal sealed class NdjsonLineReader
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private readonly byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private long _lineNumber;
    private byte[] _line = new byte[1024];
    private int _lineLength;

    public NdjsonLineReader(Stream stream, int maxLineBytes, int bufferSize = 64 * 1024)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = new byte[Math.Max(bufferSize, 16)];
    }

    /// <summary>Reads the next line; <see langword="false"/> at the end of the feed.</summary>
    /// <remarks>The returned bytes are a fresh array the caller owns (lines are processed in parallel).</remarks>
    public bool TryReadLine(out FeedLine line)
    {
        _lineLength = 0;
        long length = 0;
        var oversized = false;
        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            var chunk = newline >= 0 ? available[..newline] : available;
            length += chunk.Length;
            if (!oversized)
            {
                if (length > _maxLineBytes)
                {
                    oversized = true;
                    _lineLength = 0;
                }
                else
                {
                    Append(chunk);
                }
            }

            if (newline >= 0)
            {
                _start += newline + 1;
                line = Complete(length, oversized);
                return true;
            }

            _start = _end;
            if (_eof || !Fill())
            {
                if (length == 0)
                {
                    line = default;
                    return false;
                }

                line = Complete(length, oversized);
                return true;
            }
        }
    }

    private void Append(ReadOnlySpan<byte> chunk)
    {
        if (_lineLength + chunk.Length > _line.Length)
        {
            Array.Resize(ref _line, Math.Max(_line.Length * 2, _lineLength + chunk.Length));
        }

        chunk.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += chunk.Length;
    }

    private bool Fill()
    {
        _start = 0;
        _end = _stream.Read(_buffer, 0, _buffer.Length);
        if (_end == 0)
        {
            _eof = true;
            return false;
        }

        return true;
    }

    private FeedLine Complete(long length, bool oversized)
    {
        _lineNumber++;
        var bytes = oversized ? [] : _line.AsSpan(0, _lineLength);
        if (!oversized && bytes.EndsWith("\r"u8))
        {
            bytes = bytes[..^1];
            length--;
        }

        return new FeedLine(_lineNumber, oversized ? ReadOnlyMemory<byte>.Empty : _line.AsMemory(0, bytes.Length), length);
    }
}
