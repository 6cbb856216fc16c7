using System.Text;
using Briefing.Model.Diagnostics;
using Briefing.Model.Tests.Support;
using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

public sealed partial class BriefingTextTests
{
    private const string Body = "The first paragraph of the body is long enough to be a paragraph, and it goes on for a while to make sure of it, with more words than any standfirst would ever have in it.";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_end_gives_the_same_briefing(string newline)
    {
        var seed = TestData.ReadSeed("russian-interest.txt").ReplaceLineEndings("\n");

        var parsed = BriefingText.Parse(seed.Replace("\n", newline, StringComparison.Ordinal)).Briefing;

        Assert.Equal(ParseSeed(), parsed);
    }

    [Fact]
    public void A_BOM_is_skipped_in_text_and_bytes_and_columns_start_after_it()
    {
        var text = "\uFEFFTitle\n\nOne paragraph only, which is therefore not a standfirst.";

        var fromText = BriefingText.Parse(text);
        var fromBytes = BriefingText.Parse(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text[1..])).ToArray().AsSpan());

        Assert.Equal("Title", fromText.Briefing!.Title);
        Assert.Equal(fromText.Briefing, fromBytes.Briefing);
        Assert.True(fromText.SourceMap.TryGetPosition("/title", out var title));
        Assert.Equal(new TextPosition(1, 1), title);
    }

    [Fact]
    public void Whitespace_only_lines_with_tabs_and_NBSP_separate_blocks()
    {
        var text = "Title\n \t\u00A0\nStandfirst in one sentence.\n\u00A0\n" + Body + "\n\t\nSecond paragraph of the body, also a sentence.";

        var b = BriefingText.Parse(text).Briefing!;

        Assert.Equal("Standfirst in one sentence.", b.Standfirst);
        Assert.Equal(2, b.Body.Length);
    }

    [Fact]
    public void No_standfirst_when_the_second_block_is_the_only_body_block()
    {
        var b = BriefingText.Parse("Title\n\nA short first paragraph.").Briefing!;

        Assert.Null(b.Standfirst);
        Assert.Equal("A short first paragraph.", Assert.Single(b.Body).Text);
    }

    [Theory]
    [InlineData("This is one sentence. And this is another one.")]
    [InlineData("“A quotation,” said the minister.")]
    public void No_standfirst_when_the_second_block_has_two_sentences_or_a_quote(string second)
    {
        var b = BriefingText.Parse($"Title\n\n{second}\n\n{Body}").Briefing!;

        Assert.Null(b.Standfirst);
        Assert.Equal(second, b.Body[0].Text);
    }

    [Fact]
    public void No_standfirst_when_the_second_block_is_longer_than_thirty_words()
    {
        var b = BriefingText.Parse($"Title\n\n{Body}\n\n{Body}").Briefing!;

        Assert.Null(b.Standfirst);
        Assert.Equal(2, b.Body.Length);
    }

    [Fact]
    public void Ids_number_paragraphs_pull_quotes_and_headings_separately()
    {
        var text = $"Title\n\n{Body}\n\nWhat comes next\n\n“Words from a source.”\n\nAnalyst, Lima\n\n{Body}";

        var b = BriefingText.Parse(text).Briefing!;

        Assert.Equal(["p1", "h1", "pq1", "p2"], b.Body.Select(x => x.Id));
        Assert.IsType<Heading>(b.Body[1]);
    }

    [Fact]
    public void A_title_block_with_more_lines_keeps_the_first_line_as_title()
    {
        var result = BriefingText.Parse($"Title\nSubtitle line that follows at once.\n\n{Body}");

        Assert.Equal("Title", result.Briefing!.Title);
        Assert.Equal("Subtitle line that follows at once.", result.Briefing.Standfirst);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BT011", diagnostic.Code);
        Assert.Equal(1, diagnostic.Line);
    }

    [Fact]
    public void An_attribution_line_without_a_pull_quote_is_a_warning_with_its_position()
    {
        var result = BriefingText.Parse($"Title\n\n{Body}\n\nSenior diplomat, Port-au-Prince\n\n{Body}");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("BT002", DiagnosticSeverity.Warning, "/body/1", 5, 1), (diagnostic.Code, diagnostic.Severity, diagnostic.Path, diagnostic.Line!.Value, diagnostic.Column!.Value));
        Assert.IsType<Paragraph>(result.Briefing!.Body[1]);
    }

    [Fact]
    public void A_quotation_block_without_an_attribution_is_a_warning()
    {
        var result = BriefingText.Parse($"Title\n\n{Body}\n\n“Words that stand alone.”\n\n{Body}");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("BT003", "/body/1", 5), (diagnostic.Code, diagnostic.Path, diagnostic.Line!.Value));
        Assert.IsType<Paragraph>(result.Briefing!.Body[1]);
    }

    [Fact]
    public void A_pull_quote_the_body_never_says_is_linked_through_its_attribution_to_that_source()
    {
        var result = BriefingText.Parse($"Title\n\nThe minister said: “We will act.”\n\n“We will never act.”\n\nMinister, Lima\n\n{Body}");

        var pull = Assert.IsType<PullQuote>(result.Briefing!.Body[1]);
        Assert.Equal("q1", pull.QuoteId);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("BT005", DiagnosticSeverity.Info), (diagnostic.Code, diagnostic.Severity));
        Assert.Contains("'q1'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pull_quote_the_body_never_says_from_a_source_it_never_quotes_stays_unlinked()
    {
        var result = BriefingText.Parse($"Title\n\nThe minister said: “We will act.”\n\n“We will never act.”\n\nAna Torres, economist, Lima\n\n{Body}");

        var pull = Assert.IsType<PullQuote>(result.Briefing!.Body[1]);
        Assert.Null(pull.QuoteId);
        Assert.Equal("BT005", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_pull_quote_links_modulo_quote_marks_apostrophes_spacing_and_final_punctuation()
    {
        var text = $"Title\n\n{Body}\n\nThe minister said: \u201CIt\u2019s a  start, and only a start. More will follow.\u201D\n\n\"It's a start, and only a start\"\n\nMinister, Ministry of Energy, Lima";

        var b = BriefingText.Parse(text).Briefing!;

        var pull = Assert.IsType<PullQuote>(b.Body[2]);
        Assert.Equal("q1", pull.QuoteId);
        Assert.Equal(("Minister", "Ministry of Energy", "Lima"), (pull.Attribution.Role, pull.Attribution.Affiliation, pull.Attribution.Location));
        Assert.True(pull.Attribution.Anonymous);
    }

    [Fact]
    public void An_attribution_line_with_a_name_gives_the_name()
    {
        var text = $"Title\n\n{Body}\n\nAna Torres said: “We will act.”\n\n“We will act.”\n\nAna Torres, economist, Lima";

        var pull = Assert.IsType<PullQuote>(BriefingText.Parse(text).Briefing!.Body[2]);

        Assert.Equal(("Ana Torres", "economist", "Lima", false), (pull.Attribution.Name, pull.Attribution.Role, pull.Attribution.Location, pull.Attribution.Anonymous));
    }

    [Fact]
    public void A_disclaimer_is_found_by_its_shape_and_the_publisher_by_rules()
    {
        var text = $"Title\n\n{Body}\n\nTerms And Conditions\nThis note was written for clients of Northwind Research Group.\nNorthwind Research Group accepts no liability for its use.";

        var b = BriefingText.Parse(text).Briefing!;

        Assert.Equal("Terms And Conditions", b.Disclaimer!.Heading);
        Assert.Equal(2, b.Disclaimer.Paragraphs.Length);
        Assert.Equal("Northwind Research Group", b.Publisher);
        Assert.Single(b.Body);
    }

    [Theory]
    [InlineData("Published by Contoso Analytics GmbH, Berlin.", "Contoso Analytics GmbH")]
    [InlineData("This report is issued by Fabrikam Partners for information only.", "Fabrikam Partners")]
    [InlineData("All rights reserved. Tailspin Advisory gives no warranty.", "Tailspin Advisory")]
    [InlineData("No warranty is given as to accuracy.", null)]
    public void The_publisher_follows_the_notice_wording(string notice, string? publisher)
    {
        var b = BriefingText.Parse($"Title\n\n{Body}\n\nDisclaimer\n{notice}").Briefing!;

        Assert.Equal(publisher, b.Publisher);
        Assert.Equal(publisher, b.Disclaimer!.Publisher);
    }

    [Fact]
    public void A_notice_heading_alone_takes_the_blocks_after_it()
    {
        var text = $"Title\n\n{Body}\n\nImportant Notice\n\nFirst notice paragraph by Acme Ltd.\n\nSecond notice paragraph.\n\nMost recent in Energy\n\nGas deals\n\nWho signs what.";

        var b = BriefingText.Parse(text).Briefing!;

        Assert.Equal(["First notice paragraph by Acme Ltd.", "Second notice paragraph."], b.Disclaimer!.Paragraphs);
        Assert.Equal("Acme Ltd", b.Publisher);
        Assert.Equal("Energy", b.Category);
        Assert.Equal(new RelatedArticle { Title = "Gas deals", Summary = "Who signs what." }, Assert.Single(b.Related));
    }

    [Fact]
    public void A_related_list_without_a_disclaimer_and_items_with_only_a_title()
    {
        var text = $"Title\n\n{Body}\n\nMore in Security\n\nFirst title\n\nSecond title\n\nIts summary.\n\nLast title";

        var result = BriefingText.Parse(text);
        var b = result.Briefing!;

        Assert.Null(b.Disclaimer);
        Assert.Equal("Security", b.Category);
        Assert.Equal(
            [new RelatedArticle { Title = "First title" }, new RelatedArticle { Title = "Second title", Summary = "Its summary." }, new RelatedArticle { Title = "Last title" }],
            b.Related);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("According to the central bank, \u201CInflation will fall.\u201D", "Inflation will fall.", "the central bank", "According to")]
    [InlineData("The governor said: \u201CInflation will fall.\u201D", "Inflation will fall.", "The governor", "said")]
    [InlineData("Ana Torres told us: \"Inflation will fall.\"", "Inflation will fall.", "Ana Torres", "told us")]
    [InlineData("\u201CInflation will fall,\u201D said Ana Torres, an economist in Lima.", "Inflation will fall", "Ana Torres, an economist in Lima", "said")]
    [InlineData("\u201CInflation will fall,\u201D the governor said.", "Inflation will fall", "the governor", "said")]
    [InlineData("\u201CWill inflation fall?\u201D the governor told us.", "Will inflation fall?", "the governor", "told us")]
    public void Direct_quotes_in_every_form(string paragraph, string quoted, string source, string cue)
    {
        var b = BriefingText.Parse($"Title\n\n{paragraph}\n\n{Body}").Briefing!;

        var quote = Assert.Single(b.Quotes);
        Assert.Equal((QuoteKind.Direct, quoted, source, cue), (quote.Kind, quote.Text, quote.Source.Text, quote.Cue));
        Assert.Equal(quoted, quote.Span.Slice(b.Body[0].Text));
    }

    [Fact]
    public void A_quotation_sentence_right_after_a_direct_quote_continues_it()
    {
        var paragraph = "\u201CThe plan is a dream,\u201D said Carlos Rivas, a senator. \u201CThere is no industry yet.\u201D Others disagree with \u201Cthe dream\u201D label.";

        var quotes = BriefingText.Parse($"Title\n\n{Body}\n\n{paragraph}").Briefing!.Quotes;

        Assert.Equal(2, quotes.Length);
        Assert.Equal(("There is no industry yet.", "Carlos Rivas, a senator", (string?)null), (quotes[1].Text, quotes[1].Source.Text, quotes[1].Cue));
    }

    [Fact]
    public void Guillemets_and_low_quotes_are_quotation_marks()
    {
        var b = BriefingText.Parse($"Title\n\nThe minister said: \u00ABWe act now.\u00BB\n\n\u201EWe act now.\u201D\n\nMinister, Sucre\n\n{Body}").Briefing!;

        Assert.Equal("We act now.", Assert.Single(b.Quotes).Text);
        Assert.Equal("q1", Assert.IsType<PullQuote>(b.Body[1]).QuoteId);
    }

    [Theory]
    [InlineData("According to the central bank, inflation will fall next year.", "inflation will fall next year", "the central bank")]
    [InlineData("Inflation will fall next year, according to the central bank.", "Inflation will fall next year", "the central bank")]
    [InlineData("Inflation will fall, according to the central bank, and wages will rise.", "Inflation will fall", "the central bank")]
    [InlineData("The governor of the central bank said that inflation will fall next year.", "inflation will fall next year", "The governor of the central bank")]
    [InlineData("Prices rose, but the governor told us that inflation will fall.", "inflation will fall", "the governor")]
    public void Reported_statements_in_every_form(string paragraph, string clause, string source)
    {
        var b = BriefingText.Parse($"Title\n\n{Body}\n\n{paragraph}").Briefing!;

        var quote = Assert.Single(b.Quotes);
        Assert.Equal((QuoteKind.Reported, clause, source), (quote.Kind, quote.Text, quote.Source.Text));
        Assert.Equal(clause, quote.Span.Slice(b.Body[1].Text));
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz posted on her blog, saying: \u201CThe bridge will reopen.\u201D", "Mayor Ana Ruiz")]
    [InlineData("Dana Holt left the meeting early, telling reporters, \u201CThe bridge will reopen.\u201D", "Dana Holt")]
    public void An_ing_cue_after_a_comma_takes_the_sentence_subject(string paragraph, string source)
    {
        var b = BriefingText.Parse($"Title\n\n{Body}\n\n{paragraph}").Briefing!;

        var quote = Assert.Single(b.Quotes);
        Assert.Equal((QuoteKind.Direct, "The bridge will reopen.", source), (quote.Kind, quote.Text, quote.Source.Text));
    }

    [Theory]
    [InlineData("The so-called \u201Cvirtual\u201D strategy has limits.")]
    [InlineData("The \"reset\" of relations, a phrase that stuck, did not last.")]
    [InlineData("The \u2018Moscow\u2019s man\u2019 label stuck.")]
    [InlineData("Officials expect the \u201Cnew deal\u201D to pass.")]
    public void Scare_quotes_and_quotations_without_a_speech_cue_are_not_quotes(string paragraph)
    {
        var b = BriefingText.Parse($"Title\n\n{Body}\n\n{paragraph}").Briefing!;

        Assert.Empty(b.Quotes);
    }

    [Fact]
    public void Sources_split_into_name_role_affiliation_and_location()
    {
        var paragraph = "According to the head of the statistics office in Lima, \u201CGrowth is slowing.\u201D";

        var source = BriefingText.Parse($"Title\n\n{paragraph}\n\n{Body}").Briefing!.Quotes[0].Source;

        Assert.Equal((null, "head", "statistics office", "Lima", true), (source.Name, source.Role, source.Affiliation, source.Location, source.Anonymous));
    }

    [Theory]
    [InlineData("Energy Minister Franklin Molina said: \u201CWe act.\u201D", "Franklin Molina", "Energy Minister")]
    [InlineData("Marie-Claude Etienne told us: \u201CWe act.\u201D", "Marie-Claude Etienne", null)]
    [InlineData("The Minister of Energy said: \u201CWe act.\u201D", "Minister of Energy", null)]
    public void A_title_before_a_name_is_the_role(string paragraph, string name, string? role)
    {
        var source = BriefingText.Parse($"Title\n\n{paragraph}\n\n{Body}").Briefing!.Quotes[0].Source;

        Assert.Equal((name, role, false), (source.Name, source.Role, source.Anonymous));
    }

    [Fact]
    public void Positions_of_quotes_count_columns_in_UTF16_code_units()
    {
        var text = "Title\r\n\r\n" + Body + "\r\n\r\nIn 2024 \u00E9lite units moved. The minister said: \u201CWe are ready.\u201D";

        var result = BriefingText.Parse(text);

        Assert.True(result.SourceMap.TryGetPosition("/quotes/0", out var position));
        var line = text.Split("\r\n")[position.Line - 1];
        Assert.StartsWith("We are ready.", line[(position.Column - 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Pull_quote_normalisation_is_the_validators_drops_marks_and_collapses_space()
    {
        var text = "  \u201CRussia\u2019s\u00A0 approach\tis \u2018political\u2019\u2026,\u201D ";

        Assert.Equal("Russias approach is political\u2026,", Briefing.Model.Validation.QuoteMatching.Normalize(text));
    }
}
