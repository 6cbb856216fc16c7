using System.Collections.Concurrent;
using System.Text;
using System.Text.Unicode;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;
using CsCheck;

namespace Briefing.Model.Tests.Properties;

/// <summary>
/// Properties of the JSON front door over generated briefings and hostile input: round trips are
/// exact and schema-valid, nothing throws, every failure is explained, reads are deterministic and
/// safe to run from many threads.
/// </summary>
public sealed class JsonProperties
{
    private const string Code = "^BJ[0-9]{3}$";

    [Fact]
    public void Generated_briefings_survive_a_json_round_trip_compact_and_indented_and_match_the_schema() =>
        ModelGenerators.Document.Sample(
            document =>
            {
                foreach (var indented in new[] { false, true })
                {
                    var json = BriefingJson.Write(document, indented);
                    var read = BriefingJson.Read(json);
                    Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
                    Assert.Equal(document, read.Briefing);
                    Assert.Equal(json, BriefingJson.Write(read.Briefing, indented));
                    ContractSchema.AssertValid(json);
                }

                var utf8 = BriefingJson.WriteUtf8(document);
                Assert.Equal(document, BriefingJson.Read(utf8).Briefing);
                Assert.Equal(document, BriefingJson.Read(new MemoryStream(utf8)).Briefing);
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Documents,
            print: PropertyRuns.Print);

    [Fact]
    public void Generated_briefings_keep_their_unknown_members()
    {
        // Guards the generator as much as the reader: the round-trip property above is only as good
        // as the unknown members it actually sees.
        var withUnknown = 0;
        ModelGenerators.Document.Sample(
            document =>
            {
                if (document.UnknownProperties is not null || document.Body.Any(b => b.UnknownProperties is not null) ||
                    document.Related.Any(r => r.UnknownProperties is not null) || document.Quotes.Any(q => q.Source.UnknownProperties is not null))
                {
                    Interlocked.Increment(ref withUnknown);
                    var again = BriefingJson.Read(BriefingJson.Write(document)).Briefing!;
                    Assert.Equal(document.UnknownProperties?.Keys.Order(StringComparer.Ordinal), again.UnknownProperties?.Keys.Order(StringComparer.Ordinal));
                }
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Documents,
            print: PropertyRuns.Print);
        Assert.True(withUnknown > 0, "the generator made no document with unknown members");
    }

    [Fact]
    public void Arbitrary_strings_never_make_the_reader_throw_and_every_failure_is_explained() =>
        Gen.Frequency(
            (2, Gen.String),
            (1, Gen.Char.Array[0, 2000].Select(chars => new string(chars))),
            (2, ModelGenerators.NearJson.Select(bytes => Encoding.UTF8.GetString(bytes)))).Sample(
            text => PropertyRuns.AssertWellFormed(BriefingJson.Read(text), Code),
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Inputs,
            print: PropertyRuns.Print);

    [Fact]
    public void Arbitrary_and_near_json_bytes_never_make_the_reader_throw_and_every_front_door_agrees() =>
        Gen.Frequency((1, ModelGenerators.Bytes), (3, ModelGenerators.NearJson)).Sample(
            bytes =>
            {
                var fromBytes = BriefingJson.Read(bytes);
                PropertyRuns.AssertWellFormed(fromBytes, Code);
                PropertyRuns.AssertSame(fromBytes, BriefingJson.Read(new MemoryStream(bytes)));
                PropertyRuns.AssertSame(fromBytes, BriefingJson.ReadAsync(new MemoryStream(bytes), cancellationToken: TestContext.Current.CancellationToken).AsTask().GetAwaiter().GetResult());

                // Whatever was read survives a JSON round trip. The UTF-8 guard is fuzz finding F1
                // (Regressions/FuzzFindingsTests): drop it once the reader rejects invalid UTF-8 in unknown members.
                if (fromBytes.Briefing is { } read)
                {
                    Assert.Equal(read, BriefingJson.Read(BriefingJson.Write(read)).Briefing);
                }
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Inputs,
            print: PropertyRuns.Print);

    [Fact]
    public void Input_over_the_size_limit_is_BJ004_from_every_front_door() =>
        Gen.Select(Gen.Frequency((1, ModelGenerators.Bytes), (1, ModelGenerators.DocumentJson)), Gen.Int[0, 4096]).Where((bytes, limit) => bytes.Length > limit).Sample(
            (bytes, limit) =>
            {
                var options = new BriefingJsonReadOptions { MaxDocumentBytes = limit };
                foreach (var result in new[] { BriefingJson.Read(bytes, options), BriefingJson.Read(new MemoryStream(bytes), options) })
                {
                    Assert.Null(result.Briefing);
                    Assert.Equal("BJ004", Assert.Single(result.Diagnostics).Code);
                }
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Iterations(250));

    [Fact]
    public void Nesting_within_the_depth_limit_is_kept_and_deeper_nesting_is_BJ001() =>
        Gen.Select(Gen.Frequency((1, Gen.Int[58, 70]), (2, Gen.Int[1, 3000])), Gen.Bool).Sample(
            (depth, arrays) =>
            {
                // The unknown member sits in the root object (depth 1), so the deepest value is at depth + 1.
                var (open, close) = arrays ? ("[", "]") : ("{\"a\":", "}");
                var json = "{\"title\":\"t\",\"vendor\":" + string.Concat(Enumerable.Repeat(open, depth)) + "0" + string.Concat(Enumerable.Repeat(close, depth)) + "}";
                var result = BriefingJson.Read(json);
                if (depth + 1 <= 64)
                {
                    Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
                    Assert.Equal(result.Briefing, BriefingJson.Read(BriefingJson.Write(result.Briefing)).Briefing);
                }
                else
                {
                    Assert.Null(result.Briefing);
                    var error = Assert.Single(result.Diagnostics);
                    Assert.Equal(("BJ001", 1), (error.Code, error.Line));
                }
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Iterations(200));

    [Fact]
    public void Reading_the_same_bytes_twice_gives_the_same_result() =>
        Gen.Frequency((1, ModelGenerators.Bytes), (2, ModelGenerators.NearJson), (2, ModelGenerators.DocumentJson)).Sample(
            bytes =>
            {
                var first = BriefingJson.Read(bytes);
                var second = BriefingJson.Read((byte[])bytes.Clone());
                PropertyRuns.AssertSame(first, second);
                if (first.Briefing is { } briefing)
                {
                    Assert.Equal(BriefingJson.Write(briefing), BriefingJson.Write(second.Briefing!));
                }
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Iterations(500),
            print: PropertyRuns.Print);

    [Fact]
    public void Reading_and_writing_from_many_threads_gives_the_sequential_results() =>
        Gen.Frequency((1, ModelGenerators.Bytes), (2, ModelGenerators.NearJson), (3, ModelGenerators.DocumentJson)).Array[64].Sample(
            inputs =>
            {
                var expected = inputs.Select(bytes => BriefingJson.Read(bytes)).ToArray();
                var expectedJson = expected.Select(r => r.Briefing is { } b ? BriefingJson.Write(b, indented: true) : null).ToArray();
                var mismatches = new ConcurrentBag<int>();
                Parallel.For(0, inputs.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(4, Environment.ProcessorCount * 2) }, i =>
                {
                    var k = i % inputs.Length;
                    var result = BriefingJson.Read(inputs[k]);
                    var json = result.Briefing is { } b ? BriefingJson.Write(b, indented: true) : null;
                    if (!PropertyRuns.Same(expected[k], result) || json != expectedJson[k])
                    {
                        mismatches.Add(k);
                    }
                });
                Assert.True(mismatches.IsEmpty, $"inputs read differently in parallel: {string.Join(", ", mismatches.Distinct().Order())}");
            },
            writeLine: PropertyRuns.Output,
            iter: 4,
            threads: 1,
            print: inputs => string.Join("\n", inputs.Select(PropertyRuns.Print)));
}
