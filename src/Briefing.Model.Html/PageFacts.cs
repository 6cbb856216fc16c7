using System.Collections.Immutable;
using System.Text.Json;
using AngleSharp.Dom;

namespace Briefing.Model.Html;

/// <summary>
/// What a page says about its article outside the article's text: publication time, authors,
/// canonical address, language, publisher, and the headline and description it declares.
/// </summary>
/// <param name="Published">An RFC 3339 date-time as written (<c>meta article:published_time</c>, JSON-LD <c>datePublished</c>, <c>time datetime</c>).</param>
/// <param name="Authors">Author names (JSON-LD <c>author</c>, <c>meta name=author</c>, the byline).</param>
/// <param name="Url">The canonical absolute address (<c>link rel=canonical</c>, <c>og:url</c>, the address given).</param>
/// <param name="Language">BCP 47 tag (<c>html lang</c>, <c>content-language</c>, <c>og:locale</c>).</param>
/// <param name="Publisher">The publisher (JSON-LD <c>publisher</c>, <c>og:site_name</c>).</param>
/// <param name="Headline">The declared headline (JSON-LD <c>headline</c>, <c>og:title</c>).</param>
/// <param name="Description">The declared description (<c>meta description</c>, <c>og:description</c>, JSON-LD <c>description</c>).</param>
internal sealed record PageFacts(
    string? Published,
    ImmutableArray<string> Authors,
    string? Url,
    string? Language,
    string? Publisher,
    string? Headline,
    string? Description)
{
    private const int MaxJsonLdChars = 1024 * 1024;

    private static readonly string[] ArticleTypes =
        ["Article", "NewsArticle", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "Report", "ScholarlyArticle", "TechArticle", "LiveBlogPosting", "SocialMediaPosting", "WebPage"];

    /// <summary>Reads the metadata of a parsed page (before the article finder changes it).</summary>
    public static PageFacts Read(IDocument document, Uri? address) => Read(document, address, out _);

    /// <summary>Reads the metadata of a parsed page (before the article finder changes it), and counts its elements in the same walk.</summary>
    public static PageFacts Read(IDocument document, Uri? address, out int elementCount) => Read(document, address, out elementCount, out _);

    /// <summary>
    /// Reads the metadata of a parsed page (before the article finder changes it), and counts in the same walk
    /// its elements and the most child elements one element holds.
    /// </summary>
    public static PageFacts Read(IDocument document, Uri? address, out int elementCount, out int mostChildren)
    {
        var found = Elements.Find(document);
        elementCount = found.Count;
        mostChildren = found.MostChildren;
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in found.Metas)
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop") ?? element.GetAttribute("http-equiv");
            var content = element.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                var value = content.Trim();
                if (!key.Contains(' ', StringComparison.Ordinal))
                {
                    if (key.Length > 0)
                    {
                        meta.TryAdd(key, value);
                    }

                    continue;
                }

                foreach (var k in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    meta.TryAdd(k, value);
                }
            }
        }

        var ld = JsonLd.Read(found.JsonLdScripts);
        var published = FirstDateTime(
            Get(meta, "article:published_time"), ld.Published, Get(meta, "datePublished"), Get(meta, "og:article:published_time"),
            Get(meta, "pubdate"), Get(meta, "publishdate"), Get(meta, "dc.date.issued"), Get(meta, "dc.date"), Get(meta, "date"),
            (found.MarkedTime ?? found.Time)?.GetAttribute("datetime"));

        var authors = ld.Authors;
        if (authors.IsDefaultOrEmpty && Get(meta, "author") is { } author && !IsAddress(author))
        {
            authors = Model.PageMetadata.SplitByline(author);
        }

        if (authors.IsDefaultOrEmpty && Get(meta, "article:author") is { } articleAuthor && !IsAddress(articleAuthor))
        {
            authors = Model.PageMetadata.SplitByline(articleAuthor);
        }

        if (authors.IsDefaultOrEmpty && Byline(found.Author ?? found.Byline) is { } byline)
        {
            authors = Model.PageMetadata.SplitByline(byline);
        }

        var url = Absolute(found.Canonical?.GetAttribute("href"), address)
            ?? Absolute(Get(meta, "og:url"), address)
            ?? (address is { IsAbsoluteUri: true } && Model.PageMetadata.IsWebAddress(address.AbsoluteUri) ? address.AbsoluteUri : null);

        var language = LanguageTag(document.DocumentElement.GetAttribute("lang"))
            ?? LanguageTag(document.DocumentElement.GetAttribute("xml:lang"))
            ?? LanguageTag(Get(meta, "content-language"))
            ?? LanguageTag(Get(meta, "og:locale"));

        var publisher = ld.Publisher ?? Get(meta, "og:site_name");
        var headline = ld.Headline ?? Get(meta, "og:title") ?? Get(meta, "twitter:title");
        var description = Get(meta, "description") ?? Get(meta, "og:description") ?? ld.Description ?? Get(meta, "twitter:description");
        return new PageFacts(published, authors.IsDefault ? [] : authors, url, language, publisher, headline, description);
    }

    /// <summary>
    /// The elements the metadata is read from, found in one walk of the page in document order (what
    /// the selectors in each member's comment would find, without a walk and a selector parse each).
    /// As in those selectors, HTML's <c>type</c> and <c>rel</c> values are compared ignoring case,
    /// class names and <c>itemprop</c> as written.
    /// </summary>
    internal sealed class Elements
    {
        /// <summary><c>meta</c>, in order.</summary>
        public List<IElement> Metas { get; } = [];

        /// <summary><c>script[type='application/ld+json']</c>, in order.</summary>
        public List<IElement> JsonLdScripts { get; } = [];

        /// <summary>The first <c>link[rel~=canonical]</c>.</summary>
        public IElement? Canonical { get; private set; }

        /// <summary>The first <c>time[itemprop=datePublished][datetime], time[pubdate][datetime], time.published[datetime]</c>.</summary>
        public IElement? MarkedTime { get; private set; }

        /// <summary>The first <c>time[datetime]</c>.</summary>
        public IElement? Time { get; private set; }

        /// <summary>The first <c>[rel=author], [itemprop=author], .author</c>.</summary>
        public IElement? Author { get; private set; }

        /// <summary>The first <c>.byline</c>.</summary>
        public IElement? Byline { get; private set; }

        /// <summary>Every element of the page.</summary>
        public int Count { get; private set; }

        /// <summary>The most child elements one element of the page holds.</summary>
        public int MostChildren { get; private set; }

        public static Elements Find(IDocument document)
        {
            var found = new Elements();
            foreach (var element in PageNodes.ElementsBelow(document))
            {
                found.Visit(element);
            }

            return found;
        }

        private void Visit(IElement element)
        {
            Count++;
            MostChildren = Math.Max(MostChildren, element.ChildElementCount);
            switch (element.LocalName)
            {
                case "meta":
                    Metas.Add(element);
                    break;
                case "script" when string.Equals(element.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                    JsonLdScripts.Add(element);
                    break;
                case "link" when Canonical is null && HasToken(element.GetAttribute("rel"), "canonical", StringComparison.OrdinalIgnoreCase):
                    Canonical = element;
                    break;
                case "time" when element.HasAttribute("datetime"):
                    Time ??= element;
                    if (MarkedTime is null && (element.GetAttribute("itemprop") == "datePublished" || element.HasAttribute("pubdate") || HasToken(element.GetAttribute("class"), "published", StringComparison.Ordinal)))
                    {
                        MarkedTime = element;
                    }

                    break;
                default:
                    break;
            }

            if (Author is null || Byline is null)
            {
                var classes = element.GetAttribute("class");
                if (Author is null && (string.Equals(element.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase) || element.GetAttribute("itemprop") == "author" || HasToken(classes, "author", StringComparison.Ordinal)))
                {
                    Author = element;
                }

                if (Byline is null && HasToken(classes, "byline", StringComparison.Ordinal))
                {
                    Byline = element;
                }
            }
        }

        /// <summary>Whether a space-separated list (a class, a <c>rel</c>) holds <paramref name="token"/>.</summary>
        private static bool HasToken(string? list, string token, StringComparison comparison)
        {
            if (list is null)
            {
                return false;
            }

            for (var at = list.IndexOf(token, comparison); at >= 0; at = list.IndexOf(token, at + 1, comparison))
            {
                var end = at + token.Length;
                if ((at == 0 || IsSpace(list[at - 1])) && (end == list.Length || IsSpace(list[end])))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
    }

    private static string? Get(Dictionary<string, string> meta, string key) => meta.TryGetValue(key, out var value) ? value : null;

    private static bool IsAddress(string value) => value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first value that is an RFC 3339 date-time by the model's own rule (<see cref="Model.PageMetadata.IsDateTime"/>), trimmed of white space.</summary>
    private static string? FirstDateTime(params ReadOnlySpan<string?> values)
    {
        foreach (var value in values)
        {
            if (value is not null && Model.PageMetadata.IsDateTime(value.Trim()))
            {
                return value.Trim();
            }
        }

        return null;
    }

    /// <summary>The byline: the text of the first element marked as the author (<c>rel=author</c>, <c>itemprop=author</c>, an <c>author</c> class, else a <c>byline</c> class); the model's byline rule splits it.</summary>
    private static string? Byline(IElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = PageWalker.Collapse(element.TextContent);
        return text.Length is > 0 and <= 100 ? text : null;
    }

    private static string? Absolute(string? href, Uri? address)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        // Only an address the model's rule accepts (absolute http or https) becomes the document's.
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && Model.PageMetadata.IsWebAddress(absolute.AbsoluteUri))
        {
            return absolute.AbsoluteUri;
        }

        return address is { IsAbsoluteUri: true } && Uri.TryCreate(address, href.Trim(), out var resolved) && Model.PageMetadata.IsWebAddress(resolved.AbsoluteUri) ? resolved.AbsoluteUri : null;
    }

    /// <summary>A language tag as written, with an <c>og:locale</c> underscore read as a hyphen (<c>en_GB</c> → <c>en-GB</c>).</summary>
    private static string? LanguageTag(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var tag = value.Trim().Split(',')[0].Trim().Replace('_', '-');
        foreach (var c in tag)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return null;
            }
        }

        return tag.Length is > 0 and <= 35 ? tag : null;
    }

    /// <summary>What the page's JSON-LD says about its article (the first object of an article type, <c>@graph</c> included).</summary>
    private sealed record JsonLd(string? Published, ImmutableArray<string> Authors, string? Publisher, string? Headline, string? Description)
    {
        public static JsonLd Read(List<IElement> scripts)
        {
            foreach (var script in scripts)
            {
                var text = script.TextContent;
                if (text.Length > MaxJsonLdChars)
                {
                    continue;
                }

                try
                {
                    using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                    if (FindArticle(json.RootElement, 0) is { } article)
                    {
                        return new JsonLd(
                            String(article, "datePublished"),
                            Names(article, "author"),
                            Name(article, "publisher"),
                            String(article, "headline") ?? String(article, "name"),
                            String(article, "description"));
                    }
                }
                catch (JsonException)
                {
                    // A page's broken JSON-LD says nothing; the other metadata still counts.
                }
            }

            return new JsonLd(null, [], null, null, null);
        }

        private static JsonElement? FindArticle(JsonElement element, int depth)
        {
            if (depth > 8)
            {
                return null;
            }

            switch (element.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (FindArticle(item, depth + 1) is { } found)
                        {
                            return found;
                        }
                    }

                    return null;
                case JsonValueKind.Object:
                    if (IsArticle(element))
                    {
                        return element;
                    }

                    return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
                default:
                    return null;
            }
        }

        private static bool IsArticle(JsonElement element)
        {
            if (!element.TryGetProperty("@type", out var type))
            {
                return false;
            }

            if (type.ValueKind == JsonValueKind.String)
            {
                return Array.IndexOf(ArticleTypes, type.GetString()) >= 0 && (type.GetString() != "WebPage" || element.TryGetProperty("datePublished", out _));
            }

            if (type.ValueKind == JsonValueKind.Array)
            {
                foreach (var t in type.EnumerateArray())
                {
                    if (t.ValueKind == JsonValueKind.String && Array.IndexOf(ArticleTypes, t.GetString()) >= 0)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static string? String(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!.Trim() : null;

        private static string? Name(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0)
            {
                value = value[0];
            }

            return value.ValueKind switch
            {
                JsonValueKind.String when !IsAddress(value.GetString()!) => value.GetString()!.Trim(),
                JsonValueKind.Object => String(value, "name"),
                _ => null,
            };
        }

        private static ImmutableArray<string> Names(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                return [];
            }

            var names = ImmutableArray.CreateBuilder<string>();
            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    AddName(item, names);
                }
            }
            else
            {
                AddName(value, names);
            }

            return names.ToImmutable();
        }

        private static void AddName(JsonElement item, ImmutableArray<string>.Builder names)
        {
            var text = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => String(item, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text) && !IsAddress(text) && !names.Contains(text.Trim()) && names.Count < 32)
            {
                names.Add(text.Trim());
            }
        }
    }
}
