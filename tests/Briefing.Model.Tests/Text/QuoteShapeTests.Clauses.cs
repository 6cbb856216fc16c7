using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>Shapes that came out wrong in real news (issue 14): whose words a second quotation is, where a statement ends, who a source is.</summary>
public sealed partial class QuoteShapeTests
{
    [Theory]
    [InlineData("\u201CThe ferries sail on Friday,\u201D Marta Osei said, and Tomas Rehn answered: \u201CNot with these hulls.\u201D", "Tomas Rehn")]
    [InlineData("\u201CThe ferries sail on Friday,\u201D Marta Osei said, and Tomas Rehn added, \u201CNot with these hulls.\u201D", "Tomas Rehn")]
    [InlineData("\u201CThe ferries sail on Friday,\u201D Marta Osei said, but her deputy warned, \u201CNot with these hulls.\u201D", "her deputy")]
    public void A_second_quotation_after_a_coordinated_clause_with_its_own_subject_is_that_subjects(string paragraph, string second)
    {
        var quotes = QuotesOf(paragraph);

        Assert.Equal(2, quotes.Length);
        Assert.Equal(("Marta Osei", second), (quotes[0].Source.Text, quotes[1].Source.Text));
    }

    [Fact]
    public void A_second_quotation_after_a_coordinated_verb_without_a_subject_keeps_the_speaker()
    {
        var quotes = QuotesOf("\u201CThe ferries sail on Friday,\u201D Marta Osei said, and added, \u201CThe hulls are ready.\u201D");

        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, quote => Assert.Equal("Marta Osei", quote.Source.Text));
    }

    [Theory]
    [InlineData("Hours later, the harbour master thanked the crews, telling reporters that the channel would reopen.", "the harbour master")]
    [InlineData("But two days later, the harbour master reversed herself, telling reporters that the channel would reopen.", "the harbour master")]
    [InlineData("Speaking at the quay in Tema, Nadia Okafor thanked the crews, saying that the channel would reopen.", "Nadia Okafor")]
    [InlineData("TEMA (Wire) \u2014 Nadia Okafor thanked the crews, saying that the channel would reopen.", "Nadia Okafor")]
    [InlineData("Tema (AP) \u2013 Nadia Okafor thanked the crews, saying that the channel would reopen.", "Nadia Okafor")]
    [InlineData("Pilots' guild member Nadia Okafor (Ind.) on Friday thanked the crews, saying that the channel would reopen.", "Pilots' guild member Nadia Okafor (Ind.)")]
    [InlineData("The harbour master thanked the crews, telling reporters that the channel would reopen.", "The harbour master")]
    public void A_participle_cue_takes_the_subject_of_the_main_clause_not_what_opens_the_sentence(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, "the channel would reopen", source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_calling_verb_after_an_opening_participle_phrase_takes_the_main_subject()
    {
        var quote = Single("Speaking at the quay in Tema, Nadia Okafor thanked the crews, calling them \u201Cthe best on the coast.\u201D");

        Assert.Equal("Nadia Okafor", quote.Source.Text);
    }

    [Theory]
    [InlineData("Manning thanked the crews, saying that the channel would reopen.", "Manning")]
    [InlineData("Kelly said the channel would reopen.", "Kelly")]
    public void A_surname_with_an_adverb_or_participle_ending_is_still_a_speaker(string paragraph, string source)
    {
        Assert.Equal(source, Single(paragraph).Source.Text);
    }

    [Theory]
    [InlineData("Instead, the harbour master answered: \u201CWe will dredge the channel.\u201D", "the harbour master")]
    [InlineData("Still: \u201CWe will dredge the channel,\u201D the harbour master said.", "the harbour master")]
    [InlineData("Still, the harbour master was clear, saying that we will dredge the channel.", "the harbour master")]
    public void A_one_word_sentence_opener_is_never_the_speaker(string paragraph, string source)
    {
        Assert.Equal(source, Single(paragraph).Source.Text);
    }

    [Fact]
    public void A_demonstrative_alone_before_a_colon_names_no_speaker()
    {
        Assert.DoesNotContain(QuotesOf("These were the words of the week: \u201CWe will dredge the channel.\u201D"), quote => quote.Source.Text == "These");
    }

    [Theory]
    [InlineData("The harbour chief, Nadia Okafor, bluntly suggested that the cranes were too old.", "The harbour chief, Nadia Okafor")]
    [InlineData("Nadia Okafor had initially said that the cranes were too old.", "Nadia Okafor")]
    [InlineData("Some say that the cranes were too old.", "Some")]
    [InlineData("Both have said that the cranes were too old.", "Both")]
    public void An_adverb_before_the_verb_is_not_the_speaker_and_a_quantity_can_speak(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal(("the cranes were too old", source), (quote.Text, quote.Source.Text));
    }
}
