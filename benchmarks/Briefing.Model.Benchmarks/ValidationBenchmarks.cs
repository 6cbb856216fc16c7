using System.Collections.Immutable;
using System.Globalization;
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
        _briefing = Annotate(SeedDocument.Create());
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

    /// <summary>
    /// Adds the annotations a parser would (until the text parser lands): every “…” quotation in a
    /// paragraph as a direct quote, every figure followed by % as a percentage, and a disclaimer.
    /// </summary>
    private static BriefingDocument Annotate(BriefingDocument document)
    {
        var quotes = ImmutableArray.CreateBuilder<Quote>();
        var metrics = ImmutableArray.CreateBuilder<Metric>();
        foreach (var block in document.Body)
        {
            var text = block.Text;
            for (var open = text.IndexOf('\u201C', StringComparison.Ordinal); open >= 0; open = text.IndexOf('\u201C', open + 1))
            {
                var close = text.IndexOf('\u201D', open + 1);
                if (close > open + 1)
                {
                    quotes.Add(new Quote
                    {
                        Id = $"q{quotes.Count + 1}",
                        Kind = QuoteKind.Direct,
                        Text = text[(open + 1)..close],
                        Source = new Source { Text = "an unnamed source", Anonymous = true },
                        BlockId = block.Id,
                        Span = new TextSpan(open + 1, close - open - 1),
                    });
                }
            }

            for (var percent = text.IndexOf('%', StringComparison.Ordinal); percent >= 0; percent = text.IndexOf('%', percent + 1))
            {
                var start = percent;
                while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.'))
                {
                    start--;
                }

                if (start < percent && decimal.TryParse(text.AsSpan(start, percent - start), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    metrics.Add(new Metric
                    {
                        Id = $"m{metrics.Count + 1}",
                        Kind = MetricKind.Percentage,
                        Value = value,
                        Unit = "%",
                        Text = text[start..(percent + 1)],
                        BlockId = block.Id,
                        Span = new TextSpan(start, percent + 1 - start),
                    });
                }
            }
        }

        return document with
        {
            Language = "en",
            Quotes = quotes.ToImmutable(),
            Metrics = metrics.ToImmutable(),
            Disclaimer = new Disclaimer { Heading = "Important Notice", Paragraphs = ["The publisher accepts no liability."], Publisher = "The publisher" },
        };
    }
}
