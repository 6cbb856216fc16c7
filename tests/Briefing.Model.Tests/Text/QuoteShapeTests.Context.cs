using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>A quotation with no cue of its own, in a paragraph that is quoting someone (issue 14).</summary>
public sealed partial class QuoteShapeTests
{
    [Theory]
    [InlineData("\u201CThe ferries will sail again on Friday,\u201D Marta Osei said, and \u201Cevery hull will be checked before the first crossing.\u201D", "every hull will be checked before the first crossing.")]
    [InlineData("Marta Osei said the ferries would sail again on Friday. The timetable will change \u201Cfor as long as the repairs take, and maybe longer.\u201D", "for as long as the repairs take, and maybe longer.")]
    public void A_quotation_without_a_cue_after_a_quote_in_the_same_paragraph_is_the_same_speakers(string paragraph, string words)
    {
        var quotes = QuotesOf(paragraph);

        Assert.Equal(2, quotes.Length);
        Assert.Equal((QuoteKind.Direct, words, "Marta Osei"), (quotes[1].Kind, quotes[1].Text, quotes[1].Source.Text));
        Assert.Null(quotes[1].Cue);
    }

    [Theory]
    [InlineData("\u201CThe ferries will sail again on Friday,\u201D Marta Osei said. She expects them to run \u201Cwith far fewer crossings than last winter.\u201D", "She", "Marta Osei")]
    [InlineData("\u201CThe ferries will sail again on Friday,\u201D Marta Osei said. The ferry inspector expects them to run \u201Cwith far fewer crossings than last winter.\u201D", "The ferry inspector", null)]
    [InlineData("\u201CThe ferries will sail again on Friday,\u201D Marta Osei said. Tomas Rehn wants them to run \u201Cwith far fewer crossings than last winter.\u201D", "Tomas Rehn", "Tomas Rehn")]
    public void A_quotation_without_a_cue_in_a_quoting_paragraph_is_its_sentences_subjects_when_that_is_someone(string paragraph, string source, string? name)
    {
        var quote = QuotesOf(paragraph)[^1];

        Assert.Equal(("with far fewer crossings than last winter.", source, name), (quote.Text, quote.Source.Text, quote.Source.Name));
    }

    [Theory]
    [InlineData("\u201CThe ferries will sail again on Friday,\u201D Marta Osei said. Tomas Rehn has doubts. The crews will work \u201Cwith far fewer hands than last winter.\u201D")]
    public void A_quotation_without_a_cue_after_a_sentence_about_someone_else_is_not_the_earlier_speakers(string paragraph)
    {
        Assert.DoesNotContain(QuotesOf(paragraph), quote => quote.Text.StartsWith("with far fewer", StringComparison.Ordinal) && quote.Source.Text == "Marta Osei");
    }

    [Theory]
    [InlineData("\u201CThe ferries will sail again on Friday,\u201D Marta Osei said. The island waits for \u201Cthe ferry\u201D every winter.")]
    [InlineData("\u201CThe ferries will sail again on Friday,\u201D Marta Osei said. She was speaking on \u201CHarbour Hour With Ivo Brandt,\u201D a radio show.")]
    public void A_short_or_title_case_quotation_without_a_cue_stays_no_ones(string paragraph)
    {
        Assert.Equal("Marta Osei", Assert.Single(QuotesOf(paragraph)).Source.Text);
    }

    [Theory]
    [InlineData("Tomas Rehn wants the ferries to run \u201Cwith far fewer crossings than last winter.\u201D", "Tomas Rehn")]
    [InlineData("On Monday, the ferry inspector expects the ferries to run \u201Cwith far fewer crossings than last winter.\u201D", "the ferry inspector")]
    public void A_quotation_without_a_cue_in_a_sentence_whose_subject_is_someone_is_that_persons(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, "with far fewer crossings than last winter.", source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_quotation_without_a_cue_and_no_quote_before_it_stays_no_ones()
    {
        Assert.Empty(QuotesOf("The timetable will change \u201Cfor as long as the repairs take, and maybe longer.\u201D"));
    }
}
