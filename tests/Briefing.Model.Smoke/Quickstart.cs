using Briefing.Model;
using Briefing.Model.Diagnostics;
using Briefing.Model.Json;
using Briefing.Model.Text;
using Briefing.Model.Validation;

// Parse a plain-text briefing (the publishers' layout); bad input never throws.
if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: quickstart BRIEFING.txt   (for example seeds/russian-interest.txt in the repository)");
    return 2;
}

BriefingReadResult parsed = BriefingText.Parse(File.ReadAllText(args[0]));
// Succeeded: a document was read and no diagnostic is an error (Briefing may be set alongside errors).
if (!parsed.Succeeded)
{
    foreach (var diagnostic in parsed.Diagnostics)
    {
        Console.Error.WriteLine(diagnostic);   // "1:1: error BT001: ..."
    }

    return 1;
}

BriefingDocument briefing = parsed.Briefing;

Console.WriteLine($"{briefing.Title} ({briefing.Id}): {briefing.Body.Length} blocks, {briefing.Quotes.Length} quotes, {briefing.Metrics.Length} metrics");
foreach (var quote in briefing.Quotes)
{
    Console.WriteLine($"  {quote.Id} {quote.Kind} by “{quote.Source.Text}” in {quote.BlockId}");
}

foreach (var metric in briefing.Metrics)
{
    Console.WriteLine($"  {metric.Id} {metric.Kind} {metric.Comparator} {metric.Value} {metric.Unit} from “{metric.Text}”");
}

// Validate with every rule; findings carry code, severity, JSON pointer, line and column.
var findings = BriefingValidation.Validate(parsed, ValidationLevel.Strict);
Console.WriteLine($"errors: {findings.Count(f => f.Severity == DiagnosticSeverity.Error)}");

// The JSON contract round-trips to an equal (immutable, value-equal) document.
var json = BriefingJson.Write(briefing, indented: true);
Console.WriteLine($"JSON round trip equal: {BriefingJson.Read(json).Briefing == briefing}");
return 0;
