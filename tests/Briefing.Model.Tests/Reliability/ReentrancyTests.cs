using System.Collections.Concurrent;
using Briefing.Model.Interop;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;
using Briefing.Model.Text;
using Briefing.Model.Validation;
using CsCheck;

namespace Briefing.Model.Tests.Reliability;

/// <summary>Issue 18, point 7: per-thread scratch is never shared with a re-entrant call, and threads never see each other's work.</summary>
public sealed class ReentrancyTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_stream_that_writes_another_document_from_its_own_Write_receives_the_right_bytes(bool indented)
    {
        var outer = SeedModel.Create();
        var inner = BriefingText.Parse("Another title\n\nA different paragraph, of another length.\n").Briefing!;
        using var tee = new LoggingTee(inner, indented);

        BriefingJson.Write(tee, outer, indented);

        Assert.Equal(BriefingJson.WriteUtf8(outer, indented), tee.Received.ToArray());
        Assert.Equal(BriefingJson.WriteUtf8(inner, indented), tee.Logged.ToArray());
    }

    [Fact]
    public void Threads_parsing_validating_and_writing_different_documents_get_their_single_threaded_results()
    {
        var texts = Gen.Frequency((1, Gen.OneOf(SeedTexts())), (4, ModelGenerators.Layout.Select(l => l.Text))).Array[48].Single();
        var expected = texts.Select(Work).ToArray();
        var differences = new ConcurrentBag<int>();

        var threads = Enumerable.Range(0, 12).Select(t => new Thread(() =>
        {
            for (var round = 0; round < 6; round++)
            {
                for (var k = (t + round) % texts.Length; k < texts.Length; k += 5)
                {
                    if (Work(texts[k]) != expected[k])
                    {
                        differences.Add(k);
                    }
                }
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.True(differences.IsEmpty, $"documents that came out differently on a thread: {string.Join(", ", differences.Distinct().Order())}");
    }

    /// <summary>Everything a thread does with one text, as one string to compare.</summary>
    private static string Work(string text)
    {
        var read = BriefingText.Parse(text);
        if (read.Briefing is not { } briefing)
        {
            return string.Join("\n", read.Diagnostics);
        }

        using var stream = new MemoryStream();
        BriefingJson.Write(stream, briefing, indented: true);
        var json = BriefingJson.Write(briefing);
        return string.Join(
            "\n---\n",
            string.Join("\n", read.Diagnostics),
            string.Join("\n", BriefingValidation.Validate(read, ValidationLevel.Strict)),
            json,
            System.Text.Encoding.UTF8.GetString(stream.ToArray()),
            BriefingJson.Read(json).Briefing == briefing ? "equal" : "differs",
            BriefingText.Write(briefing),
            MarkdownExport.Write(briefing),
            Ninjs.Export(briefing),
            JsonLd.Export(briefing));
    }

    private static string[] SeedTexts() =>
        [.. Directory.EnumerateFiles(TestData.SeedsDirectory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>A logging tee: each write it receives, it logs another document through the same API.</summary>
    private sealed class LoggingTee(BriefingDocument logged, bool indented) : Stream
    {
        public MemoryStream Received { get; } = new();

        public MemoryStream Logged { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Received.Length;

        public override long Position { get => Received.Position; set => throw new NotSupportedException(); }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Logged.Length == 0)
            {
                BriefingJson.Write(Logged, logged, indented);
            }

            Received.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Received.Dispose();
                Logged.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
