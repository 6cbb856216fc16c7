using System.Text;
using System.Text.Json.Nodes;
using Briefing.Model.Tests.Cli;
using Briefing.Model.Text;
using Briefing.Model.Validation;

namespace Briefing.Model.Tests.Text;

/// <summary>Sources (issue 14 point 4), misquotes from text (point 5), the linear matcher (issue 18 1a) and the opening (point 6).</summary>
public sealed class SourcesTests
{
    private const string Body = "The first paragraph of the body is long enough to be a paragraph, and it goes on for a while to make sure of it, with more words than any standfirst would ever have in it.";

    [Theory]
    [InlineData("Trang Nguyen, global head of EM credit strategy at BNP Paribas", "Trang Nguyen", "global head of EM credit strategy", "BNP Paribas", null)]
    [InlineData("Economy Minister Nicolas Grau", "Nicolas Grau", "Economy Minister", null, null)]
    [InlineData("the company's spokesperson Kelli Hopp-Michlosky", "Kelli Hopp-Michlosky", "spokesperson", "company", null)]
    [InlineData("Angelique Brunner, a Washington-based developer", "Angelique Brunner", "developer", null, "Washington")]
    [InlineData("a senior Venezuelan business executive, now living in New York", null, "senior Venezuelan business executive", null, "New York")]
    [InlineData("Ohio Secretary of State Jon Husted", "Jon Husted", "Ohio Secretary of State", null, null)]
    [InlineData("Sen. Maria Olsen (D-Ore.)", "Maria Olsen", "Sen.", null, null)]
    [InlineData("Rep. Tom Aldous of Vermont", "Tom Aldous", "Rep.", null, "Vermont")]
    [InlineData("radio host Pat Kerrigan", "Pat Kerrigan", "radio host", null, null)]
    [InlineData("Lena Fisk, the director of the Harbour Institute for Ocean Research in Norway", "Lena Fisk", "director", "Harbour Institute for Ocean Research", "Norway")]
    [InlineData("Omar Haddad, founder and CEO of the Amman Water Trust", "Omar Haddad", "founder and CEO", "Amman Water Trust", null)]
    [InlineData("Ruth Ames, who has run the mill for a decade", "Ruth Ames", null, null, null)]
    [InlineData("Ruth Ames, in a statement", "Ruth Ames", null, null, null)]
    [InlineData("a lawyer who advises two of the investors", null, "lawyer who advises two of the investors", null, null)]
    [InlineData("one of the negotiators", null, "one of the negotiators", null, null)]
    [InlineData("Tomas Vey, acting director of the port", "Tomas Vey", "acting director", "port", null)]
    [InlineData("Lena Fisk, managing editor of the Courier", "Lena Fisk", "managing editor", "Courier", null)]
    [InlineData("Ana Ruiz, a lecturer at Lakeside College whose work covers river ports", "Ana Ruiz", "lecturer", "Lakeside College", null)]
    [InlineData("Pedro Sala, a member of the party's ethics board", "Pedro Sala", "member of the party's ethics board", null, null)]
    [InlineData("Ivo Brandt at the Lakeside Courier", "Ivo Brandt", null, "Lakeside Courier", null)]
    [InlineData("chief engineer Nadia Okafor from the river authority", "Nadia Okafor", "chief engineer", "river authority", null)]
    [InlineData("Ivo Brandt with Delta Freight", "Ivo Brandt", null, "Delta Freight", null)]
    [InlineData("an analyst at the Brandt Institute for Water Policy", null, "analyst", "Brandt Institute for Water Policy", null)]
    public void A_source_splits_into_name_role_affiliation_and_location(string text, string? name, string? role, string? affiliation, string? location)
    {
        var source = Sources.FromText(text);

        Assert.Equal((text, name, role, affiliation, location, name is null), (source.Text, source.Name, source.Role, source.Affiliation, source.Location, source.Anonymous));
    }

