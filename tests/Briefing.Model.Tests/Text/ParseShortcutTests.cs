using Briefing.Model.Metrics;
using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>
/// The shortcuts of the text parse (issue 14, docs/performance.md "Text parse, second pass"): each must
/// give what the full work gives, so these check the cases where a shortcut could differ.
/// </summary>
public sealed class ParseShortcutTests
{
    [Fact]
    public void Every_cue_is_letters_only_so_the_cue_prefilter_is_on()
    {
        // When a cue with a hyphen or apostrophe is added, the prefilter switches itself off (slower, still right).
        Assert.True(SpeechCues.CuesAreLetters);
    }

    [Theory]
    [InlineData("Prices rose sharply in March.", false)]
    [InlineData("The minister said prices rose.", true)]
    [InlineData("Prices, she warned, will rise.", true)]
    [InlineData("Said the report nothing new.", false)] // a cue must be lower-case to count
    [InlineData("The well-said line stayed.", true)] // "said" is a run of letters of its own: "maybe"
    [InlineData("", false)]
    public void A_sentence_is_ruled_out_only_when_no_lower_case_word_is_a_cue(string sentence, bool maybe)
    {
        Assert.Equal(maybe, CuePrefilter.MayHoldCue(sentence));
    }

    [Theory]
    [InlineData(0, 5, false)]
    [InlineData(0, 6, true)]
    [InlineData(5, 6, true)]
    [InlineData(6, 30, true)]
    [InlineData(21, 30, false)]
    public void A_range_has_a_quotation_when_one_opens_in_it(int start, int end, bool expected)
    {
        List<(int Open, int Close)> quotations = [(5, 10), (20, 25)];

        Assert.Equal(expected, CuePrefilter.HasQuotation(quotations, start, end));
    }

    [Fact]
    public void A_sentence_with_a_cue_and_a_quoted_fragment_is_still_read_by_both_passes()
    {
        var result = BriefingText.Parse("Title\n\nThe union leader accused the board of a “cover-up” on Monday.\n\nThe board met again on Tuesday evening in the capital city.");

        var quote = Assert.Single(result.Briefing!.Quotes);
        Assert.Equal((QuoteKind.Reported, "The union leader"), (quote.Kind, quote.Source.Text));
    }

    [Fact]
    public void The_last_source_read_is_reused_only_for_the_same_text_and_location()
    {
        var plain = Sources.FromText("the mining minister");
        var again = Sources.FromText("the mining minister");
        var placed = Sources.FromText("the mining minister", "Santiago");

        Assert.Equal(plain, again);
        Assert.Equal((null, "Santiago"), (plain.Location, placed.Location));
        Assert.Equal("the finance ministry", Sources.FromText("the finance ministry").Text);
    }

    [Fact]
    public void The_company_suffix_rule_wins_over_an_earlier_paragraph_that_another_rule_matches()
    {
        var found = Publishers.Find(["Issued by Andes Insight Partners for its clients.", "Meridian Risk Advisory Ltd accepts no liability."]);

        Assert.Equal(("Meridian Risk Advisory Ltd", 1, 0), found);
    }

    [Theory]
    [InlineData("Prepared by Harbour Analytics for clients, Tallis Research Ltd accepts no liability.", "Tallis Research Ltd", 43)] // later in the paragraph, still first
    [InlineData("Questions about this note go to Northgate Advisory LLP", "Northgate Advisory LLP", 32)] // the paragraph's last words
    public void The_company_suffix_rule_stops_reading_at_its_first_match(string paragraph, string name, int offset)
    {
        Assert.Equal((name, 0, offset), Publishers.Find([paragraph, "Kestrel Holdings Ltd is named later."]));
    }

    [Fact]
    public void Without_a_company_suffix_every_run_is_read_for_the_other_rules()
    {
        Assert.Equal(("Harbour Analytics", 1, 25), Publishers.Find(["Nothing here names anyone.", "This note was written by Harbour Analytics for its readers."]));
    }

