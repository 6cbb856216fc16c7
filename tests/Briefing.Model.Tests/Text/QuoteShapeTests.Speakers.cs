using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>Who said it: a quote keeps no speaker rather than take a wrong one (issue 14).</summary>
public sealed partial class QuoteShapeTests
{
    [Theory]
    [InlineData("\u201CThe ferries will sail again on Friday,\u201D Marta Osei said. The ferry inspector was less sure. \u201CNot one hull has been checked yet.\u201D")]
    [InlineData("\u201CThe ferries will sail again on Friday,\u201D Marta Osei said. Tomas Rehn disagreed. \u201CNot one hull has been checked yet.\u201D")]
    public void A_bare_quotation_after_a_sentence_about_someone_else_does_not_continue_the_quote_before(string paragraph)
    {
        var quotes = QuotesOf(paragraph);

        Assert.Equal("Marta Osei", Assert.Single(quotes).Source.Text);
    }

    [Theory]
    [InlineData("\u201CThe ferries will sail again on Friday,\u201D Marta Osei said. She sounded tired. \u201CNot one hull has been checked yet.\u201D")]
    [InlineData("\u201CThe ferries will sail again on Friday,\u201D Marta Osei said. The weather stayed calm. \u201CNot one hull has been checked yet.\u201D")]
    [InlineData("\u201CThe ferries will sail again on Friday,\u201D Marta Osei said. Marta Osei was calm. \u201CNot one hull has been checked yet.\u201D")]
    public void A_bare_quotation_after_a_sentence_about_the_same_speaker_or_no_one_continues_the_quote_before(string paragraph)
    {
        var quotes = QuotesOf(paragraph);

        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, quote => Assert.Equal("Marta Osei", quote.Source.Text));
    }

    [Fact]
    public void A_tell_verb_right_after_a_quotation_names_a_listener_not_a_speaker()
    {
        Assert.DoesNotContain(
            QuotesOf("\u201CTomorrow,\u201D told the assembled crews their captain, \u201Cwe leave the harbour.\u201D"),
            quote => quote.Source.Text.Contains("crews", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("On Friday, she criticised the port board, saying the dredging had been put off for too long.", "she")]
    [InlineData("Meanwhile, it criticised the port board, saying the dredging had been put off for too long.", "it")]
    [InlineData("After the meeting ended, Nadia Okafor criticised the port board, saying the dredging had been put off for too long.", "Nadia Okafor")]
    [InlineData("But the pilots' guild, which met on Sunday, criticised the port board, saying the dredging had been put off for too long.", "the pilots' guild, which met on Sunday")]
    [InlineData("On Friday, the pilots' guild criticised the port board, saying the dredging had been put off for too long.", "the pilots' guild")]
    [InlineData("At a rally in Tema, Ghana, on Friday, Nadia Okafor criticised the port board, saying the dredging had been put off for too long.", "Nadia Okafor")]
    [InlineData("In the same speech, her deputy, Ivo Brandt, criticised the port board, saying the dredging had been put off for too long.", "her deputy, Ivo Brandt")]
    public void An_opening_phrase_is_not_the_speaker_of_a_participle_cue(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, "the dredging had been put off for too long", source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("\u201CIf a ferry sails late,\u201D Ivo Brandt, also a pilot, diver, and boat builder, says, \u201Cthe whole island waits.\u201D", "Ivo Brandt, also a pilot, diver, and boat builder")]
    [InlineData("\u201CIf a ferry sails late,\u201D said Ivo Brandt, head of the pilots' guild, \u201Cthe whole island waits.\u201D", "Ivo Brandt, head of the pilots' guild")]
    public void A_quotation_split_by_a_long_attribution_keeps_the_whole_source(string paragraph, string source)
    {
        var quotes = QuotesOf(paragraph);

        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, quote => Assert.StartsWith(source, quote.Source.Text, StringComparison.Ordinal));
        Assert.Equal(quotes[0].Source.Text, quotes[1].Source.Text);
    }

    [Fact]
    public void A_title_in_quotation_marks_does_not_split_a_quote()
    {
        var quotes = QuotesOf("On the radio show \u201CHarbour Hour\u201D on Friday, she said, \u201CThe dredging starts in May.\u201D");

        Assert.Equal("she", Assert.Single(quotes, quote => quote.Text.StartsWith("The dredging", StringComparison.Ordinal)).Source.Text);
    }
}
