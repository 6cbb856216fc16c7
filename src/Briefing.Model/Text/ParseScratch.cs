using Briefing.Model.Metrics;

namespace Briefing.Model.Text;

/// <summary>
/// The working lists of one parse (the blocks, quote finding, metric extraction), kept per thread so
/// that the next parse on the thread reuses them instead of growing new ones. Nothing in them outlives
/// the parse: each list is cleared before use, none is handed to the result, and the block list is
/// emptied, its blocks released for reuse, when the scratch is given back (so it holds no text between parses).
/// </summary>
internal sealed class ParseScratch
{
    /// <summary>Lists that grew past this many items (a huge block) are let go rather than kept.</summary>
    private const int MaxKeptItems = 4096;

    [ThreadStatic]
    private static ParseScratch? t_cached;

    /// <summary>The blocks of the input (<see cref="SourceText.Blocks"/>).</summary>
    public List<RawBlock> Blocks { get; } = [];

    /// <summary>Blocks of earlier parses, released (<see cref="RawBlock.Release"/>), for <see cref="SourceText"/> to reuse.</summary>
    public List<RawBlock> ReleasedBlocks { get; } = [];

    /// <summary>The lines of the block being read (<see cref="SourceText"/>).</summary>
    public List<(int Start, int Length)> BlockLines { get; } = [];

    /// <summary>The source positions recorded so far (<see cref="TextPositions.Builder.Build"/> copies them out).</summary>
    public TextPositions.Builder Positions { get; } = new();

    public QuoteBuffers Quotes { get; } = new();

    public MetricBuffers Metrics { get; } = new();

    /// <summary>Takes the thread's scratch, or new scratch when it has none (or it is in use).</summary>
    public static ParseScratch Rent()
    {
        var scratch = t_cached ?? new ParseScratch();
        t_cached = null;
        return scratch;
    }

    /// <summary>Gives scratch back to the thread for its next parse, unless it has grown too large to keep.</summary>
    public static void Return(ParseScratch scratch)
    {
        foreach (var block in scratch.Blocks)
        {
            if (scratch.ReleasedBlocks.Count < MaxKeptItems)
            {
                block.Release();
                scratch.ReleasedBlocks.Add(block);
            }
        }

        scratch.Blocks.Clear();
        scratch.Positions.Clear(); // a parse that ended early did not build its positions
        if (scratch.Blocks.Capacity <= MaxKeptItems && scratch.BlockLines.Capacity <= MaxKeptItems && scratch.Quotes.Sentences.Capacity <= MaxKeptItems && scratch.Quotes.Quotations.Capacity <= MaxKeptItems &&
            scratch.Quotes.Found.Capacity <= MaxKeptItems && scratch.Quotes.UsedSentences.Capacity <= MaxKeptItems &&
            scratch.Metrics.Figures.Capacity <= MaxKeptItems && scratch.Metrics.Periods.Capacity <= MaxKeptItems &&
            !scratch.Positions.HasListLargerThan(MaxKeptItems))
        {
            t_cached = scratch;
        }
    }
}
