namespace Briefing.Model.Metrics;

/// <summary>
/// Finds money amounts, percentages, counts and quantities in a block's text, as stand-off
/// <see cref="Metric"/> annotations.
/// </summary>
public static class MetricExtractor
{
    /// <summary>
    /// Extracts the metrics of one block, in text order. The returned metrics have an empty
    /// <see cref="Metric.Id"/>; the caller numbers them across the document.
    /// </summary>
    /// <param name="blockId">The <see cref="Block.Id"/> the metrics point into.</param>
    /// <param name="text">The block's text, exactly as written.</param>
    /// <returns>The metrics found.</returns>
    public static IReadOnlyList<Metric> Extract(string blockId, string text)
    {
        ArgumentNullException.ThrowIfNull(blockId);
        ArgumentNullException.ThrowIfNull(text);
        return []; // Placeholder until metric extraction (issue 4) lands.
    }
}
