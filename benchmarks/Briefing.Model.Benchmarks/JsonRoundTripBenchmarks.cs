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

    /// <summary>The reflection peer with the contract's strictness (duplicate members rejected, nullable and required respected), as the source-generated options have.</summary>
    private static readonly JsonSerializerOptions StrictReflectionOptions = new(ReflectionOptions)
    {
        AllowDuplicateProperties = false,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
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
        Require(JsonSerializer.Deserialize<BriefingDocument>(_utf8, StrictReflectionOptions), "STJ reflection read, same strictness");
        Require(JsonSerializer.Deserialize(_utf8, BriefingJsonContext.Default.BriefingDocument), "source-gen read without the front door");
        Require(NewtonsoftPeer.Read(_text), "Newtonsoft read");
        Require(BriefingJson.Read(JsonSerializer.SerializeToUtf8Bytes(_briefing, ReflectionOptions)).Briefing, "STJ reflection write");
        Require(BriefingJson.Read(NewtonsoftPeer.Write(_briefing)).Briefing, "Newtonsoft write");
        Require(BriefingJson.Read(JsonSerializer.SerializeToUtf8Bytes(_briefing, BriefingJsonContext.Default.BriefingDocument)).Briefing, "source-gen write with the generated options");

        // Which model types got a generated fast-path writer? (Polymorphic and extension-data types may not.)
        foreach (var type in FastPathTypes)
        {
            var info = BriefingJsonContext.Default.GetTypeInfo(type);
            var handler = info?.GetType().GetProperty("SerializeHandler")?.GetValue(info);
            Console.WriteLine($"// fast-path writer for {type.Name}: {(handler is null ? "no" : "yes")}");
        }
    }

    private static readonly Type[] FastPathTypes =
        [typeof(BriefingDocument), typeof(Block), typeof(Paragraph), typeof(Quote), typeof(Source), typeof(Metric), typeof(Disclaimer), typeof(RelatedArticle), typeof(TextSpan)];

    [Benchmark(Baseline = true, Description = "read: STJ reflection")]
    [BenchmarkCategory("read")]
    public BriefingDocument? ReadReflection() => JsonSerializer.Deserialize<BriefingDocument>(_utf8, ReflectionOptions);

    [Benchmark(Description = "read: BriefingJson (source-gen)")]
    [BenchmarkCategory("read")]
    public BriefingDocument? ReadSourceGenerated() => BriefingJson.Read(_utf8).Briefing;

    [Benchmark(Description = "read: source-gen, no front door")]
    [BenchmarkCategory("read")]
    public BriefingDocument? ReadSourceGeneratedBare() => JsonSerializer.Deserialize(_utf8, BriefingJsonContext.Default.BriefingDocument);

    [Benchmark(Description = "read: STJ reflection, same strictness")]
    [BenchmarkCategory("read")]
    public BriefingDocument? ReadReflectionStrict() => JsonSerializer.Deserialize<BriefingDocument>(_utf8, StrictReflectionOptions);

    [Benchmark(Description = "read: Newtonsoft.Json")]
    [BenchmarkCategory("read")]
    public BriefingDocument? ReadNewtonsoft() => NewtonsoftPeer.Read(_text);

    [Benchmark(Baseline = true, Description = "write: STJ reflection")]
    [BenchmarkCategory("write")]
    public byte[] WriteReflection() => JsonSerializer.SerializeToUtf8Bytes(_briefing, ReflectionOptions);

    [Benchmark(Description = "write: BriefingJson (source-gen)")]
    [BenchmarkCategory("write")]
    public byte[] WriteSourceGenerated() => BriefingJson.WriteUtf8(_briefing);

    [Benchmark(Description = "write: source-gen, generated options")]
    [BenchmarkCategory("write")]
    public byte[] WriteSourceGeneratedDefaultOptions() => JsonSerializer.SerializeToUtf8Bytes(_briefing, BriefingJsonContext.Default.BriefingDocument);

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
