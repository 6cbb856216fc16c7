using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>Direct quotes whose attribution is away from the quotation: in the paragraph before, after a dash, or in a transcript line.</summary>
public sealed partial class QuoteShapeTests
{
    [Theory]
    [InlineData("The port director told reporters:")]
    [InlineData("On Monday, the port director said:")]
    [InlineData("The port director added in a statement on Monday:")]
    public void A_paragraph_ending_in_a_cue_and_a_colon_introduces_the_quotation_that_opens_the_next(string leadIn)
    {
        var quote = Assert.Single(QuotesOf(leadIn, "\u201CThe harbour will reopen in May. The cranes are already back.\u201D"));

        Assert.Equal((QuoteKind.Direct, "The harbour will reopen in May. The cranes are already back.", "the port director"),
            (quote.Kind, quote.Text, quote.Source.Text.ToLowerInvariant()));
    }

    [Fact]
    public void Here_after_a_tail_cue_is_where_it_was_said_and_there_before_a_clause_is_not()
    {
        var here = Single("\u201CThe ferries will run all winter,\u201D Ana Lima said here.");

        Assert.Equal(("The ferries will run all winter", "Ana Lima"), (here.Text, here.Source.Text));
        Assert.DoesNotContain(QuotesOf("\u201CMarco!\u201D the pilot said there was a storm coming."), quote => quote.Text == "Marco!" && quote.Source.Text == "the pilot");
    }