    [Theory]
    [InlineData("Output reached 1,200 tonnes.", "1200")]
    [InlineData("Output reached 250 tonnes.", "250")]
    [InlineData("Inflation was 3.50% last year.", "3.5")]
    [InlineData("Exports fell by 12 per cent.", "12")]
    public void A_figure_has_the_same_value_however_it_is_read(string text, string value)
    {
        var metric = Assert.Single(MetricExtractor.Extract("p1", text));

        Assert.Equal(value, metric.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("said", "Say")]
    [InlineData("SAID", "Say")]
    [InlineData("Warned", "Say")]
    [InlineData("told", "Tell")]
    [InlineData("asked", "Ask")]
    [InlineData("sai", "None")] // a prefix of a cue
    [InlineData("saids", "None")] // a cue and more
    [InlineData("sa1d", "None")]
    [InlineData("harbour", "None")]
    public void The_cue_tree_reads_a_word_as_the_lexicon_does(string word, string kindName)
    {
        var kind = Enum.Parse<CueKind>(kindName);
        Assert.Equal(kind, SpeechCues.Of(word));
        Assert.Equal(kind, SpeechCues.Trie!.Of(word));
    }

    [Fact]
    public void A_word_outside_ascii_is_left_to_the_lexicon()
    {
        // The Kelvin sign lower-cases to "k": only the lexicon's own lower-casing may decide such a word.
        Assert.Null(SpeechCues.Trie!.Of("d\u00E9nied"));
        Assert.Equal(CueKind.None, SpeechCues.Of("d\u00E9nied"));
        Assert.Equal(CueKind.None, SpeechCues.Trie.Of("zer\u00E9")); // no cue starts with "z": it leaves the tree first
    }

    [Theory]
    [InlineData("The envoy in Z\u00FCrich declined to comment.", false)]
    [InlineData("The envoy in Z\u00FCrich said little.", true)]
    [InlineData("Officials saidé nothing.", false)] // the run of letters goes on past the cue
    [InlineData("\u00E9lan, the chief noted.", true)]
    public void A_sentence_with_letters_outside_ascii_is_ruled_out_as_before(string sentence, bool maybe)
    {
        Assert.Equal(maybe, CuePrefilter.MayHoldCue(sentence));
    }

    [Fact]
    public void A_word_set_answers_as_walking_its_list_does()
    {
        // The set compares a word only with the items of its bucket: it must agree with a walk of the whole list on every
        // item, in every case, and on near misses (a letter outside ASCII first, an item that is no ASCII letter first).
        WordSet[] sets = [SpeechCues.Prepositions, SpeechCues.Auxiliaries, SpeechCues.ClauseWords, SpeechCues.NotClauseStarts, SpeechCues.TimeWords, SpeechCues.NotSubjectEnds,
            new(["&", "and", "of", "caf\u00E9", "\u00E9lan"])];
        foreach (var set in sets)
        {
            var list = set.ToArray();
            foreach (var item in list)
            {
                string[] words = [item, item.ToUpperInvariant(), char.ToUpperInvariant(item[0]) + item[1..], item + "s", item[..^1], "x" + item[1..], "\u00C9" + item[1..], ""];
                foreach (var word in words)
                {
                    Assert.Equal(list.Any(item => item.Equals(word, StringComparison.OrdinalIgnoreCase)), set.Contains(word));
                }
            }
        }

        Assert.True(SpeechCues.Prepositions.Contains("DURING"));
        Assert.True(new WordSet(["caf\u00E9"]).Contains("CAF\u00C9"));
        Assert.False(SpeechCues.Prepositions.Contains("durin"));
        Assert.False(SpeechCues.Prepositions.Contains(""));
    }

    [Theory]
    [InlineData("the", true)]
    [InlineData("An", true)]
    [InlineData("this", false)]
    public void A_rule_asks_its_named_set(string word, bool article)
    {
        Assert.Equal(article, SpeechCues.Articles.Contains(word));
        Assert.True(SpeechCues.BareDeterminers.Contains(word) || !article); // every article is a bare determiner too
    }

    [Fact]
    public void White_space_is_told_as_the_runtime_tells_it()
    {
        for (var c = '\0'; c < '\u3100'; c++)
        {
            Assert.Equal(char.IsWhiteSpace(c), Layout.IsWhiteSpace(c));
        }
    }

    [Theory]
    [InlineData("The talks ended with Gen. Ruiz absent. Nothing followed.", 2)]
    [InlineData("The ship reached the port at St. Kitts on time. Then it left.", 2)]
    [InlineData("Officials met in Washington. Then they left.", 2)] // a long word before the full stop is no abbreviation
    public void Abbreviations_are_told_by_their_length_first(string text, int sentences)
    {
        Assert.Equal(sentences, Sentences.Count(text, 10));
    }

    [Theory]
    [InlineData("The yield stood at no more than 4% in May.", "AtMost", "no more than 4%")]
    [InlineData("Turnout was more than 60% this time.", "MoreThan", "more than 60%")]
    [InlineData("Rents rose to 900 dollars a month.", "Exact", "900 dollars")] // "to" ends phrases, "rose to" starts none
    [InlineData("Debt grew in excess of 40% of output.", "MoreThan", "in excess of 40%")]
    [InlineData("Losses were less than or equal to 5% of sales.", "AtMost", "less than or equal to 5%")]
    public void The_longest_comparator_phrase_before_a_figure_is_found_word_by_word(string text, string comparatorName, string figure)
    {
        var metric = MetricExtractor.Extract("p1", text)[0];

        Assert.Equal((Enum.Parse<Comparator>(comparatorName), figure), (metric.Comparator, metric.Text));
    }

    [Theory]
    [InlineData("than", true)]
    [InlineData("MORE than", true)]
    [InlineData("no more than", true)]
    [InlineData("rose to", false)]
    [InlineData("said than", false)]
    public void Only_the_last_words_of_some_comparator_phrase_end_a_phrase(string words, bool ends)
    {
        Assert.Equal(ends, ComparatorLexicon.EndsAPhrase(words));
    }

    [Theory]
    [InlineData("", 0, true)]
    [InlineData("a b c", 3, true)] // five characters, three words: still counted as three
    [InlineData("a b c d", 3, false)]
    [InlineData("alpha beta", 2, true)]
    [InlineData("alpha  beta gamma", 2, false)]
    [InlineData("one two three four five six seven eight nine", 9, true)]
    public void A_text_short_enough_has_at_most_so_many_words_without_counting(string text, int maxWords, bool atMost)
    {
        Assert.Equal(atMost, Layout.HasAtMostWords(text, maxWords));
        Assert.Equal(Layout.CountWords(text, maxWords) <= maxWords, Layout.HasAtMostWords(text, maxWords));
    }

    [Theory]
    [InlineData("Related stories", true)]
    [InlineData("More in Politics:", true)]
    [InlineData("Related to the ceasefire, the talks in the capital went on for a long time.", false)] // an opener, but no heading
    [InlineData("Ports reopened on Monday", false)] // a heading, but no opener
    [InlineData(" ", false)]
    public void A_related_heading_is_a_heading_that_opens_with_a_related_opener(string line, bool related)
    {
        Assert.Equal(related, TextParser.IsRelatedHeading(line));
    }
}
