using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Briefing.Model.Metrics;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Metrics;

/// <summary>
/// Measures the extractor on text nobody here wrote: the English specs of Microsoft Recognizers-Text
/// (MIT, ../shared/testdata/recognizers-text). The sentences are news text, lower-cased and tokenised
/// ("$ 75 million"); they go through the extractor exactly as they are.
/// </summary>
public sealed class RecognizersTextTests
{
    private const double Bar = 0.95;

    /// <summary>
    /// CurrencyModel.json: every case not marked unsupported for .NET. Expected amounts are those written
    /// with digits; an expected amount is found when a money metric overlaps it with the same value (cents
    /// and pence divided by 100, since our value is in the main unit) and, when the spec names an ISO
    /// code, the same code. Precision: money metrics that match an expected amount / all money metrics.
    /// </summary>
    [Fact]
    public void CurrencyModel_money_amounts_reach_the_bar()
    {
        var cases = Cases("CurrencyModel.json");
        int expectedCount = 0, found = 0, extracted = 0, matched = 0, sentences = 0;
        var report = new StringBuilder();
        foreach (var c in cases)
        {
            if (UnsupportedForDotnet(c))
            {
                continue;
            }

            sentences++;
            var input = c["Input"]!.GetValue<string>();
            var expected = new List<(decimal Value, string? Iso, int Start, int End, string Text)>();
            foreach (var r in c["Results"]!.AsArray())
            {
                var text = r!["Text"]!.GetValue<string>();
                var value = r["Resolution"]!["value"]?.ToString();
                if (value is null || !text.Any(char.IsAsciiDigit))
                {
                    continue; // amounts written in words, and bare currency names, are out of this measure
                }

                var amount = decimal.Parse(value, CultureInfo.InvariantCulture);
                if (r["Resolution"]!["unit"]!.ToString() is "Cent" or "Pence" or "Penny")
                {
                    amount /= 100m;
                }

                expected.Add((amount, r["Resolution"]!["isoCurrency"]?.ToString(), r["Start"]!.GetValue<int>(), r["End"]!.GetValue<int>(), text));
            }

            var money = MetricExtractor.Extract("p1", input).Where(m => m.Kind == MetricKind.Money).ToList();
            expectedCount += expected.Count;
            extracted += money.Count;
            var used = new bool[money.Count];
            foreach (var e in expected)
            {
                var k = Enumerable.Range(0, money.Count).FirstOrDefault(
                    i => !used[i] && money[i].Value == e.Value && (e.Iso is null || e.Iso == money[i].Unit)
                        && money[i].Span.Start <= e.End && money[i].Span.End > e.Start,
                    -1);

                if (k >= 0)
                {
                    used[k] = true;
                    found++;
                    matched++;
                }
                else
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"missed  '{e.Text}' = {e.Value} {e.Iso} in \"{input}\"");
                }
            }

