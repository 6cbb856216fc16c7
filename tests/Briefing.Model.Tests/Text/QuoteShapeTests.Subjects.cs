using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>Subjects the quote engine reads past an adverb, an apposition, an opening phrase, a subordinate clause, a gerund's preposition or a relative pronoun (issue 14).</summary>
public sealed partial class QuoteShapeTests
{
    [Theory]
    [InlineData("The harbour master however said she would welcome a second dredger before winter.", "The harbour master")]
    [InlineData("Nadia Okafor meanwhile said she would welcome a second dredger before winter.", "Nadia Okafor")]
    [InlineData("The pilots therefore said they would welcome a second dredger before winter.", "The pilots")]
    [InlineData("The guild instead told reporters it would welcome a second dredger before winter.", "The guild")]
    [InlineData("Tomas Rehn nonetheless said he would welcome a second dredger before winter.", "Tomas Rehn")]
    [InlineData("The harbour master, however, said she would welcome a second dredger before winter.", "The harbour master")]
    [InlineData("The harbour master however toured the quay and said she would welcome a second dredger before winter.", "The harbour master")]
    [InlineData("The harbour master however toured the quay, saying she would welcome a second dredger before winter.", "The harbour master")]
    public void A_connective_adverb_between_the_subject_and_the_cue_is_not_part_of_the_subject(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, source), (quote.Kind, quote.Source.Text));
        Assert.EndsWith("a second dredger before winter", quote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nadia Okafor, the head of the pilots' guild, thanked the crews and said the channel would reopen in May.", "Nadia Okafor, the head of the pilots' guild")]
    [InlineData("Tomas Rehn, a retired ferry captain, toured the quay and said the channel would reopen in May.", "Tomas Rehn, a retired ferry captain")]
    [InlineData("TEMA, Ghana (Wire) - The harbour master toured the flooded quay on Monday and said the channel would reopen in May.", "The harbour master")]
    [InlineData("TEMA, Ark. (Wire) - The harbour master toured the flooded quay on Monday and said the channel would reopen in May.", "The harbour master")]
    [InlineData("Nadia Okafor answered the critics by saying the channel would reopen in May.", "Nadia Okafor")]
    [InlineData("The harbour master responded first by saying the channel would reopen in May.", "The harbour master")]
    [InlineData("Tomas Rehn, a retired ferry captain, then spoke on the radio and began by saying the channel would reopen in May.", "Tomas Rehn, a retired ferry captain")]
    public void A_coordinated_or_gerund_cue_takes_a_subject_with_an_apposition_after_a_dateline_or_before_by(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, "the channel would reopen in May", source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("Nadia Okafor, a pilot at the port of Tema, which has a backlog of more than 40 cargo ships waiting at anchor to unload, said the channel would reopen in May.",
        "Nadia Okafor, a pilot at the port of Tema, which has a backlog of more than 40 cargo ships waiting at anchor to unload")]
    [InlineData("Tomas Rehn, a ferry captain from Tema, Ghana, who is a member of the pilots' guild and a critic of the harbour board, said the channel would reopen in May.",
        "Tomas Rehn, a ferry captain from Tema, Ghana, who is a member of the pilots' guild and a critic of the harbour board")]
    public void A_subject_with_a_long_apposition_and_relative_clause_before_the_cue_counts_its_words_not_its_commas(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, "the channel would reopen in May", source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_gerund_cue_opening_the_sentence_takes_the_main_subject_and_ends_at_its_comma()
    {
        var quote = Single("After saying the ferry was \u201Cfar too old to sail,\u201D she was taken ashore by the coastguard.");

        Assert.Equal((QuoteKind.Reported, "the ferry was \u201Cfar too old to sail,\u201D", "she"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_gerund_cue_after_for_names_no_speaker_of_the_main_clause()
    {
        Assert.DoesNotContain(QuotesOf("The board fined the captain for saying that the hull was sound."), quote => quote.Source.Text == "The board");
    }

    [Fact]
    public void A_statement_in_a_subordinate_clause_ends_after_a_quotation_that_holds_its_comma()
    {
        var quotes = QuotesOf("After the harbour master said that the ferry was \u201Cfar too old to sail,\u201D the council voted to sell it.");

        var quote = Assert.Single(quotes);
        Assert.Equal(("the ferry was \u201Cfar too old to sail,\u201D", "the harbour master"), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_statement_in_a_subordinate_clause_is_kept_before_a_direct_quote_of_the_main_clause()
    {
        var quotes = QuotesOf("After the harbour master said that the ferry was \u201Cfar too old to sail,\u201D the mayor said: \u201CWe will buy a new one.\u201D");

        Assert.Equal(2, quotes.Length);
        Assert.Equal((QuoteKind.Reported, "the ferry was \u201Cfar too old to sail,\u201D", "the harbour master"), (quotes[0].Kind, quotes[0].Text, quotes[0].Source.Text));
        Assert.Equal((QuoteKind.Direct, "We will buy a new one.", "the mayor"), (quotes[1].Kind, quotes[1].Text, quotes[1].Source.Text));
    }

    [Theory]
    [InlineData("Monday at the harbour meeting Mayor Nadia Okafor said the dredger would arrive in May.", "Mayor Nadia Okafor")]
    [InlineData("Friday at the guild dinner Capt. Tomas Rehn (Ind.) said the dredger would arrive in May.", "Capt. Tomas Rehn (Ind.)")]
    public void An_opening_phrase_of_time_and_place_without_a_comma_is_not_the_source(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal(("the dredger would arrive in May", source), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_relative_clause_with_a_cue_after_a_tail_attribution_is_a_statement_of_who()
    {
        var quotes = QuotesOf("\u201CThe quay needs a new crane,\u201D said Tomas Rehn, 58, a welder from Tema, who said the guild would pay for half of it.");

        Assert.Equal(2, quotes.Length);
        Assert.Equal((QuoteKind.Direct, "Tomas Rehn, 58, a welder from Tema"), (quotes[0].Kind, quotes[0].Source.Text));
        Assert.Equal((QuoteKind.Reported, "the guild would pay for half of it", "who", "Tomas Rehn"), (quotes[1].Kind, quotes[1].Text, quotes[1].Source.Text, quotes[1].Source.Name));
    }

    [Theory]
    [InlineData("Captains who sailed through the storm said the beacon had failed.", "Captains who sailed through the storm")]
    [InlineData("Two pilots who spoke on condition of anonymity said the beacon had failed.", "Two pilots who spoke on condition of anonymity")]
    public void A_relative_clause_with_a_verb_of_its_own_right_after_its_noun_is_part_of_the_subject(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal(("the beacon had failed", source), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_relative_pronoun_before_only_adverbs_and_auxiliaries_is_the_subject_itself()
    {
        var quote = Single("The harbour board thanked the captains who have long said the beacon was failing.");

        Assert.Equal(("the beacon was failing", "who"), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_verb_of_saying_after_to_is_an_infinitive_not_the_attribution()
    {
        var quote = Single("A pilot who was not authorized to speak to reporters said the beacon had failed.");

        Assert.Equal(("the beacon had failed", "A pilot who was not authorized to speak to reporters"), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_verb_of_telling_after_a_comma_has_its_listener_after_it_never_its_speaker()
    {
        var quote = Single("\u201CWe are ready for the storm,\u201D the port director, Ann White, told Reuters.");

        Assert.Equal((QuoteKind.Direct, "We are ready for the storm", "the port director, Ann White"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_gerund_of_telling_that_opens_a_second_statement_skips_its_listener()
    {
        var quotes = QuotesOf("The harbour master insisted the pier was safe, telling reporters the cracks were old.");

        Assert.Equal(["the pier was safe", "the cracks were old"], quotes.Select(static q => q.Text));
    }

    [Fact]
    public void A_modal_or_auxiliary_opens_no_subject()
    {
        Assert.Empty(QuotesOf("And that should ring warning bells for anyone who cares about the harbour."));
    }

    [Fact]
    public void A_verb_in_the_past_tense_alone_is_no_speaker()
    {
        Assert.Empty(QuotesOf("The storm, later called the worst in a century, made predicting the tides a fool\u2019s errand."));
    }

    [Fact]
    public void A_bracketed_party_tag_does_not_count_against_the_length_of_a_subject()
    {
        var quote = Single("At the harbour hearing on Saturday Sen. Ana Lima (D-Vt.) said the north pier would close in May.");

        Assert.Equal((QuoteKind.Reported, "the north pier would close in May", "Sen. Ana Lima (D-Vt.)"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_past_participle_after_a_count_is_an_adjective_not_a_cue()
    {
        Assert.Empty(QuotesOf("The port\u2019s lead of nearly 400 pledged berths is triple the lead it had over its rival when the season ended."));
    }

    [Fact]
    public void A_cue_after_a_year_is_still_a_cue()
    {
        var quote = Single("A harbour survey in 2019 noted that the north pier was unsafe.");

        Assert.Equal((QuoteKind.Reported, "the north pier was unsafe", "A harbour survey in 2019"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("Then he hit out at the harbour board, saying it was far too slow.", QuoteKind.Reported, "it was far too slow")]
    [InlineData("Later she cut into the harbour board, calling it a \u201Cstiff\u201D outfit.", QuoteKind.Reported, "it a \u201Cstiff\u201D")]
    public void An_opening_time_word_before_a_pronoun_leaves_the_pronoun_as_the_participle_s_subject(string paragraph, QuoteKind kind, string text)
    {
        var quote = Single(paragraph);

        Assert.Equal((kind, text, true), (quote.Kind, quote.Text, quote.Source.Text is "he" or "she"));
    }

    [Theory]
    [InlineData("Members of the harbour crew gave their answer: \u201CWe will not sail tonight.\u201D", "Members of the harbour crew")]
    [InlineData("Dozens of dock workers marched to the gates, chanting \u201CWe will not sail tonight.\u201D", "Dozens of dock workers")]
    [InlineData("Bank of Tema gave its answer: \u201CWe will not sail tonight.\u201D", "Bank of Tema")]
    public void A_capitalised_word_and_of_before_lower_case_words_is_a_noun_phrase_not_a_name(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, "We will not sail tonight.", source), (quote.Kind, quote.Text, quote.Source.Text));
    }
}
