using System.Collections.Immutable;

namespace Briefing.Model.Tests.Support;

/// <summary>
/// The seed briefing (seeds/russian-interest.txt) built by hand as a model, as docs/contract.md describes
/// it. Block texts are taken from the seed file itself, so the model can never drift from the seed.
/// </summary>
public static class SeedModel
{
    public static BriefingDocument Create()
    {
        var blocks = TestData.ReadSeed("russian-interest.txt").ReplaceLineEndings("\n").Split("\n\n");
        string Block(string start) => blocks.Single(b => b.StartsWith(start, StringComparison.Ordinal));

        var p1 = Block("According to the Spanish think tank");
        var p3 = Block("According to a senior Venezuelan");
        var pq1 = Block("\u201CRussia\u2019s approach");
        var p5 = Block("Russia\u2019s limited economic");
        var p7 = Block("According to the head of");
        var pq2 = Block("\u201CThere is no coordination");
        var p8 = Block("In contrast to Russia");

        var body = ImmutableArray.Create<Block>(
            new Paragraph { Id = "p1", Text = p1 },
            new Paragraph { Id = "p2", Text = Block("Russian President Vladimir Putin") },
            new Paragraph { Id = "p3", Text = p3 },
            new PullQuote
            {
                Id = "pq1",
                Text = pq1,
                QuoteId = "q2",
                Attribution = new Source { Text = "Senior Venezuelan business executive, New York", Role = "Senior Venezuelan business executive", Location = "New York", Anonymous = true },
            },
            new Paragraph { Id = "p4", Text = Block("However, Russia\u2019s precarious") },
            new Paragraph { Id = "p5", Text = p5 },
            new Paragraph { Id = "p6", Text = Block("Russia and China pursue") },
            new Paragraph { Id = "p7", Text = p7 },
            new PullQuote
            {
                Id = "pq2",
                Text = pq2,
                QuoteId = "q3",
                Attribution = new Source { Text = "Head, political studies institute, Venezuela", Role = "Head", Affiliation = "political studies institute", Location = "Venezuela", Anonymous = true },
            },
            new Paragraph { Id = "p8", Text = p8 });

        var elcano = "Russia\u2019s interests in Latin America are growing as it seeks to build influence \u2013 if only to disrupt US leverage of regional state governments and events";
        var executive = p3[(p3.IndexOf('\u201C', StringComparison.Ordinal) + 1)..p3.LastIndexOf('\u201D')];
        var head = p7[(p7.IndexOf('\u201C', StringComparison.Ordinal) + 1)..p7.LastIndexOf('\u201D')];

        var quotes = ImmutableArray.Create(
            new Quote
            {
                Id = "q1",
                Kind = QuoteKind.Reported,
                Text = elcano,
                Source = new Source { Text = "the Spanish think tank, Real Instituto Elcano", Name = "Real Instituto Elcano", Role = "Spanish think tank" },
                BlockId = "p1",
                Span = SpanOf(p1, elcano),
                Cue = "According to",
            },
            new Quote
            {
                Id = "q2",
                Kind = QuoteKind.Direct,
                Text = executive,
                Source = new Source { Text = "a senior Venezuelan business executive, now living in New York", Role = "senior Venezuelan business executive", Location = "New York", Anonymous = true },
                BlockId = "p3",
                Span = SpanOf(p3, executive),
                Cue = "According to",
            },
            new Quote
            {
                Id = "q3",
                Kind = QuoteKind.Direct,
                Text = head,
                Source = new Source { Text = "the head of an important political studies institute in Venezuela", Role = "head", Affiliation = "important political studies institute", Location = "Venezuela", Anonymous = true },
                BlockId = "p7",
                Span = SpanOf(p7, head),
                Cue = "According to",
            });

        var metrics = ImmutableArray.Create(
            new Metric { Id = "m1", Kind = MetricKind.Money, Value = 3_150_000_000m, Unit = "USD", Text = "USD 3.15 billion", BlockId = "p5", Span = SpanOf(p5, "USD 3.15 billion") },
            new Metric { Id = "m2", Kind = MetricKind.Percentage, Value = 49m, Unit = "%", Text = "49%", BlockId = "p5", Span = SpanOf(p5, "49%") },
            new Metric { Id = "m3", Kind = MetricKind.Percentage, Value = 15m, Unit = "%", Text = "15%", BlockId = "p8", Span = SpanOf(p8, "15%"), Period = "2020" },
            new Metric { Id = "m4", Kind = MetricKind.Percentage, Value = 1m, Unit = "%", Comparator = Comparator.LessThan, Text = "below 1%", BlockId = "p8", Span = SpanOf(p8, "below 1%"), Period = "2020" });

        var notice = Block("Important Notice").Split('\n');
        var related = ImmutableArray.Create(
            new RelatedArticle { Title = "All eyes on you", Summary = "Sheinbaum\u2019s 2024 Mexican presidential race." },
            new RelatedArticle { Summary = "Panama's 2024 presidential election." },
            new RelatedArticle { Title = "Troubled Waters", Summary = "Haiti\u2019s challenge of gang violence and international support." },
            new RelatedArticle { Title = "Navigating the Surge", Summary = "Addressing escalating crime in the Caribbean." },
            new RelatedArticle { Title = "Ecuador shuts its door", Summary = "President Noboa\u2019s bold security measures and economic strife." },
            new RelatedArticle { Title = "Colombia\u2019s Political Carousel", Summary = "Gustavo Petro's quest for stability." },
            new RelatedArticle { Title = "Crude awakening\u00A0", Summary = "Venezuela's ongoing political challenges amid eased oil and gas sanctions.\u00A0" },
            new RelatedArticle { Title = "Costa Rica\u2019s escalating homicides", Summary = "The urgent call for unified action against drug trafficking." },
            new RelatedArticle { Title = "Unravelling the political tapestry", Summary = "Mexico's presidential race." },
            new RelatedArticle { Title = "Ecuador\u2019s political crossroad", Summary = "Shaking up Ecuador's 2023 presidential race." });

        return new BriefingDocument
        {
            Id = "russian-interest",
            Title = "Russian interest",
            Standfirst = "The growth of Russian influence in Latin America.",
            Category = "Politics",
            Language = "en",
            Publisher = "Deheza Limited",
            Body = body,
            Quotes = quotes,
            Metrics = metrics,
            Disclaimer = new Disclaimer { Heading = notice[0], Paragraphs = [.. notice[1..]], Publisher = "Deheza Limited" },
            Related = related,
        };
    }

    public static TextSpan SpanOf(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{part}' not found in block text");
        return new TextSpan(start, part.Length);
    }
}
