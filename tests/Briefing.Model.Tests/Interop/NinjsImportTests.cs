using System.Text;
using System.Text.Json;
using Briefing.Model.Diagnostics;
using Briefing.Model.Interop;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Interop;

public sealed class NinjsImportTests
{
    [Fact]
    public void Seed_export_imports_back_to_an_equal_briefing()
    {
        var seed = SeedModel.Create();

        var result = Ninjs.Import(Ninjs.Export(seed));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(seed, result.Briefing);
    }

    [Fact]
    public void Export_without_annotations_keeps_title_standfirst_and_block_texts()
    {
        var seed = SeedModel.Create();

        var result = Ninjs.Import(Encoding.UTF8.GetBytes(Ninjs.Export(seed, new NinjsExportOptions { IncludeAnnotations = false, Indented = false })));

        Assert.True(result.Succeeded);
        Assert.Equal(seed.Title, result.Briefing.Title);
        Assert.Equal(seed.Standfirst, result.Briefing.Standfirst);
        Assert.Equal(IptcNinjs.Texts(seed), IptcNinjs.Texts(result.Briefing));
        Assert.Equal(seed.Body.Select(b => (b.Id, b.GetType())), result.Briefing.Body.Select(b => (b.Id, b.GetType())));
        Assert.Equal("Senior Venezuelan business executive, New York", ((PullQuote)result.Briefing.Body[3]).Attribution.Text);
        Assert.Empty(result.Briefing.Quotes);
    }

    [Theory]
    [MemberData(nameof(TestData.SeedNames), MemberType = typeof(TestData))]
    public void Sample_like_exports_import_back_with_the_same_texts(string seedName)
    {
        var sample = IptcNinjs.SampleLike(seedName);

        var result = Ninjs.Import(Ninjs.Export(sample));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(sample.Title, result.Briefing.Title);
        Assert.Null(result.Briefing.Standfirst);
        Assert.Equal(IptcNinjs.Texts(sample), IptcNinjs.Texts(result.Briefing));
    }

    [Fact]
    public void Texts_with_markup_characters_and_significant_whitespace_survive_the_round_trip()
    {
        var briefing = new BriefingDocument
        {
            Title = "A <b>bold</b> & \"quoted\" title ",
            Standfirst = "  Spaces\tand\u00A0NBSP  ",
            Body =
            [
                new Paragraph { Id = "p1", Text = "x < y && y > z; </p><p>not a tag" },
                new Paragraph { Id = "p2", Text = "two  spaces,\nnew line\r\nand CRLF, trailing " },
                new Heading { Id = "h1", Text = "A heading" },
                new PullQuote { Id = "pq1", Text = "\u201CQuoted.\u201D", Attribution = new Source { Text = "Analyst, <Lima>" } },
            ],
        };

        var result = Ninjs.Import(Ninjs.Export(briefing));

        Assert.True(result.Succeeded);
        Assert.Equal(briefing.Title, result.Briefing.Title);
        Assert.Equal(briefing.Standfirst, result.Briefing.Standfirst);
        Assert.Equal(IptcNinjs.Texts(briefing), IptcNinjs.Texts(result.Briefing));
        Assert.Equal(briefing.Body.Select(b => b.GetType()), result.Briefing.Body.Select(b => b.GetType()));
        Assert.Equal("Analyst, <Lima>", ((PullQuote)result.Briefing.Body[3]).Attribution.Text);
    }

    [Fact]
    public void Random_texts_survive_the_round_trip()
    {
        // Whole characters (the emoji is a surrogate pair), markup, entities-to-be, whitespace and NBSP.
        string[] alphabet = ["a", "b", " ", "Z", "0", "9", "<", ">", "&", ";", "#", "\"", "'", "/", "=", "!", "?", "-", "\n", "\r", "\t", "\u00A0", "\u2019", "\u201C", "\u201D", "\u2013", "é", "漢", "😀", "]", "[", "*", "_", "`"];
        var random = new Random(42);
        string Text(int min) => string.Concat(Enumerable.Range(0, random.Next(min, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]));

        // Blocks always have visible text: whitespace-only blocks are not blocks.
        string BlockText() => "x" + Text(0);

        for (var i = 0; i < 200; i++)
        {
            var briefing = new BriefingDocument
            {
                Title = Text(0),
                Standfirst = random.Next(2) == 0 ? null : Text(0),
                Body = [.. Enumerable.Range(0, random.Next(1, 5)).Select(n => (Block)(n % 3 == 2
                    ? new PullQuote { Id = $"pq{n}", Text = BlockText(), Attribution = new Source { Text = "y" } }
                    : new Paragraph { Id = $"p{n}", Text = BlockText() }))],
            };

            var result = Ninjs.Import(Ninjs.Export(briefing, new NinjsExportOptions { IncludeAnnotations = false }));

            Assert.True(result.Succeeded);
            Assert.Equal(briefing.Title, result.Briefing.Title);
            Assert.Equal(briefing.Standfirst, result.Briefing.Standfirst);
            Assert.Equal(IptcNinjs.Texts(briefing), IptcNinjs.Texts(result.Briefing));
        }
    }

