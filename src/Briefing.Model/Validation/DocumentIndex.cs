using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Briefing.Model.Validation;

/// <summary>
/// The lookups the cross-document rules share, built once per validation: blocks and quotes by id
/// (the first of each id; later ones are duplicates), and the ids used twice.
/// </summary>
/// <remarks>
/// A briefing of ordinary size (up to <see cref="ScanLimit"/> blocks, quotes and metrics) is searched
/// by scanning its arrays, which is faster than hashing and allocates nothing; a larger one gets
/// dictionaries, built on first use. Both give the same answers.
/// </remarks>
internal sealed class DocumentIndex
{
    /// <summary>Up to this many blocks, quotes and metrics together, lookups scan instead of hashing.</summary>
    internal const int ScanLimit = 32;

    private readonly int _count;
    private Dictionary<string, Block>? _blocks;
    private Dictionary<string, Quote>? _quotes;
    private Dictionary<string, int>? _owners;

    /// <summary>
    /// How much searching the hints of all messages may do together, as a multiple of the document's
    /// text (block and quote texts, in characters): each search is charged the lengths it reads. Hints
    /// are extras in a message; once the budget is spent they are left out, so that many dangling
    /// references, span mismatches or unlinked pull quotes cost time linear in the document, not
    /// references × blocks or pull quotes × quotes (issue 18).
    /// </summary>
    internal const int HintWorkPerCharacter = 8;

    /// <summary>The hint budget left, in characters read; computed on first use.</summary>
    private long _hintBudget = -1;

    public DocumentIndex(BriefingDocument document)
    {
        Document = document;
        _count = document.Body.Length + document.Quotes.Length + document.Metrics.Length;
    }

    public BriefingDocument Document { get; }

    private bool Scans => _count <= ScanLimit;

    /// <summary>The first block with the id <paramref name="id"/>.</summary>
    public bool TryGetBlock(string id, [NotNullWhen(true)] out Block? block) => TryGet(Document.Body, ref _blocks, static b => b.Id, id, out block);

    /// <summary>The first quote with the id <paramref name="id"/>.</summary>
    public bool TryGetQuote(string id, [NotNullWhen(true)] out Quote? quote) => TryGet(Document.Quotes, ref _quotes, static q => q.Id, id, out quote);

    /// <summary>Whether an id is used more than once across blocks, quotes and metrics.</summary>
    public bool HasDuplicateIds()
    {
        Span<int> hashes = Scans ? stackalloc int[ScanLimit] : default;
        return NextDuplicate(0, hashes, out _) >= 0;
    }

    /// <summary>Later uses of an id: where (collection, position), the id, and the pointer of its first use.</summary>
    public List<(string Collection, int Position, string Id, string First)> Duplicates()
    {
        var duplicates = new List<(string, int, string, string)>();
        Span<int> hashes = Scans ? stackalloc int[ScanLimit] : default;
        for (var ordinal = NextDuplicate(0, hashes, out var first); ordinal >= 0; ordinal = NextDuplicate(ordinal + 1, hashes, out first))
        {
            var (collection, position) = Locate(ordinal);
            var (firstCollection, firstPosition) = Locate(first);
            duplicates.Add((collection, position, IdAt(ordinal)!, BriefingValidation.ToJsonPointer($"{firstCollection}[{firstPosition}]")));
        }

        return duplicates;
    }

    /// <summary>
    /// Whether a search stopped because the hint budget was spent: a <see langword="null"/> from
    /// <see cref="FindExcerpted"/> then means "not found within the budget", not "in no quote".
    /// </summary>
    public bool BudgetSpent { get; private set; }

    /// <summary>The first body quote <paramref name="excerpt"/> is a verbatim excerpt of, if any (within the hint budget: see <see cref="BudgetSpent"/>).</summary>
    public Quote? FindExcerpted(string excerpt)
    {
        foreach (var quote in Document.Quotes)
        {
            if (quote is { Text: { } text } && !Identifiers.IsBlank(text) && Spend(excerpt.Length + text.Length) && QuoteMatching.IsExcerpt(excerpt, text))
            {
                return quote;
            }
        }

        return null;
    }

    /// <summary>A hint naming the block that contains <paramref name="text"/> (for a message), or an empty string.</summary>
    public string WhereIs(string? text)
    {
        if (Identifiers.IsBlank(text))
        {
            return "";
        }

        foreach (var block in Document.Body)
        {
            if (block?.Text is { } blockText && Spend(blockText.Length + text!.Length) && blockText.Contains(text!, StringComparison.Ordinal))
            {
                return $" The text occurs in block '{block.Id}'.";
            }
        }

        return "";
    }

