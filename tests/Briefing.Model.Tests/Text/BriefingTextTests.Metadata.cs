using Briefing.Model.Text;

namespace Briefing.Model.Tests.Text;

/// <summary>The page-metadata block of the text layout (docs/metadata.md): labelled lines after the title and standfirst.</summary>
public sealed partial class BriefingTextTests
{
    private const string MetadataText =
        "Russian interest\n\nThe growth of Russian influence in Latin America.\n\n" +
        "Published: 2024-03-05T09:30:00+01:00\nAuthor: Jane Doe\nauthor:\u00A0 Seán O’Brien \nURL: https://example.com/politics/russian-interest\n\n" +
        Body + "\n";

    [Fact]
    public void The_metadata_block_after_the_standfirst_gives_publication_time_authors_and_address()
    {
        var result = BriefingText.Parse(MetadataText);
        var briefing = result.Briefing!;

        Assert.Equal("The growth of Russian influence in Latin America.", briefing.Standfirst);
        Assert.Equal("2024-03-05T09:30:00+01:00", briefing.Published);
        Assert.Equal(["Jane Doe", "Seán O’Brien"], briefing.Authors);
        Assert.Equal("https://example.com/politics/russian-interest", briefing.Url);
        Assert.Equal(Body, Assert.Single(briefing.Body).Text);
        Assert.True(result.SourceMap.TryGetPosition("/published", out var published));
        Assert.Equal(new TextPosition(5, 12), published);
        Assert.True(result.SourceMap.TryGetPosition("/authors/1", out var author));
        Assert.Equal(new TextPosition(7, 10), author);
        Assert.True(result.SourceMap.TryGetPosition("/url", out var url));
        Assert.Equal(new TextPosition(8, 6), url);
    }

    [Fact]
    public void The_metadata_block_is_written_after_the_standfirst_one_author_a_line_and_read_back()
    {
        var briefing = BriefingText.Parse(MetadataText).Briefing!;

        var written = BriefingText.Write(briefing);

        Assert.Equal(
            "Russian interest\n\nThe growth of Russian influence in Latin America.\n\n" +
            "Published: 2024-03-05T09:30:00+01:00\nAuthor: Jane Doe\nAuthor: Seán O’Brien\nURL: https://example.com/politics/russian-interest\n\n" + Body + "\n",
            written);
        Assert.Equal(briefing, BriefingText.Parse(written).Briefing);
    }

    [Fact]
    public void A_metadata_block_without_a_standfirst_is_not_taken_for_one()
    {
        var briefing = BriefingText.Parse("Title\n\nPublished: 2024-03-05T09:30:00Z\n\n" + Body).Briefing!;

        Assert.Null(briefing.Standfirst);
        Assert.Equal("2024-03-05T09:30:00Z", briefing.Published);
        Assert.Single(briefing.Body);
    }

    [Fact]
    public void A_lone_metadata_block_after_the_title_is_neither_a_notice_nor_body()
    {
        var briefing = BriefingText.Parse("Title\n\nPublished: 2024-03-05T09:30:00Z\nAuthor: Jane Doe").Briefing!;

        Assert.Null(briefing.Disclaimer);
        Assert.Empty(briefing.Body);
        Assert.Equal(["Jane Doe"], briefing.Authors);
    }

    [Fact]
    public void Metadata_lines_right_under_the_title_are_read_as_the_next_block()
    {
        var result = BriefingText.Parse("Title\nAuthor: Jane Doe\nURL: https://example.com/a\n\n" + Body);

        Assert.Equal("Title", result.Briefing!.Title);
        Assert.Equal(["Jane Doe"], result.Briefing.Authors);
        Assert.Equal("https://example.com/a", result.Briefing.Url);
        Assert.Contains(result.Diagnostics, d => d.Code == "BT011");
        Assert.True(result.SourceMap.TryGetPosition("/url", out var url));
        Assert.Equal(new TextPosition(3, 6), url);
    }

    [Theory]
    [InlineData("Author: Jane Doe\nShe writes about trade.")] // a line that is not labelled
    [InlineData("Published: 2024-03-05T09:30:00Z\nPublished: 2024-03-06T09:30:00Z")] // a second publication time
    [InlineData("URL: https://a.example/\nURL: https://b.example/")]
    [InlineData("Author:")] // no value
    [InlineData("Editor: Jane Doe")] // a label the layout does not have
    [InlineData("By Jane Doe")]
    public void Other_blocks_stay_text_as_written(string block)
    {
        var briefing = BriefingText.Parse("Title\n\n" + block + "\n\n" + Body).Briefing!;

        Assert.Null(briefing.Published);
        Assert.Empty(briefing.Authors);
        Assert.Null(briefing.Url);
        Assert.True(briefing.Standfirst == block || briefing.Body.Any(b => b.Text == block), "the block is kept as the standfirst or a body block"); // one short line may be the standfirst
    }

    [Fact]
    public void A_metadata_block_further_down_is_body_text()
    {
        var briefing = BriefingText.Parse("Title\n\n" + Body + "\n\nAuthor: Jane Doe\n\n" + Body).Briefing!;

        Assert.Empty(briefing.Authors);
        Assert.Equal(3, briefing.Body.Length);
    }
}
