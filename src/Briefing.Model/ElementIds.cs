using System.Globalization;

namespace Briefing.Model;

/// <summary>
/// The ids the text parser gives the elements it numbers (<c>p1</c>, <c>q2</c>, <c>m3</c>): a prefix and
/// a 1-based number. The first ids of each kind are made once and shared, so numbering the elements of
/// a typical document allocates nothing; further ones are built as needed.
/// </summary>
internal sealed class ElementIds
{
    private const int Cached = 128;

    private readonly string _prefix;
    private readonly string[] _ids;

    private ElementIds(string prefix)
    {
        _prefix = prefix;
        _ids = new string[Cached];
        for (var i = 0; i < Cached; i++)
        {
            _ids[i] = Build(prefix, i + 1);
        }
    }

    public static ElementIds Paragraphs { get; } = new("p");

    public static ElementIds Headings { get; } = new("h");

    public static ElementIds PullQuotes { get; } = new("pq");

    public static ElementIds Quotes { get; } = new("q");

    public static ElementIds Metrics { get; } = new("m");

    /// <summary>The id numbered <paramref name="number"/> (1-based).</summary>
    public string this[int number] => number is >= 1 and <= Cached ? _ids[number - 1] : Build(_prefix, number);

    private static string Build(string prefix, int number) => prefix + number.ToString(CultureInfo.InvariantCulture);
}