    /// <summary>Charges <paramref name="cost"/> characters of hint searching; false (and nothing more is searched) once the budget is spent.</summary>
    private bool Spend(long cost)
    {
        if (_hintBudget < 0)
        {
            long size = 64 * 1024;
            foreach (var block in Document.Body)
            {
                size += block?.Text?.Length ?? 0;
            }

            foreach (var quote in Document.Quotes)
            {
                size += quote?.Text?.Length ?? 0;
            }

            _hintBudget = size * HintWorkPerCharacter;
        }

        if (cost > _hintBudget)
        {
            _hintBudget = 0;
            BudgetSpent = true;
            return false;
        }

        _hintBudget -= cost;
        return true;
    }

    /// <summary>A hint giving the span of <paramref name="text"/> in <paramref name="block"/> (for a message), or an empty string.</summary>
    public string WhereInBlock(Block block, string? text)
    {
        if (Identifiers.IsBlank(text) || block.Text is null || !Spend(block.Text.Length + text!.Length))
        {
            return "";
        }

        var start = block.Text.IndexOf(text!, StringComparison.Ordinal);
        return start < 0 ? "" : $" The text occurs at start {start}, length {text!.Length}.";
    }

    /// <summary>
    /// The ordinal (over blocks, then quotes, then metrics) of the next element from <paramref name="from"/>
    /// whose id an earlier element has, or -1; <paramref name="first"/> is that earlier element.
    /// When scanning, <paramref name="hashes"/> holds the ids' hash codes below <paramref name="from"/>.
    /// </summary>
    private int NextDuplicate(int from, Span<int> hashes, out int first)
    {
        // Scanning compares hash codes first (on the stack), so most pairs cost one integer comparison.
        for (var ordinal = from; ordinal < _count; ordinal++)
        {
            var id = IdAt(ordinal);
            if (Scans)
            {
                hashes[ordinal] = id?.GetHashCode(StringComparison.Ordinal) ?? 0;
            }

            if (string.IsNullOrEmpty(id))
            {
                continue;
            }

            first = Scans ? FirstUse(hashes[..ordinal], hashes[ordinal], id) : FirstUse(id);
            if (first >= 0 && first != ordinal)
            {
                return ordinal;
            }
        }

        first = -1;
        return -1;
    }

    /// <summary>The ordinal of the first earlier element with the id <paramref name="id"/>, or -1, by scanning.</summary>
    private int FirstUse(ReadOnlySpan<int> earlierHashes, int hash, string id)
    {
        for (var earlier = 0; earlier < earlierHashes.Length; earlier++)
        {
            if (earlierHashes[earlier] == hash && string.Equals(IdAt(earlier), id, StringComparison.Ordinal))
            {
                return earlier;
            }
        }

        return -1;
    }

    /// <summary>The ordinal of the first element with the id <paramref name="id"/>, through a dictionary.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int FirstUse(string id)
    {
        if (_owners is null)
        {
            _owners = new Dictionary<string, int>(_count, StringComparer.Ordinal);
            for (var i = 0; i < _count; i++)
            {
                if (IdAt(i) is { Length: > 0 } each)
                {
                    _owners.TryAdd(each, i);
                }
            }
        }

        return _owners[id];
    }

    /// <summary>The id of the element at an ordinal over blocks, then quotes, then metrics; <see langword="null"/> for a null element.</summary>
    private string? IdAt(int ordinal)
    {
        var body = Document.Body;
        if (ordinal < body.Length)
        {
            return body[ordinal]?.Id;
        }

        ordinal -= body.Length;
        var quotes = Document.Quotes;
        return ordinal < quotes.Length ? quotes[ordinal]?.Id : Document.Metrics[ordinal - quotes.Length]?.Id;
    }

    private (string Collection, int Position) Locate(int ordinal)
    {
        var (blocks, quotes) = (Document.Body.Length, Document.Quotes.Length);
        return ordinal < blocks ? ("Body", ordinal) : ordinal < blocks + quotes ? ("Quotes", ordinal - blocks) : ("Metrics", ordinal - blocks - quotes);
    }

    /// <summary>The first item with an id: by scanning, or through a dictionary built on first use.</summary>
    private bool TryGet<T>(ImmutableArray<T> items, ref Dictionary<string, T>? map, Func<T, string?> idOf, string id, [NotNullWhen(true)] out T? found)
        where T : class
    {
        if (Scans)
        {
            foreach (var item in items)
            {
                if (item is not null && string.Equals(idOf(item), id, StringComparison.Ordinal))
                {
                    found = item;
                    return true;
                }
            }

            found = null;
            return false;
        }

        return Lookup(items, ref map, idOf, id, out found);
    }

    /// <summary>The dictionary path of <see cref="TryGet"/>, apart so that scanning never compiles it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Lookup<T>(ImmutableArray<T> items, ref Dictionary<string, T>? map, Func<T, string?> idOf, string id, [NotNullWhen(true)] out T? found)
        where T : class
    {
        if (map is null)
        {
            map = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
            foreach (var item in items)
            {
                if (item is not null && idOf(item) is { } key)
                {
                    map.TryAdd(key, item);
                }
            }
        }

        return map.TryGetValue(id, out found);
    }
}
