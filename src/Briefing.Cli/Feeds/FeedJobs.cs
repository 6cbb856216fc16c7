using System.Buffers;

namespace Briefing.Cli.Feeds;

/// <summary>One document to check: a feed line's bytes (the first <paramref name="ByteCount"/> of a pooled array, returned once read), or a whole file opened by the worker.</summary>
/// <remarks><paramref name="Reread"/> gives a whole file's bytes again, to place findings on lines.</remarks>
internal sealed record Job(Input Input, int Index, int Line, byte[]? Bytes, Func<Stream>? Open, long OversizedLength = 0, string? Problem = null, int ByteCount = 0, Func<byte[]>? Reread = null);

/// <summary>Reads the inputs lazily into jobs, in order, keeping only the shard's documents.</summary>
internal sealed class FeedJobs(List<Input> inputs, (int Index, int Count) shard, int maxLineBytes, Func<Stream> openStdin)
{
    private long _ordinal;

    public long BytesRead { get; private set; }

    public bool Unreadable { get; private set; }

    /// <summary>Documents in the whole input (every shard).</summary>
    public long Total => _ordinal;

    private bool Mine() => _ordinal++ % shard.Count == shard.Index - 1;

    public IEnumerable<Job> Jobs()
    {
        foreach (var input in inputs)
        {
            if (input.Kind != InputKind.Ndjson)
            {
                if (Mine())
                {
                    Func<Stream> open;
                    Func<byte[]> reread;
                    if (input.File == "-")
                    {
                        // Standard input cannot be read twice: keep a copy (the reader takes it whole anyway).
                        var copy = new Lazy<byte[]>(() => ReadAll(openStdin()));
                        (open, reread) = (() => new MemoryStream(copy.Value, writable: false), () => copy.Value);
                    }
                    else
                    {
                        (open, reread) = (() => File.OpenRead(input.File), () => File.ReadAllBytes(input.File));
                        BytesRead += new FileInfo(input.File).Length;
                    }

                    yield return new Job(input, 0, 1, null, open, Reread: reread);
                }

                continue;
            }

            Stream? stream = null;
            string? problem = null;
            try
            {
                stream = input.File == "-" ? openStdin() : new FileStream(input.File, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                problem = $"The feed could not be read: {exception.Message}";
            }

            if (stream is null)
            {
                Unreadable = true;
                if (Mine())
                {
                    yield return new Job(input, 0, 0, null, null, Problem: problem);
                }

                continue;
            }

            using (stream)
            {
                foreach (var job in Lines(input, stream))
                {
                    yield return job;
                }
            }
        }
    }

    private IEnumerable<Job> Lines(Input input, Stream stream)
    {
        var reader = new NdjsonLineReader(stream, maxLineBytes);
        var index = 0;
        while (true)
        {
            FeedLine line;
            string? problem = null;
            try
            {
                if (!reader.TryReadLine(out line))
                {
                    yield break;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                line = default;
                problem = $"The feed could not be read past this point: {exception.Message}";
            }

            if (problem is not null)
            {
                Unreadable = true;
                yield return new Job(input, index, 0, null, null, Problem: problem);
                yield break;
            }

            BytesRead += line.OriginalLength + 1;
            if (line.IsBlank)
            {
                continue;
            }

            var lineNumber = (int)Math.Min(line.LineNumber, int.MaxValue);
            if (Mine())
            {
                yield return line.IsOversized
                    ? new Job(input, index, lineNumber, null, null, line.OriginalLength)
                    : new Job(input, index, lineNumber, Pooled(line.Bytes.Span), null, ByteCount: line.Bytes.Length);
            }

            index++;
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            return memory.ToArray();
        }
    }

    /// <summary>A pooled copy of a feed line (the reader reuses its buffer for the next line).</summary>
    private static byte[] Pooled(ReadOnlySpan<byte> line)
    {
        var copy = ArrayPool<byte>.Shared.Rent(Math.Max(line.Length, 1));
        line.CopyTo(copy);
        return copy;
    }
}
