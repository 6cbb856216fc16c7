using System.Text;
using System.Text.Json;
using Briefing.Model.Json;
using Briefing.Model.Tests.Properties;
using Briefing.Model.Tests.Support;
using Briefing.Model.Text;
using CsCheck;

namespace Briefing.Model.Tests.Json;

/// <summary>
/// The write fast path (BriefingJsonWriter) must write exactly the bytes of the serializer's
/// metadata-driven write, for every document it takes; documents it declines still get the
/// serializer's behaviour.
/// </summary>
public sealed class BriefingJsonWriterTests
{
    [Fact]
    public void Generated_briefings_are_written_byte_for_byte_as_the_serializer_writes_them() =>
        ModelGenerators.Document.Sample(
            document =>
            {
                Assert.True(BriefingJsonWriter.CanWrite(document));
                foreach (var indented in new[] { false, true })
                {
                    Assert.Equal(
                        Encoding.UTF8.GetString(BriefingJson.WriteWithSerializer(document, indented)),
                        Encoding.UTF8.GetString(BriefingJson.WriteUtf8(document, indented)));
                }
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Documents,
            print: PropertyRuns.Print);

    [Theory]
    [MemberData(nameof(TestData.SeedNames), MemberType = typeof(TestData))]
    public void Parsed_seeds_are_written_as_the_serializer_writes_them(string seed)
    {
        var briefing = BriefingText.Parse(TestData.ReadSeed(seed)).Briefing!;

        foreach (var indented in new[] { false, true })
        {
            var expected = Encoding.UTF8.GetString(BriefingJson.WriteWithSerializer(briefing, indented));
            Assert.Equal(expected, BriefingJson.Write(briefing, indented));
            var stream = new MemoryStream();
            BriefingJson.Write(stream, briefing, indented);
            Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
        }
    }

    [Fact]
    public void Every_member_of_the_contract_is_written_by_the_fast_path()
    {
        // A member added to the model but not to BriefingJsonWriter would only show when a document
        // fills it: this document fills every member the contract has (checked below), so the fast
        // path must name each one and match the serializer byte for byte.
        var full = Full();
        Assert.True(BriefingJsonWriter.CanWrite(full));
        foreach (var indented in new[] { false, true })
        {
            Assert.Equal(Encoding.UTF8.GetString(BriefingJson.WriteWithSerializer(full, indented)), BriefingJson.Write(full, indented));
        }

        var written = new HashSet<string>(StringComparer.Ordinal);
        var contract = new HashSet<string>(StringComparer.Ordinal);
        using var json = JsonDocument.Parse(BriefingJson.Write(full));
        Walk(json.RootElement, BriefingJson.TypeInfo, written, contract);

        Assert.NotEmpty(contract);
        Assert.Empty(contract.Except(written).Order(StringComparer.Ordinal)); // fill every member in Full() when the model grows
    }

    /// <summary>The seed with every optional member filled, every block type and every flag set.</summary>
    private static BriefingDocument Full()
    {
        var seed = SeedModel.Create();
        return seed with
        {
            Published = "2024-03-05T09:30:00+01:00",
            Authors = ["Jane Doe", "John Roe"],
            Url = "https://example.com/politics/russian-interest",
            Body = seed.Body.Add(new Heading { Id = "h1", Text = "Outlook" }),
            Quotes = seed.Quotes.SetItem(0, seed.Quotes[0] with { Source = seed.Quotes[0].Source with { Affiliation = "Elcano", Location = "Madrid" } }),
            Metrics = seed.Metrics.SetItem(0, seed.Metrics[0] with { Ambiguous = true }),
            Related = [new RelatedArticle { Title = "T", Summary = "S." }],
        };
    }

    /// <summary>Collects, per contract type, the members the contract has and the members <paramref name="element"/> holds.</summary>
    private static void Walk(JsonElement element, System.Text.Json.Serialization.Metadata.JsonTypeInfo info, HashSet<string> written, HashSet<string> contract)
    {
        var options = info.Options;
        if (info.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, options.GetTypeInfo(info.ElementType!), written, contract);
            }

            return;
        }

        if (info.Kind != System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object || element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (info.PolymorphismOptions is { } polymorphism)
        {
            var discriminator = element.GetProperty(polymorphism.TypeDiscriminatorPropertyName).GetString();
            var derived = polymorphism.DerivedTypes.Single(d => (string?)d.TypeDiscriminator == discriminator);
            info = options.GetTypeInfo(derived.DerivedType);
        }

        foreach (var property in info.Properties.Where(static p => !p.IsExtensionData && p.Get is not null))
        {
            var key = info.Type.Name + "." + property.Name;
            contract.Add(key);
            if (element.TryGetProperty(property.Name, out var value))
            {
                written.Add(key);
                Walk(value, options.GetTypeInfo(property.PropertyType), written, contract);
            }
        }
    }

    [Fact]
    public void A_callers_writer_gets_the_same_bytes_with_its_own_options()
    {
        var briefing = SeedModel.Create();
        var options = new JsonWriterOptions { Indented = true }; // default encoder: escapes non-ASCII

        Assert.Equal(Written(w => JsonSerializer.Serialize(w, briefing, BriefingJson.TypeInfo), options), Written(w => BriefingJson.Write(w, briefing), options));
    }

    [Fact]
    public void Documents_the_contract_cannot_write_as_they_are_go_through_the_serializer()
    {
        var seed = SeedModel.Create();
        BriefingDocument[] declined =
        [
            seed with { Title = null! },
            seed with { Body = seed.Body.Add(null!) },
            seed with { Quotes = seed.Quotes.SetItem(0, seed.Quotes[0] with { Kind = (QuoteKind)7 }) },
            seed with { Metrics = seed.Metrics.SetItem(0, seed.Metrics[0] with { Comparator = (Comparator)42 }) },
            seed with { Quotes = seed.Quotes.SetItem(0, seed.Quotes[0] with { Source = null! }) },
            seed with { Disclaimer = new Disclaimer { Paragraphs = ["a", null!] } },
            seed with { Authors = ["Jane Doe", null!] },
        ];

        foreach (var document in declined)
        {
            Assert.False(BriefingJsonWriter.CanWrite(document));
            var expected = Outcome(() => Encoding.UTF8.GetString(BriefingJson.WriteWithSerializer(document, false)));
            Assert.Equal(expected, Outcome(() => BriefingJson.Write(document)));
        }
    }

    [Fact]
    public void A_large_document_is_written_whole_and_a_small_one_after_it_is_not_polluted()
    {
        var seed = SeedModel.Create();
        var large = seed with { Body = [.. Enumerable.Range(1, 2000).Select(i => new Paragraph { Id = "p" + i, Text = new string('x', 1000) })], Quotes = [], Metrics = [] };

        Assert.Equal(BriefingJson.WriteWithSerializer(large, false), BriefingJson.WriteUtf8(large));
        Assert.Equal(BriefingJson.WriteWithSerializer(seed, true), BriefingJson.WriteUtf8(seed, indented: true));
    }

    private static string Written(Action<Utf8JsonWriter> write, JsonWriterOptions options)
    {
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Outcome(Func<string> write)
    {
        try
        {
            return write();
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or NotSupportedException)
        {
            return exception.GetType().Name + ": " + exception.Message;
        }
    }
}
