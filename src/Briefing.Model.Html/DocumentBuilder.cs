using System.Globalization;
using Briefing.Model.Diagnostics;
using Briefing.Model.Metrics;
using Briefing.Model.Text;

namespace Briefing.Model.Html;

/// <summary>
/// Makes the document from a page's parts. Quotes, their sources, metrics and pull-quote links come
/// from the text parser's own engines (<see cref="QuoteFinder"/>, <see cref="Sources"/>,
/// <see cref="MetricExtractor"/>, <see cref="TextParser.LinkPullQuotes(List{Block}, List{ValueTuple{int, string}}, List{Quote}, List{int}, Action{int, string})"/>),
/// block by block, so a paragraph on a page gives what the same paragraph gives in text.
/// </summary>
internal static class DocumentBuilder
{
    public static BriefingReadResult Build(PageContent page, PageFacts metadata, BriefingHtmlOptions options, List<Diagnostic> diagnostics)
    {
        var positions = new List<KeyValuePair<string, TextPosition>>();
        var body = new List<Block>();
        var quotes = new List<Quote>();
        var metrics = new List<Metric>();
        var quoteBlocks = new List<int>();
        var pullQuotes = new List<(int BodyIndex, string Text)>();
        var quoteBuffers = new QuoteBuffers();
        var coreference = new Coreference();
        var sources = new List<Source>();
        var metricBuffers = new MetricBuffers();
        int paragraphs = 0, headings = 0, pulls = 0;
        var seekQuotes = SpeechCues.ReadsLanguage(metadata.Language);
        if (!seekQuotes)
        {
            diagnostics.Add(HtmlDiagnostics.Create(HtmlDiagnostics.QuotesNotSought, DiagnosticSeverity.Info, string.Create(CultureInfo.InvariantCulture,
                $"The page declares the language '{metadata.Language}'; quotes are sought in English text only, so none were sought on this page."),
                "/language", new TextPosition(1, 1)));
        }

        // The document itself starts at the page's start: a finding about the whole document (no
        // disclaimer) or a part the page has no element for is placed there, as for text input.
        positions.Add(new("", new TextPosition(1, 1)));
        positions.Add(new("/title", page.TitlePosition == default ? new TextPosition(1, 1) : page.TitlePosition));
        if (page.Standfirst is { } lead)
        {
            coreference.Read(lead.Text); // the people a standfirst names, for the body's pronouns and surnames
        }

        foreach (var block in page.Body)
        {
            var index = body.Count;
            positions.Add(new(Pointer("/body/", index), block.Position));
            Block made = block.Kind switch
            {
                PageBlockKind.Heading => new Heading { Id = ElementIds.Headings[++headings], Text = block.Text },
                PageBlockKind.Quote => new PullQuote { Id = ElementIds.PullQuotes[++pulls], Text = block.Text, Attribution = Sources.FromAttribution(block.Attribution!) },
                _ => new Paragraph { Id = ElementIds.Paragraphs[++paragraphs], Text = block.Text },
            };
            body.Add(made);
            if (made is PullQuote)
            {
                pullQuotes.Add((index, block.Text));
            }

            if (block.Text.Length > options.MaxBlockChars)
            {
                diagnostics.Add(HtmlDiagnostics.Create(HtmlDiagnostics.BlockTooLarge, DiagnosticSeverity.Warning, string.Create(CultureInfo.InvariantCulture,
                    $"This block has {block.Text.Length} characters, more than the limit of {options.MaxBlockChars} (BriefingHtmlOptions.MaxBlockChars); it is kept as written but not searched for quotes or metrics."),
                    Pointer("/body/", index), block.Position));
                quoteBuffers.Carried = null;
                continue;
            }

            if (made is not Paragraph)
            {
                quoteBuffers.Carried = null; // a quotation continues only from paragraph to paragraph
            }
            else if (seekQuotes)
            {
                var all = TextParser.FindQuotes(made.Text, quoteBuffers, coreference, sources);
                for (var f = 0; f < all.Count; f++)
                {
                    positions.Add(new(Pointer("/quotes/", quotes.Count), block.Position));
                    quotes.Add(TextParser.ToQuote(all[f], sources[f], made, quotes.Count + 1));
                    quoteBlocks.Add(index);
                }
            }

            if (made is not PullQuote)
            {
                var first = metrics.Count;
                MetricExtractor.Extract(made.Id, made.Text, metricBuffers, metrics, numbered: true);
                for (var m = first; m < metrics.Count; m++)
                {
                    positions.Add(new(Pointer("/metrics/", m), block.Position));
                }
            }
        }

        TextParser.LinkPullQuotes(body, pullQuotes, quotes, quoteBlocks, (bodyIndex, message) => diagnostics.Add(HtmlDiagnostics.Create(
            HtmlDiagnostics.PullQuoteNotInBody, DiagnosticSeverity.Info, message, Pointer("/body/", bodyIndex), page.Body[bodyIndex].Position)));

        Disclaimer? disclaimer = null;
        if (page.NoticeHeading is { } noticeHeading)
        {
            var lines = page.Notice.ConvertAll(b => b.Text);
            positions.Add(new("/disclaimer", noticeHeading.Position));
            disclaimer = new Disclaimer { Heading = noticeHeading.Text, Paragraphs = [.. lines], Publisher = Publishers.Find(lines)?.Name };
        }

        string? category = null;
        if (page.RelatedHeading is { } relatedHeading)
        {
            positions.Add(new("/related", relatedHeading.Position));
            var heading = relatedHeading.Text.Trim();
            var inAt = Layout.LastIndexOfWord(heading, "in");
            category = inAt > 0 && inAt + 3 < heading.Length ? heading[(inAt + 3)..].Trim() : null;
        }

        for (var i = 0; i < page.Related.Count; i++)
        {
            positions.Add(new(Pointer("/related/", i), page.Related[i].Position));
        }

        string? standfirst = null;
        if (page.Standfirst is { } standfirstBlock)
        {
            standfirst = standfirstBlock.Text;
            positions.Add(new("/standfirst", standfirstBlock.Position));
        }

        var title = page.Title!;
        var briefing = new BriefingDocument
        {
            Id = Slug.From(title),
            Title = title,
            Standfirst = standfirst,
            Category = category,
            Language = metadata.Language,
            Publisher = metadata.Publisher ?? disclaimer?.Publisher,
            Published = metadata.Published,
            Authors = metadata.Authors,
            Url = metadata.Url,
            Body = [.. body],
            Quotes = [.. quotes],
            Metrics = [.. metrics],
            Disclaimer = disclaimer,
            Related = [.. page.Related.Select(link => new RelatedArticle { Title = link.Title, Summary = link.Summary })],
        };
        return new BriefingReadResult(briefing, [.. diagnostics], new SourceMap(positions));
    }

    private static string Pointer(string prefix, int index) => prefix + index.ToString(CultureInfo.InvariantCulture);
}
