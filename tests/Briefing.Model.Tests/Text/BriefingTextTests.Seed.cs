using System.Globalization;
using System.Text;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;
using Briefing.Model.Text;
using Snapshooter;
using Snapshooter.Xunit3;

namespace Briefing.Model.Tests.Text;

public sealed partial class BriefingTextTests
{
    private static BriefingDocument ParseSeed(string name = "russian-interest.txt")
    {
        var result = BriefingText.Parse(TestData.ReadSeed(name));
        Assert.NotNull(result.Briefing);
        return result.Briefing;
    }

    [Fact]
    public void Seed_parses_to_the_hand_built_reference_model()
    {
        var reference = SeedModel.Create();

        var parsed = ParseSeed();

        // Everything, the metrics MetricExtractor finds included, must match exactly.
        Assert.Equal(reference.Metrics, parsed.Metrics);
        Assert.Equal(reference, parsed);
    }

    [Fact]
    public void Seed_has_the_facts_design_section_1_lists()
    {
        var result = BriefingText.Parse(TestData.ReadSeed("russian-interest.txt"));
        var seed = result.Briefing!;

        Assert.True(result.Succeeded);
        Assert.Equal("Russian interest", seed.Title);
        Assert.Equal("russian-interest", seed.Id);
        Assert.Equal("The growth of Russian influence in Latin America.", seed.Standfirst);
        Assert.Equal(10, seed.Body.Length);
        Assert.Equal(8, seed.Body.OfType<Paragraph>().Count());
        Assert.Equal(2, seed.Body.OfType<PullQuote>().Count());

        var direct = seed.Quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        Assert.Equal(2, direct.Count);
        Assert.StartsWith("a senior Venezuelan business executive", direct[0].Source.Text, StringComparison.Ordinal);
        Assert.StartsWith("the head of an important political studies institute", direct[1].Source.Text, StringComparison.Ordinal);
        foreach (var pull in seed.Body.OfType<PullQuote>())
        {
            Assert.Contains(direct, q => q.Id == pull.QuoteId);
        }

        Assert.Contains(seed.Quotes, q => q.Kind == QuoteKind.Reported && q.Source.Name == "Real Instituto Elcano");
        Assert.Equal("Deheza Limited", seed.Publisher);
        Assert.Equal("Deheza Limited", seed.Disclaimer!.Publisher);
        Assert.Equal("Important Notice", seed.Disclaimer.Heading);
        Assert.Equal(2, seed.Disclaimer.Paragraphs.Length);
        Assert.Equal("Politics", seed.Category);
        Assert.Equal(10, seed.Related.Length);
        Assert.Single(seed.Related, r => r.Title is null);
        Assert.Equal("en", seed.Language);
    }

