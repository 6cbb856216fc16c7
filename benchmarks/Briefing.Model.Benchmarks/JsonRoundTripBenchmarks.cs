using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Briefing.Model.Json;

namespace Briefing.Model.Benchmarks;

/// <summary>
/// JSON read and write of a seed-sized briefing: the source-generated front door against
/// reflection-based System.Text.Json on the same types (the baseline).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonRoundTripBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    private byte[] _utf8 = [];
    private BriefingDocument _briefing = null!;

    [GlobalSetup]
    public void Setup()
    {
        _briefing = SeedDocument.Create();
        _utf8 = BriefingJson.WriteUtf8(_briefing);

        // Both sides must produce the same result, or a "faster" run may have skipped work.
        var viaReflection = JsonSerializer.Deserialize<BriefingDocument>(_utf8, ReflectionOptions);
        var viaSourceGen = BriefingJson.Read(_utf8).Briefing;
        if (!Equals(viaReflection, _briefing) || !Equals(viaSourceGen, _briefing))
        {
            throw new InvalidOperationException("The serializers disagree on the seed document.");
        }
    }

    [Benchmark(Baseline = true, Description = "read: STJ reflection")]
    [BenchmarkCategory("read")]
    public BriefingDocument? ReadReflection() => JsonSerializer.Deserialize<BriefingDocument>(_utf8, ReflectionOptions);

    [Benchmark(Description = "read: BriefingJson (source-gen)")]
    [BenchmarkCategory("read")]
    public BriefingDocument? ReadSourceGenerated() => BriefingJson.Read(_utf8).Briefing;

    [Benchmark(Baseline = true, Description = "write: STJ reflection")]
    [BenchmarkCategory("write")]
    public byte[] WriteReflection() => JsonSerializer.SerializeToUtf8Bytes(_briefing, ReflectionOptions);

    [Benchmark(Description = "write: BriefingJson (source-gen)")]
    [BenchmarkCategory("write")]
    public byte[] WriteSourceGenerated() => BriefingJson.WriteUtf8(_briefing);
}
