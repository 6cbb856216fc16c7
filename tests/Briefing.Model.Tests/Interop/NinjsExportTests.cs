using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Briefing.Model.Interop;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Interop;

public sealed class NinjsExportTests
{
    [Fact]
    public void Seed_export_is_valid_against_the_iptc_schema()
    {
        IptcNinjs.AssertValid(Ninjs.Export(SeedModel.Create()));
        IptcNinjs.AssertValid(Ninjs.Export(SeedModel.Create(), new NinjsExportOptions { Indented = false, IncludeAnnotations = false }));
    }

    [Theory]
    [MemberData(nameof(TestData.SeedNames), MemberType = typeof(TestData))]
    public void Sample_like_exports_are_valid_against_the_iptc_schema(string seedName) =>
        IptcNinjs.AssertValid(Ninjs.Export(IptcNinjs.SampleLike(seedName)));

    [Fact]
    public void A_minimal_briefing_exports_a_valid_item_with_a_urn()
    {
        var json = Ninjs.Export(new BriefingDocument { Title = "Only a title" });

        IptcNinjs.AssertValid(json);
        Assert.Equal("urn:briefing:only-a-title", JsonNode.Parse(json)!["uri"]!.GetValue<string>());
    }

    [Fact]
    public void Headlines_carry_the_title_as_main_and_the_standfirst_as_subhead()
    {
        var seed = SeedModel.Create();
        var item = Ninjs.ExportNode(seed);

        var headlines = item["headlines"]!.AsArray();
        Assert.Equal(2, headlines.Count);
        Assert.Equal(("main", seed.Title), (headlines[0]!["role"]!.GetValue<string>(), headlines[0]!["value"]!.GetValue<string>()));
        Assert.Equal(("subhead", seed.Standfirst), (headlines[1]!["role"]!.GetValue<string>(), headlines[1]!["value"]!.GetValue<string>()));
        Assert.Equal("text", item["type"]!.GetValue<string>());
        Assert.Equal("en", item["language"]!.GetValue<string>());
        Assert.Equal(seed.Id, item["slugline"]!.GetValue<string>());
    }

    [Fact]
    public void Plain_body_is_the_blocks_separated_by_blank_lines_with_attribution_lines()
    {
        var seed = SeedModel.Create();
        var plain = Ninjs.ExportNode(seed)["bodies"]![0]!;

        Assert.Equal("text/plain", plain["contenttype"]!.GetValue<string>());
        var blocks = plain["value"]!.GetValue<string>().Split("\n\n");
        Assert.Equal(seed.Body.Length + seed.Body.OfType<PullQuote>().Count(), blocks.Length);
        Assert.Equal(seed.Body[3].Text, blocks[3]);
        Assert.Equal(((PullQuote)seed.Body[3]).Attribution.Text, blocks[4]);
    }

    [Fact]
    public void Xhtml_body_is_well_formed_with_paragraphs_and_pull_quotes_in_figures()
    {
        var seed = SeedModel.Create();
        var xhtml = Ninjs.ExportNode(seed)["bodies"]![1]!;
        Assert.Equal("application/xhtml+xml", xhtml["contenttype"]!.GetValue<string>());

        var root = XElement.Parse(xhtml["value"]!.GetValue<string>(), LoadOptions.PreserveWhitespace);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var children = root.Elements().ToList();
        Assert.Equal(seed.Body.Length, children.Count);
        Assert.Equal(seed.Body.Select(b => b.Id), children.Select(c => (string?)c.Attribute("id")));
        Assert.Equal(seed.Body.OfType<Paragraph>().Select(p => p.Text), root.Elements(x + "p").Select(p => p.Value));

        var figure = children[3];
        Assert.Equal(x + "figure", figure.Name);
        Assert.Equal(seed.Body[3].Text, figure.Element(x + "blockquote")!.Value);
        Assert.Equal("Senior Venezuelan business executive, New York", figure.Element(x + "figcaption")!.Value);
    }

