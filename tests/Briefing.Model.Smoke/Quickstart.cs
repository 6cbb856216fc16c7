using Briefing.Model;
using Briefing.Model.Json;

// A briefing is an immutable record; collections are ImmutableArray<T> and compare by value.
var briefing = new BriefingDocument
{
    Id = "russian-interest",
    Title = "Russian interest",
    Standfirst = "The growth of Russian influence in Latin America.",
    Body = [new Paragraph { Id = "p1", Text = "Russia has financed USD 3.15 billion of Venezuela’s foreign debt." }],
    Metrics =
    [
        new Metric
        {
            Id = "m1", Kind = MetricKind.Money, Value = 3_150_000_000m, Unit = "USD",
            Text = "USD 3.15 billion", BlockId = "p1", Span = new TextSpan(20, 16),
        },
    ],
};

// Write the JSON contract (schema version 1.0) to a file and read it back.
File.WriteAllText("briefing.json", BriefingJson.Write(briefing, indented: true));
BriefingReadResult read = BriefingJson.Read(File.ReadAllText("briefing.json"));
foreach (var diagnostic in read.Diagnostics)
{
    Console.Error.WriteLine(diagnostic);   // "1:14: error BJ001: ..." — bad input never throws
}

if (!read.Succeeded)
{
    return 1;
}

BriefingDocument document = read.Briefing;
Console.WriteLine($"{document.Title} ({document.Id}): {document.Body.Length} block(s), {document.Metrics.Length} metric(s)");
foreach (var metric in document.Metrics)
{
    Console.WriteLine($"  {metric.Kind} {metric.Comparator} {metric.Value} {metric.Unit} from “{metric.Text}” in {metric.BlockId}");
}

Console.WriteLine($"round trip equal: {document == briefing}");
return 0;