    [Theory]
    [MemberData(nameof(IptcNinjs.Examples), MemberType = typeof(IptcNinjs))]
    public void Iptc_examples_are_valid_and_import_with_their_headline_and_language(string example)
    {
        var json = IptcNinjs.Read(example);
        IptcNinjs.AssertValid(json);

        var result = Ninjs.Import(json);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var item = JsonDocument.Parse(json).RootElement;
        if (item.TryGetProperty("headlines", out var headlines))
        {
            var main = headlines.EnumerateArray().FirstOrDefault(h => h.TryGetProperty("role", out var r) && r.GetString() == "main");
            var expected = (main.ValueKind == JsonValueKind.Object ? main : headlines[0]).GetProperty("value").GetString();
            Assert.Equal(expected, result.Briefing.Title);
        }

        Assert.Equal(item.TryGetProperty("language", out var language) ? language.GetString() : null, result.Briefing.Language);
        if (item.TryGetProperty("bodies", out _))
        {
            Assert.NotEmpty(result.Briefing.Body);
            Assert.All(result.Briefing.Body, b => Assert.False(string.IsNullOrWhiteSpace(b.Text)));
            Assert.All(result.Briefing.Body, b => Assert.DoesNotContain("<", b.Text, StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(result.Diagnostics, d => d.Code == NinjsCodes.NoTextBody && d.Severity == DiagnosticSeverity.Warning);
        }
    }

    [Theory]
    [InlineData("documentation/includes/examples/2.2/004_simple_text_article.json")]
    [InlineData("documentation/includes/examples/2.2/005_complex_text_article.json")]
    [InlineData("examples/2.1/dpa_text.json")]
    [InlineData("examples/2.1/ninjsExSimpleText_2.json")]
    public void Html_bodies_become_one_paragraph_per_p_element(string example)
    {
        var json = IptcNinjs.Read(example);
        var html = JsonDocument.Parse(json).RootElement.GetProperty("bodies").EnumerateArray()
            .First(b => b.GetProperty("contenttype").GetString()!.Contains("html")).GetProperty("value").GetString()!;
        var paragraphs = html.Split("<p>").Skip(1).Select(p => p[..p.IndexOf("</p>", StringComparison.Ordinal)]).ToList();

        var briefing = Ninjs.Import(json).Briefing!;

        Assert.Equal(paragraphs.Count, briefing.Body.Length);
        Assert.All(briefing.Body, b => Assert.IsType<Paragraph>(b));
        Assert.StartsWith(paragraphs[0][..40], briefing.Body[0].Text, StringComparison.Ordinal);
        Assert.Equal(["p1", "p2"], briefing.Body.Take(2).Select(b => b.Id));
    }

    [Fact]
    public void Agency_html_keeps_body_text_and_drops_title_datelines_and_figure_captions()
    {
        var briefing = Ninjs.Import(IptcNinjs.Read("examples/2.1/tt_text_image_2.json")).Briefing!;

        // Two paragraphs and two quotations without attribution (dialogue), in reading order.
        Assert.Equal(4, briefing.Body.Length);
        Assert.StartsWith("Pandemin satte stopp", briefing.Body[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("rapporterar Sydöstran.", briefing.Body[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Aurora 2023 kommer", briefing.Body[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(briefing.Body, b => b.Text.Contains("Arkivbild", StringComparison.Ordinal) || b.Text == briefing.Title);
        Assert.Equal("TT", briefing.Publisher);
        Assert.Equal("Krig, konflikter och oroligheter", briefing.Category);
        Assert.Equal("militärövning", briefing.Id);
        Assert.Empty(briefing.Related); // the association is a picture
    }

    [Fact]
    public void Usage_terms_and_copyright_notice_become_the_disclaimer()
    {
        var briefing = Ninjs.Import(IptcNinjs.Read("examples/2.1/ap_audio.json")).Briefing!;

        Assert.Equal(2, briefing.Disclaimer!.Paragraphs.Length);
        Assert.StartsWith("This content is intended for editorial use only.", briefing.Disclaimer.Paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("Copyright 2019 The Associated Press", briefing.Disclaimer.Paragraphs[1], StringComparison.Ordinal);
        Assert.Equal("Political News", briefing.Category);
        Assert.Empty(briefing.Body);
    }

    [Fact]
    public void Empty_usage_terms_give_no_disclaimer_and_the_copyright_holder_is_the_publisher()
    {
        var briefing = Ninjs.Import(IptcNinjs.Read("examples/2.1/ntb_text.json")).Briefing!;

        Assert.Null(briefing.Disclaimer);
        Assert.Equal("NTB", briefing.Publisher);
        Assert.Equal("skien-google", briefing.Id);
        Assert.Equal("nb-NO", briefing.Language);
    }

    [Fact]
    public void Html_without_paragraph_elements_is_one_paragraph_with_inline_markup_removed()
    {
        var briefing = Ninjs.Import(IptcNinjs.Read("examples/2.1/businesswire-newsml-20130731006140.json")).Briefing!;

        var paragraph = Assert.Single(briefing.Body);
        Assert.StartsWith("With more Applebee\u2019s® Lunch Combos than ever \u2013 enough to try a new combination", paragraph.Text, StringComparison.Ordinal);
        Assert.Empty(briefing.Related); // logo and video are media
    }

    [Fact]
    public void Validation_suite_cases_pass_and_fail_as_marked()
    {
        var suite = Path.Combine(IptcNinjs.Directory, "validation", "test_suite", "2.2");
        var pass = Directory.GetFiles(Path.Combine(suite, "should_pass"), "*.json");
        var fail = Directory.GetFiles(Path.Combine(suite, "should_fail"), "*.json");
        Assert.NotEmpty(pass);
        Assert.NotEmpty(fail);

        foreach (var file in pass)
        {
            Assert.True(Ninjs.Import(File.ReadAllText(file)).Succeeded, file);
        }

        foreach (var file in fail)
        {
            var result = Ninjs.Import(File.ReadAllText(file));
            Assert.False(result.Succeeded, file);
            Assert.Null(result.Briefing);
            Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        }

        var bad = Ninjs.Import(File.ReadAllText(fail.Single(f => f.EndsWith("001_bad_digital_source.json", StringComparison.Ordinal))));
        var diagnostic = Assert.Single(bad.Diagnostics);
        Assert.Equal((NinjsCodes.WrongType, "/digitalsourcetype"), (diagnostic.Code, diagnostic.Path));
    }

    /// <summary>Each case breaks one rule of the schema (code and pointer of the expected finding).</summary>
    public static TheoryData<string, string, string> SchemaViolations() => new()
    {
        { """{"type":"text"}""", NinjsCodes.MissingMember, "" },
        { """[{"uri":"u"}]""", NinjsCodes.WrongType, "" },
        { """{"uri":"u","headline":"ninjs 1.x"}""", NinjsCodes.UnknownMember, "/headline" },
        { """{"uri":"u","type":"article"}""", NinjsCodes.NotAllowed, "/type" },
        { """{"uri":"u","pubstatus":"draft"}""", NinjsCodes.NotAllowed, "/pubstatus" },
        { """{"uri":"u","urgency":"high"}""", NinjsCodes.WrongType, "/urgency" },
        { """{"uri":"u","headlines":[{"role":"main"}]}""", NinjsCodes.MissingMember, "/headlines/0" },
        { """{"uri":"u","headlines":{"value":"x"}}""", NinjsCodes.WrongType, "/headlines" },
        { """{"uri":"u","bodies":[{"value":"x","html":true}]}""", NinjsCodes.UnknownMember, "/bodies/0/html" },
        { """{"uri":"u","subjects":[{"name":"x","relevance":101}]}""", NinjsCodes.NotAllowed, "/subjects/0/relevance" },
        { """{"uri":"u","subjects":[{"name":"x","confidence":5.5}]}""", NinjsCodes.WrongType, "/subjects/0/confidence" },
        { """{"uri":"u","associations":[{"uri":"a"}]}""", NinjsCodes.MissingMember, "/associations/0" },
        { """{"uri":"u","associations":[{"name":"a","uri":"a","extra":1}]}""", NinjsCodes.UnknownMember, "/associations/0/extra" },
        { """{"uri":"u","associations":[{"name":"a","uri":"a","type":"movie"}]}""", NinjsCodes.NotAllowed, "/associations/0/type" },
        { """{"uri":"u","people":[{"contactinfo":[{"value":"1","address":{}}]}]}""", NinjsCodes.NotAllowed, "/people/0/contactinfo/0" },
        { """{"uri":"u","people":[{"contactinfo":[{"type":"phone"}]}]}""", NinjsCodes.MissingMember, "/people/0/contactinfo/0" },
        { """{"uri":"u","rightsinfo":{"langid":"x"}}""", NinjsCodes.MissingMember, "/rightsinfo" },
        { """{"uri":"u","renditions":[{"href":"x"}]}""", NinjsCodes.MissingMember, "/renditions/0" },
        { """{"uri":"u","standard":{"name":"ninjs","level":1}}""", NinjsCodes.UnknownMember, "/standard/level" },
        { """{"uri":42}""", NinjsCodes.WrongType, "/uri" },
    };

    /// <summary>Items at the edges of what the schema allows.</summary>
    public static TheoryData<string> SchemaEdgeCases() => new()
    {
        """{"uri":"u","rightsinfo":{"encodedrights":"x","other":1}}""",
        """{"uri":"u","places":[{"name":"x","geojson":{"type":"Point","coordinates":[1,2]}}]}""",
        """{"uri":"u","subjects":[{"relevance":100,"confidence":0}],"urgency":1.5}""",
    };

    [Theory]
    [MemberData(nameof(SchemaViolations))]
    public void Items_that_break_the_schema_are_rejected_with_a_code_and_pointer(string json, string code, string path)
    {
        var result = Ninjs.Import(json);

        Assert.False(result.Succeeded);
        Assert.Null(result.Briefing);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Path == path && d.Severity == DiagnosticSeverity.Error);
    }

    /// <summary>The hand-written checks and IPTC's schema (through an independent validator) agree on every case.</summary>
    [Theory]
    [MemberData(nameof(SchemaViolations))]
    public void Iptc_schema_rejects_the_same_items(string json, string code, string path)
    {
        Assert.False(IptcNinjs.Evaluate(json).IsValid, $"{code} {path}");
    }

    [Theory]
    [MemberData(nameof(SchemaEdgeCases))]
    public void Items_the_schema_allows_are_accepted(string json)
    {
        Assert.True(Ninjs.Import(json).Succeeded);
    }

    [Theory]
    [MemberData(nameof(SchemaEdgeCases))]
    public void Iptc_schema_accepts_the_same_items(string json)
    {
        Assert.True(IptcNinjs.Evaluate(json).IsValid);
    }

    [Theory]
    [InlineData("{\"uri\":\"u\",}", 1, 12)]
    [InlineData("{\n  \"uri\": \"ü\"\n  \"type\": \"text\"\n}", 3, 3)]
    [InlineData("{\"uri\":\"u\"} x", 1, 13)]
    [InlineData("", 1, 1)]
    public void Malformed_json_is_reported_with_line_and_column(string json, int line, int column)
    {
        var result = Ninjs.Import(json);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(NinjsCodes.MalformedJson, diagnostic.Code);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Duplicate_members_and_invalid_utf8_are_malformed()
    {
        var duplicate = Ninjs.Import("""{"uri":"u","headlines":[{"value":"a","value":"b"}]}""");
        Assert.Equal((NinjsCodes.MalformedJson, "/headlines/0/value"), (duplicate.Diagnostics.Single().Code, duplicate.Diagnostics.Single().Path));
        Assert.Equal((1, 38), (duplicate.Diagnostics.Single().Line, duplicate.Diagnostics.Single().Column)); // the second occurrence

        var invalid = Ninjs.Import([.. "{\"uri\":\""u8, 0xC3, 0x28, .. "\"}"u8]);
        Assert.Equal((NinjsCodes.MalformedJson, 1, 9), (invalid.Diagnostics.Single().Code, invalid.Diagnostics.Single().Line, invalid.Diagnostics.Single().Column));
    }

    [Fact]
    public void Input_over_the_size_limit_is_rejected()
    {
        var result = Ninjs.Import("""{"uri":"u"}""", new BriefingJsonReadOptions { MaxDocumentBytes = 5 });

        Assert.Equal(NinjsCodes.TooLarge, result.Diagnostics.Single().Code);
    }

    [Fact]
    public void Item_without_headline_imports_with_an_empty_title_and_a_warning()
    {
        var result = Ninjs.Import("""{"uri":"u","bodies":[{"value":"Body."}]}""");

        Assert.True(result.Succeeded);
        Assert.Equal("", result.Briefing.Title);
        Assert.Equal("Body.", Assert.Single(result.Briefing.Body).Text);
        Assert.Contains(result.Diagnostics, d => d.Code == NinjsCodes.NoHeadline);
    }

    [Fact]
    public void Unreadable_or_stale_annotations_are_warnings_and_the_rest_imports()
    {
        var unreadable = Ninjs.Import($$"""{"uri":"u","headlines":[{"value":"T"}],"bodies":[{"value":"B"}],"descriptions":[{"role":"{{Ninjs.AnnotationsRole}}","contenttype":"{{Ninjs.AnnotationsContentType}}","value":"{not json"}]}""");
        Assert.True(unreadable.Succeeded);
        Assert.Equal((NinjsCodes.AnnotationsUnreadable, "/descriptions/0/value"), (unreadable.Diagnostics.Single().Code, unreadable.Diagnostics.Single().Path));

        // A receiving system edits the body after export: the quotes no longer point at their words.
        var item = Ninjs.ExportNode(SeedModel.Create());
        var xhtml = item["bodies"]![1]!["value"]!.GetValue<string>();
        item["bodies"]![1]!["value"] = xhtml.Replace("<p id=\"p3\">", "<p id=\"p3\">Edited. ", StringComparison.Ordinal);
        var stale = Ninjs.Import(item.ToJsonString());
        Assert.True(stale.Succeeded);
        Assert.Contains(stale.Diagnostics, d => d.Code == NinjsCodes.AnnotationMismatch && d.Path == "/quotes/1");
        Assert.Equal(3, stale.Briefing.Quotes.Length);
    }

    [Fact]
    public void Lenient_html_reading_handles_entities_comments_breaks_and_attributed_blockquotes()
    {
        var html = "<!-- c --><h1>Title</h1><p>caf&eacute; &amp; co&#8217;s <a href='x'>link</a><br/>next</p>" +
            "<P>unclosed<p>second</ br><h3>Sub</h3><blockquote><p>Quoted words.</p><footer>\u2014 Minister, Quito</footer></blockquote>" +
            "<script>var p = '<p>no</p>';</script><figure><img src='x'/><figcaption>caption</figcaption></figure>";
        var json = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["uri"] = "u",
            ["bodies"] = new[] { new Dictionary<string, string> { ["contenttype"] = "text/html", ["value"] = html } },
        });

        var body = Ninjs.Import(json).Briefing!.Body;

        Assert.Equal(["caf\u00E9 & co\u2019s link\nnext", "unclosed", "second", "Sub", "Quoted words."], body.Select(b => b.Text));
        Assert.IsType<Heading>(body[3]);
        var quote = Assert.IsType<PullQuote>(body[4]);
        Assert.Equal("Minister, Quito", quote.Attribution.Text);
    }

    [Fact]
    public void Plain_bodies_split_on_blank_lines_or_else_on_lines()
    {
        var blank = Ninjs.Import("""{"uri":"u","bodies":[{"value":"One\r\nstill one.\r\n\r\nTwo."}]}""").Briefing!;
        var lines = Ninjs.Import("""{"uri":"u","bodies":[{"contenttype":"text/plain","value":"One.\nTwo.\n"}]}""").Briefing!;

        Assert.Equal(["One\nstill one.", "Two."], blank.Body.Select(b => b.Text));
        Assert.Equal(["One.", "Two."], lines.Body.Select(b => b.Text));
    }

    [Fact]
    public void Truncated_or_mangled_input_never_throws()
    {
        var json = Ninjs.Export(SeedModel.Create(), new NinjsExportOptions { Indented = false });
        var random = new Random(10);
        for (var i = 0; i < 300; i++)
        {
            var cut = json[..random.Next(json.Length)];
            var chars = json.ToCharArray();
            chars[random.Next(chars.Length)] = "<>&\"{}[],:\\x"[random.Next(12)];
            _ = Ninjs.Import(cut);
            _ = Ninjs.Import(new string(chars));
        }
    }
}
