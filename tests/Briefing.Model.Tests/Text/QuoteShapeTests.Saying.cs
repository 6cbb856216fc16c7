using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>Verbs of saying in shapes the clause rules read late: inside a relative clause, and a contrast that goes on with the statement (issue 14).</summary>
public sealed partial class QuoteShapeTests
{
    [Theory]
    [InlineData("The council closed the old ferry terminal, which inspectors said was unsafe for passengers in winter.", "was unsafe for passengers in winter", "inspectors")]
    [InlineData("The new timetable, which the port authority says will start in the spring, leaves the night crossing out.", "will start in the spring", "the port authority")]
    [InlineData("The closure of the fish market, which she has repeatedly said was a mistake, cost the harbour its busiest day.", "was a mistake", "she")]
    [InlineData("Divers found the kind of damage that engineers say could sink a pier within a decade.", "could sink a pier within a decade", "engineers")]
    public void A_verb_of_saying_inside_a_relative_clause_reports_the_rest_of_that_clause(string paragraph, string text, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, text, source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_relative_clause_with_a_subject_of_its_own_after_the_cue_is_a_plain_statement()
    {
        var quote = Single("The council thanked the ferry crews, who said the engines were failing.");

        Assert.Equal("the engines were failing", quote.Text);
    }

    [Fact]
    public void A_relative_clause_whose_verb_is_not_a_verb_of_saying_is_no_statement()
    {
        Assert.Empty(QuotesOf("The council closed the old ferry terminal, which inspectors found was unsafe for passengers in winter."));
    }

    [Theory]
    [InlineData("The harbour master said the divers had found cracks in the pier, but could not yet say how deep they ran.", "the divers had found cracks in the pier, but could not yet say how deep they ran")]
    [InlineData("The harbour master said the repairs would take a month, but wasn't sure the budget would last.", "the repairs would take a month, but wasn't sure the budget would last")]
    [InlineData("The harbour master said the new crane, while costly, would pay for itself within five years.", "the new crane, while costly, would pay for itself within five years")]
    public void A_contrast_with_no_subject_of_its_own_goes_on_with_the_statement(string paragraph, string text)
    {
        Assert.Equal(text, Single(paragraph).Text);
    }

    [Theory]
    [InlineData("The harbour master said the divers had found cracks in the pier, but the council voted to keep it open.")]
    [InlineData("The harbour master said the divers had found cracks in the pier, but offered no photographs of them.")]
    [InlineData("The harbour master said the divers had found cracks in the pier, while her deputy, a former diver, thought them harmless.")]
    [InlineData("The harbour master said the divers had found cracks in the pier, but should the council act, the ferry would stop.")]
    public void A_contrast_with_a_subject_or_a_past_tense_is_the_writers(string paragraph)
    {
        Assert.Equal("the divers had found cracks in the pier", Single(paragraph).Text);
    }

    [Theory]
    [InlineData("The divers did find cracks in the north pier, the harbour master said; her crews will start work on Monday.", "The divers did find cracks in the north pier", "the harbour master")]
    [InlineData("It was never only about the money, her aides argued in interviews this week; rather, it was about the town.", "It was never only about the money", "her aides")]
    public void An_attribution_closing_the_clause_before_a_semicolon_reports_that_clause(string paragraph, string text, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, text, source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_clause_before_a_semicolon_with_no_attribution_is_no_statement()
    {
        Assert.Empty(QuotesOf("The divers did find cracks in the north pier, the harbour master sighed; her crews will start work on Monday."));
    }

    [Fact]
    public void An_attribution_between_commas_is_found_when_the_statement_after_it_is_a_long_list()
    {
        var quotes = QuotesOf("Coastal erosion, the harbour master often says, is the greatest threat to the port, as well as to its roads, its piers, its sheds and its beaches.");

        var quote = Assert.Single(quotes, static q => q.Text.StartsWith("is the greatest", StringComparison.Ordinal));
        Assert.Equal(("is the greatest threat to the port, as well as to its roads, its piers, its sheds and its beaches", "the harbour master"), (quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("US Senator Ann White said the port would close.", "the port would close", "US Senator Ann White")]
    [InlineData("\u201CThe port will close,\u201D said US Senator Ann White.", "The port will close", "US Senator Ann White")]
    public void A_subject_that_opens_with_an_acronym_is_not_read_as_a_pronoun(string paragraph, string text, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((text, source), (quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("Ann White said seeing so many ferries in the old harbour was a welcome sight.", "seeing so many ferries in the old harbour was a welcome sight")]
    [InlineData("Ann White said spending as much money on the pier was a mistake.", "spending as much money on the pier was a mistake")]
    public void So_or_as_before_a_quantity_does_not_cut_a_statement_short(string paragraph, string text)
    {
        Assert.Equal(text, Single(paragraph).Text);
    }

    [Theory]
    [InlineData("The new breakwater, say engineers, marks a turning point for the harbour.", "marks a turning point for the harbour", "engineers")]
    [InlineData("The night ferry, said the harbour master, will stop in October.", "will stop in October", "the harbour master")]
    public void An_inverted_attribution_inside_the_statement_reports_the_rest_of_it(string paragraph, string text, string source)
    {
        var quote = Assert.Single(QuotesOf(paragraph), q => q.Text == text);

        Assert.Equal(source, quote.Source.Text);
    }

    [Fact]
    public void An_inverted_attribution_between_two_clauses_reports_both()
    {
        var quotes = QuotesOf("The pier will close, says the harbour master, and the ferries will stop.");

        Assert.Equal([("The pier will close", "the harbour master"), ("the ferries will stop", "the harbour master")], quotes.Select(static q => (q.Text, q.Source.Text)));
    }

    [Theory]
    [InlineData("The pier will close, said Ann White, the harbour master.", "The pier will close", "Ann White, the harbour master")]
    [InlineData("The pier will close, said Ann White, who runs the ferries.", "The pier will close", "Ann White, who runs the ferries")]
    [InlineData("The pier will close, said Ann White, now retired from the board.", "The pier will close", "Ann White, now retired from the board")]
    public void A_comma_after_an_inverted_speaker_that_opens_an_apposition_keeps_it_in_the_source(string paragraph, string text, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((text, source), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_participle_with_a_time_between_commas_is_no_attribution()
    {
        Assert.Empty(QuotesOf("The new timetable, announced Friday, would last four years and must be approved by the crews."));
    }

    [Theory]
    [InlineData("We're told the night ferry will stop in October.")]
    [InlineData("I\u2019m told the night ferry will stop in October.")]
    [InlineData("Let's say the night ferry stops in October.")]
    public void A_passive_contraction_or_lets_gives_no_speaker(string paragraph)
    {
        Assert.Empty(QuotesOf(paragraph));
    }

    [Theory]
    [InlineData("The pier is closed until May, the harbour master told a ferry panel on Monday.")]
    [InlineData("The pier is closed until May, the harbour master told her closest advisers as she drafted the notice.")]
    [InlineData("The pier is closed until May, the harbour master said during a speech to open the season.")]
    public void A_final_attribution_may_end_in_a_listener_phrase_a_subordinate_clause_or_an_infinitive_inside_a_phrase(string paragraph)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, "The pier is closed until May", "the harbour master"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("The pier is closed until May, the harbour master told a joke.")]
    [InlineData("As the tide turned, the captain answered from the bridge as he sailed out.")]
    [InlineData("The pier flooded, as harbour crews responded to orders to pump it out.")]
    public void An_object_after_a_final_tell_an_opening_subordinate_clause_or_an_infinitive_after_to_is_no_final_attribution(string paragraph)
    {
        Assert.Empty(QuotesOf(paragraph));
    }

    [Fact]
    public void A_sentence_adverb_before_a_comma_is_no_speaker()
    {
        Assert.Empty(QuotesOf("Thankfully, now we know when the ferry sails and for how much: \u201CNight Crossing\u201D leaves at nine."));
    }

    [Theory]
    [InlineData("Some pilots say this is the worst winter the port has seen.", "this is the worst winter the port has seen")]
    [InlineData("The harbour master said this week the pier would reopen in May.", "the pier would reopen in May")]
    public void This_before_a_finite_verb_opens_the_clause_and_before_a_time_word_is_when(string paragraph, string text)
    {
        Assert.Equal(text, Single(paragraph).Text);
    }

    [Fact]
    public void An_aside_between_commas_after_that_opens_the_clause()
    {
        var quote = Single("The harbour master said that, even if the storm returned, the new pier would hold.");

        Assert.Equal((QuoteKind.Reported, "even if the storm returned, the new pier would hold", "The harbour master"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("The harbour master said at a meeting in Tema, Ghana, that the pier would reopen in May.")]
    [InlineData("The harbour master told reporters at the quay in Accra, Ghana, that the pier would reopen in May.")]
    public void That_after_a_phrase_with_a_place_between_commas_opens_the_clause(string paragraph)
    {
        var quote = Single(paragraph);

        Assert.Equal(("the pier would reopen in May", "The harbour master"), (quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("As reported by the Harbour Gazette, the new pier will not open before May.")]
    [InlineData("The new pier will not open before May, as first reported by the Harbour Gazette.")]
    public void A_passive_as_attribution_names_its_source_after_by(string paragraph)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, "new pier will not open before May", "the Harbour Gazette"), (quote.Kind, quote.Text[4..], quote.Source.Text));
    }

    [Fact]
    public void As_before_a_verb_of_saying_with_no_source_after_by_is_no_attribution()
    {
        Assert.Empty(QuotesOf("As reported earlier, the new pier will not open before May."));
    }

    [Theory]
    [InlineData("The harbour master said the delay helped Ana Lima, who has run the ferry line since 2019.", "the delay helped Ana Lima")]
    [InlineData("The harbour master said Ana Lima, who runs the ferry line, would resign in May.", "Ana Lima, who runs the ferry line, would resign in May")]
    public void A_relative_clause_on_who_that_ends_the_sentence_is_the_writers_aside(string paragraph, string text)
    {
        Assert.Equal(text, Single(paragraph).Text);
    }
}
