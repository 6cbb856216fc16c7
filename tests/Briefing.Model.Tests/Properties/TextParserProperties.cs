using System.Collections.Concurrent;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;
using Briefing.Model.Text;
using CsCheck;

namespace Briefing.Model.Tests.Properties;

/// <summary>
/// Properties of the plain-text front door (docs/text-layout.md): arbitrary and damaged text never makes the
/// parser throw; generated briefings that follow the layout parse into their structure; parsed
/// briefings survive the text and JSON round trips; parsing is deterministic and thread-safe.
/// </summary>
public sealed class TextParserProperties
{
    /// <summary>Parser codes are not fixed yet; any stable code of letters and digits is accepted.</summary>
    private const string Code = "^[A-Z]{2,4}[0-9]{3}$";

    [Fact]
    public void Arbitrary_and_near_text_never_makes_the_parser_throw_and_every_failure_is_explained()
    {
        Gen.Frequency(
            (1, Gen.String),
            (1, Gen.Char.Array[0, 2000].Select(chars => new string(chars))),
            (4, ModelGenerators.NearText)).Sample(
            text => PropertyRuns.AssertWellFormed(BriefingText.Parse(text), Code),
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Inputs,
            print: PropertyRuns.Print);
    }

    [Fact]
    public void Generated_layout_briefings_parse_into_their_structure()
    {
        ModelGenerators.Layout.Sample(
            layout =>
            {
                var result = BriefingText.Parse(layout.Text);
                Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
                AssertStructure(layout.Expected, result.Briefing);
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Documents,
            print: layout => PropertyRuns.Print(layout.Text));
    }

    [Fact]
    public void Parsed_briefings_survive_a_text_round_trip()
    {
        Gen.Frequency((1, Gen.OneOf(SeedTexts())), (4, ModelGenerators.Layout.Select(l => l.Text))).Sample(
            text =>
            {
                var parsed = BriefingText.Parse(text).Briefing;
                Assert.NotNull(parsed);
                var written = BriefingText.Write(parsed);
                var again = BriefingText.Parse(written);
                Assert.Equal(parsed, again.Briefing);
                Assert.Equal(written, BriefingText.Write(again.Briefing!));
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Documents,
            print: PropertyRuns.Print);
    }

    [Fact]
    public void Parsed_briefings_survive_a_json_round_trip_and_match_the_schema()
    {
        Gen.Frequency((1, Gen.OneOf(SeedTexts())), (2, ModelGenerators.Layout.Select(l => l.Text)), (2, ModelGenerators.NearText)).Sample(
            text =>
            {
                if (BriefingText.Parse(text).Briefing is { } parsed)
                {
                    var json = BriefingJson.Write(parsed);
                    Assert.Equal(parsed, BriefingJson.Read(json).Briefing);
                    ContractSchema.AssertValid(json);
                }
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Documents,
            print: PropertyRuns.Print);
    }

    [Fact]
    public void Parsing_is_deterministic_and_gives_the_sequential_results_from_many_threads()
    {
        Gen.Frequency((1, Gen.OneOf(SeedTexts())), (2, ModelGenerators.Layout.Select(l => l.Text)), (2, ModelGenerators.NearText)).Array[32].Sample(
            texts =>
            {
                var expected = texts.Select(t => BriefingText.Parse(t)).ToArray();
                for (var k = 0; k < texts.Length; k++)
                {
                    PropertyRuns.AssertSame(expected[k], BriefingText.Parse(texts[k]));
                }

                var mismatches = new ConcurrentBag<int>();
                Parallel.For(0, texts.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) }, i =>
                {
                    var k = i % texts.Length;
                    if (!PropertyRuns.Same(expected[k], BriefingText.Parse(texts[k])))
                    {
                        mismatches.Add(k);
                    }
                });
                Assert.True(mismatches.IsEmpty, $"texts parsed differently in parallel: {string.Join(", ", mismatches.Distinct().Order())}");
            },
            writeLine: PropertyRuns.Output,
            iter: 4,
            threads: 1,
            print: texts => string.Join("\n", texts.Select(PropertyRuns.Print)));
    }

    /// <summary>The parts of the layout the parser must recover exactly (page metadata included); quotes, metrics, ids and publisher are the parser's to find.</summary>
    private static void AssertStructure(BriefingDocument expected, BriefingDocument actual)
    {
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Standfirst, actual.Standfirst);
        Assert.Equal(expected.Body.Select(b => (b.GetType().Name, b.Text)), actual.Body.Select(b => (b.GetType().Name, b.Text)));
        Assert.Equal(expected.Disclaimer?.Heading, actual.Disclaimer?.Heading);
        Assert.Equal(expected.Disclaimer?.Paragraphs, actual.Disclaimer?.Paragraphs);
        Assert.Equal(expected.Category, actual.Category);
        Assert.Equal(expected.Published, actual.Published);
        Assert.Equal(expected.Authors, actual.Authors);
        Assert.Equal(expected.Url, actual.Url);
        Assert.Equal(expected.Related.Select(r => (r.Title, r.Summary)), actual.Related.Select(r => (r.Title, r.Summary)));
    }

    private static string[] SeedTexts() =>
        [.. Directory.EnumerateFiles(TestData.SeedsDirectory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
}
