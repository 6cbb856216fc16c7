using System.Text.Json;
using Briefing.Model;

namespace Briefing.Cli.Feeds;

/// <summary>
/// Tells how standard input is laid out from its first line, without losing a byte of it: a
/// complete JSON value on the first non-blank line is an NDJSON feed; a JSON value that goes on past
/// it (<c>briefing parse</c> prints one indented document) is one JSON document; input whose first
/// character is not <c>{</c> is a plain-text briefing.
/// </summary>
internal static class StdinSniffer
{
    /// <summary>Reads up to the end of the first non-blank line (at most <paramref name="maxLineBytes"/>) and returns the kind and a stream that still yields every byte.</summary>
    public static (InputKind Kind, Stream Stream) Sniff(Stream stdin, int maxLineBytes)
    {
        var head = new MemoryStream();
        var buffer = new byte[64 * 1024];
        var scanned = 0;
        while (head.Length <= maxLineBytes)
        {
            var read = stdin.Read(buffer);
            if (read == 0)
            {
                break;
            }

            head.Write(buffer, 0, read);
            // Done once a line break follows the first non-blank byte.
            var seen = head.GetBuffer().AsSpan(0, (int)head.Length);
            var firstContent = seen.IndexOfAnyExcept(" \t\r\n"u8);
            if (firstContent >= 0 && seen[Math.Max(firstContent, scanned)..].Contains((byte)'\n'))
            {
                break;
            }

            scanned = seen.Length;
        }

        var bytes = head.ToArray();
        return (KindOf(bytes), new PrefixedStream(bytes, stdin));
    }

    /// <summary>The kind the first non-blank line says (see the class remarks).</summary>
    internal static InputKind KindOf(ReadOnlySpan<byte> firstLine)
    {
        var content = Utf8Input.WithoutBom(firstLine);
        content = content.TrimStart(" \t\r\n"u8);
        if (content.IsEmpty || content[0] != (byte)'{')
        {
            return content.IsEmpty ? InputKind.Ndjson : InputKind.Text;
        }

        var newline = content.IndexOf((byte)'\n');
        var reader = new Utf8JsonReader(newline < 0 ? content : content[..newline], new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            reader.Read();
            reader.Skip();
            return InputKind.Ndjson; // the first line holds a whole value
        }
        catch (JsonException)
        {
            // Not a value of its own: a document spread over lines (or bad JSON the reader will report).
            return InputKind.Json;
        }
    }

    /// <summary>The bytes already read, then the rest of the stream.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position < prefix.Length)
            {
                var count = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsSpan(_position, count).CopyTo(buffer);
                _position += count;
                return count;
            }

            return rest.Read(buffer);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            _position < prefix.Length ? Read(buffer.Span) : await rest.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
