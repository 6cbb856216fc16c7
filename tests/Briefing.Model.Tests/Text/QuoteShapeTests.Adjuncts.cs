using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>Phrases between a cue and its quotation, inverted cues with a relative clause, and mixed-quote verbs (issue 14).</summary>
public sealed partial class QuoteShapeTests
{
    [Theory]
    [InlineData("The harbour master said on Monday, in a note to the crews, \u201CThe north pier stays shut until the divers are done.\u201D", "The harbour master")]
    [InlineData("Marta Osei told the board in March, when the first cracks were found, \u201CThe north pier stays shut until the divers are done.\u201D", "Marta Osei")]
    [InlineData("Marta Osei initially said, \u201CThe north pier stays shut until the divers are done.\u201D", "Marta Osei")]
    public void Phrases_of_time_place_or_circumstance_between_a_cue_and_its_quotation_keep_the_attribution(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, "The north pier stays shut until the divers are done.", source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("\u201CThe north pier stays shut until the divers are done,\u201D Marta Osei said late last week.")]
    [InlineData("\u201CThe north pier stays shut until the divers are done,\u201D Marta Osei said early on Tuesday.")]
    [InlineData("\u201CThe north pier stays shut until the divers are done,\u201D Marta Osei said late Friday.")]
    public void Late_or_early_before_a_time_after_the_cue_is_when_it_was_said_not_what(string paragraph)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, "The north pier stays shut until the divers are done", "Marta Osei"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("The north pier has cracked in three places, Marta Osei said on the radio show \u201CMorning Tide.\u201D")]
    [InlineData("The north pier has cracked in three places, Marta Osei told viewers of \u201CHarbour Hour\u201D on Monday.")]
    public void A_title_among_the_words_after_a_final_cue_keeps_the_attribution(string paragraph)
    {
        var quotes = QuotesOf(paragraph);

        Assert.Contains(quotes, quote => (quote.Kind, quote.Text, quote.Source.Text) == (QuoteKind.Reported, "The north pier has cracked in three places", "Marta Osei"));
    }

    [Theory]
    [InlineData("The author of \u201CThe Long Tide\u201D said the port would close for a month.")]
    [InlineData("\u201CThe pier is unsafe,\u201D said the engineers had warned for years.")]
    public void Words_after_an_inverted_cue_that_hold_a_verb_of_their_own_are_no_speaker(string paragraph)
    {
        var quotes = QuotesOf(paragraph);

        Assert.DoesNotContain(quotes, quote => quote.Source.Text.Contains("would", StringComparison.Ordinal) || quote.Source.Text.Contains("had", StringComparison.Ordinal));
    }

    [Fact]
    public void A_noun_phrase_and_its_past_verb_after_an_inverted_cue_are_the_statement_not_the_speaker()
    {
        var quote = Single("Marta Osei of Tema, a pilot who has refused to sail at night, said the harbour board deserved better.");

        Assert.Equal((QuoteKind.Reported, "the harbour board deserved better", "Marta Osei of Tema, a pilot who has refused to sail at night"),
            (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_title_in_quotation_marks_may_stand_in_a_source()
    {
        var quote = Single("Marta Osei, the author of \u201CThe Long Tide,\u201D said the north pier would stay shut until the spring.");

        Assert.Equal((QuoteKind.Reported, "the north pier would stay shut until the spring", "Marta Osei, the author of \u201CThe Long Tide,\u201D"),
            (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("In an interview on Channel 4's \u201CHarbour Hour,\u201D the mayor said the north pier would stay shut until the spring.")]
    [InlineData("Speaking on \u201CHarbour Hour,\u201D the mayor said the north pier would stay shut until the spring.")]
    public void A_title_after_a_preposition_or_a_possessive_is_no_quote_and_the_statement_after_it_is(string paragraph)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, "the north pier would stay shut until the spring", "the mayor"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_gerund_cue_after_by_reaches_back_over_a_long_object_and_a_time_to_its_verb()
    {
        var quote = Single("The mayor responded to a Harbour Trust widow Tuesday night by saying her refusal to close the pier was a \u201Csensible\u201D choice.");

        Assert.Equal((QuoteKind.Reported, "her refusal to close the pier was a \u201Csensible\u201D choice", "The mayor"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_quotation_that_is_no_title_never_stands_in_a_source()
    {
        var quotes = QuotesOf("Marta Osei, who called the plan \u201Ca disgrace to the whole harbour,\u201D said the vote would be held again.");

        Assert.DoesNotContain(quotes, quote => quote.Source.Text.Contains("disgrace", StringComparison.Ordinal));
    }

    [Fact]
    public void A_clause_of_its_own_between_a_cue_and_a_quotation_is_not_an_adjunct()
    {
        var quotes = QuotesOf("Marta Osei said the pier would close for a month, and the divers, tired after a long week, answered, \u201CWe will need two.\u201D");

        Assert.DoesNotContain(quotes, quote => quote.Text == "We will need two." && quote.Source.Text == "Marta Osei");
    }

    [Fact]
    public void An_inverted_cue_keeps_its_speaker_before_a_relative_clause()
    {
        var quote = Single("Said Marta Osei, who has run the ferry for twenty years, \u201CWe have never seen a winter like this one.\u201D");

        Assert.Equal((QuoteKind.Direct, "We have never seen a winter like this one.", "Marta Osei", "Said"), (quote.Kind, quote.Text, quote.Source.Text, quote.Cue));
    }

    [Theory]
    [InlineData("The mayor likened the new toll to \u201Ca tax on every family that crosses the river\u201D in her speech.", "likened", "the new toll to \u201Ca tax on every family that crosses the river\u201D in her speech")]
    [InlineData("The union hailed the deal as \u201Ca fair day's pay at last.\u201D", "hailed", "the deal as \u201Ca fair day's pay at last.\u201D")]
    [InlineData("The governor exhorted the crews to \u201Ckeep the ferries running whatever the weather\u201D in a letter.", "exhorted", "the crews to \u201Ckeep the ferries running whatever the weather\u201D in a letter")]
    public void A_verb_of_comparing_praising_or_urging_before_a_quoted_fragment_makes_a_mixed_quote(string paragraph, string cue, string text)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, text, cue), (quote.Kind, quote.Text, quote.Cue));
    }

    [Fact]
    public void A_mixed_quote_runs_on_over_and_before_a_second_object()
    {
        var quote = Single("The minister condemned the blockade as \u201Creckless\u201D and a \u201Cthreat to every port on the coast\u201D in a statement.");

        Assert.Equal("the blockade as \u201Creckless\u201D and a \u201Cthreat to every port on the coast\u201D in a statement", quote.Text);
    }

    [Fact]
    public void A_mixed_quote_still_ends_at_and_before_a_clause()
    {
        var quote = QuotesOf("The minister condemned the blockade as \u201Creckless\u201D and the navy sailed at dawn.")[0];

        Assert.Equal("the blockade as \u201Creckless\u201D", quote.Text);
    }

    [Theory]
    [InlineData("Former pilot Tom Berg said that he had \u201Cno idea\u201D if he would have told the board to close the pier.", "he had \u201Cno idea\u201D if he would have told the board to close the pier", "Former pilot Tom Berg")]
    [InlineData("\u201CMost sailors would call that a defeat for the union\u201D if it did not win by a wider margin, said Ana Lima, a harbour analyst.", "\u201CMost sailors would call that a defeat for the union\u201D if it did not win by a wider margin", "Ana Lima, a harbour analyst")]
    public void A_subordinate_clause_after_a_quotation_is_not_its_attribution(string paragraph, string text, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, text, source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("The harbour board chair for the Nov. 8 vote later said the pier would \u201Cnever\u201D close.", "The harbour board chair for the Nov. 8 vote")]
    [InlineData("The ferry captain on duty on Sept. 11 said the crossing was \u201Cthe worst in years.\u201D", "The ferry captain on duty on Sept. 11")]
    public void A_month_abbreviated_before_its_day_does_not_end_the_sentence(string paragraph, string source)
    {
        Assert.Equal(source, Single(paragraph).Source.Text);
    }

    [Fact]
    public void A_month_abbreviation_before_a_capital_still_ends_the_sentence()
    {
        Assert.Equal(2, Sentences.Count("The pier closed in Nov. The ferries stopped too.", 10));
    }

    [Fact]
    public void A_clause_after_a_quotation_and_a_verb_is_no_inverted_source()
    {
        var quote = Single("Port lawyer Ana Lima said in the letter that the poster \u201Cfalsely and knowingly\u201D suggests that the harbour police support the campaign.");

        Assert.Equal((QuoteKind.Reported, "Port lawyer Ana Lima"), (quote.Kind, quote.Source.Text));
        Assert.StartsWith("the poster \u201Cfalsely and knowingly\u201D suggests", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bracketed_note_in_a_transcript_is_no_ones_words()
    {
        var quotes = QuotesOf("\"LIMA: The pier will reopen in May.", "\"(CROSSTALK.)", "\"LIMA: And the ferries will run again.");

        Assert.Equal(["The pier will reopen in May.", "And the ferries will run again."], quotes.Select(quote => quote.Text));
    }

    [Theory]
    [InlineData("The harbour master didn't say that the pier was safe.")]
    [InlineData("The harbour master wouldn\u2019t say that the pier was safe.")]
    [InlineData("The harbour master did not say that the pier was safe.")]
    public void A_negated_auxiliary_is_not_part_of_the_source(string paragraph)
    {
        var quote = Single(paragraph);

        Assert.Equal(("the pier was safe", "The harbour master"), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void It_is_worth_noting_is_the_writers_aside()
    {
        Assert.Empty(QuotesOf("It's worth noting that the pier has been closed since the winter storms."));
    }

    [Fact]
    public void An_ing_cue_right_after_a_name_has_that_name_as_its_speaker()
    {
        var quote = Single("The advert ends with footage of Ana Lima saying at the launch, \u201CThat makes the harbour ours again.\u201D");

        Assert.Equal((QuoteKind.Direct, "That makes the harbour ours again.", "Ana Lima", "saying"), (quote.Kind, quote.Text, quote.Source.Text, quote.Cue));
    }

    [Theory]
    [InlineData("The Harbour Gazette reported the divers came back hours after the storm had passed.", "the divers came back hours after the storm had passed", "The Harbour Gazette")]
    [InlineData("The port authority noted several ferries failed the winter inspection.", "several ferries failed the winter inspection", "The port authority")]
    public void A_past_tense_after_the_noun_phrase_makes_a_clause_without_that(string paragraph, string text, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, text, source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("The north pier would stay shut until May, said two pilots who spoke on condition of anonymity.", "two pilots")]
    [InlineData("The north pier would stay shut until May, said a harbour official who was not authorized to speak publicly.", "a harbour official")]
    public void An_inverted_source_stops_before_its_relative_clause(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, "The north pier would stay shut until May", source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_noun_phrase_and_relative_clause_after_a_cue_with_a_verb_of_their_own_are_the_statement()
    {
        var quote = Single("Ana Lima, a pilot at the port, said the men who run the ferries would strike in May.");

        Assert.Equal(("Ana Lima, a pilot at the port", "the men who run the ferries would strike in May"), (quote.Source.Text, quote.Text));
    }

    [Fact]
    public void A_quoted_label_of_a_word_and_a_colon_is_no_continuation()
    {
        var quotes = QuotesOf("\u201CThe pier will reopen in May,\u201D Ana Lima said.", "\u201CRelated:\u201D", "The ferries ran late all week.");

        Assert.Equal(["The pier will reopen in May"], quotes.Select(quote => quote.Text));
    }

    [Fact]
    public void A_relative_clause_between_commas_after_a_tail_subject_is_no_part_of_it()
    {
        var quote = Single("\u201CThe pilots are under a lot of pressure,\u201D a harbour official, who was not authorized to speak on the record, told the Gazette.");

        Assert.Equal((QuoteKind.Direct, "The pilots are under a lot of pressure", "a harbour official"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("\u201CThe pilots are under a lot of pressure,\u201D Ana \u201CCaptain\u201D Lima, the harbour master, said.", "Ana")]
    [InlineData("\u201CThe pilots are under a lot of pressure,\u201D a pilot wearing a cap and \u201CSave the Pier\u201D badges said on Monday.", "a pilot")]
    public void A_title_or_nickname_in_quotation_marks_inside_a_tail_speaker_is_read_past(string paragraph, string sourceStart)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, "The pilots are under a lot of pressure"), (quote.Kind, quote.Text));
        Assert.StartsWith(sourceStart, quote.Source.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u201CThe north pier stays shut,\u201D she said and quickly hung up.")]
    [InlineData("\u201CThe north pier stays shut,\u201D she said and walked back to the quay.")]
    public void A_second_verb_phrase_after_a_tail_cue_keeps_the_attribution(string paragraph)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, "The north pier stays shut", "she"), (quote.Kind, quote.Text, quote.Source.Text));
    }
}
