using Briefing.Model.Tests.Support;
using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

public sealed partial class BriefingTextTests
{
    [Fact]
    public void Lithium_rules_CRLF_and_straight_quotes()
    {
        var result = BriefingText.Parse(TestData.ReadSeed("lithium-rules.txt"));
        var b = result.Briefing!;

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Lithium rules", b.Title);
        Assert.Equal("Chile rewrites the terms for its most strategic mineral.", b.Standfirst);
        Assert.DoesNotContain(b.Body, block => block.Text.Contains('\r', StringComparison.Ordinal));

        var government = b.Quotes[0];
        Assert.Equal((QuoteKind.Reported, "Chile’s government", "announced"), (government.Kind, government.Source.Text, government.Cue));
        Assert.Equal("the state will take a controlling stake in new lithium projects, a shift that investors had long feared", government.Text);

        var minister = b.Quotes[1];
        Assert.Equal(QuoteKind.Direct, minister.Kind);
        Assert.StartsWith("We are not nationalising the industry.", minister.Text, StringComparison.Ordinal);
        Assert.EndsWith("belongs to them", minister.Text, StringComparison.Ordinal);
        Assert.Equal("the mining minister", minister.Source.Text);
        Assert.Equal("mining minister", minister.Source.Role);
        Assert.Equal("Santiago", minister.Source.Location);
        Assert.True(minister.Source.Anonymous);
        Assert.Equal("said", minister.Cue);

        var pull = Assert.Single(b.Body.OfType<PullQuote>());
        Assert.Equal("\"We are not nationalising the industry.\"", pull.Text);
        Assert.Equal("Mining minister", pull.Attribution.Role);
        Assert.Equal("Santiago", pull.Attribution.Location);
        Assert.Equal(minister.Id, pull.QuoteId);

        var lawyer = b.Quotes[2];
        Assert.Equal(QuoteKind.Reported, lawyer.Kind);
        Assert.Equal("the contracts signed before 2030 will be honoured but renegotiated when they expire", lawyer.Text);
        Assert.Equal("a lawyer who advises two of the foreign investors", lawyer.Source.Text);
        Assert.Equal(3, b.Quotes.Length);

        Assert.Equal("Andes Insight Partners", b.Publisher);
        Assert.Single(b.Disclaimer!.Paragraphs);
        Assert.Empty(b.Related);
        Assert.Null(b.Category);
    }

    [Fact]
    public void Quiet_border_has_no_disclaimer_or_related_list()
    {
        var result = BriefingText.Parse(TestData.ReadSeed("quiet-border.txt"));
        var b = result.Briefing!;

        Assert.Empty(result.Diagnostics);
        Assert.Null(b.Disclaimer);
        Assert.Null(b.Publisher);
        Assert.Empty(b.Related);
        Assert.Equal(4, b.Body.Length);
        Assert.All(b.Body, block => Assert.IsType<Paragraph>(block));

        Assert.Collection(
            b.Quotes,
            q =>
            {
                Assert.Equal(QuoteKind.Reported, q.Kind);
                Assert.Equal("the gangs now recruit teenagers because minors face lighter sentences", q.Text);
                Assert.Equal("senior police commander", q.Source.Role);
                Assert.Equal("Guayaquil", q.Source.Location);
            },
            q =>
            {
                Assert.Equal(QuoteKind.Direct, q.Kind);
                Assert.EndsWith("that is a month\u2019s income", q.Text, StringComparison.Ordinal);
                Assert.Equal("the commander", q.Source.Text);
                Assert.Equal("told us", q.Cue);
            },
            q =>
            {
                Assert.Equal(QuoteKind.Reported, q.Kind);
                Assert.Equal("the finance ministry", q.Source.Text);
                Assert.Equal("the budget deficit was already close to 4% of GDP", q.Text);
            });
    }

    [Fact]
    public void Troubled_waters_said_told_us_and_mid_sentence_according_to()
    {
        var result = BriefingText.Parse(TestData.ReadSeed("troubled-waters.txt"));
        var b = result.Briefing!;

        Assert.Empty(result.Diagnostics);
        Assert.Collection(
            b.Quotes,
            q =>
            {
                Assert.Equal(QuoteKind.Reported, q.Kind);
                Assert.Equal("Armed groups now control most of Port-au-Prince", q.Text);
                Assert.Equal("United Nations", q.Source.Name);
                Assert.False(q.Source.Anonymous);
                Assert.Equal("according to", q.Cue);
            },
            q =>
            {
                // A reported statement inside a relative clause ("the USD 600 million that planners said a year of operations would cost").
                Assert.Equal((QuoteKind.Reported, "planners", "said"), (q.Kind, q.Source.Text, q.Cue));
                Assert.Equal("a year of operations would cost", q.Text);
            },
            q =>
            {
                Assert.Equal(QuoteKind.Direct, q.Kind);
                Assert.Equal("A senior diplomat in Port-au-Prince", q.Source.Text);
                Assert.Equal("senior diplomat", q.Source.Role);
                Assert.Equal("Port-au-Prince", q.Source.Location);
                Assert.Equal("told us", q.Cue);
            },
            q =>
            {
                Assert.Equal(QuoteKind.Direct, q.Kind);
                Assert.Equal("Elections without security would simply hand the gangs a veto over who governs", q.Text);
                Assert.Equal("Marie-Claude Etienne", q.Source.Name);
                Assert.Equal("Haitian political analyst", q.Source.Role);
                Assert.Equal("Miami", q.Source.Location);
                Assert.Equal("said", q.Cue);
            });

        // The pull quote comes before the body quote it excerpts.
        var pull = Assert.Single(b.Body.OfType<PullQuote>());
        Assert.Equal("q3", pull.QuoteId);
        Assert.Equal("Senior diplomat", pull.Attribution.Role);
        Assert.Equal("Port-au-Prince", pull.Attribution.Location);

        Assert.Equal("Meridian Risk Advisory Ltd", b.Publisher);
        Assert.Equal("Security", b.Category);
        Assert.Equal(["Navigating the Surge", "Costa Rica\u2019s escalating homicides"], b.Related.Select(r => r.Title));
    }
}