    [Fact]
    public void A_closing_mark_typed_at_the_start_of_a_line_after_an_invisible_mark_opens_a_quotation()
    {
        var quote = Single("\u202A\u201DThe pier is safe. The crews can go home,\u201D said Ana Lima.");

        Assert.Equal(("The pier is safe. The crews can go home", "Ana Lima"), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void An_opening_mark_typed_after_a_word_and_before_a_space_closes_the_quotation()
    {
        var quotes = QuotesOf("\u201CWill the ferry run tonight?\u201C the pilot asked. \u201CNot in this wind,\u201D the harbour master said.");

        Assert.Equal(2, quotes.Length);
        Assert.Equal(("Will the ferry run tonight?", "the pilot"), (quotes[0].Text, quotes[0].Source.Text));
        Assert.Equal(("Not in this wind", "the harbour master"), (quotes[1].Text, quotes[1].Source.Text));
    }

    [Fact]
    public void A_comma_inside_a_closing_single_mark_ends_the_quotation_for_any_verb_after_it()
    {
        var quote = Single("\u201CThey called the pier \u2018the comeback of the decade,\u2019\u201D the notice read.");

        Assert.Equal((QuoteKind.Direct, "the notice"), (quote.Kind, quote.Source.Text));
        Assert.StartsWith("They called the pier", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_in_reaches_only_the_paragraph_right_after_it_and_only_a_quotation_that_opens_it()
    {
        Assert.Empty(QuotesOf("The port director said:", "The harbour will reopen in May, and \u201Csoon\u201D is the word."));
        Assert.Empty(QuotesOf("The port director said:", "Outlook", "\u201CThe harbour will reopen in May.\u201D"));
    }

    [Fact]
    public void A_paragraph_without_quotation_marks_after_a_lead_in_is_a_block_quotation()
    {
        var quote = Assert.Single(QuotesOf("In a speech last July, the port director said:", "Let no one doubt it: the harbour will reopen in May. The cranes are already back."));

        Assert.Equal((QuoteKind.Direct, "Let no one doubt it: the harbour will reopen in May. The cranes are already back.", "the port director"),
            (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_paragraph_after_a_colon_with_no_verb_of_saying_is_no_block_quotation()
    {
        Assert.Empty(QuotesOf("Correction:", "An earlier version of this article gave the wrong date for the harbour's reopening."));
    }

    [Theory]
    [InlineData("\u201CThe harbour will reopen in May.\u201D \u2015\u00A0Ana P. Lima", "Ana P. Lima")]
    [InlineData("\u201CThe harbour will reopen in May.\u201D \u2014 J. R. Osei.", "J. R. Osei")]
    public void A_dash_attribution_may_hold_initials_and_non_breaking_spaces(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal(("The harbour will reopen in May.", source), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_closing_mark_typed_at_the_start_of_a_line_opens_a_quotation()
    {
        var quotes = QuotesOf("\u201DThe harbour will reopen in May.\u201D \u2015 Ana Lima\n\u201CThe cranes are back.\u201D \u2015 Tomas Berg");

        Assert.Equal(2, quotes.Length);
        Assert.Equal(("The harbour will reopen in May.", "Ana Lima"), (quotes[0].Text, quotes[0].Source.Text));
        Assert.Equal(("The cranes are back.", "Tomas Berg"), (quotes[1].Text, quotes[1].Source.Text));
    }

    [Fact]
    public void A_transcript_quoted_line_by_line_names_each_speaker()
    {
        var quotes = QuotesOf("A transcript of the interview follows.", "\"HOST: What happens to the exports now?", "\"MINISTER: They will resume once the port is safe.\"");

        Assert.Equal(2, quotes.Length);
        Assert.Equal(("What happens to the exports now?", "HOST"), (quotes[0].Text, quotes[0].Source.Text));
        Assert.Equal(("They will resume once the port is safe.", "MINISTER"), (quotes[1].Text, quotes[1].Source.Text));
    }

    [Theory]
    [InlineData("On May 4, 2015, Ana Lima gave her verdict: \u201CThe harbour is ready.\u201D", "Ana Lima")]
    [InlineData("After the vote, veteran pollster Ana Lima gave her verdict: \u201CThe harbour is ready.\u201D", "veteran pollster Ana Lima")]
    [InlineData("The report ends on a warning: \u201CThe harbour is ready.\u201D", "The report")]
    public void The_subject_before_a_colon_skips_an_opening_phrase_and_keeps_its_description(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal(("The harbour is ready.", source), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_clause_before_a_colon_with_no_subject_gives_no_source()
    {
        Assert.Empty(QuotesOf("The bias of the piece shows in its headline: \u201CThe harbour is ready.\u201D"));
    }

    [Theory]
    [InlineData("\u201CThe harbour will reopen in May,\u201D Lena Park concludes.", "Lena Park", "concludes")]
    [InlineData("\u201CThe harbour will reopen in May,\u201D she points out.", "she", "points out")]
    [InlineData("\u201CWho will pay for the dam?\u201D the old fisherman shouted, waving his cap.", "the old fisherman", "shouted")]
    [InlineData("\u201CThe harbour will reopen in May,\u201D he told cheering dock workers in Valparaiso on Monday.", "he", "told")]
    [InlineData("\u201CThe harbour will reopen in May,\u201D Lena Park said as she left the quay.", "Lena Park", "said")]
    public void A_subject_and_its_verb_after_a_quotation_ending_in_a_comma_attribute_it(string paragraph, string source, string cue)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, source, cue), (quote.Kind, quote.Source.Text, quote.Cue));
    }

    [Theory]
    [InlineData("\u201CThe harbour\u201D fishermen claims is closed.")]
    [InlineData("The \u201Charbour reopening,\u201D the council decided, waits until May.")]
    public void A_verb_after_a_quotation_that_has_a_clause_of_its_own_attributes_nothing(string paragraph)
    {
        Assert.DoesNotContain(QuotesOf(paragraph), quote => quote.Kind == QuoteKind.Direct);
    }

    [Theory]
    [InlineData("The port director began by saying, \u201CThe harbour is ready.\u201D", "The port director", "saying")]
    [InlineData("The memo goes on to say: \u201CThe harbour is ready.\u201D", "The memo", "say")]
    [InlineData("In a letter to the council, her deputy, Tomas Berg, said: \u201CThe harbour is ready.\u201D", "Tomas Berg", "said")]
    [InlineData("Lena Park did not name the rival bidders, but told the board, \u201CThe harbour is ready.\u201D", "Lena Park", "told")]
    [InlineData("Later that week, when the cranes came back, I laughed and said, \u201CThe harbour is ready.\u201D", "I", "said")]
    [InlineData("Tomas Berg joked, again in a borrowed accent, \u201CThe harbour is ready.\u201D", "Tomas Berg", "joked")]
    [InlineData("She answered, \u201CThe harbour is ready.\u201D", "She", "answered")]
    [InlineData("Tomas Berg then shrugs, \u201CThe harbour is ready.\u201D", "Tomas Berg", "shrugs")]
    [InlineData("Harbour master Tomas Berg, at a later briefing, said, \u201CThe harbour is ready.\u201D", "Harbour master Tomas Berg, at a later briefing", "said")]
    public void A_cue_before_a_quotation_finds_its_subject_across_an_infinitive_a_conjunction_or_an_apposition(string paragraph, string source, string cue)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, "The harbour is ready.", source, cue), (quote.Kind, quote.Text, quote.Source.Text, quote.Cue));
    }

    [Theory]
    [InlineData("The council met on Monday and the harbour reopened in May, \u201Cthe pride of the city.\u201D")]
    [InlineData("The port director said the fees would rise, and then, in a surprise move on the quay before the cameras, \u201Cthe pride of the city.\u201D")]
    [InlineData("Meanwhile, at the quay, said the notice, \u201Cthe pride of the city.\u201D")]
    public void A_clause_that_is_not_only_a_subject_and_its_verb_introduces_no_quotation(string paragraph)
    {
        Assert.DoesNotContain(QuotesOf(paragraph), quote => quote.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void A_quotation_nested_in_double_marks_on_one_line_stays_inside_the_outer_one()
    {
        var quote = Single("\u201CI would rather live in what he calls \u201Cchaos\u201D than in his order.\u201D \u2015 Ana Lima");

        Assert.Equal(("I would rather live in what he calls \u201Cchaos\u201D than in his order.", "Ana Lima"), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_nested_mark_that_does_not_balance_on_its_line_leaves_the_first_closing_mark_to_close()
    {
        var quotes = QuotesOf("\u201CThe harbour is what he calls \u201Cready.\u201D \u2015 Ana Lima\n\u201CThe cranes are back.\u201D \u2015 Tomas Berg");

        Assert.Equal(2, quotes.Length);
        Assert.Equal(("The harbour is what he calls \u201Cready.", "Ana Lima"), (quotes[0].Text, quotes[0].Source.Text));
        Assert.Equal(("The cranes are back.", "Tomas Berg"), (quotes[1].Text, quotes[1].Source.Text));
    }

    [Theory]
    [InlineData("\u201CThe harbour is ready,\u201D said Ana Lima, an engineer who has rebuilt three ports on this coast since the storms of the last decade wrecked them all, one after another, in a long and costly campaign.", "Ana Lima, an engineer")]
    [InlineData("\u201CThe harbour is ready,\u201D Ana Lima, the engineer in charge, one of three firms hired by the port, said at the quay.", "Ana Lima, the engineer in charge, one of three firms hired by the port")]
    [InlineData("\u201CThe harbour is ready,\u201D the notice read.", "the notice")]
    [InlineData("\u201CThe harbour is ready,\u201D it read.", "it")]
    [InlineData("\u201CThe harbour is ready,\u201D Ana Lima went on.", "Ana Lima")]
    [InlineData("\u201CThe harbour is ready,\u201D Ana Lima said several weeks after the storm.", "Ana Lima")]
    public void A_tail_attribution_may_hold_a_long_apposition_or_an_irregular_verb(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal(("The harbour is ready", source), (quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("\u201CThe harbour is ready,\u201D Ana Lima said opening the new quay.", "Ana Lima")]
    [InlineData("\u201CThe harbour is ready,\u201D Ana Lima said matter-of-factly as the cranes turned.", "Ana Lima")]
    [InlineData("\u201CThe harbour is ready,\u201D Ana Lima said without further comment.", "Ana Lima")]
    public void A_tail_attribution_may_go_on_with_a_participle_a_hyphenated_adverb_or_without(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, "The harbour is ready", source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_quotation_ending_in_a_full_stop_is_attributed_by_a_next_sentence_that_is_only_an_attribution()
    {
        var quotes = QuotesOf("\u201CThe storm wrecked the pier,\u201D the fisherman said. \u201CWe rebuilt it in a month.\u201D Ana Lima said on Monday.");

        Assert.Equal(
            [("The storm wrecked the pier", "the fisherman"), ("We rebuilt it in a month.", "Ana Lima")],
            quotes.Select(q => (q.Text, q.Source.Text)));
    }

    [Theory]
    [InlineData("\u201CWe rebuilt it in a month.\u201D Ana Lima said the pier would hold.")]
    [InlineData("\u201CWe rebuilt it in a month.\u201D The repair was first reported by the harbour gazette.")]
    [InlineData("\u201CWe rebuilt it in a month.\u201D But the pier is narrow, she said.")]
    public void A_next_sentence_with_a_clause_of_its_own_does_not_attribute_a_quotation_ending_in_a_full_stop(string paragraph)
    {
        Assert.DoesNotContain(QuotesOf(paragraph), quote => quote.Kind == QuoteKind.Direct);
    }

    [Theory]
    [InlineData("Said Ana Lima, \u201CThe harbour is ready.\u201D", "Ana Lima", "Said")]
    [InlineData("And then the mayor went fully on the attack, saying, \u201CThe harbour is ready.\u201D", "the mayor", "saying")]
    [InlineData("The mayor went fully on the attack, saying, \u201CThe harbour is ready.\u201D", "The mayor", "saying")]
    public void A_lead_in_may_put_its_cue_first_or_open_with_a_coordinator_and_hold_an_adverb(string paragraph, string source, string cue)
    {
        var quote = Single(paragraph);

        Assert.Equal(("The harbour is ready.", source, cue), (quote.Text, quote.Source.Text, quote.Cue));
    }

    [Fact]
    public void An_ing_cue_alone_after_a_quote_introduces_the_next_quotation_of_the_same_source()
    {
        var quotes = QuotesOf("The mayor said, \u201CThe harbour is ready,\u201D adding, \u201CThe cranes are back.\u201D");

        Assert.Equal(
            [("The harbour is ready", "The mayor", "said"), ("The cranes are back.", "The mayor", "adding")],
            quotes.Select(q => (q.Text, q.Source.Text, q.Cue)));
    }

    [Theory]
    [InlineData("As the harbour master put it, \u201CThe cranes are back.\u201D", "the harbour master", "put it")]
    [InlineData("But at the time, as Ana Lima put it: \u201CThe cranes are back.\u201D", "Ana Lima", "put it")]
    [InlineData("The port grew because, in the Gazette\u2019s words, \u201CThe cranes are back.\u201D", "the Gazette", "words")]
    [InlineData("As the harbour master puts it, \u201CThe cranes are back.\u201D", "the harbour master", "put it")]
    [InlineData("As the Gazette pointed out in December, \u201CThe cranes are back.\u201D", "the Gazette", "pointed out")]
    [InlineData("The port is seen, as the Gazette put it in a long article, \u201CThe cranes are back.\u201D", "the Gazette", "put it")]
    public void A_phrase_about_the_wording_names_the_speaker(string paragraph, string source, string cue)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, "The cranes are back.", source, cue), (quote.Kind, quote.Text, quote.Source.Text, quote.Cue));
    }

    [Theory]
    [InlineData("\u201CThe cranes are back!\u201D beamed Ana Lima, the harbour master.", "Ana Lima, the harbour master", "beamed")]
    [InlineData("\u201CThe cranes are back,\u201D agrees Tomas Vey, 30, of Tema.", "Tomas Vey, 30, of Tema", "agrees")]
    [InlineData("\u201CThe cranes are back,\u201D reads a notice on the ferry gate.", "a notice", "reads")]
    public void Any_verb_before_the_speaker_after_a_quotation_that_opens_its_sentence_attributes_it(string paragraph, string source, string cue)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, source, cue), (quote.Kind, quote.Source.Text, quote.Cue));
        Assert.StartsWith("The cranes are back", quote.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_after_a_quotation_that_opens_a_clause_of_its_own_has_no_speaker_after_it()
    {
        var quotes = QuotesOf("\u201CThe cranes are back,\u201D showed the port would reopen.");

        Assert.DoesNotContain(quotes, quote => quote.Source.Text.Contains("port", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dock workers chanted \u201CNo more cuts!\u201D outside the terminal.", "Dock workers", "chanted")]
    [InlineData("A pilot yelled \u201CNo more cuts!\u201D from the quay.", "A pilot", "yelled")]
    [InlineData("The crowd shouted, \u201CNo more cuts!\u201D", "The crowd", "shouted")]
    [InlineData("A pilot held up a banner that read \u201CNo more cuts!\u201D and waved it.", "a banner", "read")]
    [InlineData("The ferry company posted a notice reading \u201CNo more cuts!\u201D", "a notice", "reading")]
    [InlineData("The timetable was replaced by a notice that said, \u201CNo more cuts!\u201D", "a notice", "said")]
    [InlineData("The crowd chanted back at the mayor, \u201CNo more cuts!\u201D", "The crowd", "chanted")]
    [InlineData("Dock workers shouted at the harbour master, \u201CNo more cuts!\u201D", "Dock workers", "shouted")]
    public void A_verb_of_voicing_or_wording_right_before_a_quotation_makes_it_a_direct_quote(string paragraph, string source, string cue)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, "No more cuts!", source, cue), (quote.Kind, quote.Text, quote.Source.Text, quote.Cue));
    }

    [Fact]
    public void A_title_in_Title_Case_that_a_person_reads_is_no_quote()
    {
        Assert.Empty(QuotesOf("She read \u201CThe Long Tide\u201D to the crews."));
    }

    [Theory]
    [InlineData("FARES RISE AGAIN - Ana Lima and Tomas Vey: \u201CThe ferries will run late all winter.\u201D", "Ana Lima and Tomas Vey")]
    [InlineData("What that means for the crews - More from Lima: \u201CThe ferries will run late all winter.\u201D", "Lima")]
    public void Names_after_a_dash_before_a_colon_are_the_speaker_of_the_quotation(string paragraph, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, "The ferries will run late all winter.", source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void Words_after_a_dash_that_are_no_name_name_no_speaker()
    {
        Assert.Empty(QuotesOf("The ferry was late - and then: \u201CThe ferries will run late all winter.\u201D"));
    }

    [Fact]
    public void A_wording_verb_with_an_object_of_its_own_names_no_speaker()
    {
        Assert.Empty(QuotesOf("As the tide pointed out the rocks, \u201CThe cranes are back.\u201D"));
    }

    [Fact]
    public void A_clause_before_a_colon_after_a_long_opening_phrase_still_names_the_speaker()
    {
        var quote = Single("With harbour leaders increasingly worried about a lack of interest in the new pier among the younger pilots, Ana Lima is rolling out a new message: \u201CThe pier is ours.\u201D");

        Assert.Equal((QuoteKind.Direct, "The pier is ours.", "Ana Lima"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_verb_of_saying_after_which_before_a_quoted_fragment_that_goes_on_is_no_whole_quotation()
    {
        var quotes = QuotesOf("The divers turned to the harbour office, which reported \u201Cnine broken piles\u201D in the north pier.");

        Assert.DoesNotContain(quotes, quote => quote.Kind == QuoteKind.Direct && quote.Text == "nine broken piles");
    }

    [Fact]
    public void An_opening_phrase_on_here_is_passed_over_to_the_subject_of_an_ing_cue()
    {
        var quote = Single("Here in Tema, Ana Lima stepped up her push for safety, saying, \u201CNo pilot should sail at night.\u201D");

        Assert.Equal((QuoteKind.Direct, "No pilot should sail at night.", "Ana Lima"), (quote.Kind, quote.Text, quote.Source.Text));
    }
}
