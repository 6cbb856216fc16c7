using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

public sealed partial class BriefingTextTests
{
    private static readonly string[] GeneratedParagraphs =
    [
        "According to the central bank, inflation will fall below 3% by the end of the year as fuel prices ease.",
        "The minister said: \u201CWe will not raise taxes this year. The budget is balanced.\u201D",
        "\u201COur priority is security,\u201D said Ana Torres, an adviser to the interior ministry in Lima.",
        "Exports rose by about 12%, according to the customs office, while imports were flat.",
        "A senior diplomat in Quito said that talks would resume in March after the holiday season.",
        "The so-called \u201Creset\u201D has produced little so far, and the region remains divided over trade.",
        "Growth slowed in the second quarter as investment stalled and consumers cut spending on durable goods.",
        "Line one of a wrapped paragraph that goes on\nand continues on a second line without a blank line.",
    ];

    private static readonly string[] GeneratedExcerpts = ["\u201CWe will not raise taxes this year.\u201D", "\"Our priority is security\"", "\u201CNobody said this.\u201D"];

    private static readonly string[] GeneratedAttributions = ["Minister, Lima", "Adviser, interior ministry, Lima", "Ana Torres, adviser, Lima"];

    /// <summary>
    /// A property over generated briefings (a seeded generator, so failures reproduce): whatever mix of
    /// paragraphs, headings, pull quotes, disclaimer and related items the text has, writing the parsed
    /// briefing and parsing it again gives an equal briefing.
    /// </summary>
    [Fact]
    public void Parse_of_Write_holds_for_generated_briefings()
    {
        var random = new Random(20261128);
        for (var run = 0; run < 300; run++)
        {
            var text = GenerateBriefing(random);

            var parsed = BriefingText.Parse(text).Briefing!;
            var reparsed = BriefingText.Parse(BriefingText.Write(parsed)).Briefing;

            Assert.True(parsed.Equals(reparsed), $"Round trip failed for generated briefing #{run}:\n{text}");
        }
    }

    private static string GenerateBriefing(Random random)
    {
        var blocks = new List<string> { Pick(random, ["Trade winds", "A quiet border", "Colombia\u2019s turn"]) };
        if (random.Next(2) == 0)
        {
            blocks.Add("A short summary of the briefing in one sentence.");
        }

        for (var i = random.Next(0, 8); i > 0; i--)
        {
            switch (random.Next(6))
            {
                case 0:
                    blocks.Add(Pick(random, GeneratedExcerpts));
                    blocks.Add(Pick(random, GeneratedAttributions));
                    break;
                case 1:
                    blocks.Add(Pick(random, ["Outlook", "What comes next", "Risks ahead"]));
                    break;
                default:
                    blocks.Add(Pick(random, GeneratedParagraphs));
                    break;
            }
        }

        if (random.Next(2) == 0)
        {
            blocks.Add("Important Notice\nThis briefing was prepared by Example Risk Ltd for its clients.\nIt is not advice.");
        }

        if (random.Next(2) == 0)
        {
            blocks.Add(Pick(random, ["Most recent in Politics", "More in Energy", "Related"]));
            for (var i = random.Next(0, 5); i > 0; i--)
            {
                blocks.Add(Pick(random, ["Gas deals", "Who signs what.", "Election season", "Votes and vetoes."]));
            }
        }

        var newline = Pick(random, ["\n", "\r\n", "\r"]);
        return string.Join("\n" + Pick(random, ["", " ", "\t", "\u00A0"]) + "\n", blocks).Replace("\n", newline, StringComparison.Ordinal);
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];
}
