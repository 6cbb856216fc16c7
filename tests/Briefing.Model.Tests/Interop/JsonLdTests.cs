using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Model.Interop;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Interop;

public sealed class JsonLdTests
{
    [Fact]
    public void Seed_exports_a_news_article_with_the_mapped_fields()
    {
        var seed = SeedModel.Create();
        var article = JsonNode.Parse(JsonLd.Export(seed))!;

        Assert.Equal("https://schema.org", article["@context"]!.GetValue<string>());
        Assert.Equal(["NewsArticle", "AnalysisNewsArticle"], article["@type"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal(seed.Title, article["headline"]!.GetValue<string>());
        Assert.Equal(seed.Standfirst, article["alternativeHeadline"]!.GetValue<string>());
        Assert.Equal("Politics", article["articleSection"]!.GetValue<string>());
        Assert.Equal("en", article["inLanguage"]!.GetValue<string>());
        Assert.Equal("russian-interest", article["identifier"]!.GetValue<string>());
        Assert.Equal("Organization", article["publisher"]!["@type"]!.GetValue<string>());
        Assert.Equal("Deheza Limited", article["publisher"]!["name"]!.GetValue<string>());
        Assert.Equal(string.Join("\n", seed.Disclaimer!.Paragraphs), article["copyrightNotice"]!.GetValue<string>());
        Assert.Equal("Important Notice", article["usageInfo"]!["name"]!.GetValue<string>());

        // The body is the paragraphs: pull quotes repeat them and are left out.
        Assert.Equal(string.Join("\n\n", seed.Body.OfType<Paragraph>().Select(p => p.Text)), article["articleBody"]!.GetValue<string>());
    }

    [Fact]
    public void Quotes_are_quotations_and_anonymous_sources_are_described_never_named()
    {
        var seed = SeedModel.Create();
        var parts = JsonNode.Parse(JsonLd.Export(seed))!["hasPart"]!.AsArray();

        Assert.Equal(seed.Quotes.Length, parts.Count);
        Assert.All(parts, p => Assert.Equal("Quotation", p!["@type"]!.GetValue<string>()));
        Assert.Equal(seed.Quotes.Select(q => q.Text), parts.Select(p => p!["text"]!.GetValue<string>()));

        var elcano = parts[0]!["spokenByCharacter"]!;
        Assert.Equal("Organization", elcano["@type"]!.GetValue<string>());
        Assert.Equal("Real Instituto Elcano", elcano["name"]!.GetValue<string>());

        var executive = parts[1]!["spokenByCharacter"]!.AsObject();
        Assert.Equal("Person", executive["@type"]!.GetValue<string>());
        Assert.False(executive.ContainsKey("name"));
        Assert.Equal("senior Venezuelan business executive", executive["jobTitle"]!.GetValue<string>());
        Assert.Equal("New York", executive["homeLocation"]!["name"]!.GetValue<string>());
        Assert.Equal(seed.Quotes[1].Source.Text, executive["description"]!.GetValue<string>());

        var head = parts[2]!["spokenByCharacter"]!.AsObject();
        Assert.Equal("Person", head["@type"]!.GetValue<string>());
        Assert.False(head.ContainsKey("name"));
        Assert.Equal("important political studies institute", head["affiliation"]!["description"]!.GetValue<string>());
    }

    [Fact]
    public void A_named_person_keeps_name_role_and_affiliation()
    {
        var source = new Source { Text = "Marie-Claude Etienne, a Haitian political analyst", Name = "Marie-Claude Etienne", Role = "Haitian political analyst", Affiliation = "Université d'État", Location = "Miami" };
        var briefing = new BriefingDocument
        {
            Title = "T",
            Body = [new Paragraph { Id = "p1", Text = "x" }],
            Quotes = [new Quote { Id = "q1", Kind = QuoteKind.Direct, Text = "x", Source = source, BlockId = "p1", Span = new TextSpan(0, 1) }],
        };

        var speaker = JsonNode.Parse(JsonLd.Export(briefing))!["hasPart"]![0]!["spokenByCharacter"]!;

        Assert.Equal("Person", speaker["@type"]!.GetValue<string>());
        Assert.Equal("Marie-Claude Etienne", speaker["name"]!.GetValue<string>());
        Assert.Equal("Haitian political analyst", speaker["jobTitle"]!.GetValue<string>());
        Assert.Equal("Université d'État", speaker["affiliation"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Output_is_safe_inside_a_script_element_and_omits_absent_parts()
    {
        var json = JsonLd.Export(new BriefingDocument { Title = "</script><script>alert(1)</script> \u201Cok\u201D", Language = "es" }, indented: false);

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.Contains("\u201Cok\u201D", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("</script><script>alert(1)</script> \u201Cok\u201D", root.GetProperty("headline").GetString());
        Assert.Equal("es", root.GetProperty("inLanguage").GetString());
        foreach (var absent in new[] { "alternativeHeadline", "articleSection", "publisher", "copyrightNotice", "usageInfo", "hasPart" })
        {
            Assert.False(root.TryGetProperty(absent, out _), absent);
        }
    }
}
