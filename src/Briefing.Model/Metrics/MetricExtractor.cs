
namespace Briefing.Model.Metrics;

/// <summary>
/// Finds money amounts, percentages, counts and quantities in a block's text, as stand-off
/// <see cref="Metric"/> annotations.
/// </summary>
/// <remarks>
/// The rules (what counts, the comparator phrases, how a bare <c>$</c> is resolved, what is not a
/// metric) are listed in docs/metrics.md. Extraction is linear in the length of the text
/// and never throws for any content.
/// </remarks>
public static class MetricExtractor
{
    /// <summary>
    /// Extracts the metrics of one block, in text order, with ids <c>m1</c>, <c>m2</c>, … in that
    /// order (valid ids, so the metrics pass validation as they are); when adding metrics of several
    /// blocks to one document, renumber them so ids stay unique (<c>metric with { Id = … }</c>).
    /// </summary>
    /// <param name="blockId">The <see cref="Block.Id"/> the metrics point into.</param>
    /// <param name="text">The block's text, exactly as written.</param>
    /// <returns>The metrics found. <see cref="Metric.Text"/> covers the comparator words, the currency,
    /// the number, the scale and the unit (<c>below 1%</c>, <c>more than US$4bn</c>).</returns>
    public static IReadOnlyList<Metric> Extract(string blockId, string text)
    {
        ArgumentNullException.ThrowIfNull(blockId);
        ArgumentNullException.ThrowIfNull(text);

        var metrics = new List<Metric>();
        Extract(blockId, text, new MetricBuffers(), metrics, numbered: true);
        return metrics;
    }

    /// <summary>
    /// Appends the metrics of one block to <paramref name="into"/>, reusing <paramref name="buffers"/>
    /// (the text parser keeps one set per parse). When <paramref name="numbered"/>, each metric gets its
    /// document id right away (<c>m</c> and its 1-based place in <paramref name="into"/>); otherwise an
    /// empty id, as <see cref="Extract(string, string)"/> documents.
    /// </summary>
    internal static void Extract(string blockId, string text, MetricBuffers buffers, IList<Metric> into, bool numbered)
    {
        if (!text.AsSpan().ContainsAnyInRange('0', '9'))
        {
            return; // no digit, no figure: skip the scanner altogether
        }

        var figures = buffers.Figures;
        var periods = buffers.Periods;
        MetricScanner.Read(text, figures);
        SentencePeriods.Assign(text, figures, periods);
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            if (f.Kind == FigureKind.Number)
            {
                continue;
            }

            into.Add(new Metric
            {
                Id = numbered ? ElementIds.Metrics[into.Count + 1] : "",
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
    }
}

/// <summary>The working lists of metric extraction, reused from block to block.</summary>
internal sealed class MetricBuffers
{
    /// <summary>Every number of the block being read (<see cref="MetricScanner.Read"/>).</summary>
    public List<Figure> Figures { get; } = [];

    /// <summary>The period of each figure (<see cref="SentencePeriods.Assign"/>).</summary>
    public List<string?> Periods { get; } = [];

    /// <summary>Empties the lists; whether none grew past <paramref name="maxKeptItems"/> (see <see cref="PerThread{T}"/>).</summary>
    public bool Reset(int maxKeptItems)
    {
        var small = PerThread.Small(maxKeptItems, Figures.Capacity, Periods.Capacity);
        Figures.Clear();
        Periods.Clear();
        return small;
    }
}