    [Theory]
    [InlineData("Tomas Vey, smiling at the crowd", "Tomas Vey", "Tomas Vey", null)]
    [InlineData("Tomas Vey, flanked by two aides", "Tomas Vey", "Tomas Vey", null)]
    [InlineData("the mayor, shaking his head", "the mayor", null, "mayor")]
    [InlineData("Ana Lima, the port director, speaking to reporters on Monday", "Ana Lima, the port director", "Ana Lima", "port director")]
    [InlineData("Senator Ruth Ames, facing a stiff challenge in the autumn", "Senator Ruth Ames", "Ruth Ames", "Senator")]
    [InlineData("Tomas Vey, speaking publicly for the first time", "Tomas Vey", "Tomas Vey", null)]
    [InlineData("Tomas Vey, contradicting Ana Lima", "Tomas Vey", "Tomas Vey", null)]
    [InlineData("Tomas Vey, stepping out of the car", "Tomas Vey", "Tomas Vey", null)]
    [InlineData("Ana Lima is", "Ana Lima", "Ana Lima", null)]
    [InlineData("the port director also has", "the port director", null, "port director")]
    [InlineData("Tomas Will", "Tomas Will", "Tomas Will", null)]
    [InlineData("Then he", "he", null, null)]
    [InlineData("Later they", "they", null, null)]
    [InlineData("On  Tuesday  the  port director", "the  port director", null, "port director")]
    [InlineData("But Ana Lima", "Ana Lima", "Ana Lima", null)]
    [InlineData("And on Monday the port director", "the port director", null, "port director")]
    [InlineData("At the harbour hearing on Saturday Sen. Ana Lima (D-Vt.)", "Sen. Ana Lima (D-Vt.)", "Ana Lima", "Sen.")]
    public void A_participle_phrase_or_an_auxiliary_after_the_source_belongs_to_the_verb_and_not_to_its_words(string text, string words, string? name, string? role)
    {
        var source = Sources.FromText(text);

        Assert.Equal((words, name, role), (source.Text, source.Name, source.Role));
    }

    [Theory]
    [InlineData("Masters", "Masters")]
    [InlineData("Holtz-Eakin", "Holtz-Eakin")]
    [InlineData("Mr. Holtz-Eakin", "Holtz-Eakin")]
    [InlineData("Ms Okafor", "Okafor")]
    [InlineData("PENCE", "PENCE")]
    public void A_surname_is_a_name_never_a_role_and_the_source_is_not_anonymous(string text, string name)
    {
        var source = Sources.FromText(text);

        Assert.Equal((name, null, false), (source.Name, source.Role, source.Anonymous));
    }

    [Theory]
    [InlineData("Officials", "Officials")]
    [InlineData("Analysts", "Analysts")]
    [InlineData("Authorities", "Authorities")]
    [InlineData("the Prime Minister", "Prime Minister")]
    [InlineData("he", null)]
    public void Role_nouns_and_pronouns_alone_are_anonymous(string text, string? role)
    {
        var source = Sources.FromText(text);

        Assert.Equal((null, role, true), (source.Name, source.Role, source.Anonymous));
    }

    [Theory]
    [InlineData("Trang Nguyen | Global head of EM credit strategy, BNP Paribas", "Trang Nguyen", "Global head of EM credit strategy", "BNP Paribas", null)]
    [InlineData("Trang Nguyen, Global head of EM credit strategy, BNP Paribas, Singapore", "Trang Nguyen", "Global head of EM credit strategy", "BNP Paribas", "Singapore")]
    [InlineData("\u2014 Nicolas Grau, Economy minister, Santiago", "Nicolas Grau", "Economy minister", null, "Santiago")]
    [InlineData("Economy Minister Nicolas Grau", "Nicolas Grau", "Economy Minister", null, null)]
    [InlineData("Senior diplomat, Port-au-Prince", null, "Senior diplomat", null, "Port-au-Prince")]
    [InlineData("Head, political studies institute, Venezuela", null, "Head", "political studies institute", "Venezuela")]
    public void An_attribution_line_splits_by_its_shape(string line, string? name, string? role, string? affiliation, string? location)
    {
        var source = Sources.FromAttribution(line);

        Assert.Equal((line.Trim(), name, role, affiliation, location, name is null), (source.Text, source.Name, source.Role, source.Affiliation, source.Location, source.Anonymous));
    }

