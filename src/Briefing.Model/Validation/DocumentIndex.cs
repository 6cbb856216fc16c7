namespace Briefing.Model.Validation;

/// <summary>
/// The lookups the cross-document rules share, built once per validation: blocks and quotes by id
/// (the first of each id; later ones are duplicates).
/// </summary>
internal sealed class DocumentIndex
{
    public DocumentIndex(BriefingDocument document)
    {
        Document = document;
        var owners = new Dictionary<string, (string Collection, int Position)>(document.Body.Length + document.Quotes.Length + document.Metrics.Length, StringComparer.Ordinal);
        List<(string, int, string, string)>? duplicates = null;
        Blocks = new Dictionary<string, Block>(document.Body.Length, StringComparer.Ordinal);
        Quotes = new Dictionary<string, Quote>(document.Quotes.Length, StringComparer.Ordinal);

        void Register(string collection, int position, string? id)
        {
            if (string.IsNullOrEmpty(id))
            {
                return;
            }

            if (!owners.TryAdd(id, (collection, position)))
            {
                var (firstCollection, firstPosition) = owners[id];
                (duplicates ??= []).Add((collection, position, id, BriefingValidation.ToJsonPointer($"{firstCollection}[{firstPosition}]")));
            }
        }

        for (var i = 0; i < document.Body.Length; i++)
        {
            if (document.Body[i] is { } block)
            {
                Register("Body", i, block.Id);
                if (block.Id is not null)
                {
                    Blocks.TryAdd(block.Id, block);
                }
            }
        }

        for (var i = 0; i < document.Quotes.Length; i++)
        {
            if (document.Quotes[i] is { } quote)
            {
                Register("Quotes", i, quote.Id);
                if (quote.Id is not null)
                {
                    Quotes.TryAdd(quote.Id, quote);
                }
            }
        }

        for (var i = 0; i < document.Metrics.Length; i++)
        {
            Register("Metrics", i, document.Metrics[i]?.Id);
        }

        Duplicates = (IReadOnlyList<(string, int, string, string)>?)duplicates ?? [];
    }

    public BriefingDocument Document { get; }

    public Dictionary<string, Block> Blocks { get; }

    public Dictionary<string, Quote> Quotes { get; }

    /// <summary>Later uses of an id: where (collection, position), the id, and the pointer of its first use.</summary>
    public IReadOnlyList<(string Collection, int Position, string Id, string First)> Duplicates { get; }

    /// <summary>The first body quote <paramref name="excerpt"/> is a verbatim excerpt of, if any.</summary>
    public Quote? FindExcerpted(string excerpt)
    {
        foreach (var quote in Document.Quotes)
        {
            if (quote is { Text: { } text } && !Identifiers.IsBlank(text) && QuoteMatching.IsExcerpt(excerpt, text))
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
            if (block?.Text is { } blockText && blockText.Contains(text!, StringComparison.Ordinal))
            {
                return $" The text occurs in block '{block.Id}'.";
            }
        }

        return "";
    }

    /// <summary>A hint giving the span of <paramref name="text"/> in <paramref name="block"/> (for a message), or an empty string.</summary>
    public static string WhereInBlock(Block block, string? text)
    {
        if (Identifiers.IsBlank(text) || block.Text is null)
        {
            return "";
        }

        var start = block.Text.IndexOf(text!, StringComparison.Ordinal);
        return start < 0 ? "" : $" The text occurs at start {start}, length {text!.Length}.";
    }
}
