using Briefing.Model.Interop;
using Briefing.Model.Tests.Support;
using Snapshooter.Xunit3;

namespace Briefing.Model.Tests.Interop;

public sealed class MarkdownExportTests
{
    [Fact]
    public void Seed_markdown_matches_the_reviewed_snapshot()
    {
        var markdown = MarkdownExport.Write(SeedModel.Create());

        Snapshot.Match(markdown);
    }

    [Fact]
    public void Seed_markdown_has_the_title_standfirst_pull_quotes_disclaimer_and_related_list()
    {
        var seed = SeedModel.Create();
        var lines = MarkdownExport.Write(seed).Split('\n');

        Assert.Equal("# Russian interest", lines[0]);
        Assert.Equal("*The growth of Russian influence in Latin America.*", lines[2]);
        Assert.Contains("> \u2014 Senior Venezuelan business executive, New York", lines);
        Assert.Contains("> \u2014 Head, political studies institute, Venezuela", lines);
        Assert.Contains("## Important Notice", lines);
        Assert.Contains("## Most recent in Politics", lines);
        var items = lines.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(seed.Related.Length, items.Count);
        Assert.Equal("- Panama's 2024 presidential election.", items[1]);
        Assert.Equal("- **All eyes on you** \u2014 Sheinbaum\u2019s 2024 Mexican presidential race.", items[0]);
        Assert.Equal(seed.Body.OfType<Paragraph>().Count() + seed.Disclaimer!.Paragraphs.Length,
            lines.Count(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith('>') && !l.StartsWith('-') && !l.StartsWith('*')));
    }

    [Theory]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("+ not a list", "\\+ not a list")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("2020) not a list", "2020\\) not a list")]
    [InlineData("===", "\\=\\=\\=")]
    [InlineData("| a | b |", "\\| a \\| b \\|")]
    [InlineData("*stars* and _under_ and `code` and [link](x)", "\\*stars\\* and \\_under\\_ and \\`code\\` and \\[link\\](x)")]
    [InlineData("a <b>tag</b>, a < b, &amp; and AT&T & co", "a \\<b>tag\\</b>, a \\< b, \\&amp; and AT\\&T & co")]
    [InlineData("back\\slash ~~strike~~", "back\\\\slash \\~\\~strike\\~\\~")]
    [InlineData("    four spaces would be code", "four spaces would be code")]
    [InlineData("USD 3.15 billion, 49% \u2013 \u201Cquoted\u201D", "USD 3.15 billion, 49% \u2013 \u201Cquoted\u201D")]
    public void Paragraph_text_is_escaped_where_it_would_change_meaning(string text, string expected)
    {
        var markdown = MarkdownExport.Write(new BriefingDocument { Title = "T", Body = [new Paragraph { Id = "p1", Text = text }] });

        Assert.Equal($"# T\n\n{expected}\n", markdown);
    }

    [Fact]
    public void Every_line_of_a_multi_line_block_is_escaped_and_blank_lines_do_not_split_it()
    {
        var markdown = MarkdownExport.Write(new BriefingDocument
        {
            Title = "Ends with #",
            Body =
            [
                new Paragraph { Id = "p1", Text = "First line\n---\n \n# second" },
                new PullQuote { Id = "pq1", Text = "\u201CLine one\n- line two\u201D", Attribution = new Source { Text = "Analyst, Lima" } },
            ],
        });

        Assert.Equal("# Ends with \\#\n\nFirst line\n\\---\n\\# second\n\n> \u201CLine one\n> \\- line two\u201D\n>\n> \u2014 Analyst, Lima\n", markdown);
    }

    [Fact]
    public void Without_standfirst_category_or_disclaimer_heading_the_parts_fall_back()
    {
        var markdown = MarkdownExport.Write(new BriefingDocument
        {
            Title = "T",
            Disclaimer = new Disclaimer { Paragraphs = ["Notice."] },
            Related = [new RelatedArticle { Title = "Crude awakening\u00A0", Summary = "1. Summary." }],
        });

        Assert.Equal("# T\n\n---\n\nNotice.\n\n## Related\n\n- **Crude awakening** \u2014 1. Summary.\n", markdown);
    }
}
