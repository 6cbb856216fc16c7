using System.Text;
using System.Text.Json.Nodes;

namespace Briefing.Model.Interop;

/// <summary>
/// Exports a briefing as schema.org JSON-LD, for a web page's
/// <c>&lt;script type="application/ld+json"&gt;</c>.
/// </summary>
/// <remarks>
/// <para>
/// The article is a <c>NewsArticle</c> and an <c>AnalysisNewsArticle</c>; title → <c>headline</c>,
/// standfirst → <c>alternativeHeadline</c>, category → <c>articleSection</c>, language →
/// <c>inLanguage</c> (<c>en</c> when not set), id → <c>identifier</c>, published → <c>datePublished</c>,
/// authors → <c>author</c> (each a <c>Person</c>, or an <c>Organization</c> when the name names one),
/// url → <c>url</c>, paragraphs and headings →
/// <c>articleBody</c> (blank-line separated; pull quotes repeat the body and are left out), publisher →
/// <c>publisher</c> (an <c>Organization</c>), disclaimer → <c>copyrightNotice</c> (its text) and
/// <c>usageInfo</c> (a <c>CreativeWork</c> named by the disclaimer's heading).
/// </para>
/// <para>
/// Quotes and reported statements → <c>hasPart</c>, each a <c>Quotation</c> with its <c>text</c> and
/// the speaker in <c>spokenByCharacter</c>. A named source is an <c>Organization</c> when its name or
/// role names an organisation (institute, ministry, think tank, company …), otherwise a
/// <c>Person</c> with <c>jobTitle</c>, <c>affiliation</c> and <c>homeLocation</c>. An anonymous source
/// is a <c>Person</c> without a name, described by its role, affiliation and location and by the
/// attribution as written: no name is ever invented.
/// </para>
/// <para>The output escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so it can be pasted inside a <c>&lt;script&gt;</c> element.</para>
/// </remarks>
public static class JsonLd
{
    private static readonly string[] OrganisationWords =
    [
        "agency", "alliance", "association", "authority", "bank", "bureau", "centre", "center", "chamber", "commission",
        "committee", "company", "consultancy", "corporation", "council", "court", "department", "embassy", "federation",
        "firm", "foundation", "fund", "government", "group", "institute", "institution", "instituto", "ministry",
        "newspaper", "office", "organisation", "organization", "party", "union", "university", "limited", "ltd", "inc",
    ];

    /// <summary>Exports a briefing as schema.org JSON-LD text.</summary>
    /// <param name="briefing">The briefing.</param>
    /// <param name="indented">Whether to indent (two spaces); compact otherwise.</param>
    /// <returns>The JSON-LD document.</returns>
    public static string Export(BriefingDocument briefing, bool indented = true) =>
        InteropJson.Write(ExportNode(briefing), indented, InteropJson.HtmlSafe);

    /// <summary>Exports a briefing as a schema.org JSON-LD node (to add to or embed in a graph).</summary>
    /// <param name="briefing">The briefing.</param>
    /// <returns>A new JSON object.</returns>
    public static JsonObject ExportNode(BriefingDocument briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = new JsonArray("NewsArticle", "AnalysisNewsArticle"),
            ["identifier"] = string.IsNullOrEmpty(briefing.Id) ? Slug.From(briefing.Title) : briefing.Id,
            ["headline"] = briefing.Title,
        };
        article.AddIfPresent("alternativeHeadline", briefing.Standfirst);
        article.AddIfPresent("articleSection", briefing.Category);
        article["inLanguage"] = briefing.Language ?? "en";
        article.AddIfPresent("datePublished", briefing.Published);
        if (!briefing.Authors.IsEmpty)
        {
            var authors = new JsonArray();
            foreach (var author in briefing.Authors)
            {
                authors.Add((JsonNode)new JsonObject { ["@type"] = NamesOrganisation(author) ? "Organization" : "Person", ["name"] = author });
            }

            article["author"] = authors;
        }

        article.AddIfPresent("url", briefing.Url);

        var body = new StringBuilder();
        foreach (var block in briefing.Body)
        {
            if (block is not PullQuote)
            {
                body.Append(body.Length > 0 ? "\n\n" : "").Append(block.Text);
            }
        }

        article["articleBody"] = body.ToString();
        if ((briefing.Publisher ?? briefing.Disclaimer?.Publisher) is { Length: > 0 } publisher)
        {
            article["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
        }

        if (briefing.Disclaimer is { Paragraphs.Length: > 0 } disclaimer)
        {
            var notice = string.Join('\n', disclaimer.Paragraphs);
            article["copyrightNotice"] = notice;
            var usage = new JsonObject { ["@type"] = "CreativeWork" };
            usage.AddIfPresent("name", disclaimer.Heading);
            usage["text"] = notice;
            article["usageInfo"] = usage;
        }

        if (!briefing.Quotes.IsEmpty)
        {
            var parts = new JsonArray();
            foreach (var quote in briefing.Quotes)
            {
                parts.Add((JsonNode)new JsonObject
                {
                    ["@type"] = "Quotation",
                    ["text"] = quote.Text,
                    ["spokenByCharacter"] = Speaker(quote.Source),
                });
            }

            article["hasPart"] = parts;
        }

        return article;
    }

    private static JsonObject Speaker(Source source)
    {
        var organisation = !source.Anonymous && source.Name is not null && (NamesOrganisation(source.Name) || NamesOrganisation(source.Role));
        var speaker = new JsonObject { ["@type"] = organisation ? "Organization" : "Person" };
        if (!source.Anonymous)
        {
            speaker.AddIfPresent("name", source.Name);
        }

        if (organisation)
        {
            speaker.AddIfPresent("description", source.Role);
            if (source.Location is { Length: > 0 } place)
            {
                speaker["location"] = new JsonObject { ["@type"] = "Place", ["name"] = place };
            }

            return speaker;
        }

        if (source.Anonymous || source.Name is null)
        {
            // Described, never named: the attribution as written says who the source is.
            speaker["description"] = source.Text;
        }

        speaker.AddIfPresent("jobTitle", source.Role);
        if (source.Affiliation is { Length: > 0 } affiliation)
        {
            speaker["affiliation"] = new JsonObject { ["@type"] = "Organization", [source.Anonymous ? "description" : "name"] = affiliation };
        }

        if (source.Location is { Length: > 0 } location)
        {
            speaker["homeLocation"] = new JsonObject { ["@type"] = "Place", ["name"] = location };
        }

        return speaker;
    }

    /// <summary>Whether <paramref name="text"/> names an organisation: it contains a word such as <c>institute</c> or the phrase <c>think tank</c>.</summary>
    private static bool NamesOrganisation(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text.Contains("think tank", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                foreach (var candidate in OrganisationWords)
                {
                    if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }

                start = -1;
            }
        }

        return false;
    }
}
