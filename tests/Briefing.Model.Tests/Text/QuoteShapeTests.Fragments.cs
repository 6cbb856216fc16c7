using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>Mixed quotes: reported speech that carries a quoted fragment, in the shapes the first rules missed (issue 14).</summary>
public sealed partial class QuoteShapeTests
{
    [Fact]
    public void A_quoted_fragment_beside_a_reported_statement_is_a_mixed_quote_of_its_own()
    {
        var quotes = QuotesOf("Speaking to the crews on Monday, the harbour master referred to the new pier as \u201Ca fine piece of work\u201D but described the old one as \u201Ca wreck.\u201D");

        Assert.Contains(quotes, quote => (quote.Kind, quote.Text, quote.Source.Text, quote.Cue) == (QuoteKind.Reported, "to the new pier as \u201Ca fine piece of work\u201D", "the harbour master", "referred"));
        Assert.Equal(2, quotes.Length);
        Assert.True(quotes[0].Text.StartsWith("to the new pier", StringComparison.Ordinal), "in text order");
    }

    [Fact]
    public void A_quoted_fragment_inside_a_reported_statement_or_without_a_verb_gives_no_second_quote()
    {
        var held = Single("The harbour master told the crews that the pier would open in May and that the pilots were \u201Cin safe hands.\u201D");
        var scare = Single("The harbour master said the pier would open in May; the \u201Cgreen corridor\u201D that the pilots wanted is still closed.");

        Assert.Equal("the pier would open in May and that the pilots were \u201Cin safe hands.\u201D", held.Text);
        Assert.Equal("the pier would open in May", scare.Text);
    }

    [Fact]
    public void A_lower_case_fragment_after_a_preposition_is_speech_and_a_capitalised_one_a_title()
    {
        var speech = Single("The ferry captain dismissed the complaint as a sign of a council in \u201Cpermanent disarray\u201D after the vote.");
        var title = QuotesOf("The ferry captain criticised the council in \u201CHarbour Weekly\u201D after the vote.");

        Assert.Equal((QuoteKind.Reported, "the complaint as a sign of a council in \u201Cpermanent disarray\u201D", "The ferry captain"), (speech.Kind, speech.Text, speech.Source.Text));
        Assert.Empty(title);
    }

    [Fact]
    public void A_cue_word_after_a_determiner_is_a_noun_and_not_the_verb_of_a_mixed_quote()
    {
        var quote = Single("The ferry captain dismissed those reports as \u201Cidle talk from the quay.\u201D");

        Assert.Equal(("those reports as \u201Cidle talk from the quay.\u201D", "The ferry captain", "dismissed"), (quote.Text, quote.Source.Text, quote.Cue));
    }

