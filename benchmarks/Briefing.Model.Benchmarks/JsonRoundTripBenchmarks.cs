using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Briefing.Model.Json;

namespace Briefing.Model.Benchmarks;

/// <summary>
/// JSON read and write of the seed briefing (as the text parser reads it, with its quotes and metrics): the
/// source-generated front door against reflection-based System.Text.Json on the same types (the
/// baseline) and Newtonsoft.Json configured for the same contract.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonRoundTripBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private byte[] _utf8 = [];
    private string _text = "";
    private BriefingDocument _briefing = null!;

    [GlobalSetup]
    public void Setup()
    {
        _briefing = SeedDocument.Create();
        _utf8 = BriefingJson.WriteUtf8(_briefing);
        _text = Encoding.UTF8.GetString(_utf8);

        // Every side must build the same document, or a "faster" run may have skipped work.
        Require(JsonSerializer.Deserialize<BriefingDocument>(_utf8, ReflectionOptions), "STJ reflection read");
        Require(BriefingJson.Read(_utf8).Briefing, "BriefingJson read");
        Require(NewtonsoftPeer.Read(_text), "Newtonsoft read");
        Require(BriefingJson.Read(JsonSerializer.SerializeToUtf8Bytes(_briefing, ReflectionOptions)).Briefing, "STJ reflection write");
        Require(BriefingJson.Read(NewtonsoftPeer.Write(_briefing)).Briefing, "Newtonsoft write");
    }

    [Benchmark(Baseline = true, Description = "read: STJ reflection")]
    [BenchmarkCategory("read")]
    public BriefingDocument? ReadReflection() => JsonSerializer.Deserialize<BriefingDocument>(_utf8, ReflectionOptions);

    [Benchmark(Description = "read: BriefingJson (source-gen)")]
    [BenchmarkCategory("read")]
    public BriefingDocument? ReadSourceGenerated() => BriefingJson.Read(_utf8).Briefing;

    [Benchmark(Description = "read: Newtonsoft.Json")]
    [BenchmarkCategory("read")]
    public BriefingDocument? ReadNewtonsoft() => NewtonsoftPeer.Read(_text);

    [Benchmark(Baseline = true, Description = "write: STJ reflection")]
    [BenchmarkCategory("write")]
    public byte[] WriteReflection() => JsonSerializer.SerializeToUtf8Bytes(_briefing, ReflectionOptions);

    [Benchmark(Description = "write: BriefingJson (source-gen)")]
    [BenchmarkCategory("write")]
    public byte[] WriteSourceGenerated() => BriefingJson.WriteUtf8(_briefing);

    [Benchmark(Description = "write: Newtonsoft.Json")]
    [BenchmarkCategory("write")]
    public string WriteNewtonsoft() => NewtonsoftPeer.Write(_briefing);

    private void Require(BriefingDocument? actual, string what)
    {
        if (!Equals(actual, _briefing))
        {
            throw new InvalidOperationException($"{what} does not produce the seed document: the comparison would be unfair.");
        }
    }
}
