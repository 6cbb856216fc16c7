namespace Briefing.Model.Text;

/// <summary>
/// Limits applied when parsing the plain-text layout. The defaults accept any real briefing many times
/// over; they exist so that hostile input cannot make the parser use unbounded memory or time.
/// </summary>
public sealed record BriefingTextOptions
{
    /// <summary>The options used when none are given.</summary>
    public static BriefingTextOptions Default { get; } = new();

    /// <summary>
    /// Largest document accepted, in characters (UTF-16 code units; default 16 Mi). Larger input is a
    /// <c>BT007</c> error and no document is built.
    /// </summary>
    public int MaxDocumentChars { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Largest block (paragraph) searched for quotes and metrics, in characters (default 1 Mi). A larger
    /// block is kept as written, but not annotated, and reported as a <c>BT008</c> warning.
    /// </summary>
    public int MaxBlockChars { get; init; } = 1024 * 1024;

    /// <summary>
    /// Most blocks (runs of non-blank lines) accepted (default 100 000). More is a <c>BT009</c> error
    /// and no document is built.
    /// </summary>
    public int MaxBlocks { get; init; } = 100_000;

    /// <summary>
    /// Most quotes found in a document (default 50 000; a briefing has tens). Past it, the rest of the
    /// body is not searched for quotes: a <c>BT013</c> warning at the block where the limit was reached,
    /// so that memory stays a small multiple of the input whatever the text holds.
    /// </summary>
    public int MaxQuotes { get; init; } = 50_000;

    /// <summary>
    /// Most metrics found in a document (default 50 000; a briefing has tens, while text such as
    /// <c>$1$1…</c> would give about 500 000 per megabyte). Past it, the rest of the body is not searched
    /// for metrics: a <c>BT014</c> warning at the block where the limit was reached.
    /// </summary>
    public int MaxMetrics { get; init; } = 50_000;
}
