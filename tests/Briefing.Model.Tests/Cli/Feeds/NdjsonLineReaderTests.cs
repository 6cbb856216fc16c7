using System.Text;
using Briefing.Cli.Feeds;

namespace Briefing.Model.Tests.Cli.Feeds;

public sealed class NdjsonLineReaderTests
{
    private static List<FeedLine> ReadAll(string feed, int maxLineBytes = 1024, int bufferSize = 16)
    {
        var reader = new NdjsonLineReader(new MemoryStream(Encoding.UTF8.GetBytes(feed)), maxLineBytes, bufferSize);
        var lines = new List<FeedLine>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add(line with { Bytes = line.Bytes.ToArray() }); // a line's bytes are valid until the next read
        }

        return lines;
    }

    [Theory]
    [InlineData("a\nbb\nccc", new[] { "a", "bb", "ccc" })]
    [InlineData("a\r\nbb\r\n", new[] { "a", "bb" })]
    [InlineData("\n\nx\n", new[] { "", "", "x" })]
    [InlineData("", new string[0])]
    [InlineData("only", new[] { "only" })]
    public void Splits_lines_on_lf_and_crlf_with_1_based_numbers(string feed, string[] expected)
    {
        var lines = ReadAll(feed);

        Assert.Equal(expected, lines.Select(l => Encoding.UTF8.GetString(l.Bytes.Span)));
        Assert.Equal(Enumerable.Range(1, expected.Length).Select(i => (long)i), lines.Select(l => l.LineNumber));
    }

    [Fact]
    public void Lines_longer_than_the_buffer_are_joined()
    {
        var longLine = new string('x', 1000);

        var lines = ReadAll(longLine + "\nshort", maxLineBytes: 2000, bufferSize: 16);

        Assert.Equal(longLine, Encoding.UTF8.GetString(lines[0].Bytes.Span));
        Assert.Equal("short", Encoding.UTF8.GetString(lines[1].Bytes.Span));
    }

    [Fact]
    public void An_oversized_line_is_skipped_and_reported_and_the_next_line_is_read()
    {
        var lines = ReadAll(new string('x', 5000) + "\n{}\n", maxLineBytes: 100, bufferSize: 64);

        Assert.True(lines[0].IsOversized);
        Assert.Equal(5000, lines[0].OriginalLength);
        Assert.Equal("{}", Encoding.UTF8.GetString(lines[1].Bytes.Span));
        Assert.Equal(2, lines[1].LineNumber);
    }

    [Fact]
    public void Blank_lines_are_recognised()
    {
        var lines = ReadAll(" \t\n{}\n");

        Assert.True(lines[0].IsBlank);
        Assert.False(lines[1].IsBlank);
    }

    [Fact]
    public void Ordered_parallel_keeps_input_order_across_batches()
    {
        var results = OrderedParallel.Select(Enumerable.Range(0, 1000), i =>
        {
            Thread.SpinWait((1000 - i) * 10);
            return i * 2;
        }, batchSize: 64, degreeOfParallelism: 4).ToList();

        Assert.Equal(Enumerable.Range(0, 1000).Select(i => i * 2), results);
    }
}
