using System.Text;
using System.Text.Json;
using Briefing.Model.Diagnostics;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;
using Snapshooter.Xunit3;

namespace Briefing.Model.Tests.Json;

public sealed class BriefingJsonTests
{
    [Fact]
    public void Seed_model_written_as_json_matches_the_reviewed_snapshot()
    {
        var json = BriefingJson.Write(SeedModel.Create(), indented: true);

        Snapshot.Match(json);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Round_trip_through_text_bytes_and_stream_gives_an_equal_model(bool indented)
    {
        var seed = SeedModel.Create();

        var fromString = BriefingJson.Read(BriefingJson.Write(seed, indented));
        var fromBytes = BriefingJson.Read(BriefingJson.WriteUtf8(seed, indented));
        using var stream = new MemoryStream();
        BriefingJson.Write(stream, seed, indented);
        stream.Position = 0;
        var fromStream = BriefingJson.Read(stream);

        Assert.True(fromString.Succeeded);
        Assert.Equal(seed, fromString.Briefing);
        Assert.Equal(seed, fromBytes.Briefing);
        Assert.Equal(seed, fromStream.Briefing);
    }

    [Fact]
    public async Task ReadAsync_reads_a_stream()
    {
        var seed = SeedModel.Create();
        using var stream = new MemoryStream(BriefingJson.WriteUtf8(seed));

        var result = await BriefingJson.ReadAsync(stream, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(seed, result.Briefing);
    }

    [Fact]
    public void Written_json_uses_the_contract_names_and_values()
    {
        var json = JsonDocument.Parse(BriefingJson.Write(SeedModel.Create())).RootElement;

        Assert.Equal("1.1", json.GetProperty("schemaVersion").GetString());
        Assert.Equal(JsonValueKind.Array, json.GetProperty("authors").ValueKind); // arrays are written even when empty, as body and related
        Assert.False(json.TryGetProperty("published", out _));
        Assert.False(json.TryGetProperty("url", out _));
        Assert.Equal("paragraph", json.GetProperty("body")[0].GetProperty("type").GetString());
        Assert.Equal("pullQuote", json.GetProperty("body")[3].GetProperty("type").GetString());
        Assert.Equal("q2", json.GetProperty("body")[3].GetProperty("quoteId").GetString());
        Assert.Equal("reported", json.GetProperty("quotes")[0].GetProperty("kind").GetString());
        Assert.Equal("lessThan", json.GetProperty("metrics")[3].GetProperty("comparator").GetString());
        Assert.Equal(JsonValueKind.Number, json.GetProperty("metrics")[0].GetProperty("value").ValueKind);
        Assert.Equal(3150000000m, json.GetProperty("metrics")[0].GetProperty("value").GetDecimal());
        Assert.False(json.GetProperty("related")[1].TryGetProperty("title", out _), "absent optional values are omitted");
        Assert.False(json.GetProperty("metrics")[0].TryGetProperty("period", out _));
    }

    [Fact]
    public void A_1_0_document_without_page_metadata_reads_validates_and_keeps_its_version()
    {
        const string json = """{"schemaVersion":"1.0","id":"x","title":"T","body":[],"quotes":[],"metrics":[],"related":[]}""";

        var read = BriefingJson.Read(json);

        Assert.True(read.Succeeded);
        Assert.Equal("1.0", read.Briefing!.SchemaVersion);
        Assert.Null(read.Briefing.Published);
        Assert.Null(read.Briefing.Url);
        Assert.Empty(read.Briefing.Authors);
        ContractSchema.AssertValid(json);
        Assert.StartsWith("""{"schemaVersion":"1.0",""", BriefingJson.Write(read.Briefing), StringComparison.Ordinal);
    }

    [Fact]
    public void Page_metadata_is_written_after_the_publisher_and_read_back()
    {
        var briefing = SeedModel.Create() with { Published = "2024-03-05T09:30:00+01:00", Authors = ["Jane Doe", "Seán O’Brien"], Url = "https://example.com/politics/russian-interest" };

        var json = BriefingJson.Write(briefing);

        Assert.Contains("""
            "publisher":"Deheza Limited","published":"2024-03-05T09:30:00+01:00","authors":["Jane Doe","Seán O’Brien"],"url":"https://example.com/politics/russian-interest","body":
            """, json, StringComparison.Ordinal);
        Assert.Equal(briefing, BriefingJson.Read(json).Briefing);
        ContractSchema.AssertValid(json);
    }

    [Fact]
    public void Unknown_members_survive_a_round_trip_at_every_level()
    {
        const string json = """
            {"schemaVersion":"1.0","id":"x","title":"T","futureTop":{"a":[1,2]},
             "body":[{"type":"paragraph","id":"p1","text":"Hi.","futureBlock":true},
                     {"type":"pullQuote","id":"pq1","text":"“Hi.”","attribution":{"text":"A, B","futureSource":"s"}}],
             "quotes":[{"id":"q1","kind":"direct","text":"Hi.","source":{"text":"Ann"},"blockId":"p1","span":{"start":0,"length":3},"futureQuote":1}],
             "metrics":[{"id":"m1","kind":"count","value":7,"unit":"people","comparator":"exact","text":"7 people","blockId":"p1","span":{"start":0,"length":1},"futureMetric":null}],
             "disclaimer":{"paragraphs":["x"],"futureDisclaimer":"d"},
             "related":[{"title":"R","futureRelated":[]}]}
            """;

        var first = BriefingJson.Read(json);
        Assert.True(first.Succeeded, string.Join("; ", first.Diagnostics));
        var written = BriefingJson.Write(first.Briefing!);
        var again = BriefingJson.Read(written).Briefing!;

        Assert.Equal(first.Briefing, again);
        var root = JsonDocument.Parse(written).RootElement;
        Assert.Equal(2, root.GetProperty("futureTop").GetProperty("a").GetArrayLength());
        Assert.True(root.GetProperty("body")[0].GetProperty("futureBlock").GetBoolean());
        Assert.Equal("s", root.GetProperty("body")[1].GetProperty("attribution").GetProperty("futureSource").GetString());
        Assert.Equal(1, root.GetProperty("quotes")[0].GetProperty("futureQuote").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("metrics")[0].GetProperty("futureMetric").ValueKind);
        Assert.Equal("d", root.GetProperty("disclaimer").GetProperty("futureDisclaimer").GetString());
        Assert.Equal(0, root.GetProperty("related")[0].GetProperty("futureRelated").GetArrayLength());
    }

    [Fact]
    public void Unknown_members_read_from_json_cannot_be_changed()
    {
        var briefing = BriefingJson.Read("""{"title":"T","extra":1}""").Briefing!;
        IDictionary<string, JsonElement> members = briefing.UnknownProperties!;

        Assert.Throws<NotSupportedException>(() => members.Add("more", default));
        Assert.Throws<NotSupportedException>(() => members.Remove("extra"));
    }

    [Fact]
    public void Absent_and_null_optional_values_read_alike()
    {
        var absent = BriefingJson.Read("""{"title":"T"}""");
        var nulls = BriefingJson.Read("""{"title":"T","standfirst":null,"category":null,"language":null,"publisher":null,"disclaimer":null}""");

        Assert.True(absent.Succeeded);
        Assert.Equal(absent.Briefing, nulls.Briefing);
        Assert.Empty(absent.Briefing!.Body);
    }

    [Fact]
    public void Missing_id_is_derived_from_the_title()
    {
        var result = BriefingJson.Read("""{"title":"Colombia’s Political Carousel"}""");

        Assert.Equal("colombias-political-carousel", result.Briefing!.Id);
    }

    [Fact]
    public void A_document_built_without_an_id_round_trips_equal_with_its_slug()
    {
        var briefing = new BriefingDocument { Title = "Crude awakening", Body = [new Paragraph { Id = "p1", Text = "Oil." }] };

        var read = BriefingJson.Read(BriefingJson.Write(briefing));

        Assert.Equal("crude-awakening", briefing.Id);
        Assert.Equal(briefing, read.Briefing);
        Assert.Contains("\"id\":\"crude-awakening\"", BriefingJson.Write(briefing), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"title\":\"T\",", "BJ001", 1, 13)]
    [InlineData("{\n  \"title\": \"T\",\n  \"body\": [,]\n}", "BJ001", 3, 12)]
    [InlineData("{\"title\":\"T\",}", "BJ001", 1, 14)]
    [InlineData("{\"title\":\"T\" /* c */}", "BJ001", 1, 14)]
    // A shape error is placed on the member that does not fit (its name), or on the object that lacks a required one.
    [InlineData("{\"title\":\"T\",\"title\":\"U\"}", "BJ002", 1, 14)]
    [InlineData("{\"title\":42}", "BJ002", 1, 2)]
    [InlineData("{\"standfirst\":\"S\"}", "BJ002", 1, 1)]
    [InlineData("{\"title\":\"T\",\"body\":[{\"type\":\"poem\",\"id\":\"p\",\"text\":\"x\"}]}", "BJ002", 1, 23)]
    [InlineData("{\"title\":\"T\",\"metrics\":[{\"id\":\"m\",\"kind\":\"money\",\"value\":NaN}]}", "BJ001", 1, 58)]
    [InlineData("[]", "BJ002", 1, 1)]
    [InlineData("null", "BJ002", 1, 1)]
    [InlineData("", "BJ001", 1, 1)]
    public void Bad_content_becomes_one_error_with_a_code_and_a_position(string json, string code, int? line, int? column)
    {
        var result = BriefingJson.Read(json);

        Assert.False(result.Succeeded);
        Assert.Null(result.Briefing);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.DoesNotContain("BytePositionInLine", diagnostic.Message, StringComparison.Ordinal);
        if (line is not null)
        {
            Assert.Equal(line, diagnostic.Line);
            Assert.Equal(column, diagnostic.Column);
        }
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        // "é" and "“" are 2 and 3 bytes in UTF-8 but one character each.
        var result = BriefingJson.Read("{\"title\":\"é“\",x}");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(1, diagnostic.Line);
        Assert.Equal(15, diagnostic.Column);
    }

    [Fact]
    public void Wrong_type_names_the_member_as_a_json_pointer()
    {
        var result = BriefingJson.Read("""{"title":"T","body":[{"type":"paragraph","id":"p1","text":5}]}""");

        Assert.Equal("/body/0/text", Assert.Single(result.Diagnostics).Path);
    }

    [Fact]
    public void Invalid_utf8_is_reported_not_replaced()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"title\":\"ab\"}");
        bytes[11] = 0xFF;

        var result = BriefingJson.Read(bytes);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BJ001", diagnostic.Code);
        Assert.Contains("UTF-8", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_placed_in_characters_as_every_reader_places_it()
    {
        // "éééé " is 5 characters but 9 bytes: the bad byte is the 16th character of the line, not the 20th byte.
        byte[] bytes = [.. "{\n{\"title\":\"\u00E9\u00E9\u00E9\u00E9 "u8, 0xFF, .. "\"}"u8];
        var json = Assert.Single(BriefingJson.Read(bytes.AsSpan(2)).Diagnostics);
        var ninjs = Assert.Single(Briefing.Model.Interop.Ninjs.Import(bytes.AsSpan(2)).Diagnostics);
        var onLineTwo = Assert.Single(BriefingJson.Read([.. "\uFEFF"u8, .. bytes]).Diagnostics);

        Assert.Equal((1, 16), (json.Line, json.Column));
        Assert.Equal((1, 16), (ninjs.Line, ninjs.Column));
        Assert.Equal((2, 16), (onLineTwo.Line, onLineTwo.Column));
    }

    [Theory]
    [InlineData("2.0")]
    [InlineData("10.1")]
    [InlineData("")]
    public void A_newer_major_schema_version_is_reported(string version)
    {
        var result = BriefingJson.Read("{\"schemaVersion\":\"" + version + "\",\"title\":\"T\",\"bodyV2\":{\"sections\":[]}}");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BJ003", diagnostic.Code);
        Assert.Equal("/schemaVersion", diagnostic.Path);
    }

    [Fact]
    public void A_newer_document_that_does_not_bind_still_reports_its_version()
    {
        var result = BriefingJson.Read("""{"schemaVersion":"2.0","title":{"main":"T"}}""");

        Assert.Equal("BJ003", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_newer_minor_version_is_read()
    {
        var result = BriefingJson.Read("""{"schemaVersion":"1.7","title":"T"}""");

        Assert.True(result.Succeeded);
        Assert.Equal("1.7", result.Briefing!.SchemaVersion);
    }

    [Fact]
    public void Documents_over_the_size_limit_are_refused_before_parsing()
    {
        var options = new BriefingJsonReadOptions { MaxDocumentBytes = 10 };

        Assert.Equal("BJ004", Assert.Single(BriefingJson.Read("""{"title":"a long title"}""", options).Diagnostics).Code);
        using var stream = new MemoryStream(new byte[1000]);
        Assert.Equal("BJ004", Assert.Single(BriefingJson.Read(stream, options).Diagnostics).Code);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"title":"T"}""")).ToArray();

        Assert.True(BriefingJson.Read(bytes).Succeeded);
    }

    [Fact]
    public void Deep_nesting_is_a_finding_not_a_stack_overflow()
    {
        var json = "{\"title\":\"T\",\"x\":" + new string('[', 100_000) + new string(']', 100_000) + "}";

        var result = BriefingJson.Read(json);

        Assert.False(result.Succeeded);
        Assert.Equal("BJ001", Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("$", "")]
    [InlineData("$.body[2].text", "/body/2/text")]
    [InlineData("$['a/b'].c", "/a~1b/c")]
    [InlineData("$.x~y", "/x~0y")]
    public void Json_paths_become_json_pointers(string path, string pointer) =>
        Assert.Equal(pointer, BriefingJson.ToPointer(path));
}