            for (var k = 0; k < money.Count; k++)
            {
                if (!used[k])
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"invented '{money[k].Text}' = {money[k].Value} {money[k].Unit} in \"{input}\"");
                }
            }
        }

        AssertBar($"CurrencyModel ({sentences} sentences)", found, expectedCount, matched, extracted, report, minimumExpected: 150);
    }

    /// <summary>
    /// NumberRangeModel.json, for the comparators. In scope: one-sided ranges and ranges bounded by two
    /// comparators, whose bounds are written with digits. Out of scope: "between … and …", "from … to …",
    /// "20~100", "1000-5000", "20 through 100" (ranges, not comparators), "equal to 20" (exact) and
    /// ratios ("2 in 5 or more"). A lower bound "(a" expects moreThan, "[a" atLeast; an upper bound "b)"
    /// lessThan, "b]" atMost. Recall: expected bounds found as a figure with that value and comparator.
    /// Precision: figures given lessThan, atMost, moreThan or atLeast anywhere in the file that match an
    /// expected bound of their sentence (approximately has no counterpart in the spec).
    /// </summary>
    [Fact]
    public void NumberRangeModel_comparators_reach_the_bar()
    {
        var cases = Cases("NumberRangeModel.json");
        int expectedCount = 0, found = 0, claimed = 0, right = 0;
        var report = new StringBuilder();
        foreach (var c in cases)
        {
            if (UnsupportedForDotnet(c))
            {
                continue;
            }

            var input = c["Input"]!.GetValue<string>();
            var bounds = new List<(decimal Value, Comparator Comparator)>();
            var allBounds = new List<(decimal Value, Comparator Comparator)>();
            foreach (var r in c["Results"]!.AsArray())
            {
                var text = r!["Text"]!.GetValue<string>();
                var interval = r["Resolution"]!["value"]!.GetValue<string>();
                var parsed = ParseInterval(interval);
                allBounds.AddRange(parsed);
                if (InScope(text, interval))
                {
                    bounds.AddRange(parsed);
                }
            }

            var figures = MetricScanner.Scan(input);
            expectedCount += bounds.Count;
            foreach (var b in bounds)
            {
                if (figures.Any(f => f.Value == b.Value && f.Comparator == b.Comparator))
                {
                    found++;
                }
                else
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"missed  {b.Comparator} {b.Value} in \"{input}\"");
                }
            }

            foreach (var f in figures.Where(f => f.Comparator is not (Comparator.Exact or Comparator.Approximately)))
            {
                claimed++;
                if (allBounds.Contains((f.Value, f.Comparator)))
                {
                    right++;
                }
                else
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"wrong   {f.Comparator} {f.Value} ('{input[f.Start..f.End]}') in \"{input}\"");
                }
            }
        }

        AssertBar("NumberRangeModel", found, expectedCount, right, claimed, report, minimumExpected: 40);
    }

    // Writes the figures (and every miss) to the test output and holds both measures to the bar.
    private static void AssertBar(string suite, int found, int expected, int right, int claimed, StringBuilder report, int minimumExpected)
    {
        var recall = (double)found / expected;
        var precision = (double)right / claimed;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{suite}: recall {found}/{expected} = {recall:P1}, precision {right}/{claimed} = {precision:P1}\n{report}");
        Assert.True(expected > minimumExpected, $"only {expected} expected items read: has the file's format changed?");
        Assert.True(recall >= Bar, $"{suite}: recall {recall:P1} < {Bar:P0}\n{report}");
        Assert.True(precision >= Bar, $"{suite}: precision {precision:P1} < {Bar:P0}\n{report}");
    }

    private static IEnumerable<JsonNode> Cases(string file)
    {
        var directory = TestData.ExternalDirectory("recognizers-text");
        return JsonNode.Parse(File.ReadAllText(Path.Combine(directory, file)))!.AsArray().OfType<JsonNode>();
    }

    private static bool UnsupportedForDotnet(JsonNode c) =>
        (c["NotSupported"]?.ToString() ?? "").Contains("dotnet", StringComparison.OrdinalIgnoreCase)
        || (c["NotSupportedByDesign"]?.ToString() ?? "").Contains("dotnet", StringComparison.OrdinalIgnoreCase);

    private static bool InScope(string text, string interval)
    {
        var lower = text.ToLowerInvariant();
        if (!lower.Any(char.IsAsciiDigit))
        {
            return false;
        }

        var parts = interval.Trim('(', ')', '[', ']').Split(',');
        if (parts[0].Length > 0 && parts[0] == parts[1])
        {
            return false; // [20,20]: "equal to 20"
        }

        return !(lower.StartsWith("between", StringComparison.Ordinal) || lower.StartsWith("from", StringComparison.Ordinal)
            || lower.Contains('~') || lower.Contains(" through ", StringComparison.Ordinal) || lower.Contains(" in ", StringComparison.Ordinal)
            || HasDashBetweenNumbers(lower));
    }

    private static bool HasDashBetweenNumbers(string text)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal);
        for (var i = 1; i + 1 < compact.Length; i++)
        {
            if (compact[i] is '-' or '–' && char.IsLetterOrDigit(compact[i - 1]) && char.IsAsciiDigit(compact[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static List<(decimal Value, Comparator Comparator)> ParseInterval(string interval)
    {
        var bounds = new List<(decimal, Comparator)>();
        var parts = interval[1..^1].Split(',');
        if (parts[0].Length > 0)
        {
            bounds.Add((decimal.Parse(parts[0], CultureInfo.InvariantCulture), interval[0] == '(' ? Comparator.MoreThan : Comparator.AtLeast));
        }

        if (parts[1].Length > 0)
        {
            bounds.Add((decimal.Parse(parts[1], CultureInfo.InvariantCulture), interval[^1] == ')' ? Comparator.LessThan : Comparator.AtMost));
        }

        return bounds;
    }
}
