using System.Collections.Immutable;
using System.Text.Json;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Model;

public sealed class ModelEqualityTests
{
    [Fact]
    public void Two_separately_built_seeds_are_equal_and_hash_alike()
    {
        var a = SeedModel.Create();
        var b = SeedModel.Create();

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    public static TheoryData<string> DocumentChanges() =>
    [
        "schemaVersion", "id", "title", "standfirst", "category", "language", "publisher", "disclaimer",
        "published", "authors", "authors-order", "url",
        "body-text", "body-order", "body-kind", "quote-span", "quote-source", "metric-value", "metric-comparator", "related-title",
        "disclaimer-paragraph", "unknown",
    ];

    [Theory]
    [MemberData(nameof(DocumentChanges))]
    public void Changing_any_part_makes_documents_unequal(string change)
    {
        var seed = SeedModel.Create();
        var changed = change switch
        {
            "schemaVersion" => seed with { SchemaVersion = "1.7" },
            "id" => seed with { Id = "other" },
            "title" => seed with { Title = "Other" },
            "standfirst" => seed with { Standfirst = null },
            "category" => seed with { Category = "Security" },
            "language" => seed with { Language = "es" },
            "publisher" => seed with { Publisher = null },
            "disclaimer" => seed with { Disclaimer = null },
            "published" => seed with { Published = "2024-03-05T09:30:00Z" },
            "authors" => seed with { Authors = ["Jane Doe"] },
            "authors-order" => WithAuthors(seed, "Jane Doe", "John Roe") with { Authors = ["John Roe", "Jane Doe"] },
            "url" => seed with { Url = "https://example.com/a" },
            "body-text" => seed with { Body = seed.Body.SetItem(0, new Paragraph { Id = "p1", Text = seed.Body[0].Text + " " }) },
            "body-order" => seed with { Body = [seed.Body[1], seed.Body[0], .. seed.Body.Skip(2)] },
            "body-kind" => seed with { Body = seed.Body.SetItem(0, new Heading { Id = "p1", Text = seed.Body[0].Text }) },
            "quote-span" => seed with { Quotes = seed.Quotes.SetItem(0, seed.Quotes[0] with { Span = seed.Quotes[0].Span with { Start = 1 } }) },
            "quote-source" => seed with { Quotes = seed.Quotes.SetItem(0, seed.Quotes[0] with { Source = seed.Quotes[0].Source with { Anonymous = true } }) },
            "metric-value" => seed with { Metrics = seed.Metrics.SetItem(0, seed.Metrics[0] with { Value = 3_150_000_001m }) },
            "metric-comparator" => seed with { Metrics = seed.Metrics.SetItem(3, seed.Metrics[3] with { Comparator = Comparator.Exact }) },
            "related-title" => seed with { Related = seed.Related.SetItem(1, seed.Related[1] with { Title = "Panama" }) },
            "disclaimer-paragraph" => seed with { Disclaimer = seed.Disclaimer! with { Paragraphs = seed.Disclaimer.Paragraphs.RemoveAt(1) } },
            "unknown" => BriefingJson.Read(BriefingJson.Write(seed).Insert(1, "\"x\":1,")).Briefing!,
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };

        Assert.NotEqual(change == "authors-order" ? WithAuthors(seed, "Jane Doe", "John Roe") : seed, changed);
    }

    private static BriefingDocument WithAuthors(BriefingDocument document, params string[] authors) => document with { Authors = [.. authors] };

    [Fact]
    public void Every_public_property_of_the_document_takes_part_in_equality()
    {
        // Guards the hand-written Equals: a property added later must be compared too.
        var compared = new[]
        {
            "SchemaVersion", "Id", "Title", "Standfirst", "Category", "Language", "Publisher", "Published", "Authors", "Url", "Body", "Quotes",
            "Metrics", "Disclaimer", "Related", "UnknownProperties",
        };

        var properties = typeof(BriefingDocument).GetProperties().Where(p => p.DeclaringType == typeof(BriefingDocument) && p.Name != "EqualityContract").Select(p => p.Name);

        Assert.Equal(compared.Order(), properties.Order());
        Assert.Equal(["Heading", "Paragraphs", "Publisher", "UnknownProperties"], typeof(Disclaimer).GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract").Order());
    }

    [Fact]
    public void Default_arrays_are_normalised_to_empty()
    {
        var briefing = new BriefingDocument { Title = "T", Body = default, Quotes = default, Authors = default };

        Assert.True(briefing.Body.IsEmpty);
        Assert.True(briefing.Authors.IsEmpty);
        Assert.Equal(new BriefingDocument { Title = "T" }, briefing);
    }

    [Fact]
    public void Unknown_properties_compare_by_value_regardless_of_order_and_formatting()
    {
        using var a = JsonDocument.Parse("""{"x":[1, 2],"y":{"k":"v"}}""");
        using var b = JsonDocument.Parse("""{"y":{"k":"v"},"x":[1,2]}""");

        var left = UnknownProperties.Create(a.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)));
        var right = UnknownProperties.Create(b.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)));

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Theory]
    [InlineData("Russian interest", "russian-interest")]
    [InlineData("Colombia’s Political Carousel", "colombias-political-carousel")]
    [InlineData("  Ecuador: ¿qué pasa?  ", "ecuador-que-pasa")]
    [InlineData("“”", "briefing")]
    [InlineData("Lone\uD800 surrogate", "lone-surrogate")]
    public void Slug_is_stable_and_url_safe(string title, string slug) => Assert.Equal(slug, Slug.From(title));

    [Fact]
    public void Slug_of_a_long_title_stops_after_about_120_characters()
    {
        // The limit is checked before each character: a hyphen and a letter may follow the 119th.
        var title = string.Join(" ", Enumerable.Repeat("Ab", 100));

        Assert.Equal(string.Join("-", Enumerable.Repeat("ab", 40)) + "-a", Slug.From(title));
    }

    [Fact]
    public void Text_span_slices_only_when_it_fits()
    {
        Assert.Equal("bc", new TextSpan(1, 2).Slice("abcd"));
        Assert.Null(new TextSpan(3, 2).Slice("abcd"));
        Assert.Null(new TextSpan(-1, 1).Slice("abcd"));
        Assert.False(new TextSpan(int.MaxValue, int.MaxValue).FitsIn(10));
    }

    [Fact]
    public void Source_map_falls_back_to_the_nearest_mapped_ancestor()
    {
        var map = new SourceMap([KeyValuePair.Create("", new TextPosition(1, 1)), KeyValuePair.Create("/body/2", new TextPosition(9, 1))]);

        Assert.True(map.TryGetPosition("/body/2/text", out var position));
        Assert.Equal(new TextPosition(9, 1), position);
        Assert.True(map.TryGetPosition("/metrics/0", out position));
        Assert.Equal(new TextPosition(1, 1), position);
        Assert.False(SourceMap.Empty.TryGetPosition("/x", out _));
    }

    [Fact]
    public void Model_collections_are_immutable_arrays() =>
        Assert.IsType<ImmutableArray<Block>>(SeedModel.Create().Body);
}