    [Fact]
    public void Seed_scare_quotes_and_the_nested_attribution_make_no_quotes()
    {
        var seed = ParseSeed();

        Assert.Equal(3, seed.Quotes.Length);
        Assert.DoesNotContain(seed.Quotes, q => q.Text.Contains("virtual", StringComparison.Ordinal) && q.Text.Length < 20);
        Assert.DoesNotContain(seed.Quotes, q => q.Text.StartsWith("the Minister of Defence", StringComparison.Ordinal));

        // The executive's quote runs to its closing mark, past the nested "some sources say that".
        var executive = seed.Quotes[1];
        Assert.EndsWith("\u2018Moscow\u2019s man\u2019 in Caracas.", executive.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_quote_span_covers_its_text_in_its_block()
    {
        foreach (var name in TestData.SeedNames().Select(row => row.Data))
        {
            var briefing = ParseSeed(name);
            foreach (var quote in briefing.Quotes)
            {
                var block = briefing.FindBlock(quote.BlockId);
                Assert.NotNull(block);
                Assert.Equal(quote.Text, quote.Span.Slice(block.Text));
            }
        }
    }

    [Fact]
    public void Seed_source_map_points_at_the_parts_in_the_text()
    {
        var text = TestData.ReadSeed("russian-interest.txt");
        var lines = text.Split('\n');
        var map = BriefingText.Parse(text).SourceMap;

        Assert.Equal(new TextPosition(1, 1), Position(map, "/title"));
        Assert.Equal(new TextPosition(3, 1), Position(map, "/standfirst"));
        Assert.Equal(new TextPosition(5, 1), Position(map, "/body/0"));
        Assert.Equal(new TextPosition(11, 1), Position(map, "/body/3"));
        Assert.Equal(new TextPosition(13, 1), Position(map, "/body/3/attribution"));

        // The reported statement starts after "According to the Spanish think tank, Real Instituto Elcano, ".
        var q1 = Position(map, "/quotes/0");
        Assert.StartsWith("Russia\u2019s interests", lines[q1.Line - 1][(q1.Column - 1)..], StringComparison.Ordinal);
        var q2 = Position(map, "/quotes/1");
        Assert.StartsWith("Russia\u2019s approach", lines[q2.Line - 1][(q2.Column - 1)..], StringComparison.Ordinal);

        var disclaimer = Position(map, "/disclaimer");
        Assert.Equal("Important Notice", lines[disclaimer.Line - 1]);
        Assert.Equal(disclaimer.Line + 1, Position(map, "/disclaimer/paragraphs/0").Line);
        var publisher = Position(map, "/publisher");
        Assert.StartsWith("Deheza Limited", lines[publisher.Line - 1][(publisher.Column - 1)..], StringComparison.Ordinal);

        var related = Position(map, "/related");
        Assert.Equal("Most recent in Politics", lines[related.Line - 1]);
        Assert.Equal("Politics", lines[related.Line - 1][(Position(map, "/category").Column - 1)..]);
        Assert.Equal("Panama's 2024 presidential election.", lines[Position(map, "/related/1").Line - 1]);
        Assert.Equal("All eyes on you", lines[Position(map, "/related/0/title").Line - 1]);

        // Deeper pointers fall back to their nearest mapped ancestor.
        Assert.Equal(Position(map, "/body/3"), Position(map, "/body/3/text"));
    }

    [Fact]
    public void Seed_parse_reports_only_the_related_item_without_a_title()
    {
        var result = BriefingText.Parse(TestData.ReadSeed("russian-interest.txt"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BT004", diagnostic.Code);
        Assert.Equal(Diagnostics.DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("/related/1", diagnostic.Path);
        Assert.Equal(Position(result.SourceMap, "/related/1").Line, diagnostic.Line);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_seed_and_sample_parses_to_its_reviewed_snapshot(string name)
    {
        var json = BriefingJson.Write(ParseSeed(name), indented: true);

        Snapshot.Match(json, new SnapshotNameExtension(Path.GetFileNameWithoutExtension(name)));
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Bytes_stream_span_and_string_parse_alike(string name)
    {
        var bytes = TestData.ReadSeedBytes(name);
        var expected = BriefingText.Parse(Encoding.UTF8.GetString(bytes)).Briefing;

        using var stream = new MemoryStream(bytes);
        Assert.Equal(expected, BriefingText.Parse(bytes.AsSpan()).Briefing);
        Assert.Equal(expected, BriefingText.Parse(stream).Briefing);
        Assert.Equal(expected, BriefingText.Parse(Encoding.UTF8.GetString(bytes).AsSpan()).Briefing);
    }

    [Fact]
    public async Task ParseAsync_reads_a_stream()
    {
        var bytes = TestData.ReadSeedBytes("russian-interest.txt");
        using var stream = new MemoryStream(bytes);

        var result = await BriefingText.ParseAsync(stream, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ParseSeed(), result.Briefing);
    }

    // The source map of a parse: every pointer the parser maps, with its position, is pinned by a
    // reviewed snapshot per seed; and the parser's map (kept by part and index, not by pointer string)
    // answers every look-up exactly as a dictionary of the same pointers would.
    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Every_seed_maps_its_parts_to_their_reviewed_positions(string name)
    {
        var map = BriefingText.Parse(TestData.ReadSeed(name)).SourceMap;

        var listing = new StringBuilder();
        foreach (var (pointer, position) in map.Entries().OrderBy(static e => e.Key, StringComparer.Ordinal))
        {
            listing.Append(CultureInfo.InvariantCulture, $"{(pointer.Length == 0 ? "(document)" : pointer)} {position.Line}:{position.Column}\n");
        }

        Assert.Equal(map.Count, map.Entries().Count());
        Snapshot.Match(listing.ToString(), new SnapshotNameExtension(Path.GetFileNameWithoutExtension(name)));
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Parsed_source_map_answers_like_a_dictionary_of_its_pointers(string name)
    {
        var text = TestData.ReadSeed(name).ReplaceLineEndings("\n");
        // The seed, and the seed with its first body blocks gone (so indices shift and regions move).
        foreach (var input in new[] { text, string.Join("\n\n", text.Split("\n\n").Where(static (_, i) => i is not (2 or 3))) })
        {
            var parsed = BriefingText.Parse(input);
            var briefing = parsed.Briefing!;
            var reference = new SourceMap(parsed.SourceMap.Entries().ToList());
            Assert.Equal(reference.Count, parsed.SourceMap.Count);

            foreach (var pointer in Probes(briefing))
            {
                var found = parsed.SourceMap.TryGetPosition(pointer, out var position);
                var expectedFound = reference.TryGetPosition(pointer, out var expected);
                Assert.True(expectedFound == found && expected == position, $"{name}: {pointer ?? "(null)"} gives {found} {position}, a dictionary {expectedFound} {expected}");
            }
        }
    }

    [Fact]
    public void Parsed_source_map_finds_only_pointers_written_as_the_parser_writes_them()
    {
        var map = BriefingText.Parse(TestData.ReadSeed("russian-interest.txt")).SourceMap;
        Assert.True(map.TryGetPosition("/quotes/1", out var quote));

        // Non-canonical indices are not the pointer "/quotes/1": they fall back to the document.
        Assert.True(map.TryGetPosition("", out var document));
        foreach (var pointer in new[] { "/quotes/01", "/quotes/+1", "/quotes/1\0", "/quotes/ 1", "/quotes/\u0661", "/quotes/99999999999" })
        {
            Assert.True(map.TryGetPosition(pointer, out var position));
            Assert.Equal(document, position);
        }

        Assert.True(map.TryGetPosition("/quotes/1/source/name", out var deeper));
        Assert.Equal(quote, deeper);
    }

    /// <summary>Pointers a validator or a tool might ask for: mapped ones, their members, and malformed or missing ones.</summary>
    private static IEnumerable<string?> Probes(BriefingDocument briefing)
    {
        string?[] fixedProbes =
        [
            null, "", "/", "//", "/x", "x", "/title", "/title/x", "/standfirst", "/category", "/publisher", "/language", "/disclaimer",
            "/disclaimer/heading", "/disclaimer/publisher", "/disclaimer/paragraphs", "/disclaimer/paragraphs/", "/related", "/related/",
            "/body", "/body/", "/quotes", "/metrics", "/body/01", "/body/-1", "body/0", "//body/0", "/body//0", "/quotes/0/", "/metrics/ 1",
            "/related/0/title/x", "/body/0/attribution/name", "/related/00/title",
        ];
        foreach (var probe in fixedProbes)
        {
            yield return probe;
        }

        var lists = new (string Prefix, int Count, string[] Members)[]
        {
            ("/body/", briefing.Body.Length, ["", "/text", "/attribution", "/attribution/name", "/quoteId"]),
            ("/quotes/", briefing.Quotes.Length, ["", "/text", "/source/name"]),
            ("/metrics/", briefing.Metrics.Length, ["", "/value"]),
            ("/related/", briefing.Related.Length, ["", "/title", "/summary"]),
            ("/disclaimer/paragraphs/", briefing.Disclaimer?.Paragraphs.Length ?? 0, ["", "/x"]),
        };
        foreach (var (prefix, count, members) in lists)
        {
            for (var i = 0; i <= count + 1; i++)
            {
                foreach (var member in members)
                {
                    yield return prefix + i.ToString(CultureInfo.InvariantCulture) + member;
                }
            }
        }
    }

    public static TheoryData<string> SeedNames() => TestData.SeedNames();

    private static TextPosition Position(SourceMap map, string pointer)
    {
        Assert.True(map.TryGetPosition(pointer, out var position), $"{pointer} is not mapped");
        return position;
    }
}
