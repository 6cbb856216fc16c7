using System.Collections.Immutable;
using System.Text.Json;
using Briefing.Model.Diagnostics;

namespace Briefing.Model.Interop;

/// <summary>Maps a ninjs item that passed <see cref="NinjsSchema"/> onto a briefing (see <see cref="Ninjs"/> for the mapping).</summary>
internal static class NinjsReader
{
    public static BriefingDocument Read(JsonElement item, List<Diagnostic> diagnostics)
    {
        var headlines = RoleValues(item, "headlines");
        var title = (headlines.FirstOrDefault(h => string.Equals(h.Role, "main", StringComparison.OrdinalIgnoreCase)) ?? headlines.FirstOrDefault())?.Text
            ?? NonEmpty(item, "title");
        if (title is null)
        {
            Warn(diagnostics, NinjsCodes.NoHeadline, "/headlines", "The item has no headline and no title; the briefing's title is empty.");
            title = "";
        }

        var standfirst = headlines.FirstOrDefault(h => Ninjs.IsSubhead(h.Role))?.Text;
        var body = ReadBody(item, diagnostics);
        var annotations = ReadAnnotations(item, diagnostics);
        if (annotations is not null)
        {
            body = ApplyPullQuotes(body, annotations);
        }

        var publisher = NonEmpty(item, "copyrightholder");
        var notice = new List<string>();
        AddLines(notice, NonEmpty(item, "usageterms"));
        AddLines(notice, NonEmpty(item, "copyrightnotice"));
        var disclaimer = notice.Count == 0 ? null : new Disclaimer { Heading = annotations?.DisclaimerHeading, Paragraphs = [.. notice], Publisher = publisher };

        var briefing = new BriefingDocument
        {
            Id = NonEmpty(item, "slugline")?.Trim() is { Length: > 0 } slug ? slug : Slug.From(title),
            Title = title,
            Standfirst = standfirst,
            Category = FirstSubject(item),
            Language = NonEmpty(item, "language"),
            Publisher = publisher,
            Published = annotations?.Published ?? NonEmpty(item, "firstcreated") ?? NonEmpty(item, "versioncreated"),
            Authors = annotations?.Authors ?? (NonEmpty(item, "by") is { } by ? PageMetadata.SplitByline(by) : []),
            Url = annotations?.Url ?? Ninjs.WebAddress(Text(item, "uri")),
            Body = body,
            Quotes = annotations?.Quotes ?? [],
            Metrics = annotations?.Metrics ?? [],
            Disclaimer = disclaimer,
            Related = ReadRelated(item),
        };

        CheckAnnotations(briefing, diagnostics);
        return briefing;
    }

    private static ImmutableArray<Block> ReadBody(JsonElement item, List<Diagnostic> diagnostics)
    {
        var bodies = RoleValues(item, "bodies", decodeHtml: false);
        var html = bodies.FirstOrDefault(b => IsHtml(b.ContentType));
        var plain = bodies.FirstOrDefault(b => string.IsNullOrEmpty(b.ContentType) || b.ContentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase));
        var blocks = html is not null ? Html.ReadBlocks(html.Text) : plain is not null ? PlainBlocks(plain.Text) : null;
        if (blocks is null || blocks.Count == 0)
        {
            Warn(diagnostics, NinjsCodes.NoTextBody, "/bodies", "The item has no text or HTML body; the briefing has no body blocks.");
            return [];
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (block.Id is { } id)
            {
                used.Add(id);
            }
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var counters = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Block>(blocks.Count);
        foreach (var block in blocks)
        {
            var prefix = block.Kind switch
            {
                HtmlBlockKind.PullQuote => "pq",
                HtmlBlockKind.Heading => "h",
                _ => "p",
            };
            var id = block.Id is { } given && taken.Add(given) ? given : NextId(prefix, counters, used, taken);
            result.Add(block.Kind switch
            {
                HtmlBlockKind.PullQuote => new PullQuote { Id = id, Text = block.Text, Attribution = new Source { Text = block.Attribution ?? "" } },
                HtmlBlockKind.Heading => new Heading { Id = id, Text = block.Text },
                _ => new Paragraph { Id = id, Text = block.Text },
            });
        }

        return result.MoveToImmutable();
    }

    private static string NextId(string prefix, Dictionary<string, int> counters, HashSet<string> used, HashSet<string> taken)
    {
        counters.TryGetValue(prefix, out var n);
        string id;
        do
        {
            n++;
            id = $"{prefix}{n}";
        }
        while (used.Contains(id) || !taken.Add(id));

        counters[prefix] = n;
        return id;
    }

