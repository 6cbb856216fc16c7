namespace Briefing.Cli.Feeds;

/// <summary>
/// Runs work on items in parallel, a bounded batch at a time, and yields the results in input
/// order: output is deterministic from run to run, and memory is bounded by the batch size.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Applies <paramref name="work"/> to every item; results come back in input order.</summary>
    /// <param name="items">The input, read lazily.</param>
    /// <param name="work">Pure work per item (called concurrently).</param>
    /// <param name="batchSize">Items held at once.</param>
    /// <param name="degreeOfParallelism">Threads used; defaults to the processor count.</param>
    /// <param name="weight">An item's size (bytes); a batch also ends when the sizes reach <paramref name="maxBatchWeight"/>.</param>
    /// <param name="maxBatchWeight">The most weight held in one batch (one item may exceed it alone).</param>
    public static IEnumerable<TResult> Select<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, TResult> work, int batchSize = 256, int? degreeOfParallelism = null, Func<TItem, long>? weight = null, long maxBatchWeight = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var options = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism ?? Environment.ProcessorCount };
        var batch = new List<TItem>(batchSize);
        var results = new TResult[batchSize];
        long held = 0;
        foreach (var item in items)
        {
            batch.Add(item);
            held += weight?.Invoke(item) ?? 0;
            if (batch.Count == batchSize || held >= maxBatchWeight)
            {
                held = 0;
                foreach (var result in Run(batch, work, results, options))
                {
                    yield return result;
                }
            }
        }

        foreach (var result in Run(batch, work, results, options))
        {
            yield return result;
        }
    }

    private static TResult[] Run<TItem, TResult>(List<TItem> batch, Func<TItem, TResult> work, TResult[] results, ParallelOptions options)
    {
        if (batch.Count == 0)
        {
            return [];
        }

        if (batch.Count == 1 || options.MaxDegreeOfParallelism == 1)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = work(batch[i]);
            }
        }
        else
        {
            Parallel.For(0, batch.Count, options, i => results[i] = work(batch[i]));
        }

        var output = results.AsSpan(0, batch.Count).ToArray();
        Array.Clear(results);
        batch.Clear();
        return output;
    }
}
