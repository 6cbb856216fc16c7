using System.Collections.Immutable;

namespace Briefing.Model;

/// <summary>
/// What the text, Markdown, ninjs and JSON-LD writers see of a document: the JSON reader accepts a
/// <c>null</c> where the contract has none (an entry of <c>body</c>, <c>quotes</c>, <c>metrics</c> or
/// <c>related</c>, a block's text, a pull quote's attribution …), which validation reports (BV008 and
/// the member's own rule). A <c>null</c> entry holds nothing to write, so it is left out; a missing
/// required text is written as empty. The JSON writer keeps every <c>null</c> as it was read.
/// </summary>
internal static class WritableView
{
    /// <summary>The document itself when it holds no <c>null</c> where the contract has none (one linear scan); a repaired copy otherwise.</summary>
    /// <param name="briefing">The document.</param>
    /// <returns>A document every writer can write.</returns>
    public static BriefingDocument Of(BriefingDocument briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        return IsComplete(briefing) ? briefing : Repair(briefing);
    }

    private static bool IsComplete(BriefingDocument briefing)
    {
        if (briefing.Title is null)
        {
            return false;
        }

        foreach (var block in briefing.Body)
        {
            if (block is null || block.Id is null || block.Text is null || (block is PullQuote pull && !IsComplete(pull.Attribution)))
            {
                return false;
            }
        }

        foreach (var quote in briefing.Quotes)
        {
            if (quote is null || quote.Id is null || quote.Text is null || quote.BlockId is null || !IsComplete(quote.Source))
            {
                return false;
            }
        }

        foreach (var metric in briefing.Metrics)
        {
            if (metric is null || metric.Id is null || metric.Text is null || metric.BlockId is null)
            {
                return false;
            }
        }

        foreach (var related in briefing.Related)
        {
            if (related is null)
            {
                return false;
            }
        }

        return briefing.Disclaimer is not { } disclaimer || !disclaimer.Paragraphs.Contains(null!);
    }

    private static bool IsComplete(Source? source) => source?.Text is not null;

    private static BriefingDocument Repair(BriefingDocument briefing) => briefing with
    {
        Title = briefing.Title ?? "",
        Body = Entries(briefing.Body, Repair),
        Quotes = Entries(briefing.Quotes, static quote => quote with
        {
            Id = quote.Id ?? "",
            Text = quote.Text ?? "",
            BlockId = quote.BlockId ?? "",
            Source = Repair(quote.Source),
        }),
        Metrics = Entries(briefing.Metrics, static metric => metric with
        {
            Id = metric.Id ?? "",
            Text = metric.Text ?? "",
            BlockId = metric.BlockId ?? "",
        }),
        Related = Entries(briefing.Related, static related => related),
        Disclaimer = briefing.Disclaimer is { } disclaimer
            ? disclaimer with { Paragraphs = Entries(disclaimer.Paragraphs, static paragraph => paragraph) }
            : null,
    };

    private static Block Repair(Block block)
    {
        var complete = block.Id is null || block.Text is null ? block with { Id = block.Id ?? "", Text = block.Text ?? "" } : block;
        return complete is PullQuote pull && !IsComplete(pull.Attribution) ? pull with { Attribution = Repair(pull.Attribution) } : complete;
    }

    private static Source Repair(Source? source) => source is null
        ? new Source { Text = "" }
        : source.Text is null ? source with { Text = "" } : source;

    private static ImmutableArray<T> Entries<T>(ImmutableArray<T> entries, Func<T, T> repair)
        where T : class
    {
        var builder = ImmutableArray.CreateBuilder<T>(entries.Length);
        foreach (var entry in entries)
        {
            if (entry is not null)
            {
                builder.Add(repair(entry));
            }
        }

        return builder.DrainToImmutable();
    }
}