    [Fact]
    public void Xhtml_body_escapes_markup_and_characters_xml_cannot_carry()
    {
        var briefing = new BriefingDocument
        {
            Title = "T",
            Body = [new Paragraph { Id = "p1", Text = "a < b && c > d ]]> <script>x</script> \"q\" 'a'\r\nline\u0001end" }],
        };

        var value = Ninjs.ExportNode(briefing)["bodies"]![1]!["value"]!.GetValue<string>();
        var paragraph = XElement.Parse(value).Elements().Single();

        Assert.Equal("a < b && c > d ]]> <script>x</script> \"q\" 'a'\r\nline\uFFFDend", paragraph.Value);
        Assert.Empty(paragraph.Elements());
    }

    [Fact]
    public void Disclaimer_goes_to_usageterms_and_the_publisher_to_copyrightholder()
    {
        var seed = SeedModel.Create();
        var item = Ninjs.ExportNode(seed);

        Assert.Equal(string.Join("\n", seed.Disclaimer!.Paragraphs), item["usageterms"]!.GetValue<string>());
        Assert.Equal("Deheza Limited", item["copyrightholder"]!.GetValue<string>());

        var noPublisher = Ninjs.ExportNode(seed with { Publisher = null, Disclaimer = seed.Disclaimer with { Publisher = null } });
        Assert.False(noPublisher.ContainsKey("copyrightholder"));
        Assert.False(Ninjs.ExportNode(seed with { Disclaimer = null, Publisher = null }).ContainsKey("usageterms"));
    }

    [Fact]
    public void Category_is_a_subject_and_related_articles_are_text_associations()
    {
        var seed = SeedModel.Create();
        var item = Ninjs.ExportNode(seed);

        Assert.Equal("Politics", item["subjects"]![0]!["name"]!.GetValue<string>());
        var associations = item["associations"]!.AsArray();
        Assert.Equal(seed.Related.Length, associations.Count);
        Assert.All(associations, a => Assert.Equal("text", a!["type"]!.GetValue<string>()));
        Assert.Equal("urn:briefing:russian-interest#related-1", associations[0]!["uri"]!.GetValue<string>());
        Assert.Equal(seed.Related[0].Title, associations[0]!["headlines"]![0]!["value"]!.GetValue<string>());

        // The item without a title is still listed, with its summary only.
        Assert.Null(associations[1]!["headlines"]);
        Assert.Equal(seed.Related[1].Summary, associations[1]!["descriptions"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Quotes_and_metrics_travel_in_the_annotations_description_in_the_contract_shape()
    {
        var seed = SeedModel.Create();
        var description = Ninjs.ExportNode(seed)["descriptions"]!.AsArray().Single()!;

        Assert.Equal(Ninjs.AnnotationsRole, description["role"]!.GetValue<string>());
        Assert.Equal(Ninjs.AnnotationsContentType, description["contenttype"]!.GetValue<string>());
        using var annotations = JsonDocument.Parse(description["value"]!.GetValue<string>());
        var contract = JsonDocument.Parse(BriefingJson.Write(seed)).RootElement;
        Assert.True(JsonElement.DeepEquals(contract.GetProperty("quotes"), annotations.RootElement.GetProperty("quotes")));
        Assert.True(JsonElement.DeepEquals(contract.GetProperty("metrics"), annotations.RootElement.GetProperty("metrics")));
        Assert.Equal("Important Notice", annotations.RootElement.GetProperty("disclaimerHeading").GetString());
        Assert.Equal(2, annotations.RootElement.GetProperty("pullQuotes").GetArrayLength());

        Assert.False(Ninjs.ExportNode(seed, new NinjsExportOptions { IncludeAnnotations = false }).ContainsKey("descriptions"));
    }

    [Fact]
    public void Item_uri_can_be_given()
    {
        var item = Ninjs.ExportNode(SeedModel.Create(), new NinjsExportOptions { ItemUri = new Uri("https://example.com/briefings/russian-interest") });

        Assert.Equal("https://example.com/briefings/russian-interest", item["uri"]!.GetValue<string>());
        Assert.Equal("https://example.com/briefings/russian-interest#related-1", item["associations"]![0]!["uri"]!.GetValue<string>());
    }
}