    [Theory]
    [InlineData("The harbour master bemoaned the \u201Cendless paperwork\u201D of the new rules.", "the \u201Cendless paperwork\u201D of the new rules", "The harbour master", "bemoaned")]
    [InlineData("The mayor encouraged residents to \u201Cleave the car at home\u201D during the festival.", "residents to \u201Cleave the car at home\u201D during the festival", "The mayor", "encouraged")]
    [InlineData("The pilots are slamming the council as \u201Casleep at the wheel.\u201D", "the council as \u201Casleep at the wheel.\u201D", "The pilots", "slamming")]
    public void Verbs_of_lamenting_encouraging_and_attacking_in_any_finite_or_ing_form_make_a_mixed_quote(string paragraph, string text, string source, string cue)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, text, source, cue), (quote.Kind, quote.Text, quote.Source.Text, quote.Cue));
    }

    [Fact]
    public void A_verb_of_characterising_right_before_a_quotation_reports_its_object()
    {
        var quotes = QuotesOf("The harbour master defended the new landing fees. \u201CThey keep the ferries running through the winter,\u201D she said.");

        Assert.Equal(2, quotes.Length);
        Assert.Equal((QuoteKind.Reported, "the new landing fees", "The harbour master", "defended"), (quotes[0].Kind, quotes[0].Text, quotes[0].Source.Text, quotes[0].Cue));
        Assert.Equal((QuoteKind.Direct, "They keep the ferries running through the winter"), (quotes[1].Kind, quotes[1].Text));
    }

    [Fact]
    public void A_call_verb_naming_its_object_right_before_a_quotation_reports_it_and_a_summons_does_not()
    {
        var naming = QuotesOf("Her deputy, Tomas Vey, called her a master at keeping the ferries on time. \u201CShe never misses a tide,\u201D he said.");
        var summons = QuotesOf("The harbour master called him onto the quay. \u201CShe never misses a tide,\u201D he said.");

        Assert.Equal(("her a master at keeping the ferries on time", "Her deputy, Tomas Vey"), (naming[0].Text, naming[0].Source.Text));
        Assert.Equal(QuoteKind.Direct, Assert.Single(summons).Kind);
    }

    [Fact]
    public void Cite_is_a_verb_of_characterising_for_a_mixed_quote()
    {
        var quote = Single("The harbour master cited the new pier as \u201Cproof that the port can still build.\u201D");

        Assert.Equal((QuoteKind.Reported, "the new pier as \u201Cproof that the port can still build.\u201D", "The harbour master", "cited"), (quote.Kind, quote.Text, quote.Source.Text, quote.Cue));
    }

    [Theory]
    [InlineData("The harbour master defended the new landing fees. The ferries kept running all winter.")]
    [InlineData("While the pilots criticised the new landing fees, the harbour master kept quiet. \u201CWe will see,\u201D she said.")]
    [InlineData("The shock of the Friday attacks wore off by the spring. \u201CWe will see,\u201D she said.")]
    [InlineData("The harbour master called the pilots onto the quay. \u201CWe will see,\u201D she said.")]
    public void A_verb_of_characterising_with_no_quotation_after_it_or_not_the_main_verb_reports_nothing(string paragraph)
    {
        Assert.DoesNotContain(QuotesOf(paragraph), quote => quote.Kind == QuoteKind.Reported);
    }

    [Fact]
    public void A_statement_that_leads_in_a_quotation_with_a_colon_ends_at_the_colon()
    {
        var quotes = QuotesOf("After the storm, the harbour master insisted that the pier had held up well: \u201CNot a plank moved.\u201D");
        var wording = QuotesOf("The harbour master explained it this way: \u201CThe tide does the work for us.\u201D");

        Assert.Equal(2, quotes.Length);
        Assert.Equal((QuoteKind.Reported, "the pier had held up well", "the harbour master"), (quotes[0].Kind, quotes[0].Text, quotes[0].Source.Text));
        Assert.Equal((QuoteKind.Direct, "Not a plank moved."), (quotes[1].Kind, quotes[1].Text));
        Assert.Equal(QuoteKind.Direct, Assert.Single(wording).Kind);
    }

    [Fact]
    public void Praises_and_praising_make_a_mixed_quote_like_praised()
    {
        var quote = Single("The ferry captain praises the new pilots as \u201Csteady hands in any weather.\u201D");

        Assert.Equal((QuoteKind.Reported, "the new pilots as \u201Csteady hands in any weather.\u201D", "The ferry captain", "praises"), (quote.Kind, quote.Text, quote.Source.Text, quote.Cue));
    }

    [Theory]
    [InlineData("The harbour master called the new pier \u201Ca mistake\u201D because so few ferries use it.", "the new pier \u201Ca mistake\u201D because so few ferries use it")]
    [InlineData("The harbour master called the new pier \u201Cmuch better\u201D than the old one, and the pilots agreed.", "the new pier \u201Cmuch better\u201D than the old one")]
    [InlineData("The harbour master called the new pier \u201Ca mistake\u201D on Monday.", "the new pier \u201Ca mistake\u201D")]
    [InlineData("The harbour master called the new pier \u201Ca mistake\u201D as she toured the quay.", "the new pier \u201Ca mistake\u201D")]
    public void A_reason_or_comparison_after_a_call_verbs_quoted_name_goes_on_with_its_statement(string paragraph, string text)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, text, "The harbour master"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("The harbour master said the pier was \u201Cin fine shape\u201D and highlighted the new cranes on the quay.")]
    [InlineData("The harbour master said the pier was \u201Cin fine shape\u201D \u2014 a view the pilots do not share.")]
    [InlineData("The harbour master said the pier was \u201Cin fine shape\u201D, quietly putting her name on the line.")]
    public void A_reported_statement_ends_after_its_fragment_where_the_writers_words_take_over(string paragraph)
    {
        var quote = Single(paragraph);

        Assert.Equal(("the pier was \u201Cin fine shape\u201D", "The harbour master"), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void Two_quoted_answers_each_with_its_own_speaker_and_cue_are_two_quotes()
    {
        var quotes = QuotesOf("Asked about the ferry, 40 percent said \u201Cvery likely\u201D and 12 percent said \u201Cnot at all likely.\u201D");
        var joined = Single("The harbour master said the pier was \u201Cin fine shape\u201D and the cranes were new.");

        Assert.Equal(2, quotes.Length);
        Assert.Equal(("\u201Cvery likely\u201D", "40 percent"), (quotes[0].Text, quotes[0].Source.Text));
        Assert.Equal("12 percent", quotes[1].Source.Text);
        Assert.Contains("not at all likely", quotes[1].Text, StringComparison.Ordinal);
        Assert.Equal("the pier was \u201Cin fine shape\u201D and the cranes were new", joined.Text);
    }

    [Fact]
    public void A_mixed_quotes_verb_may_stand_up_to_sixteen_words_before_its_fragment()
    {
        var near = Single("The harbour master blasted the port board for failing to make clear on Friday that the pier was only \u201Cpartly safe.\u201D");
        var far = QuotesOf("The harbour master blasted the port board for failing to make clear to the crews of the night ferries on Friday that the old pier was only \u201Cpartly safe.\u201D");

        Assert.Equal(("the port board for failing to make clear on Friday that the pier was only \u201Cpartly safe.\u201D", "The harbour master", "blasted"), (near.Text, near.Source.Text, near.Cue));
        Assert.DoesNotContain(far, quote => quote.Cue == "blasted");
    }

    [Fact]
    public void A_tell_verbs_listener_before_that_is_not_part_of_the_mixed_quote()
    {
        var quote = Single("The harbour master told a meeting of the crews in Lima on Monday that the new pier was \u201Cpartly safe.\u201D");

        Assert.Equal(("the new pier was \u201Cpartly safe.\u201D", "The harbour master"), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_two_word_clause_of_a_subject_and_a_finite_verb_before_a_fragment_is_its_mixed_quote()
    {
        var quote = Single("Lima is \u201Csmart as a harbour seal,\u201D Tomas Vey wrote in a note to the crews.");

        Assert.Equal((QuoteKind.Reported, "Lima is \u201Csmart as a harbour seal,\u201D", "Tomas Vey"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void An_ing_noun_after_a_determiner_with_no_speaker_stays_out()
    {
        Assert.Empty(QuotesOf("The branding of the old ferry as \u201Cthe slow boat\u201D stuck for years."));
    }

    [Theory]
    [InlineData("The harbour master openly admires the pilots as \u201Ctrue professionals.\u201D", "the pilots as \u201Ctrue professionals.\u201D", "The harbour master", "admires")]
    [InlineData("The ferry union has been steadily pressing the board over its \u201Cbroken promises.\u201D", "the board over its \u201Cbroken promises.\u201D", "The ferry union", "pressing")]
    [InlineData("The pilot sniped that the new tug, bought last spring, was \u201Ctoo slow for the tide.\u201D", "the new tug, bought last spring, was \u201Ctoo slow for the tide.\u201D", "The pilot", "sniped")]
    [InlineData("The ferry captain took to the radio to accuse the council of a \u201Ccover-up\u201D at the pier.", "the council of a \u201Ccover-up\u201D at the pier", "The ferry captain", "accuse")]
    [InlineData("The harbour master spoke at the quay while backing the pilots as \u201Ctrue professionals.\u201D", "the pilots as \u201Ctrue professionals.\u201D", "The harbour master", "backing")]
    public void A_finite_verb_outside_the_lexicon_before_a_quoted_fragment_in_its_object_makes_a_mixed_quote(string paragraph, string text, string source, string cue)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, text, source, cue), (quote.Kind, quote.Text, quote.Source.Text, quote.Cue));
    }

    [Theory]
    [InlineData("The old ferry starred in \u201CThe Long Tide\u201D last year.")]
    [InlineData("Ana Lima, who signed the \u201Charbour pledge\u201D last year, runs the ferry.")]
    [InlineData("The harbour master walked the pier, the \u201Cold lady\u201D of the port.")]
    [InlineData("The new ferry was painted in \u201Charbour blue\u201D last spring.")]
    public void A_title_a_relative_clause_a_comma_or_a_passive_keeps_a_fragment_after_a_verb_outside_the_lexicon_a_scare_quote(string paragraph)
    {
        Assert.Empty(QuotesOf(paragraph));
    }
}
