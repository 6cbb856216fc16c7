using System.Text;
using Briefing.Model.Diagnostics;
using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>Bad and hostile input: never an exception, always a sensible result (timing is measured by hand, see the report).</summary>
public sealed partial class BriefingTextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n\u00A0  \r\n")]
    [InlineData("\uFEFF")]
    public void Empty_input_has_no_title_and_no_document(string text)
    {
        var result = BriefingText.Parse(text);

        Assert.Null(result.Briefing);
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("BT001", DiagnosticSeverity.Error, 1, 1), (diagnostic.Code, diagnostic.Severity, diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    [Theory]
    [InlineData("On  Tuesday  the  port director said: \"We will open the gates again soon.\"", "the  port director")]
    [InlineData("Then  he said: \"We will open the gates again soon.\"", "he")]
    public void Runs_of_spaces_in_a_source_are_read_as_written(string paragraph, string source)
    {
        // Two spaces in a row once made an empty word that the opening-phrase rule read a first letter of.
        var briefing = BriefingText.Parse("Port\n\n" + paragraph + "\n").Briefing!;

        Assert.Equal(source, Assert.Single(briefing.Quotes).Source.Text);
    }

    [Fact]
    public void A_parse_holds_on_to_no_input_once_it_returns()
    {
        // The parser keeps its working lists and blocks per thread for the next parse; none may keep the text alive.
        var input = ParseAndForget();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(input.IsAlive, "something the parser keeps between parses still refers to the input text");
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference ParseAndForget()
    {
        var text = string.Concat("Title\n\nA paragraph that says 49% of the vote went to “the party,” said a source.\n\n", "Important Notice\nLine one\nLine two");
        Assert.NotNull(BriefingText.Parse(text).Briefing);
        return new WeakReference(text);
    }

    [Fact]
    public void NUL_bytes_are_kept_and_reported_once()
    {
        var result = BriefingText.Parse("Title\n\nA para\0graph with a NUL in it.\0");

        Assert.Equal("A para\0graph with a NUL in it.\0", Assert.Single(result.Briefing!.Body).Text);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("BT010", DiagnosticSeverity.Warning, 3, 7), (diagnostic.Code, diagnostic.Severity, diagnostic.Line!.Value, diagnostic.Column!.Value));
    }

    [Fact]
    public void Invalid_UTF8_is_an_error_at_the_first_bad_sequence_and_the_rest_is_kept()
    {
        var bytes = Encoding.UTF8.GetBytes("Title\n\nCaf\u00E9 ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(" society.\n")).ToArray();

        var result = BriefingText.Parse(bytes.AsSpan());

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("BT006", DiagnosticSeverity.Error, 3, 6), (diagnostic.Code, diagnostic.Severity, diagnostic.Line!.Value, diagnostic.Column!.Value));
        Assert.Contains("2 invalid", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("Caf\u00E9 \uFFFD(\uFFFD society.", Assert.Single(result.Briefing!.Body).Text);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_truncated_UTF8_sequence_at_the_end_is_reported()
    {
        var bytes = Encoding.UTF8.GetBytes("Title\n\nEnds badly ").Concat(new byte[] { 0xE2, 0x80 }).ToArray();

        var result = BriefingText.Parse(bytes.AsSpan());

        Assert.Equal("BT006", Assert.Single(result.Diagnostics).Code);
        Assert.EndsWith("\uFFFD", result.Briefing!.Body[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_surrogates_in_string_input_are_reported_and_replaced_so_json_can_carry_the_text()
    {
        var result = BriefingText.Parse("Title\uD800\n\nA \uDC00paragraph with \uD83D\uDE00 kept.\n");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("BT006", 1, 6), (diagnostic.Code, diagnostic.Line!.Value, diagnostic.Column!.Value));
        Assert.Contains("2 invalid", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("Title\uFFFD", result.Briefing!.Title);
        Assert.Equal("A \uFFFDparagraph with \uD83D\uDE00 kept.", Assert.Single(result.Briefing.Body).Text);
    }

    [Fact]
    public void Limits_are_diagnostics_not_exceptions()
    {
        var text = $"Title\n\n{Body}\n\n{Body}";

        var tooLong = BriefingText.Parse(text, new BriefingTextOptions { MaxDocumentChars = 100 });
        var tooManyBlocks = BriefingText.Parse(text, new BriefingTextOptions { MaxBlocks = 2 });
        var bigBlock = BriefingText.Parse($"Title\n\n{Body}\n\nAccording to the bank, prices rose in every region.", new BriefingTextOptions { MaxBlockChars = 40 });
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var tooLongStream = BriefingText.Parse(stream, new BriefingTextOptions { MaxDocumentChars = 10 });

        Assert.Equal(("BT007", (BriefingDocument?)null), (Assert.Single(tooLong.Diagnostics).Code, tooLong.Briefing));
        Assert.Equal(("BT009", (BriefingDocument?)null), (Assert.Single(tooManyBlocks.Diagnostics).Code, tooManyBlocks.Briefing));
        Assert.Equal(5, tooManyBlocks.Diagnostics[0].Line);
        Assert.Equal(("BT007", (BriefingDocument?)null), (Assert.Single(tooLongStream.Diagnostics).Code, tooLongStream.Briefing));
        Assert.Equal(["BT008"], bigBlock.Diagnostics.Select(d => d.Code).Distinct());
        Assert.Equal(2, bigBlock.Briefing!.Body.Length);
        Assert.Empty(bigBlock.Briefing.Quotes);
    }

    [Fact]
    public void A_stream_that_fails_is_a_diagnostic()
    {
        using var stream = new FailingStream();

        var result = BriefingText.Parse(stream);

        Assert.Equal("BT012", Assert.Single(result.Diagnostics).Code);
        Assert.Null(result.Briefing);
    }

    [Fact]
    public void One_ten_megabyte_line_is_a_title()
    {
        var line = new string('x', 10 * 1024 * 1024);

        var result = BriefingText.Parse(line);

        Assert.Equal(line, result.Briefing!.Title);
        Assert.Empty(result.Briefing.Body);
    }

    [Fact]
    public void A_ten_megabyte_paragraph_is_kept_but_not_annotated()
    {
        var paragraph = string.Concat(Enumerable.Repeat("According to the bank, \u201Cprices rose\u201D. ", 250_000));

        var result = BriefingText.Parse("Title\n\n" + paragraph);

        Assert.Equal(paragraph, Assert.Single(result.Briefing!.Body).Text);
        Assert.Equal("BT008", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("\u201C")]
    [InlineData("\"")]
    [InlineData("\u201D")]
    [InlineData("According to ")]
    [InlineData("According to X, ")]
    [InlineData(", according to X")]
    [InlineData("X said that ")]
    [InlineData("\u201CA,\u201D said ")]
    [InlineData("a.")]
    [InlineData("\u2018a ")]
    [InlineData("''a ")]
    [InlineData("X said ")]
    [InlineData("a, analysts said, ")]
    [InlineData("PENCE: ")]
    [InlineData("\u201CA?\u201D B said. ")]
    [InlineData(", saying ")]
    [InlineData("asked ")]
    public void A_hundred_thousand_repeats_of_a_fragment_give_a_sensible_result(string fragment)
    {
        var paragraph = string.Concat(Enumerable.Repeat(fragment, 100_000));

        var result = BriefingText.Parse("Title\n\n" + paragraph, new BriefingTextOptions { MaxBlockChars = int.MaxValue });

        var block = Assert.Single(result.Briefing!.Body);
        Assert.Equal(paragraph, block.Text);
        Assert.All(result.Briefing.Quotes, q => Assert.Equal(q.Text, q.Span.Slice(block.Text)));
    }

    [Fact]
    public void A_hundred_thousand_blocks_of_pull_quotes_and_quotes_give_a_sensible_result()
    {
        var unit = "The minister said: \u201CWe act.\u201D\n\n\u201CWe act.\u201D\n\nMinister, Lima\n\n";
        var text = "Title\n\n" + string.Concat(Enumerable.Repeat(unit, 30_000));

        var result = BriefingText.Parse(text);

        Assert.Equal(60_000, result.Briefing!.Body.Length);
        Assert.Equal(30_000, result.Briefing.Quotes.Length);
        Assert.All(result.Briefing.Body.OfType<PullQuote>(), p => Assert.NotNull(p.QuoteId));
    }

    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("disk on fire");
    }

}