    /// <summary>Plain-text bodies: blocks are separated by blank lines; a body without blank lines has one block a line.</summary>
    private static List<HtmlBlock> PlainBlocks(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Trim('\n').Split('\n');
        var blocks = new List<HtmlBlock>();
        var hasBlankLine = lines.Length > 1 && lines.Any(string.IsNullOrWhiteSpace);
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line) || !hasBlankLine)
            {
                if (!hasBlankLine && !string.IsNullOrWhiteSpace(line))
                {
                    current.Add(line);
                }

                if (current.Count > 0)
                {
                    blocks.Add(new HtmlBlock(HtmlBlockKind.Paragraph, null, string.Join('\n', current).Trim(), null));
                    current.Clear();
                }
            }
            else
            {
                current.Add(line);
            }
        }

        if (current.Count > 0)
        {
            blocks.Add(new HtmlBlock(HtmlBlockKind.Paragraph, null, string.Join('\n', current).Trim(), null));
        }

        return blocks;
    }

    private static NinjsAnnotations? ReadAnnotations(JsonElement item, List<Diagnostic> diagnostics)
    {
        if (!item.TryGetProperty("descriptions", out var descriptions))
        {
            return null;
        }

        var index = 0;
        foreach (var description in descriptions.EnumerateArray())
        {
            if (Text(description, "role") == Ninjs.AnnotationsRole && Text(description, "contenttype") == Ninjs.AnnotationsContentType)
            {
                try
                {
                    return JsonSerializer.Deserialize(Text(description, "value") ?? "", NinjsAnnotationsContext.Default.NinjsAnnotations);
                }
                catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
                {
                    Warn(diagnostics, NinjsCodes.AnnotationsUnreadable, $"/descriptions/{index}/value", $"The briefing annotations could not be read ({exception.Message}); quotes and metrics were not imported.");
                    return null;
                }
            }

            index++;
        }

        return null;
    }

    private static ImmutableArray<Block> ApplyPullQuotes(ImmutableArray<Block> body, NinjsAnnotations annotations)
    {
        if (annotations.PullQuotes.IsDefaultOrEmpty)
        {
            return body;
        }

        var builder = body.ToBuilder();
        foreach (var pullQuote in annotations.PullQuotes)
        {
            var index = builder.FindIndex(pullQuote.BlockId);
            if (index >= 0)
            {
                builder[index] = new PullQuote { Id = pullQuote.BlockId, Text = builder[index].Text, Attribution = pullQuote.Attribution, QuoteId = pullQuote.QuoteId };
            }
        }

        return builder.ToImmutable();
    }

    private static int FindIndex(this ImmutableArray<Block>.Builder blocks, string id)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static void CheckAnnotations(BriefingDocument briefing, List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < briefing.Quotes.Length; i++)
        {
            var quote = briefing.Quotes[i];
            if (briefing.FindBlock(quote.BlockId) is not { } block || quote.Span.Slice(block.Text) != quote.Text)
            {
                Warn(diagnostics, NinjsCodes.AnnotationMismatch, $"/quotes/{i}", $"Quote '{quote.Id}' no longer matches the text of block '{quote.BlockId}'.");
            }
        }

        for (var i = 0; i < briefing.Metrics.Length; i++)
        {
            var metric = briefing.Metrics[i];
            if (briefing.FindBlock(metric.BlockId) is not { } block || metric.Span.Slice(block.Text) != metric.Text)
            {
                Warn(diagnostics, NinjsCodes.AnnotationMismatch, $"/metrics/{i}", $"Metric '{metric.Id}' no longer matches the text of block '{metric.BlockId}'.");
            }
        }
    }

    private static ImmutableArray<RelatedArticle> ReadRelated(JsonElement item)
    {
        if (!item.TryGetProperty("associations", out var associations))
        {
            return [];
        }

        var related = ImmutableArray.CreateBuilder<RelatedArticle>();
        foreach (var association in associations.EnumerateArray())
        {
            if (Text(association, "type") != "text")
            {
                // Pictures, graphics, audio and video: media, not related articles.
                continue;
            }

            var headlines = RoleValues(association, "headlines");
            var title = (headlines.FirstOrDefault(h => string.Equals(h.Role, "main", StringComparison.OrdinalIgnoreCase)) ?? headlines.FirstOrDefault())?.Text;
            var summary = RoleValues(association, "descriptions").FirstOrDefault()?.Text;
            if (title is not null || summary is not null)
            {
                related.Add(new RelatedArticle { Title = title, Summary = summary });
            }
        }

        return related.ToImmutable();
    }

    private static string? FirstSubject(JsonElement item)
    {
        if (item.TryGetProperty("subjects", out var subjects))
        {
            foreach (var subject in subjects.EnumerateArray())
            {
                if (Text(subject, "name") is { Length: > 0 } name)
                {
                    return name;
                }
            }
        }

        return null;
    }

    private static List<RoleValue> RoleValues(JsonElement item, string member, bool decodeHtml = true)
    {
        var values = new List<RoleValue>();
        if (item.TryGetProperty(member, out var array))
        {
            foreach (var entry in array.EnumerateArray())
            {
                var contentType = Text(entry, "contenttype");
                var value = Text(entry, "value") ?? "";
                values.Add(new RoleValue(Text(entry, "role"), contentType, decodeHtml && IsHtml(contentType) ? Html.ReadText(value) : value));
            }
        }

        return values;
    }

    private static bool IsHtml(string? contentType) => contentType is not null && contentType.Contains("html", StringComparison.OrdinalIgnoreCase);

    private static void AddLines(List<string> lines, string? text)
    {
        if (text is null)
        {
            return;
        }

        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                lines.Add(line);
            }
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NonEmpty(JsonElement element, string name) => Text(element, name) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static void Warn(List<Diagnostic> diagnostics, string code, string path, string message) =>
        diagnostics.Add(new Diagnostic { Code = code, Severity = DiagnosticSeverity.Warning, Message = message, Path = path });

    private sealed record RoleValue(string? Role, string? ContentType, string Text);
}
