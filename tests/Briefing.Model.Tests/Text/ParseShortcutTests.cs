using Briefing.Model.Metrics;
using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>
/// The shortcuts of the text parse (issue 14, docs/performance.md "Text parse, second pass"): each must
/// give what the full work gives, so these check the cases where a shortcut could differ.
/// </summary>
public sealed class ParseShortcutTests
{
    [Fact]
    public void Every_cue_is_letters_only_so_the_cue_prefilter_is_on()
    {
        // When a cue with a hyphen or apostrophe is added, the prefilter switches itself off (slower, still right).
        Assert.True(SpeechCues.CuesAreLetters);
    }

    [Theory]
    [InlineData("Prices rose sharply in March.", false)]
    [InlineData("The minister said prices rose.", true)]
    [InlineData("Prices, she warned, will rise.", true)]
    [InlineData("Said the report nothing new.", false)] // a cue must be lower-case to count
    [InlineData("The well-said line stayed.", true)] // "said" is a run of letters of its own: "maybe"
    [InlineData("", false)]
    public void A_sentence_is_ruled_out_only_when_no_lower_case_word_is_a_cue(string sentence, bool maybe)
    {
        Assert.Equal(maybe, CuePrefilter.MayHoldCue(sentence));
    }

    [Theory]
    [InlineData(0, 5, false)]
    [InlineData(0, 6, true)]
    [InlineData(5, 6, true)]
    [InlineData(6, 30, true)]
    [InlineData(21, 30, false)]
    public void A_range_has_a_quotation_when_one_opens_in_it(int start, int end, bool expected)
    {
        List<(int Open, int Close)> quotations = [(5, 10), (20, 25)];

        Assert.Equal(expected, CuePrefilter.HasQuotation(quotations, start, end));
    }

    [Fact]
    public void A_sentence_with_a_cue_and_a_quoted_fragment_is_still_read_by_both_passes()
    {
        var result = BriefingText.Parse("Title\n\nThe union leader accused the board of a “cover-up” on Monday.\n\nThe board met again on Tuesday evening in the capital city.");

        var quote = Assert.Single(result.Briefing!.Quotes);
        Assert.Equal((QuoteKind.Reported, "The union leader"), (quote.Kind, quote.Source.Text));
    }

    [Fact]
    public void The_last_source_read_is_reused_only_for_the_same_text_and_location()
    {
        var plain = Sources.FromText("the mining minister");
        var again = Sources.FromText("the mining minister");
        var placed = Sources.FromText("the mining minister", "Santiago");

        Assert.Equal(plain, again);
        Assert.Equal((null, "Santiago"), (plain.Location, placed.Location));
        Assert.Equal("the finance ministry", Sources.FromText("the finance ministry").Text);
    }

    [Fact]
    public void The_company_suffix_rule_wins_over_an_earlier_paragraph_that_another_rule_matches()
    {
        var found = Publishers.Find(["Issued by Andes Insight Partners for its clients.", "Meridian Risk Advisory Ltd accepts no liability."]);

        Assert.Equal(("Meridian Risk Advisory Ltd", 1, 0), found);
    }

    [Theory]
    [InlineData("Output reached 1,200 tonnes.", "1200")]
    [InlineData("Output reached 250 tonnes.", "250")]
    [InlineData("Inflation was 3.50% last year.", "3.5")]
    [InlineData("Exports fell by 12 per cent.", "12")]
    public void A_figure_has_the_same_value_however_it_is_read(string text, string value)
    {
        var metric = Assert.Single(MetricExtractor.Extract("p1", text));

        Assert.Equal(value, metric.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
