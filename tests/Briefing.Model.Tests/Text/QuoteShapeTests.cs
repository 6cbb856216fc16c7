using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>
/// Every quote shape of issue 14 (docs/quotes.md), each from a sentence written for it: direct quotes,
/// mixed quotes and reported speech, with the source as written.
/// </summary>
public sealed partial class QuoteShapeTests
{
    private const string Opening = "The opening paragraph sets the scene at some length, long enough that nobody could take it for a standfirst, and it quotes nobody at all.";

    private static Quote[] QuotesOf(params string[] paragraphs) =>
        [.. BriefingText.Parse($"Title\n\n{Opening}\n\n{string.Join("\n\n", paragraphs)}").Briefing!.Quotes];

    private static Quote Single(string paragraph) => Assert.Single(QuotesOf(paragraph));

    [Theory]
    [InlineData("\u201CThe harbour will reopen in May,\u201D the port director said.", "The harbour will reopen in May", "the port director")]
    [InlineData("The port director said: \u201CThe harbour will reopen in May.\u201D", "The harbour will reopen in May.", "The port director")]
    [InlineData("The port director said, \u201CThe harbour will reopen in May.\u201D", "The harbour will reopen in May.", "The port director")]
    [InlineData("The port director said \u201Cthe harbour will reopen in May.\u201D", "the harbour will reopen in May.", "The port director")]
    [InlineData("\u201CFreight rates have doubled since March\u201D he wrote in a note to clients.", "Freight rates have doubled since March", "he")]
    [InlineData("\u201CWe expect no change before the vote,\u201D Lena Park told Reuters.", "We expect no change before the vote", "Lena Park")]
    [InlineData("\u201CWe expect no change before the vote,\u201D said Lena Park, chief economist at Harbour Bank.", "We expect no change before the vote", "Lena Park, chief economist at Harbour Bank")]
    [InlineData("The ministry tweeted: \u201CThe border crossing is closed until further notice.\u201D", "The border crossing is closed until further notice.", "The ministry")]
    [InlineData("\u201CWho will pay for the dam?\u201D Lena Park asked on Monday.", "Who will pay for the dam?", "Lena Park")]
    [InlineData("\"The harbour will reopen in May,\" the port director said.", "The harbour will reopen in May", "the port director")]
    [InlineData("''The harbour will reopen in May,'' the port director said.", "The harbour will reopen in May", "the port director")]
    [InlineData("\u2018The harbour will reopen in May,\u2019 the port director said.", "The harbour will reopen in May", "the port director")]
    [InlineData("\u201CThey call it \u2018the long winter\u2019 here,\u201D the mayor said.", "They call it \u2018the long winter\u2019 here", "the mayor")]
    [InlineData("\u201CThe harbour will reopen in May.\u201D \u2015 Ana Lima", "The harbour will reopen in May.", "Ana Lima")]
    public void Direct_quotes_in_every_common_shape(string paragraph, string quoted, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, quoted, source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_quote_split_by_its_cue_gives_two_quotes_with_the_same_source()
    {
        var quotes = QuotesOf("\u201CThe dam is finished,\u201D the engineer said, \u201Cbut the turbines are not.\u201D");

        Assert.Equal(2, quotes.Length);
        Assert.Equal(("The dam is finished", "the engineer"), (quotes[0].Text, quotes[0].Source.Text));
        Assert.Equal(("but the turbines are not.", "the engineer"), (quotes[1].Text, quotes[1].Source.Text));
    }

    [Fact]
    public void A_quotation_left_open_continues_into_the_next_paragraph()
    {
        var quotes = QuotesOf(
            "The governor said: \u201CWe have rebuilt the bridges and reopened the schools.",
            "\u201CNow we must rebuild trust in the courts.\u201D");

        Assert.Equal(2, quotes.Length);
        Assert.Equal(("We have rebuilt the bridges and reopened the schools.", "The governor"), (quotes[0].Text, quotes[0].Source.Text));
        Assert.Equal(("Now we must rebuild trust in the courts.", "The governor", (string?)null), (quotes[1].Text, quotes[1].Source.Text, quotes[1].Cue));
    }

    [Fact]
    public void A_paragraph_that_is_only_a_quotation_continues_the_named_source_before_it()
    {
        var quotes = QuotesOf(
            "\u201CThe ceasefire is holding,\u201D said Omar Haddad, a mediator.",
            "\u201CBoth sides have pulled back their heavy guns.\u201D");

        Assert.Equal(2, quotes.Length);
        Assert.Equal("Omar Haddad, a mediator", quotes[1].Source.Text);
        Assert.Null(quotes[1].Cue);
    }

    [Fact]
    public void A_quotation_paragraph_after_a_heading_continues_nothing()
    {
        var quotes = QuotesOf(
            "\u201CThe ceasefire is holding,\u201D said Omar Haddad, a mediator.",
            "Outlook",
            "\u201CBoth sides have pulled back their heavy guns.\u201D");

        Assert.Single(quotes);
    }

    [Fact]
    public void A_quotation_paragraph_after_a_pull_quote_continues_nothing()
    {
        var quotes = QuotesOf(
            "\u201CThe ceasefire is holding,\u201D said Omar Haddad, a mediator.",
            "\u201CThe ceasefire is holding.\u201D",
            "Omar Haddad, mediator",
            "\u201CBoth sides have pulled back their heavy guns.\u201D");

        Assert.Single(quotes);
    }

    [Fact]
    public void Interview_lines_name_their_speaker()
    {
        var quotes = QuotesOf("HOST: What happens to the exports now?", "MINISTER: They will resume once the port is safe.");

        Assert.Equal(2, quotes.Length);
        Assert.Equal(("What happens to the exports now?", "HOST"), (quotes[0].Text, quotes[0].Source.Text));
        Assert.Equal(("They will resume once the port is safe.", "MINISTER"), (quotes[1].Text, quotes[1].Source.Text));
    }

    [Theory]
    [InlineData("The senator called the budget \u201Ca gift to speculators\u201D on Tuesday.", "the budget \u201Ca gift to speculators\u201D", "The senator")]
    [InlineData("The mayor said the new tram would be \u201Cthe pride of the city.\u201D", "the new tram would be \u201Cthe pride of the city.\u201D", "The mayor")]
    [InlineData("The union leader accused the board of a \u201Ccover-up\u201D over the pension fund.", "the board of a \u201Ccover-up\u201D over the pension fund", "The union leader")]
    [InlineData("Farmers blamed the drought on \u201Cyears of neglect\u201D and demanded emergency aid.", "the drought on \u201Cyears of neglect\u201D", "Farmers")]
    [InlineData("The governor criticized the plan as \u201Creckless and late,\u201D adding nothing on her own budget.", "the plan as \u201Creckless and late,\u201D", "The governor")]
    [InlineData("Later that night she referred to the protesters as \u201Cmy neighbours\u201D in a long post.", "to the protesters as \u201Cmy neighbours\u201D in a long post", "she")]
    [InlineData("The mayor, opening the new depot, said the fleet was \u201Cready for winter\u201D at last.", "the fleet was \u201Cready for winter\u201D at last", "The mayor")]
    public void Reported_speech_with_a_quoted_fragment_is_one_reported_quote(string paragraph, string text, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, text, source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_statement_with_a_quoted_fragment_ends_where_a_verb_of_saying_opens_a_second_one()
    {
        var split = QuotesOf("The senator said the budget was \u201Ca gift to speculators,\u201D referring to the new tax breaks.");
        var whole = QuotesOf("The minister said the report was \u201Cdeeply flawed\u201D and that she would ask for a review.");

        Assert.Equal(
            [(QuoteKind.Reported, "the budget was \u201Ca gift to speculators,\u201D", "The senator", "said"), (QuoteKind.Reported, "to the new tax breaks", "The senator", "referring")],
            split.Select(q => (q.Kind, q.Text, q.Source.Text, q.Cue)));
        Assert.Equal("the report was \u201Cdeeply flawed\u201D and that she would ask for a review", Assert.Single(whole).Text);
    }

    [Theory]
    [InlineData("The new pier was \u201Ca gift to the whole coast,\u201D the mayor said.", "The new pier was \u201Ca gift to the whole coast,\u201D", "the mayor")]
    [InlineData("While the budget is still open, the new pier was \u201Ca gift to the whole coast,\u201D the mayor said.", "the new pier was \u201Ca gift to the whole coast,\u201D", "the mayor")]
    [InlineData("The council voted twice, and the new pier was \u201Ca gift to the whole coast,\u201D the mayor said.", "the new pier was \u201Ca gift to the whole coast,\u201D", "the mayor")]
    [InlineData("The mayor toured the quay, calling the new pier \u201Ca gift to the whole coast,\u201D her aide said.", "the new pier \u201Ca gift to the whole coast,\u201D", "her aide")]
    public void A_fragment_with_a_tail_attribution_is_a_mixed_quote_of_its_clause(string paragraph, string text, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, text, source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("In a few weeks \u201Cthe pier will be a gift,\u201D the mayor said.", "the pier will be a gift")]
    [InlineData("The storm came at night. \u201CThe pier held,\u201D the mayor said.", "The pier held")]
    public void A_fragment_after_an_opening_phrase_or_a_sentence_end_stays_a_direct_quote(string paragraph, string text)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Direct, text, "the mayor"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("Most voters said the harbour was \u201Ca lost cause,\u201D Lena Park had a good week anyway.", "the harbour was \u201Ca lost cause,\u201D")]
    [InlineData("Most voters said the harbour was \u201Ca lost cause,\u201D compared with the airport.", "the harbour was \u201Ca lost cause,\u201D compared with the airport")]
    public void A_statement_ends_at_a_comma_inside_a_closing_mark_before_a_capitalised_subject(string paragraph, string text)
    {
        Assert.Equal(text, QuotesOf(paragraph)[0].Text);
    }

    [Theory]
    [InlineData("The senator called the budget \u201Ca gift to speculators\u201D on the radio last night.", "the budget \u201Ca gift to speculators\u201D")]
    [InlineData("The mayor called the new crane \u201Ca marvel\u201D and \u201Ca bargain\u201D in a long speech.", "the new crane \u201Ca marvel\u201D and \u201Ca bargain\u201D")]
    [InlineData("The senator called the governor \u201Ca child\u201D who acts \u201Cas if he were king.\u201D", "the governor \u201Ca child\u201D who acts \u201Cas if he were king.\u201D")]
    [InlineData("The senator slammed the board for its \u201Cfailures\u201D in the harbour.", "the board for its \u201Cfailures\u201D in the harbour")]
    public void A_call_verbs_statement_ends_with_the_name_it_gives(string paragraph, string text)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, text), (quote.Kind, quote.Text));
    }

    [Fact]
    public void A_title_inside_a_clause_with_a_tail_attribution_is_no_direct_quote()
    {
        Assert.DoesNotContain(QuotesOf("Speaking on the harbour radio show \u201CMorning Tide,\u201D the mayor said on Friday."), quote => quote.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void A_quoted_fragment_after_a_direct_quotes_attribution_is_a_mixed_quote_of_its_source_and_a_show_title_is_not()
    {
        var fragment = QuotesOf("\u201CWe will not sign it,\u201D the mayor told reporters on Monday, calling the contract \u201Ca trap for the city.\u201D");
        var title = QuotesOf("\u201CWe will not sign it,\u201D the mayor said in an interview on the radio show \u201CCity Talk.\u201D");

        Assert.Equal(
            [(QuoteKind.Direct, "We will not sign it", "the mayor"), (QuoteKind.Reported, "the contract \u201Ca trap for the city.\u201D", "the mayor")],
            fragment.Select(q => (q.Kind, q.Text, q.Source.Text)));
        Assert.Equal(QuoteKind.Direct, Assert.Single(title).Kind);
    }

    [Fact]
    public void A_sentence_may_hold_a_mixed_quote_for_each_of_its_quotations()
    {
        var quotes = QuotesOf("The mayor defended the \u201Cgreen corridor\u201D plan, saying the new lanes were \u201Csafer for everyone.\u201D");

        Assert.Equal(
            [(QuoteKind.Reported, "the \u201Cgreen corridor\u201D plan", "The mayor", "defended"), (QuoteKind.Reported, "the new lanes were \u201Csafer for everyone.\u201D", "The mayor", "saying")],
            quotes.Select(q => (q.Kind, q.Text, q.Source.Text, q.Cue)));
    }

    [Theory]
    [InlineData("The so-called \u201Cpeace dividend\u201D never arrived in the provinces.")]
    [InlineData("Residents still talk about the \u201Cgreat flood\u201D of that spring.")]
    [InlineData("The senator called for calm after the vote.")]
    [InlineData("The mural was called \u201CThe Long Winter\u201D by its painter.")]
    [InlineData("She wrote in \u201CThe Harbour Review\u201D every month for a decade.")]
    [InlineData("The so called \u201Cgreen corridor\u201D was never built.")]
    public void Scare_quotes_titles_and_calls_without_a_quoted_fragment_are_not_quotes(string paragraph)
    {
        Assert.Empty(QuotesOf(paragraph));
    }

    [Theory]
    [InlineData("The finance minister said the deficit would narrow next year.", "the deficit would narrow next year", "The finance minister", "said")]
    [InlineData("The finance minister said that the deficit would narrow next year.", "the deficit would narrow next year", "The finance minister", "said")]
    [InlineData("The deficit will narrow next year, analysts said.", "The deficit will narrow next year", "analysts", "said")]
    [InlineData("Exports of copper fell by a third, a mining association leader said on Tuesday.", "Exports of copper fell by a third", "a mining association leader", "said")]
    [InlineData("Exports of copper fell by a third, said Rosa Mena, an analyst at Andes Metals.", "Exports of copper fell by a third", "Rosa Mena, an analyst at Andes Metals", "said")]
    [InlineData("The governor told Reuters the port would reopen within weeks.", "the port would reopen within weeks", "The governor", "told")]
    [InlineData("The governor told Reuters that the port would reopen within weeks.", "the port would reopen within weeks", "The governor", "told")]
    [InlineData("The ministry said in a statement on Tuesday that the curfew would be lifted.", "the curfew would be lifted", "The ministry", "said")]
    [InlineData("The rebels also vowed to keep the road open for aid convoys.", "to keep the road open for aid convoys", "The rebels", "vowed")]
    [InlineData("The central bank noted Friday that reserves had fallen for a third month.", "reserves had fallen for a third month", "The central bank", "noted")]
    [InlineData("The president has acknowledged that the reform will take years.", "the reform will take years", "The president", "acknowledged")]
    [InlineData("Economists warned that the currency could fall further.", "the currency could fall further", "Economists", "warned")]
    [InlineData("The opposition leader insisted the election had been stolen.", "the election had been stolen", "The opposition leader", "insisted")]
    [InlineData("The general denied he had ordered the strike.", "he had ordered the strike", "The general", "denied")]
    [InlineData("Union leaders urged that the talks resume before the strike deadline.", "the talks resume before the strike deadline", "Union leaders", "urged")]
    [InlineData("A reporter asked the minister whether the mine would be sold.", "whether the mine would be sold", "A reporter", "asked")]
    [InlineData("The minister argues the subsidy costs more than it saves.", "the subsidy costs more than it saves", "The minister", "argues")]
    [InlineData("The mayor said the plan was sound, but the council rejected it.", "the plan was sound", "The mayor", "said")]
    [InlineData("Lena Park left the meeting early, saying the talks had failed.", "the talks had failed", "Lena Park", "saying")]
    [InlineData("The harbour board suggests that the fees will rise in spring.", "the fees will rise in spring", "The harbour board", "suggests")]
    [InlineData("The prosecutor charged that the firm had hidden its losses.", "the firm had hidden its losses", "The prosecutor", "charged")]
    [InlineData("Speaking on the radio, the mayor said the bridge would close in June.", "the bridge would close in June", "the mayor", "said")]
    [InlineData("The mayor, who spoke on Monday, said Tuesday she would not resign.", "she would not resign", "The mayor, who spoke on Monday", "said")]
    [InlineData("The auditor noted the accounts and the ledgers were incomplete.", "the accounts and the ledgers were incomplete", "The auditor", "noted")]
    [InlineData("The envoy suggested the ceasefire could hold until spring.", "the ceasefire could hold until spring", "The envoy", "suggested")]
    [InlineData("Auditors soon noted that the figure was wrong.", "the figure was wrong", "Auditors", "noted")]
    [InlineData("As the port authority reported on Friday, the channel was closed for a week.", "the channel was closed for a week", "the port authority", "reported")]
    [InlineData("Sen. Jane Roe (D-Vt.) said the bill would pass.", "the bill would pass", "Sen. Jane Roe (D-Vt.)", "said")]
    [InlineData("The talks ended in Washington D.C. He recalled that the deal had been close.", "the deal had been close", "He", "recalled")]
    [InlineData("The governor has said for weeks she would not sign the bill.", "she would not sign the bill", "The governor", "said")]
    [InlineData("The mayor told the Herald of Lima last week she would resign in May.", "she would resign in May", "The mayor", "told")]
    [InlineData("The rebels promised Monday to open the road for convoys.", "to open the road for convoys", "The rebels", "promised")]
    [InlineData("The minister says raising taxes would hurt growth.", "raising taxes would hurt growth", "The minister", "says")]
    [InlineData("The minister says such cuts are unfair to pensioners.", "such cuts are unfair to pensioners", "The minister", "says")]
    [InlineData("The minister said nothing would change before the vote.", "nothing would change before the vote", "The minister", "said")]
    [InlineData("In both towns, about half of voters say they want a new mayor.", "they want a new mayor", "about half of voters", "say")]
    [InlineData("The Harbour Gazette reports that the dock will close in June.", "the dock will close in June", "The Harbour Gazette", "reports")]
    [InlineData("The mayor said that was not her view.", "that was not her view", "The mayor", "said")]
    [InlineData("Senator Ana Lima left the hall \u2013 saying the vote had been rigged.", "the vote had been rigged", "Senator Ana Lima", "saying")]
    [InlineData("Ana Lima praised the plan while saying the costs were too high.", "the costs were too high", "Ana Lima", "saying")]
    [InlineData("The senator announced a plan that would cut taxes.", "a plan that would cut taxes", "The senator", "announced")]
    [InlineData("The governor urged residents to leave the coast before dawn.", "residents to leave the coast before dawn", "The governor", "urged")]
    [InlineData("The governor confirmed the closure of the port and will visit the site.", "the closure of the port", "The governor", "confirmed")]
    [InlineData("The minister said exports had doubled; imports fell by a third.", "exports had doubled", "The minister", "said")]
    [InlineData("Most voters said the mayor was honest, compared with a third in May.", "the mayor was honest", "Most voters", "said")]
    [InlineData("The mayor said the bridge was safe, and she drove across it on Sunday.", "the bridge was safe", "The mayor", "said")]
    [InlineData("Since last spring, according to the harbour authority, exports of grain have doubled.", "exports of grain have doubled", "the harbour authority", "according to")]
    [InlineData("The port had a record year: grain exports doubled, according to the harbour authority.", "grain exports doubled", "the harbour authority", "according to")]
    [InlineData("Voters like the mayor more than her rival, with 58 percent of them rating her well, according to a survey in March.", "with 58 percent of them rating her well", "a survey in March", "according to")]
    [InlineData("The fund lost money on the bonds (its losses came to about 4 percent, according to the annual report).", "its losses came to about 4 percent", "the annual report", "according to")]
    [InlineData("Grain exports doubled in the spring, according to a report by the harbour authority of the northern province of Lima – the third this year.",
        "Grain exports doubled in the spring", "a report by the harbour authority of the northern province of Lima", "according to")]
    [InlineData("Large majorities of farmers in the four provinces hit hardest by the drought last summer said the aid came too late.",
        "the aid came too late", "Large majorities of farmers in the four provinces hit hardest by the drought last summer", "said")]
    [InlineData("The union asked the board to resign before the vote.", "the board to resign before the vote", "The union", "asked")]
    [InlineData("A radio host asked the mayor about the missing funds.", "the mayor about the missing funds", "A radio host", "asked")]
    [InlineData("The union asked the board to resign, which the board refused.", "the board to resign", "The union", "asked")]
    [InlineData("The mayor urged residents to stay indoors and has closed the schools.", "residents to stay indoors", "The mayor", "urged")]
    [InlineData("The mayor announced a curfew for the old town – the first in a decade.", "a curfew for the old town", "The mayor", "announced")]
    [InlineData("The mayor said the bridge was safe, and has closed it anyway.", "the bridge was safe", "The mayor", "said")]
    [InlineData("The auditor said the ledger was late, but that the sums were right.", "the ledger was late, but that the sums were right", "The auditor", "said")]
    [InlineData("At least a dozen farmers told the Harbour Gazette they would sell their land.", "they would sell their land", "At least a dozen farmers", "told")]
    [InlineData("The port will need a new crane by spring, as the harbour master noted in her report.", "The port will need a new crane by spring", "the harbour master", "noted")]
    [InlineData("But as the harbour master noted, the port will need a new crane by spring.", "the port will need a new crane by spring", "the harbour master", "noted")]
    [InlineData("Reached on Monday, the mayor \u2014 who had been on leave for weeks \u2014 told reporters the bridge would reopen.", "the bridge would reopen", "the mayor \u2014 who had been on leave for weeks", "told")]
    [InlineData("The senator told host Ann Lee the vote would fail.", "the vote would fail", "The senator", "told")]
    [InlineData("The mayor said \u2014 on the radio, of all places \u2014 that the bridge would reopen.", "the bridge would reopen", "The mayor", "said")]
    public void Reported_speech_in_every_common_shape(string paragraph, string clause, string source, string cue)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, clause, source, cue), (quote.Kind, quote.Text, quote.Source.Text, quote.Cue));
    }

    [Fact]
    public void A_statement_with_its_attribution_between_commas_gives_both_halves()
    {
        var quotes = QuotesOf("The new tariffs, the trade minister said, will be lifted within a year.");

        Assert.Equal(2, quotes.Length);
        Assert.Equal(("The new tariffs", "the trade minister"), (quotes[0].Text, quotes[0].Source.Text));
        Assert.Equal(("will be lifted within a year", "the trade minister"), (quotes[1].Text, quotes[1].Source.Text));
    }

    [Theory]
    [InlineData("Most delegates said the budget was fair, and a third said the taxes were too high.", "the budget was fair", "Most delegates", "the taxes were too high", "a third")]
    [InlineData("The minister admitted the audit was late, but said the accounts were sound.", "the audit was late", "The minister", "the accounts were sound", "The minister")]
    [InlineData("The minister said the audit was late and said the accounts were sound.", "the audit was late", "The minister", "the accounts were sound", "The minister")]
    [InlineData("Governor Lena Park toured the flooded towns on Sunday. She visited three shelters and said the dams would be repaired by June.", "the dams would be repaired by June", "She", null, null)]
    [InlineData("While the mayor said the bridge was safe, the engineers said it would fail within a year.", "the bridge was safe", "the mayor", "it would fail within a year", "the engineers")]
    [InlineData("Most voters said the economy was weak, and more than 4 in 10 said the governor would win.", "the economy was weak", "Most voters", "the governor would win", "more than 4 in 10")]
    [InlineData("Lena Park, who said the port was safe, said the fees would rise in May.", "the port was safe", "who", "the fees would rise in May", "Lena Park, who said the port was safe")]
    [InlineData("The ministry denied the charge of fraud, urging critics to read the audit.", "the charge of fraud", "The ministry", "critics to read the audit", "The ministry")]
    public void A_second_attribution_in_a_sentence_makes_a_second_statement(string paragraph, string first, string firstSource, string? second, string? secondSource)
    {
        var quotes = QuotesOf(paragraph);

        Assert.Equal((QuoteKind.Reported, first, firstSource), (quotes[0].Kind, quotes[0].Text, quotes[0].Source.Text));
        if (second is null)
        {
            Assert.Single(quotes);
            return;
        }

        Assert.Equal(2, quotes.Length);
        Assert.Equal((QuoteKind.Reported, second, secondSource), (quotes[1].Kind, quotes[1].Text, quotes[1].Source.Text));
    }

    [Theory]
    [InlineData("\u201CThe harbour will reopen in May,\u201D the port director, Ana Lima, said on Tuesday.", QuoteKind.Direct, "The harbour will reopen in May", "the port director, Ana Lima", null)]
    [InlineData("Exports will rise, a spokeswoman, Rosa Mena, said on Friday, and the mine will reopen in March.", QuoteKind.Reported, "Exports will rise", "a spokeswoman, Rosa Mena", "the mine will reopen in March")]
    [InlineData("Still, she said, the talks would go on for a week.", QuoteKind.Reported, "the talks would go on for a week", "she", null)]
    [InlineData("The new port, the minister and her deputy said, will open in May.", QuoteKind.Reported, "The new port", "the minister and her deputy", "will open in May")]
    [InlineData("The park lies near the stadium, which, the mayor said, is full on game days.", QuoteKind.Reported, "is full on game days", "the mayor", null)]
    public void An_attribution_between_commas_keeps_what_is_the_statement(string paragraph, QuoteKind kind, string first, string source, string? second)
    {
        var quotes = QuotesOf(paragraph);

        Assert.Equal((kind, first, source), (quotes[0].Kind, quotes[0].Text, quotes[0].Source.Text));
        if (second is null)
        {
            Assert.Single(quotes);
            return;
        }

        Assert.Equal(2, quotes.Length);
        Assert.Equal((second, source), (quotes[1].Text, quotes[1].Source.Text));
    }

    [Fact]
    public void A_coordinated_cue_takes_the_subject_that_opens_the_sentence()
    {
        var quote = Single("Lena Park toured the flooded towns and said the dams would be repaired by June.");

        Assert.Equal((QuoteKind.Reported, "the dams would be repaired by June", "Lena Park"), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("A spokeswoman for the port authority defended the new fees and said the harbour needed the money.", "the harbour needed the money", "A spokeswoman for the port authority")]
    [InlineData("In a radio interview on Monday, the finance minister criticised the central bank and said rates were too high.", "rates were too high", "the finance minister")]
    [InlineData("The embattled mayor met the striking drivers on Friday and said the buses would run again next week.", "the buses would run again next week", "The embattled mayor")]
    [InlineData("The union leader refused to give a date but said the strike would not last long.", "the strike would not last long", "The union leader")]
    [InlineData("Ana Lima (Liberal Party) on Tuesday rejected the budget and said it would hurt farmers.", "it would hurt farmers", "Ana Lima (Liberal Party)")]
    public void A_coordinated_cue_takes_a_longer_subject_up_to_the_sentences_first_verb(string paragraph, string statement, string source)
    {
        var quote = Single(paragraph);

        Assert.Equal((QuoteKind.Reported, statement, source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("When asked by a reporter on Monday whether the port would reopen, the minister said it would open in May.", "whether the port would reopen", "a reporter", "it would open in May")]
    [InlineData("Asked by the committee about the missing funds, the treasurer said \u201CThe accounts are sound.\u201D", "about the missing funds", "the committee", "The accounts are sound.")]
    public void A_question_asked_by_someone_named_is_their_statement_and_not_the_answerers(string paragraph, string question, string asker, string answer)
    {
        var quotes = QuotesOf(paragraph);

        Assert.Equal(2, quotes.Length);
        Assert.Equal((QuoteKind.Reported, question, asker, "asked"), (quotes[0].Kind, quotes[0].Text, quotes[0].Source.Text, quotes[0].Cue?.ToLowerInvariant()));
        Assert.Equal(answer, quotes[1].Text);
        Assert.NotEqual(asker, quotes[1].Source.Text);
    }

    [Fact]
    public void A_question_without_a_named_asker_gives_no_statement_of_its_own()
    {
        var quotes = QuotesOf("Asked whether the port would reopen, the minister said it would open in May.");

        Assert.Equal([("it would open in May", "the minister")], quotes.Select(q => (q.Text, q.Source.Text)));
    }

    [Theory]
    [InlineData("The board has not replied to the letter since it was sent.")]
    [InlineData("The ministry responded to the report after it was published.")]
    public void A_clause_after_a_subordinator_is_no_statement_of_the_cue(string paragraph) => Assert.Empty(QuotesOf(paragraph));

    [Fact]
    public void A_phrase_then_a_subject_pronoun_is_still_a_statement()
    {
        var quote = Single("The minister said in a statement after the meeting he would resign.");

        Assert.Equal(("he would resign", "The minister"), (quote.Text, quote.Source.Text));
    }

    [Fact]
    public void A_coordinated_cue_never_takes_a_subject_with_a_relative_clause_it_cannot_bound()
    {
        // The words before the first verb hold an aside: the rule reads no subject rather than a wrong one.
        var quotes = QuotesOf("The minister, who had promised a quick deal, waited for hours and said the talks had failed.");

        Assert.All(quotes, q => Assert.DoesNotContain("promised", q.Source.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_coordinated_cue_before_a_quotation_makes_a_direct_quote()
    {
        var quotes = QuotesOf("The mayor said the bridge was safe and added: \u201CWe will reopen it on Monday.\u201D");

        Assert.Equal(2, quotes.Length);
        Assert.Equal((QuoteKind.Reported, "the bridge was safe", "The mayor"), (quotes[0].Kind, quotes[0].Text, quotes[0].Source.Text));
        Assert.Equal((QuoteKind.Direct, "We will reopen it on Monday.", "The mayor", "added"), (quotes[1].Kind, quotes[1].Text, quotes[1].Source.Text, quotes[1].Cue));
    }

    [Fact]
    public void A_sentence_with_a_direct_quote_keeps_the_statement_before_it_and_not_the_attribution_after_it()
    {
        var mixed = QuotesOf("The minister said the talks had failed, and her deputy told reporters: \u201CWe will try again next week.\u201D");
        var tail = QuotesOf("\u201CWe are ready,\u201D the minister said several days after the talks.");

        Assert.Equal(
            [(QuoteKind.Reported, "the talks had failed", "The minister"), (QuoteKind.Direct, "We will try again next week.", "her deputy")],
            mixed.Select(q => (q.Kind, q.Text, q.Source.Text)));
        Assert.Equal((QuoteKind.Direct, "We are ready"), (Assert.Single(tail).Kind, tail[0].Text));
    }

    [Theory]
    [InlineData("\u201CIt will pass,\u201D he said, adding that he had the votes.", "he had the votes", "adding")]
    [InlineData("\u201CWe are ready,\u201D the minister said after the talks, saying the offer was fair.", "the offer was fair", "saying")]
    [InlineData("\u201CThe bridge is safe,\u201D the engineer said, adding that the repairs were \u201Cahead of schedule.\u201D", "the repairs were \u201Cahead of schedule.\u201D", "adding")]
    public void An_attribution_that_goes_on_adding_a_statement_gives_a_reported_quote_of_the_same_source(string paragraph, string statement, string cue)
    {
        var quotes = QuotesOf(paragraph);

        Assert.Equal(2, quotes.Length);
        Assert.Equal(QuoteKind.Direct, quotes[0].Kind);
        Assert.Equal((QuoteKind.Reported, statement, quotes[0].Source.Text, cue), (quotes[1].Kind, quotes[1].Text, quotes[1].Source.Text, quotes[1].Cue));
    }

    [Theory]
    [InlineData("The army was told to stand down before the vote.")]
    [InlineData("The minister believes the economy will recover next year.")]
    [InlineData("The latest poll shows the governing party ahead by six points.")]
    [InlineData("The senator called for calm and promised nothing.")]
    [InlineData("The committee said nothing about the budget.")]
    [InlineData("Rebels reported heavy losses near the border.")]
    [InlineData("Ana Lima leads the race by 270 pledged delegates in the count.")]
    [InlineData("A merger announced on Monday would create the largest port operator.")]
    [InlineData("The clerks were barred from denying licenses to couples.")]
    [InlineData("They would not tell the council anything it does not already know.")]
    [InlineData("The council noted published reports alleging fraud.")]
    public void Passives_beliefs_findings_and_adjectives_are_not_speech(string paragraph)
    {
        Assert.Empty(QuotesOf(paragraph));
    }

    [Fact]
    public void According_to_a_source_before_a_quotation_makes_a_direct_quote()
    {
        var quote = Single("According to the harbour master, \u201Cthe channel is safe again.\u201D");

        Assert.Equal((QuoteKind.Direct, "the channel is safe again.", "the harbour master"), (quote.Kind, quote.Text, quote.Source.Text));
    }
}