    [Fact]
    public void Splitting_never_throws_and_keeps_the_words_as_written_for_generated_attributions()
    {
        // Words and separators the rules look at, combined at random (a fixed seed, so failures repeat).
        string[] pieces = ["Mr.", "the", "of", "at", "for", "with", "in", "-based", "Washington-based", "'s", "\u2019s", ",", "|", "(", ")", "\u2014", "Ana", "Torres",
            "Minister", "minister", "head", "Bank", "who", "now", "living", "New", "York", "one", "a", " ", "\u00A0", "Secretary", "State", "X", "s'", "..."];
        var random = new Random(14);
        for (var i = 0; i < 5000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 10); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            }

            var written = text.ToString();
            // The words as written: all of them, or a part when a phrase about the saying is left out (an opening
            // time or place before it, a participle phrase after it), never a word changed.
            var words = Sources.FromText(written).Text;
            Assert.True(words.Length > 0 == written.Trim().Length > 0 && written.Contains(words, StringComparison.Ordinal), $"'{words}' from '{written}'");
            Assert.Equal(written.Trim(), Sources.FromAttribution(written).Text);
        }
    }

    [Fact]
    public void A_pronoun_resolves_to_the_nearest_earlier_full_mention_and_keeps_its_text()
    {
        var text = $"Title\n\n{Body}\n\nAngelique Brunner, a Washington-based developer, bought the site in March. \u201CWe will build homes here,\u201D she said.\n\n\u201CPermits are slow,\u201D she added.";

        var quotes = BriefingText.Parse(text).Briefing!.Quotes;

        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal(("she", "Angelique Brunner", false), (q.Source.Text, q.Source.Name, q.Source.Anonymous)));
    }

    [Fact]
    public void A_pronoun_skips_a_person_the_text_shows_to_be_of_the_other_gender()
    {
        var text = $"Title\n\n{Body}\n\nMr. Paul Ortega met Lina Sabbagh on Monday. \u201CThe talks went well,\u201D she said.";

        var quote = Assert.Single(BriefingText.Parse(text).Briefing!.Quotes);

        Assert.Equal("Lina Sabbagh", quote.Source.Name);
    }

    [Theory]
    [InlineData("Karin Holm met the envoys. North Marenia signed the deal on Monday.")]
    [InlineData("Karin Holm flew to Tilden County on Monday. Tilden County was quiet.")]
    [InlineData("Karin Holm spoke first. HARBOUR NEWS Today was short.")]
    [InlineData("Karin Holm spoke first. Her Song Is Over played on the radio.")]
    [InlineData("Karin Holm spoke first. Said Tomas, a deckhand: nothing.")]
    public void A_pronoun_skips_places_headlines_and_titles_for_the_person_before(string sentences)
    {
        var text = $"Title\n\n{Body}\n\n{sentences} \u201CThe talks went well,\u201D she said.";

        var quote = Assert.Single(BriefingText.Parse(text).Briefing!.Quotes, q => q.Text == "The talks went well");

        Assert.Equal("Karin Holm", quote.Source.Name);
    }

    [Fact]
    public void Names_inside_a_quotation_are_not_antecedents()
    {
        var text = $"Title\n\n{Body}\n\nKarin Holm spoke to reporters. \u201CPeter Lund is wrong,\u201D she said.";

        var quote = Assert.Single(BriefingText.Parse(text).Briefing!.Quotes);

        Assert.Equal("Karin Holm", quote.Source.Name);
    }

    [Fact]
    public void A_bare_surname_resolves_to_the_earlier_full_name_with_that_surname()
    {
        var text = $"Title\n\n{Body}\n\nDouglas Holtz-Eakin, president of a policy forum, and Brian Masters, a farmer, spoke at the hearing.\n\nMr. Holtz-Eakin said: \u201CThe bill is too costly.\u201D\n\n\u201CWe need rain,\u201D Masters said.";

        var quotes = BriefingText.Parse(text).Briefing!.Quotes;

        Assert.Equal(
            [("Mr. Holtz-Eakin", "Douglas Holtz-Eakin"), ("Masters", "Brian Masters")],
            quotes.Select(q => (q.Source.Text, q.Source.Name)));
    }

    [Fact]
    public void A_surname_with_no_earlier_full_mention_stays_the_name()
    {
        var text = $"Title\n\n{Body}\n\n\u201CWe need rain,\u201D Masters said.";

        var source = Assert.Single(BriefingText.Parse(text).Briefing!.Quotes).Source;

        Assert.Equal(("Masters", "Masters", null, false), (source.Text, source.Name, source.Role, source.Anonymous));
    }

    private const string Misquoted =
        "Copper Talks Stall\n\n" +
        "The mining ministry and three foreign investors failed to agree on new royalty terms this week, and the talks may not resume before the spring.\n\n" +
        "\u201CThe royalty plan is workable if the rates stay fixed,\u201D said Trang Nguyen, global head of EM credit strategy at BNP Paribas.\n\n" +
        "\u201CThe royalty plan is unworkable.\u201D\n\n" +
        "Trang Nguyen | Global head of EM credit strategy, BNP Paribas\n\n" +
        "A second paragraph follows so that the pull quote sits inside the body of the briefing and not at its end.\n";

    [Fact]
    public void A_pull_quote_the_body_never_says_links_to_its_sources_quote_and_fails_validation_with_BV015()
    {
        var result = BriefingText.Parse(Misquoted);

        var pull = Assert.Single(result.Briefing!.Body.OfType<PullQuote>());
        Assert.Equal(result.Briefing.Quotes[0].Id, pull.QuoteId);
        var finding = Assert.Single(BriefingValidation.Validate(result.Briefing), d => d.Code == "BV015");
        Assert.Equal(Briefing.Model.Diagnostics.DiagnosticSeverity.Error, finding.Severity);
    }

    [Fact]
    public void The_held_out_misquote_exits_1_with_BV015_at_the_pull_quotes_line()
    {
        var directory = Directory.CreateTempSubdirectory("briefing-misquote-");
        try
        {
            var file = Path.Combine(directory.FullName, "copper.txt");
            File.WriteAllText(file, Misquoted);

            var (code, stdout, _) = FeedTestFiles.Run(["validate", file, "--format", "json"]);

            Assert.Equal(1, code);
            var finding = Assert.Single(JsonNode.Parse(stdout)!["findings"]!.AsArray(), f => (string?)f!["code"] == "BV015")!;
            Assert.Equal(("error", 7), ((string?)finding["severity"], (int?)finding["line"]));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_faithful_pull_quote_still_links_by_its_words_and_validates()
    {
        var text = Misquoted.Replace("\u201CThe royalty plan is unworkable.\u201D", "\u201Croyalty plan is workable \u2026 rates stay fixed\u201D", StringComparison.Ordinal);

        var briefing = BriefingText.Parse(text).Briefing!;

        Assert.Equal("q1", Assert.Single(briefing.Body.OfType<PullQuote>()).QuoteId);
        Assert.DoesNotContain(BriefingValidation.Validate(briefing), d => d.Code == "BV015");
    }

    [Fact]
    public void A_misquote_links_to_a_quote_whose_pronoun_source_resolves_to_the_attributed_name()
    {
        var text = Misquoted.Replace("said Trang Nguyen, global head of EM credit strategy at BNP Paribas.", "she said.", StringComparison.Ordinal)
            .Replace("The mining ministry and", "Trang Nguyen of BNP Paribas said the ministry and", StringComparison.Ordinal);

        var briefing = BriefingText.Parse(text).Briefing!;

        var quote = briefing.Quotes.Single(q => q.Kind == QuoteKind.Direct);
        Assert.Equal(("she", "Trang Nguyen"), (quote.Source.Text, quote.Source.Name));
        Assert.Equal(quote.Id, Assert.Single(briefing.Body.OfType<PullQuote>()).QuoteId);
    }

    [Theory]
    [InlineData("abababab", "ababab", true)]
    [InlineData("aaaaaaaaab", "aaab", true)]
    [InlineData("aaaaaaaaaa", "aaab", false)]
    [InlineData("abcabcabd", "abcabd", true)]
    [InlineData("we act now", "We act", true)]
    [InlineData("We act now, and fast", "we act \u2026 and fast", true)]
    [InlineData("and fast, we act now", "we act \u2026 and fast", false)]
    [InlineData("\u201CIt\u2019s  a start\u201D", "\"It's a start.\"", true)]
    public void The_excerpt_matcher_finds_parts_in_order_on_periodic_text(string quote, string excerpt, bool expected)
    {
        Assert.Equal(expected, QuoteMatching.IsExcerpt(excerpt, quote));
    }

    [Fact]
    public void The_linear_search_agrees_with_an_ordinal_search_on_generated_periodic_texts()
    {
        var random = new Random(18);
        var failure = new int[64];
        for (var i = 0; i < 20_000; i++)
        {
            var text = RandomPeriodic(random, random.Next(0, 80));
            var pattern = RandomPeriodic(random, random.Next(1, 12));

            Assert.Equal(text.IndexOf(pattern, StringComparison.Ordinal), QuoteMatching.LinearIndexOf(text, pattern, failure));
        }
    }

    [Fact]
    public void A_long_periodic_quoted_paragraph_with_its_pull_quote_links()
    {
        // The shape that made the old ordinal search quadratic: a near-miss at every position.
        var quote = string.Concat(Enumerable.Repeat("a ", 100_000)) + "b";
        var text = $"Title\n\n{Body}\n\nThe minister said: \u201C{quote}\u201D\n\n\u201C{string.Concat(Enumerable.Repeat("a ", 5_000))}b\u201D\n\nMinister, Lima\n\n{Body}";

        var briefing = BriefingText.Parse(text).Briefing!;

        Assert.Equal("q1", Assert.IsType<PullQuote>(briefing.Body[2]).QuoteId);
        Assert.DoesNotContain(BriefingValidation.Validate(briefing), d => d.Code == "BV015");
    }

    [Fact]
    public void Many_unmatched_pull_quotes_are_all_reported_and_none_is_linked()
    {
        var unit = "The minister said: \u201CWe act.\u201D\n\n\u201CWe never act.\u201D\n\nAna Torres, economist, Lima\n\n";
        var result = BriefingText.Parse("Title\n\n" + string.Concat(Enumerable.Repeat(unit, 2_000)));

        var pulls = result.Briefing!.Body.OfType<PullQuote>().ToList();
        Assert.Equal(2_000, pulls.Count);
        Assert.All(pulls, p => Assert.Null(p.QuoteId));
        Assert.Equal(2_000, result.Diagnostics.Count(d => d.Code == "BT005"));
    }

    [Theory]
    [InlineData("The central bank said that it would raise rates again before the end of the year.")]
    [InlineData("According to the finance ministry, the deficit will narrow sharply next year.")]
    [InlineData("Exports of copper fell by 12% in the third quarter.")]
    public void A_lead_with_an_attribution_or_a_figure_is_the_first_paragraph_not_a_standfirst(string lead)
    {
        var briefing = BriefingText.Parse($"Title\n\n{lead}\n\n{Body}\n\nImportant Notice\nThis note is for information only.").Briefing!;

        Assert.Null(briefing.Standfirst);
        Assert.Equal(lead, briefing.Body[0].Text);
        Assert.True(briefing.Quotes.Length + briefing.Metrics.Length > 0);
    }

    [Fact]
    public void A_plain_one_sentence_summary_is_still_a_standfirst()
    {
        var lead = "Chile rewrites the terms for its most strategic mineral.";

        var briefing = BriefingText.Parse($"Title\n\n{lead}\n\n{Body}\n\nImportant Notice\nThis note is for information only.").Briefing!;

        Assert.Equal(lead, briefing.Standfirst);
    }

    private static string RandomPeriodic(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(8) == 0 ? 'b' : 'a';
        }

        return new string(chars);
    }
}
