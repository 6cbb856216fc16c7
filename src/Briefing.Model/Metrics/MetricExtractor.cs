namespace Briefing.Model.Metrics;

/// <summary>
/// Finds money amounts, percentages, counts and quantities in a block's text, as stand-off
/// <see cref="Metric"/> annotations.
/// </summary>
/// <remarks>
/// The rules (what counts, the comparator phrases, how a bare <c>$</c> is resolved, what is not a
/// metric) are listed in the README, section "Metrics". Extraction is linear in the length of the text
/// and never throws for any content.
/// </remarks>
public static class MetricExtractor
{
    /// <summary>
    /// Extracts the metrics of one block, in text order. The returned metrics have an empty
    /// <see cref="Metric.Id"/>; the caller numbers them across the document.
    /// </summary>
    /// <param name="blockId">The <see cref="Block.Id"/> the metrics point into.</param>
    /// <param name="text">The block's text, exactly as written.</param>
    /// <returns>The metrics found. <see cref="Metric.Text"/> covers the comparator words, the currency,
    /// the number, the scale and the unit (<c>below 1%</c>, <c>more than US$4bn</c>).</returns>
    public static IReadOnlyList<Metric> Extract(string blockId, string text)
    {
        ArgumentNullException.ThrowIfNull(blockId);
        ArgumentNullException.ThrowIfNull(text);

        var figures = MetricScanner.Scan(text);
        var periods = SentencePeriods.Assign(text, figures);
        var metrics = new List<Metric>();
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (f.Kind == FigureKind.Number)
            {
                continue;
            }

            metrics.Add(new Metric
            {
                Id = "",
                Kind = f.Kind switch
                {
                    FigureKind.Money => MetricKind.Money,
                    FigureKind.Percentage => MetricKind.Percentage,
                    FigureKind.Count => MetricKind.Count,
                    _ => MetricKind.Quantity,
                },
                Value = f.Value,
                Unit = f.Unit,
                Comparator = f.Comparator,
                Ambiguous = f.Ambiguous,
                Text = text[f.Start..f.End],
                BlockId = blockId,
                Span = new TextSpan(f.Start, f.End - f.Start),
                Period = periods[i],
            });
        }

        return metrics;
    }
}
