using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>What opens a sentence before the statement or its source: a dateline, a phrase of time or place, an introductory phrase before a quotation.</summary>
public sealed partial class QuoteShapeTests
{
    [Theory]
    [InlineData("On Tuesday the port authority said the channel had been dredged.", "the port authority")]
    [InlineData("Last night Finance Minister Ana Berg said the budget would be published on Friday.", "Finance Minister Ana Berg")]
    [InlineData("At the opening of the new terminal last week, a pilot in the crowd, Tomas Vey, said the runway was too short.", "a pilot in the crowd, Tomas Vey")]
    [InlineData("In Harbour Town Hall officials said the vote would be repeated.", "In Harbour Town Hall officials")]
    public void An_opening_phrase_of_time_or_place_is_not_part_of_the_source(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, source), (quote.Kind, quote.Source.Text));
    }

    [Theory]
    [InlineData("SANTIAGO (Wire) \u2014 The copper mine will close for a month, the mining minister said on Monday.", "The copper mine will close for a month")]
    [InlineData("LIMA, Peru \u2014 The copper mine will close for a month, the mining minister said on Monday.", "The copper mine will close for a month")]
    [InlineData("The copper mine will close for a month, the mining minister said on Monday.", "The copper mine will close for a month")]
    public void A_dateline_is_not_part_of_the_statement(string paragraph, string statement)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, statement, "the mining minister"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("Ana Lima strongly denied that the port had been sold.", "Ana Lima")]
    [InlineData("She flatly denied that the port had been sold.", "She")]
    [InlineData("The family said that the port had been sold.", "The family")]
    public void An_adverb_before_the_cue_is_not_part_of_the_source(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal(("the port had been sold", source), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_verb_of_saying_before_an_infinitive_closes_no_statement()
    {
        Assert.Empty(QuotesOf("After the vote, tensions between the two parties continued to run high."));
        Assert.Equal("The talks would resume", Single("The talks would resume, the envoy said to reporters.").Text);
    }

    [Theory]
    [InlineData("The board met Ana Lima, who said the port would reopen in May.", "who", "Ana Lima")]
    [InlineData("The board thanked the Harbour Gazette, which said the port would reopen in May.", "which", "Harbour Gazette")]
    public void A_relative_pronoun_as_source_is_resolved_to_what_it_stands_for(string paragraph, string text, string name)
    {
        var quote = Single(paragraph);

        Assert.Equal(("the port would reopen in May", text, name, false), (quote.Text, quote.Source.Text, quote.Source.Name, quote.Source.Anonymous));
    }

    [Fact]
    public void A_phrase_that_introduces_a_quotation_is_no_statement_of_its_own()
    {
        var quote = Single("In a few more years, she said, \u201Cnobody will remember the old harbour.\u201D");

        Assert.Equal((QuoteKind.Direct, "nobody will remember the old harbour.", "she"), (quote.Kind, quote.Text, quote.Source.Text));
    }
}
