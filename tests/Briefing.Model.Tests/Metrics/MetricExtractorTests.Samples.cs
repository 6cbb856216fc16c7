using Briefing.Model.Metrics;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Metrics;

/// <summary>
/// The samples, read by a person: every money amount, percentage, count and quantity a careful reader
/// would mark, and nothing else (years such as 2030 and mid-2024, "two of the foreign investors",
/// "a year later" are not metrics). Every block of the file is run, disclaimer and related list included.
/// </summary>
public sealed partial class MetricExtractorTests
{
    public static TheoryData<string, string[]> Samples() => new()
    {
        {
            "lithium-rules.txt",
            [
                "at least 51% | Percentage | 51 | % | AtLeast",
                "3.5 per cent | Percentage | 3.5 | % | Exact",
                "almost 9% | Percentage | 9 | % | Approximately",
                "more than US$4bn | Money | 4000000000 | USD | MoreThan",
            ]
        },
        {
            "quiet-border.txt",
            [
                "210 tonnes | Quantity | 210 | tonnes | Exact",
                "about 40% | Percentage | 40 | % | Approximately",
                "USD 200 | Money | 200 | USD | Exact",
                "USD 1.1 billion | Money | 1100000000 | USD | Exact",
                "close to 4% | Percentage | 4 | % | Approximately",
            ]
        },
        {
            "troubled-waters.txt",
            [
                "fewer than 1,000 | Count | 1000 | officers | LessThan",
                "2,500 officers | Count | 2500 | officers | Exact",
                "about USD 110 million | Money | 110000000 | USD | Approximately",
                "USD 600 million | Money | 600000000 | USD | Exact",
                "More than 700,000 people | Count | 700000 | people | MoreThan",
                "5.4 million Haitians | Count | 5400000 | Haitians | Exact",
            ]
        },
        {
            "russian-interest.txt",
            [
                "USD 3.15 billion | Money | 3150000000 | USD | Exact",
                "49% | Percentage | 49 | % | Exact",
                "15% | Percentage | 15 | % | Exact | 2020",
                "below 1% | Percentage | 1 | % | LessThan | 2020",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_yields_what_a_reader_marks_and_nothing_else(string file, string[] expected)
    {
        var blocks = TestData.ReadSeed(file).ReplaceLineEndings("\n").Split("\n\n");
        var found = blocks.SelectMany((block, i) => MetricExtractor.Extract("b" + i, block)).Select(Describe).ToArray();

        Assert.Equal(expected, found);
    }
}
