using Briefing.Model.Metrics;

namespace Briefing.Model.Text;

/// <summary>
/// The working lists of one parse (the blocks, the positions, the document's parts before they become
/// immutable arrays, quote finding, metric extraction), kept per thread so that the next parse on the
/// thread reuses them instead of growing new ones. Nothing in them outlives the parse: no list is
/// handed to the result, and when the scratch is given back every list that could refer to the
/// document is emptied and the blocks are released for reuse, so it holds no text between parses.
/// Pooled with <see cref="PerThread{T}"/>; each component resets its own lists.
/// </summary>
internal sealed class ParseScratch : IScratch
{
    /// <summary>The blocks of the input (<see cref="SourceText.Blocks"/>).</summary>
    public List<RawBlock> Blocks { get; } = [];

    /// <summary>Blocks of earlier parses, released (<see cref="RawBlock.Release"/>), for <see cref="SourceText"/> to reuse.</summary>
    public List<RawBlock> ReleasedBlocks { get; } = [];

    /// <summary>The lines of the block being read (<see cref="SourceText"/>).</summary>
    public List<(int Start, int Length)> BlockLines { get; } = [];

    /// <summary>The source positions recorded so far (<see cref="TextPositions.Builder.Build"/> copies them out).</summary>
    public TextPositions.Builder Positions { get; } = new();

    /// <summary>The lists the document's parts are gathered in before they become immutable arrays.</summary>
    public ModelLists Model { get; } = new();

    public QuoteBuffers Quotes { get; } = new();

    public MetricBuffers Metrics { get; } = new();

    /// <summary>The mentions read so far, for resolving pronouns and surnames (<see cref="Text.Coreference"/>).</summary>
    public Coreference Coreference { get; } = new();

    /// <summary>The resolved sources of the quotes of the block being read.</summary>
    public List<Source> Sources { get; } = [];

    /// <inheritdoc />
    public bool Reset(int maxKeptItems)
    {
        foreach (var block in Blocks)
        {
            if (ReleasedBlocks.Count < maxKeptItems)
            {
                block.Release();
                ReleasedBlocks.Add(block);
            }
        }

        var small = PerThread.Small(maxKeptItems, Blocks.Capacity, BlockLines.Capacity, Model.LargestCapacity, Sources.Capacity)
            && !Positions.HasListLargerThan(maxKeptItems);
        Blocks.Clear();
        BlockLines.Clear();
        Positions.Clear(); // a parse that ended early did not build its positions
        Model.Clear(); // these hold parts of the document just parsed until cleared
        Coreference.Clear(); // mentions refer to the text just parsed
        Sources.Clear();
        SourceMemo.Clear(); // the last source read refers to the text just parsed
        return Quotes.Reset(maxKeptItems) & Metrics.Reset(maxKeptItems) & small;
    }

    /// <summary>The lists the parser gathers a document's parts in (each becomes an immutable array of its exact size).</summary>
    internal sealed class ModelLists
    {
        public List<Block> Body { get; } = [];

        public List<Quote> Quotes { get; } = [];

        public List<Metric> Metrics { get; } = [];

        /// <summary>The body index of each quote's block (for linking pull quotes).</summary>
        public List<int> QuoteBlocks { get; } = [];

        public List<(int BodyIndex, string Text)> PullQuotes { get; } = [];

        public List<string> DisclaimerLines { get; } = [];

        public List<RelatedArticle> Related { get; } = [];

        public int LargestCapacity =>
            Math.Max(Math.Max(Math.Max(Body.Capacity, Quotes.Capacity), Math.Max(Metrics.Capacity, QuoteBlocks.Capacity)),
                Math.Max(Math.Max(PullQuotes.Capacity, DisclaimerLines.Capacity), Related.Capacity));

        public void Clear()
        {
            Body.Clear();
            Quotes.Clear();
            Metrics.Clear();
            QuoteBlocks.Clear();
            PullQuotes.Clear();
            DisclaimerLines.Clear();
            Related.Clear();
        }
    }
}
