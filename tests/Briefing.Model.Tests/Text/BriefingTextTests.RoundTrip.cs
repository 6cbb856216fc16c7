using Briefing.Model.Tests.Support;
using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

public sealed partial class BriefingTextTests
{
    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Parse_of_Write_gives_back_an_equal_briefing(string name)
    {
        var parsed = ParseSeed(name);

        var written = BriefingText.Write(parsed);
        var reparsed = BriefingText.Parse(written);

        Assert.Equal(parsed, reparsed.Briefing);
        Assert.DoesNotContain(reparsed.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
    }

    [Fact]
    public void Write_of_the_seed_reproduces_the_seed_layout()
    {
        var original = TestData.ReadSeed("russian-interest.txt");

        var written = BriefingText.Write(ParseSeed());

        // The seed has no final line end; everything else is the same text.
        Assert.Equal(original + "\n", written);
    }

    [Fact]
    public void Write_uses_the_layout_for_headings_pull_quotes_and_items_without_a_title()
    {
        var briefing = new BriefingDocument
        {
            Title = "T",
            Body =
            [
                new Paragraph { Id = "p1", Text = "First." },
                new Heading { Id = "h1", Text = "Outlook" },
                new PullQuote { Id = "pq1", Text = "\u201CWords.\u201D", Attribution = new Source { Text = "Analyst, Lima" } },
            ],
            Disclaimer = new Disclaimer { Paragraphs = ["Issued by X Ltd."] },
            Category = "Energy",
            Related = [new RelatedArticle { Summary = "Only a summary." }, new RelatedArticle { Title = "Only a title" }],
        };

        var text = BriefingText.Write(briefing);

        Assert.Equal(
            "T\n\nFirst.\n\nOutlook\n\n\u201CWords.\u201D\n\nAnalyst, Lima\n\nImportant Notice\nIssued by X Ltd.\n\nMost recent in Energy\n\n\nOnly a summary.\n\nOnly a title\n",
            text);
    }
}
