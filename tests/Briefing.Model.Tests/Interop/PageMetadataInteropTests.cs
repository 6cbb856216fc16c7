using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Briefing.Model.Interop;
using Briefing.Model.Tests.Properties;
using Briefing.Model.Tests.Support;
using CsCheck;

namespace Briefing.Model.Tests.Interop;

/// <summary>Page metadata (published, authors, url) in ninjs, JSON-LD and Markdown.</summary>
public sealed class PageMetadataInteropTests
{
    private static BriefingDocument WithMetadata() => SeedModel.Create() with
    {
        Published = "2024-03-05T09:30:00+01:00",
        Authors = ["Jane Doe", "Seán O’Brien", "Deheza Research Institute"],
        Url = "https://example.com/politics/russian-interest",
    };

    [Fact]
    public void Ninjs_export_carries_the_time_the_byline_and_the_address_and_stays_valid_with_formats_asserted()
    {
        var json = Ninjs.Export(WithMetadata());
        var item = JsonNode.Parse(json)!;

        Assert.Equal("https://example.com/politics/russian-interest", item["uri"]!.GetValue<string>());
        Assert.Equal("2024-03-05T09:30:00+01:00", item["firstcreated"]!.GetValue<string>());
        Assert.Equal("2024-03-05T09:30:00+01:00", item["versioncreated"]!.GetValue<string>());
        Assert.Equal("Jane Doe, Seán O’Brien and Deheza Research Institute", item["by"]!.GetValue<string>());
        Assert.Equal("https://example.com/politics/russian-interest#related-1", item["associations"]![0]!["uri"]!.GetValue<string>());
        Assert.DoesNotContain("\"published\"", item["descriptions"]![0]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        IptcNinjs.AssertValid(json, formats: true);
        IptcNinjs.AssertValid(Ninjs.Export(SeedModel.Create()), formats: true);
    }

    [Fact]
    public void Ninjs_round_trip_gives_the_metadata_back()
    {
        var briefing = WithMetadata();

        var imported = Ninjs.Import(Ninjs.Export(briefing)).Briefing!;

        Assert.Equal(briefing, imported);
    }

    [Fact]
    public void What_ninjs_members_cannot_hold_exactly_travels_in_the_annotations_and_comes_back()
    {
        var briefing = SeedModel.Create() with { Published = "5 March 2024", Authors = ["Doe, Jane", "Roe and Sons"], Url = "/politics/russian-interest" };

        var json = Ninjs.Export(briefing);
        var item = JsonNode.Parse(json)!;

        Assert.Null(item["firstcreated"]);
        Assert.StartsWith("urn:briefing:", item["uri"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(briefing, Ninjs.Import(json).Briefing);
        IptcNinjs.AssertValid(json, formats: true);
    }

    [Fact]
    public void A_given_item_uri_leaves_the_address_to_the_annotations()
    {
        var briefing = WithMetadata();
        var options = new NinjsExportOptions { ItemUri = new Uri("urn:example:item:1") };

        var json = Ninjs.Export(briefing, options);

        Assert.Equal("urn:example:item:1", JsonNode.Parse(json)!["uri"]!.GetValue<string>());
        Assert.Equal(briefing.Url, Ninjs.Import(json).Briefing!.Url);
    }

    [Fact]
    public void A_foreign_item_gives_first_created_the_byline_split_and_an_http_uri_as_address()
    {
        const string json = """
            {"uri":"http://www.example.com/news/2024/03/05/article","type":"text",
             "firstcreated":"2024-03-05T08:00:00Z","versioncreated":"2024-03-06T10:15:00Z",
             "by":"By Jane Doe, John Roe & Ana López and Li Wei",
             "headlines":[{"role":"main","value":"A headline"}],
             "bodies":[{"role":"main","contenttype":"text/plain","value":"One paragraph."}]}
            """;

        var briefing = Ninjs.Import(json).Briefing!;

        Assert.Equal("2024-03-05T08:00:00Z", briefing.Published);
        Assert.Equal(["Jane Doe", "John Roe", "Ana López", "Li Wei"], briefing.Authors);
        Assert.Equal("http://www.example.com/news/2024/03/05/article", briefing.Url);
    }

    [Fact]
    public void A_urn_is_no_address_and_version_created_stands_in_for_first_created()
    {
        const string json = """
            {"uri":"urn:newsml:example.com:20240305:abc","type":"text","versioncreated":"2024-03-06T10:15:00Z",
             "headlines":[{"role":"main","value":"A headline"}],
             "bodies":[{"role":"main","contenttype":"text/plain","value":"One paragraph."}]}
            """;

        var briefing = Ninjs.Import(json).Briefing!;

        Assert.Null(briefing.Url);
        Assert.Empty(briefing.Authors);
        Assert.Equal("2024-03-06T10:15:00Z", briefing.Published);
    }

    [Theory]
    [InlineData("Jane Doe", new[] { "Jane Doe" })]
    [InlineData("by Jane Doe", new[] { "Jane Doe" })]
    [InlineData("By: Jane Doe and John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Jane Doe; John Roe;", new[] { "Jane Doe", "John Roe" })]
    [InlineData("Alexandra Byrne and Sandra Anderson", new[] { "Alexandra Byrne", "Sandra Anderson" })] // "and" and "by" only as words
    [InlineData("Bygrave, Andy", new[] { "Bygrave", "Andy" })]
    [InlineData(" , and ", new string[0])]
    public void A_byline_splits_into_its_people(string byline, string[] authors) =>
        Assert.Equal(authors, PageMetadata.SplitByline(byline));

    [Fact]
    public void Generated_metadata_survives_the_ninjs_round_trip() =>
        ModelGenerators.Document.Sample(
            document =>
            {
                var imported = Ninjs.Import(Ninjs.Export(document)).Briefing!;
                Assert.Equal((document.Published, document.Url), (imported.Published, imported.Url));
                Assert.Equal(document.Authors, imported.Authors);
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Documents,
            print: PropertyRuns.Print);

    [Fact]
    public void Json_ld_has_date_published_authors_and_url()
    {
        var article = JsonNode.Parse(JsonLd.Export(WithMetadata()))!;

        Assert.Equal("2024-03-05T09:30:00+01:00", article["datePublished"]!.GetValue<string>());
        Assert.Equal("https://example.com/politics/russian-interest", article["url"]!.GetValue<string>());
        Assert.Equal(
            [("Person", "Jane Doe"), ("Person", "Seán O’Brien"), ("Organization", "Deheza Research Institute")],
            article["author"]!.AsArray().Select(a => (a!["@type"]!.GetValue<string>(), a["name"]!.GetValue<string>())));

        var plain = JsonNode.Parse(JsonLd.Export(SeedModel.Create()))!.AsObject();
        Assert.False(plain.ContainsKey("datePublished") || plain.ContainsKey("author") || plain.ContainsKey("url"));
    }

    [Fact]
    public void Markdown_has_a_byline_under_the_standfirst()
    {
        var markdown = MarkdownExport.Write(WithMetadata());

        Assert.Contains(
            "*The growth of Russian influence in Latin America.*\n\nBy Jane Doe, Seán O’Brien and Deheza Research Institute · 2024-03-05 · <https://example.com/politics/russian-interest>\n\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_byline_text_that_is_not_a_date_or_an_address_is_escaped()
    {
        var markdown = MarkdownExport.Write(new BriefingDocument { Title = "T", Published = "# 5 March", Url = "/a*b" });

        Assert.Equal("# T\n\n\\# 5 March · /a\\*b\n", markdown);
    }
}
