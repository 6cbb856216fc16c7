using System.Text;
using Briefing.Model.Metrics;

namespace Briefing.Model.Tests.Metrics;

/// <summary>Hostile and odd input: never an exception, and results that still make sense.</summary>
public sealed partial class MetricExtractorTests
{
    public static TheoryData<string, string> HostileTexts() => new()
    {
        { "a digit run of 200,000", new string('7', 200_000) },
        { "100,000 dollar signs", new string('$', 100_000) },
        { "dollar signs between digits", string.Concat(Enumerable.Repeat("$1", 50_000)) },
        { "1,000 thousands groups", "1" + string.Concat(Enumerable.Repeat(",000", 1_000)) + " people" },
        { "decimal with 100 digits", "0." + new string('3', 100) + "%" },
        { "a huge scaled amount", "USD 79228162514264337593543950335 trillion" },
        { "percent signs and spaces", string.Concat(Enumerable.Repeat("5 % ", 20_000)) },
        { "comparator words without numbers", string.Concat(Enumerable.Repeat("no more than at least up to ", 10_000)) },
        { "one long word before a number", new string('x', 100_000) + "5 people" },
        { "letters and digits interleaved", string.Concat(Enumerable.Repeat("a5", 50_000)) },
        { "lone surrogates and controls", "\uD800 5 \uDC00 % \u0000 USD \u200B 7 \r\n$" },
        { "numbers at the very end", "cost USD" },
        { "separators at the end", "1,000," },
        { "hyphen chains", string.Concat(Enumerable.Repeat("1-", 50_000)) },
        { "URL markers everywhere", string.Concat(Enumerable.Repeat("://5 ", 20_000)) },
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Hostile_text_never_throws_and_every_span_fits(string name, string text)
    {
        Assert.NotNull(name);
        var metrics = MetricExtractor.Extract("p1", text);

        Assert.All(metrics, m =>
        {
            Assert.True(m.Span.FitsIn(text.Length));
            Assert.Equal(m.Text, m.Span.Slice(text));
        });
    }

    [Fact]
    public void Huge_amounts_that_overflow_a_decimal_are_left_out_rather_than_wrapped()
    {
        Assert.Empty(Run("USD 79228162514264337593543950335 trillion"));
        Assert.Empty(Run(new string('7', 200_000) + " people"));
    }

    [Fact]
    public void Many_dollar_amounts_in_a_row_are_each_read()
    {
        var text = string.Join(", ", Enumerable.Repeat("$1,000", 10_000));
        var metrics = MetricExtractor.Extract("p1", text);

        Assert.Equal(10_000, metrics.Count);
        Assert.All(metrics, m => Assert.Equal(1000m, m.Value));
    }

    [Fact]
    public void Numbers_with_a_thousand_groups_are_too_long_to_be_exact_and_are_skipped_whole()
    {
        var text = "1" + string.Concat(Enumerable.Repeat(",000", 1_000)) + " people and 5 officers";

        Assert.Equal(["5 officers | Count | 5 | officers | Exact"], Run(text));
    }

    [Fact]
    public void Random_text_from_a_metric_alphabet_never_throws()
    {
        const string alphabet = "0123456789 ,.%$€£-−/:+USDmbnkpercntoasbelwvhiyMB\u00A0\n<>=≤≥";
        var random = new Random(20260428);
        for (var round = 0; round < 2_000; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 80);
            for (var k = 0; k < length; k++)
            {
                builder.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var text = builder.ToString();
            foreach (var m in MetricExtractor.Extract("p1", text))
            {
                Assert.Equal(m.Text, m.Span.Slice(text));
            }
        }
    }
}
