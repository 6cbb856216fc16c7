namespace Briefing.Model.Html;

/// <summary>Limits that keep reading a web page bounded in time and memory. Each limit reached is a diagnostic, never an exception.</summary>
public sealed record BriefingHtmlOptions
{
    /// <summary>The default limits.</summary>
    public static BriefingHtmlOptions Default { get; } = new();

    /// <summary>Pages longer than this many characters (or, as bytes, three times as many) are not read (<c>BH001</c>). Default 16 Mi.</summary>
    public int MaxDocumentChars { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// At most this many elements are read; the page is cut before the first element past the limit
    /// (<c>BH002</c>). Default 100 000 (a large news page has a few thousand).
    /// </summary>
    public int MaxElements { get; init; } = 100_000;

    /// <summary>
    /// Elements are read to this nesting depth; the page is cut where it would nest deeper (<c>BH003</c>).
    /// Default 256 (real pages nest a few dozen deep). Article finding takes time in proportion to
    /// elements times depth, so this and <see cref="MaxElements"/> bound it.
    /// </summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Blocks longer than this are kept as written but not searched for quotes or metrics (<c>BH004</c>). Default 1 Mi characters.</summary>
    public int MaxBlockChars { get; init; } = 1024 * 1024;
}
