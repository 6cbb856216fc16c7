using Briefing.Model.Text;

namespace Briefing.Model.Benchmarks;

/// <summary>The seed briefing as the text parser reads it: blocks, quotes, metrics, disclaimer and related articles.</summary>
internal static class SeedDocument
{
    public static BriefingDocument Create()
    {
        var result = BriefingText.Parse(Seeds.Read("russian-interest.txt"));
        var briefing = result.Briefing ?? throw new InvalidOperationException("The seed does not parse: " + string.Join("; ", result.Diagnostics));
        if (briefing.Body.Length == 0 || briefing.Quotes.Length == 0 || briefing.Metrics.Length != 4 || briefing.Disclaimer is null || briefing.Related.Length == 0)
        {
            throw new InvalidOperationException("The parsed seed lacks the blocks, quotes, 4 metrics, disclaimer or related articles the benchmarks rely on.");
        }

        return briefing;
    }
}
