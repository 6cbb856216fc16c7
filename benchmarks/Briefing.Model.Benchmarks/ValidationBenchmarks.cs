using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Briefing.Model.Diagnostics;
using Briefing.Model.Json;
using Briefing.Model.Validation;

namespace Briefing.Model.Benchmarks;

/// <summary>
/// Is validating a briefing cheaper than reading it? Validation of the seed-sized document (default
/// and strict rules) against deserializing the same document from UTF-8 JSON (the baseline).
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private byte[] _utf8 = [];
    private BriefingDocument _briefing = null!;

    [GlobalSetup]
    public void Setup()
    {
        _briefing = SeedDocument.Create();
        _utf8 = BriefingJson.WriteUtf8(_briefing);

        // Both sides must do real work: the read gives back the document, and validation checks every
        // rule and finds no error (a validator that skipped its rules would be "fast" too).
        if (!Equals(BriefingJson.Read(_utf8).Briefing, _briefing))
        {
            throw new InvalidOperationException("The seed document does not survive a JSON round trip.");
        }

        var strict = BriefingValidation.Validate(_briefing, ValidationLevel.Strict);
        if (strict.Any(static d => d.Severity == DiagnosticSeverity.Error) || _briefing.Quotes.Length == 0 || _briefing.Metrics.Length == 0)
        {
            throw new InvalidOperationException("The seed document is not a valid, annotated briefing: " + string.Join("; ", strict));
        }

        // Validation must notice a defect in this document, or it is not checking it.
        var broken = _briefing with { Metrics = _briefing.Metrics.SetItem(0, _briefing.Metrics[0] with { Span = new TextSpan(0, 1) }) };
        if (BriefingValidation.Validate(broken).Length == 0)
        {
            throw new InvalidOperationException("Validation did not notice a broken span.");
        }
    }

    [Benchmark(Baseline = true, Description = "deserialize: BriefingJson.Read")]
    public BriefingDocument? Deserialize() => BriefingJson.Read(_utf8).Briefing;

    [Benchmark(Description = "validate: default rules")]
    public ImmutableArray<Diagnostic> ValidateDefault() => BriefingValidation.Validate(_briefing);

    [Benchmark(Description = "validate: strict rules")]
    public ImmutableArray<Diagnostic> ValidateStrict() => BriefingValidation.Validate(_briefing, ValidationLevel.Strict);
}
