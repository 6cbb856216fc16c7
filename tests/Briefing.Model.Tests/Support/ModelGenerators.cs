using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Nodes;
using Briefing.Model.Json;
using CsCheck;

namespace Briefing.Model.Tests.Support;

/// <summary>
/// CsCheck generators for valid briefings: blocks of each kind with realistic text (curly quotes, NBSP,
/// en dashes, accents, emoji and other surrogate pairs), quotes and metrics whose spans point into
/// block texts, a disclaimer, related items with missing titles, and unknown JSON members at every
/// level (added through <see cref="BriefingJson.Read(string, BriefingJsonReadOptions?)"/>, the only
/// way callers get them). Also generators of hostile input: arbitrary bytes and near-JSON mutations.
/// </summary>
public static class ModelGenerators
{
    private static readonly Lazy<byte[]> SeedJsonLazy = new(() => Encoding.UTF8.GetBytes(BriefingJson.Write(SeedModel.Create())));

    /// <summary>Words as briefings write them; each is a whole run of text elements, so a span over whole words never splits a surrogate pair.</summary>
    private static readonly string[] Words =
    [
        "Russia\u2019s", "influence", "in", "Latin", "America", "is", "growing", "the", "a", "of", "and", "government",
        "S\u00E3o", "Paulo", "Bogot\u00E1", "Z\u00FCrich", "na\u00EFve", "caf\u00E9", "e\u0301lite", "\u00D1and\u00FA",
        "2020\u20132024", "USD\u00A03.15", "billion", "\u20AC300m", "US$4bn", "49%", "3.5", "per", "cent",
        "\u2018virtual\u2019", "\u201CMoscow\u2019s", "man\u201D", "\u2014", "\u2013", "\u2026", "(sic)",
        "\U0001F600", "\U0001F1FB\U0001F1EA", "\U0001D518\U0001D52B\U0001D526", "\u4E2D\u6587", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u0395\u03BB\u03BB\u03AC\u03B4\u03B1",
        "straight\"quote", "back\\slash", "<tag>", "&amp;", "]]>", "::warning", "%0A", "zero\u200Bwidth", "tab\there",
    ];

    /// <summary>Separators between words: mostly a space, sometimes an NBSP or a narrow NBSP.</summary>
    private static readonly Gen<string> Separator = Gen.Frequency((12, Gen.Const(" ")), (2, Gen.Const("\u00A0")), (1, Gen.Const("\u202F")));

    /// <summary>Raw JSON values that unknown members may hold.</summary>
    private static readonly string[] UnknownValues =
    [
        "\"text with \u201Cquotes\u201D, \u00E9 and \U0001F600\"", "\"\\u0000 escaped control\"", "42", "-0", "1.5e300", "0.1",
        "true", "false", "null", "[]", "{}", "[1,\"two\",null,false,{\"three\":3}]", "{\"nested\":{\"deep\":[1,2,{\"\u00FC\":\"\u2013\"}]}}",
    ];

    /// <summary>Names of unknown members: none is a member of the contract.</summary>
    private static readonly string[] UnknownNames = ["vendorTag", "futureField", "_meta", "\u00FCber", "ext:id", "x-source", "embargo"];

    /// <summary>Text of <paramref name="minWords"/> to <paramref name="maxWords"/> words, with the span of each word.</summary>
    public static Gen<GeneratedText> Text(int minWords, int maxWords) =>
        Gen.Select(Gen.OneOf(Words).Array[minWords, maxWords], Separator.Array[maxWords], Gen.OneOf(".", "", "?", "!", ":"), Join);

    /// <summary>Who said something: the text as written and the parts it splits into.</summary>
    public static Gen<Source> Source { get; } = Gen.Select(
        Text(1, 10), OptionalText(1, 4), OptionalText(1, 4), OptionalText(1, 4), OptionalText(1, 3), Gen.Bool,
        (text, name, role, affiliation, location, anonymous) => new Source
        {
            Text = text.Text, Name = name, Role = role, Affiliation = affiliation, Location = location, Anonymous = anonymous,
        });

    /// <summary>A body block of any kind (ids are assigned by <see cref="Document"/>).</summary>
    public static Gen<GeneratedBlock> Block { get; } = Gen.Frequency(
        (6, Text(1, 60).Select(t => new GeneratedBlock(new Paragraph { Id = "", Text = t.Text }, t.Words))),
        (2, Gen.Select(Text(1, 25), Source, (t, s) => new GeneratedBlock(new PullQuote { Id = "", Text = "\u201C" + t.Text + "\u201D", Attribution = s }, Shift(t.Words, 1)))),
        (1, Text(1, 8).Select(t => new GeneratedBlock(new Heading { Id = "", Text = t.Text }, t.Words))));

    /// <summary>A metric value: everyday figures, exact large amounts, fractions and the extremes of <see cref="decimal"/>.</summary>
    public static Gen<decimal> MetricValue { get; } = Gen.Frequency(
        (4, Gen.Long[0, 10_000_000_000_000].Select(v => (decimal)v)),
        (3, Gen.Select(Gen.Long[-1_000_000_000, 1_000_000_000], Gen.Int[1, 6], (v, scale) => v / (decimal)Math.Pow(10, scale))),
        (1, Gen.Decimal));

    /// <summary>The legal notice.</summary>
    public static Gen<Disclaimer> Disclaimer { get; } = Gen.Select(
        OptionalText(1, 3), Text(3, 40).Select(t => t.Text).Array[0, 4], OptionalText(1, 3),
        (heading, paragraphs, publisher) => new Disclaimer { Heading = heading, Paragraphs = [.. paragraphs], Publisher = publisher });

    /// <summary>A related item; either part may be missing, as in the seed.</summary>
    public static Gen<RelatedArticle> Related { get; } = Gen.Select(
        OptionalText(1, 6), OptionalText(2, 15), (title, summary) => new RelatedArticle { Title = title, Summary = summary });

    /// <summary>An RFC 3339 date-time: UTC or with an offset, with or without fractional seconds, as publishers write it.</summary>
    public static Gen<string> PublicationTime { get; } = Gen.Select(
        Gen.DateTime[new DateTime(1990, 1, 1), new DateTime(2099, 12, 31)],
        Gen.OneOf("Z", "+00:00", "+01:00", "-05:00", "+05:30", "-03:00"),
        Gen.OneOf("", ".5", ".123", ".000001"),
        (time, offset, fraction) => time.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + fraction + offset);

    /// <summary>A byline name: one to four words, some with accents, hyphens or apostrophes.</summary>
    public static Gen<string> Author { get; } = Gen.OneOf(
        Gen.OneOf("Jane Doe", "Ana María López-Ortiz", "Seán O’Brien", "Li Wei", "Deheza Research Team"),
        Text(1, 4).Select(t => t.Text));

    /// <summary>A canonical article address (absolute http or https).</summary>
    public static Gen<string> ArticleUrl { get; } = Gen.Select(
        Gen.OneOf("https://", "http://"),
        Gen.OneOf("example.com", "www.deheza.example", "news.example.org:8443"),
        Gen.OneOf("politics", "security", "am%C3%A9rica-latina"),
        Gen.OneOf("russian-interest", "troubled-waters-2024", "a?ref=rss", "b#top"),
        (scheme, host, section, slug) => $"{scheme}{host}/{section}/{slug}");

    /// <summary>Valid briefings without unknown members.</summary>
    public static Gen<BriefingDocument> PlainDocument { get; } =
        from blocks in Block.Array[0, 12]
        let body = AssignIds(blocks)
        from quotes in body.IsEmpty ? Gen.Const(Array.Empty<Quote>()) : Quote(body).Array[0, 5]
        from metrics in body.IsEmpty ? Gen.Const(Array.Empty<Metric>()) : Metric(body).Array[0, 6]
        from title in Text(1, 10)
        from id in Gen.OneOf("russian-interest", "briefing-1", "a", "troubled-waters-2024")
        from version in Gen.Frequency((9, Gen.Const("1.0")), (1, Gen.Const("1.7")))
        from standfirst in OptionalText(3, 30)
        from category in Gen.OneOf("Politics", "Security", "Am\u00E9rica Latina").Null(0.4)
        from language in Gen.OneOf("en", "es", "pt-BR").Null(0.3)
        from publisher in OptionalText(1, 3)
        from published in PublicationTime.Null(0.4)
        from authors in Author.Array[0, 3]
        from url in ArticleUrl.Null(0.4)
        from disclaimer in Disclaimer.Null(0.3)
        from related in Related.Array[0, 10]
        select new BriefingDocument
        {
            SchemaVersion = version,
            Id = id,
            Title = title.Text,
            Standfirst = standfirst,
            Category = category,
            Language = language,
            Publisher = publisher,
            Published = published,
            Authors = [.. authors],
            Url = url,
            Body = [.. body.Select(b => b.Block)],
            Quotes = [.. quotes.Select((q, i) => q with { Id = "q" + (i + 1) })],
            Metrics = [.. metrics.Select((m, i) => m with { Id = "m" + (i + 1) })],
            Disclaimer = disclaimer,
            Related = [.. related],
        };

    /// <summary>
    /// Valid briefings, some with unknown members at the document, block, attribution, quote, source,
    /// metric, disclaimer and related-item levels.
    /// </summary>
    public static Gen<BriefingDocument> Document { get; } =
        from document in PlainDocument
        from extras in Gen.Select(Gen.Int[0, 1000], Gen.OneOf(UnknownNames), Gen.OneOf(UnknownValues)).Array[0, 4]
        select extras.Length == 0 ? document : WithUnknownMembers(document, extras);

    /// <summary>The UTF-8 JSON of generated briefings, compact or indented.</summary>
    public static Gen<byte[]> DocumentJson { get; } =
        Gen.Select(Document, Gen.Bool, (document, indented) => Encoding.UTF8.GetBytes(BriefingJson.Write(document, indented)));

    private static readonly byte[][] Invalid = [[0xFF], [0xC0, 0xAF], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80], [0x00]];

    private static readonly byte[][] Extensions = [.. new[] { "// comment\n", "/* c */", ",", ",]", ",}", "NaN", "-Infinity", "Infinity", "\"dup\":1,\"dup\":2,", "\uFEFF", "'single'", "0x1F", "01", "1e99999" }.Select(Encoding.UTF8.GetBytes)];

    private static Gen<Func<byte[], Random, byte[]>> Mutation { get; } = Gen.OneOf<Func<byte[], Random, byte[]>>(
        (b, r) => b[..r.Next(b.Length + 1)],
        (b, r) => FlipBytes(b, r),
        (b, r) => Insert(b, r.Next(b.Length + 1), [(byte)"{}[]\",:\\"[r.Next(8)]]),
        (b, r) => Delete(b, r),
        (b, r) => Repeat(b, r),
        (b, r) => Insert(b, r.Next(b.Length + 1), Invalid[r.Next(Invalid.Length)]),
        (b, r) => Insert(b, r.Next(b.Length + 1), Extensions[r.Next(Extensions.Length)]),
        (b, r) => Nest(b, r.Next(1, 5000)),
        (b, r) => ReplaceValue(b, r));

    /// <summary>
    /// Near-JSON: a real document (the seed model or a generated one) damaged the ways files and
    /// feeds get damaged: truncated, bytes flipped, structural characters inserted, ranges deleted or
    /// repeated, invalid UTF-8 spliced in, JSON extensions (comments, trailing commas, NaN), deep nesting.
    /// </summary>
    public static Gen<byte[]> NearJson { get; } = Gen.Frequency(
        (1, Gen.Const(SeedJson)),
        (3, DocumentJson)).SelectMany(json => Gen.Select(Mutation.Array[1, 4], Gen.Int, (mutations, seed) => Apply(json, mutations, seed)));

    /// <summary>Arbitrary bytes, short and long.</summary>
    public static Gen<byte[]> Bytes { get; } = Gen.Byte.Array[0, 4096];

    /// <summary>The seed model written as compact UTF-8 JSON.</summary>
    public static byte[] SeedJson => SeedJsonLazy.Value;

    /// <summary>Words for briefings that follow the text layout: no quotation marks, no sentence punctuation inside a word.</summary>
    private static readonly string[] LayoutWords =
    [
        "Russia\u2019s", "influence", "in", "Latin", "America", "is", "growing", "the", "a", "of", "and", "government", "its",
        "S\u00E3o", "Paulo", "Bogot\u00E1", "Z\u00FCrich", "na\u00EFve", "caf\u00E9", "e\u0301lite", "2020\u20132024", "\u2013",
        "ministers", "election", "security", "reform", "\U0001F600", "\u4E2D\u6587", "\u0395\u03BB\u03BB\u03AC\u03B4\u03B1", "O\u2019Neill",
    ];

    private static Gen<string> LayoutWordsOf(int min, int max) =>
        Gen.Select(Gen.OneOf(LayoutWords).Array[min, max], Gen.Frequency((12, Gen.Const(" ")), (1, Gen.Const("\u00A0"))), (words, separator) => string.Join(separator, words));

    /// <summary>A sentence: capitalised words ending with a full stop.</summary>
    private static Gen<string> LayoutSentence(int min, int max) => LayoutWordsOf(min, max).Select(s => "The " + s + ".");

    /// <summary>A line without final punctuation (a title, a related item's title).</summary>
    private static Gen<string> LayoutTitle { get; } = LayoutWordsOf(1, 6).Select(s => "The " + s);

    /// <summary>The page-metadata block's values and how its labels are spelled (labels are read in any case).</summary>
    private static Gen<LayoutPageMetadata> LayoutMetadata { get; } =
        from published in PublicationTime.Null(0.3)
        from authors in LayoutWordsOf(1, 3).Select(name => "Ana " + name).Array[0, 3]
        from url in ArticleUrl.Null(0.3)
        from labels in Gen.OneOf(("Published", "Author", "URL"), ("published", "author", "url"), ("PUBLISHED", "AUTHOR", "Url"))
        from space in Gen.OneOf(" ", "  ", "\u00A0", "\t")
        select new LayoutPageMetadata(published, authors, url, labels, space);

    /// <summary>
    /// Briefings that follow the plain-text layout of docs/text-layout.md (title, optional standfirst, body
    /// paragraphs, optional disclaimer, optional related list with items lacking titles), rendered with
    /// LF, CRLF or CR line ends and sometimes a BOM, with the structure the parser must recover.
    /// </summary>
    public static Gen<LayoutBriefing> Layout { get; } =
        from title in LayoutTitle
        from standfirst in LayoutSentence(3, 15).Null(0.4)
        from paragraphs in LayoutSentence(5, 15).Array[2, 4].Select(sentences => string.Join(" ", sentences)).Array[1, 6]
        from notice in LayoutSentence(4, 20).Array[1, 3].Null(0.4)
        from category in Gen.OneOf("Politics", "Security", "Economy").Null(0.4)
        from related in Gen.Select(LayoutTitle.Null(0.2), LayoutSentence(3, 10), (t, summary) => new RelatedArticle { Title = t, Summary = summary }).Array[1, 6]
        from metadata in LayoutMetadata.Null(0.5)
        from newline in Gen.OneOf("\n", "\r\n", "\r")
        from bom in Gen.Frequency((5, Gen.Const("")), (1, Gen.Const("\uFEFF")))
        select Render(title, standfirst, metadata, paragraphs, notice, category, category is null ? [] : related, newline, bom);

    private sealed record LayoutPageMetadata(string? Published, string[] Authors, string? Url, (string Published, string Author, string Url) Labels, string Space)
    {
        public bool IsEmpty => Published is null && Authors.Length == 0 && Url is null;

        public IEnumerable<string> Lines()
        {
            if (Published is not null)
            {
                yield return Labels.Published + ":" + Space + Published;
            }

            foreach (var author in Authors)
            {
                yield return Labels.Author + ":" + Space + author;
            }

            if (Url is not null)
            {
                yield return Labels.Url + ":" + Space + Url;
            }
        }
    }

    private static LayoutBriefing Render(string title, string? standfirst, LayoutPageMetadata? metadata, string[] paragraphs, string[]? notice, string? category, RelatedArticle[] related, string newline, string bom)
    {
        var blocks = new List<string> { title };
        if (standfirst is not null)
        {
            blocks.Add(standfirst);
        }

        if (metadata is { IsEmpty: false })
        {
            blocks.Add(string.Join(newline, metadata.Lines()));
        }

        blocks.AddRange(paragraphs);
        if (notice is not null)
        {
            blocks.Add(string.Join(newline, ["Important Notice", .. notice]));
        }

        if (category is not null)
        {
            blocks.Add("Most recent in " + category);
            foreach (var item in related)
            {
                // An item without a title leaves one extra blank line where the title was, as in the seed.
                blocks.Add(item.Title is null ? newline + item.Summary : item.Title + newline + newline + item.Summary);
            }
        }

        var expected = new BriefingDocument
        {
            Title = title,
            Standfirst = standfirst,
            Category = category,
            Published = metadata?.Published,
            Authors = [.. metadata?.Authors ?? []],
            Url = metadata?.Url,
            Body = [.. paragraphs.Select((text, i) => new Paragraph { Id = "p" + (i + 1), Text = text })],
            Disclaimer = notice is null ? null : new Disclaimer { Heading = "Important Notice", Paragraphs = [.. notice] },
            Related = [.. related],
        };
        return new LayoutBriefing(bom + string.Join(newline + newline, blocks), expected);
    }

    private static readonly Lazy<string[]> SeedTexts = new(() => [.. Directory.EnumerateFiles(TestData.SeedsDirectory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)]);

    private static readonly string[] Hostile =
    [
        "\u201C", "\u201D", "\"", "\u2018", "\u2019", "According to ", "\u201CAccording to X, \u201C", "\n", "\r\n", "\r", " \t\u00A0\n",
        "9", "USD 3.15 billion ", "Important Notice\n", "Most recent in Politics\n\n", "\0", "\uFEFF", "\uD800", "\uDC00x",
        "Published: 2024-03-05T09:30:00Z\n", "Author: ", "URL: https://example.com/a\n", "Author:\n",
    ];

    private static readonly string[] Splices = ["\u201C", "\u201D", "\"", "\u2018", "\n", "\n\n", "\r", "\r\n\r\n", "\0", "\uFEFF", "\uD800", "\uDFFF", "\u00A0", "\t", ":", ",", "According to ", "%", "$"];

    private static Gen<Func<string, Random, string>> TextMutation { get; } = Gen.OneOf<Func<string, Random, string>>(
        (t, r) => t[..r.Next(t.Length + 1)],
        (t, r) => t.Insert(r.Next(t.Length + 1), Splices[r.Next(Splices.Length)]),
        (t, r) =>
        {
            var start = r.Next(t.Length + 1);
            return t.Remove(start, Math.Min(t.Length - start, r.Next(1, 200)));
        },
        (t, r) =>
        {
            var start = r.Next(t.Length + 1);
            var length = Math.Min(t.Length - start, r.Next(1, 200));
            return t.Insert(start + length, t.Substring(start, length));
        },
        (t, r) => r.Next(3) switch { 0 => t.ReplaceLineEndings("\r\n"), 1 => t.ReplaceLineEndings("\r"), _ => t.Replace("\u201C", "\"", StringComparison.Ordinal).Replace("\u201D", "\"", StringComparison.Ordinal) });

    /// <summary>
    /// Near-text: the seeds and samples, and generated layout briefings, damaged the ways text gets
    /// damaged (truncated, ranges deleted or repeated, quotation marks, line ends, NUL, BOM and lone
    /// surrogates spliced in), plus runs of the patterns a parser may trip on.
    /// </summary>
    public static Gen<string> NearText { get; } =
        Gen.Frequency(
            (2, Gen.OneOf(SeedTexts.Value)),
            (2, Layout.Select(l => l.Text)),
            (1, Gen.Select(Gen.OneOf(Hostile), Gen.Int[1, 2000], (pattern, count) => string.Concat(Enumerable.Repeat(pattern, count)))))
        .SelectMany(text => Gen.Select(TextMutation.Array[0, 4], Gen.Int, (mutations, seed) =>
        {
            var random = new Random(seed);
            return mutations.Aggregate(text, (current, mutation) => mutation(current, random));
        }));

    private static Gen<string?> OptionalText(int minWords, int maxWords) => Text(minWords, maxWords).Select(t => t.Text).Null(0.3);

    private static GeneratedText Join(string[] words, string[] separators, string end)
    {
        var builder = new StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(separators[i]);
            }

            spans.Add(new TextSpan(builder.Length, words[i].Length));
            builder.Append(words[i]);
        }

        return new GeneratedText(builder.Append(end).ToString(), spans.MoveToImmutable());
    }

    private static ImmutableArray<TextSpan> Shift(ImmutableArray<TextSpan> spans, int by) => [.. spans.Select(s => s with { Start = s.Start + by })];

    private static ImmutableArray<GeneratedBlock> AssignIds(GeneratedBlock[] blocks)
    {
        int paragraphs = 0, pullQuotes = 0, headings = 0;
        return [.. blocks.Select(b => b with
        {
            Block = b.Block switch
            {
                PullQuote pullQuote => pullQuote with { Id = "pq" + ++pullQuotes },
                Heading heading => heading with { Id = "h" + ++headings },
                var other => other with { Id = "p" + ++paragraphs },
            },
        })];
    }

    /// <summary>A run of whole words in one of the blocks: the block id, the span and the text it covers.</summary>
    private static Gen<(string BlockId, TextSpan Span, string Text)> Excerpt(ImmutableArray<GeneratedBlock> body) =>
        from index in Gen.Int[0, body.Length - 1]
        let block = body[index]
        from first in Gen.Int[0, block.Words.Length - 1]
        from last in Gen.Int[first, Math.Min(block.Words.Length - 1, first + 12)]
        let span = new TextSpan(block.Words[first].Start, block.Words[last].End - block.Words[first].Start)
        select (block.Block.Id, span, block.Block.Text.Substring(span.Start, span.Length));

    private static Gen<Quote> Quote(ImmutableArray<GeneratedBlock> body) =>
        from excerpt in Excerpt(body)
        from kind in Gen.Enum<QuoteKind>()
        from source in Source
        from cue in Gen.OneOf("According to", "said", "told us:", "according to").Null(0.3)
        select new Quote { Id = "", Kind = kind, Text = excerpt.Text, Source = source, BlockId = excerpt.BlockId, Span = excerpt.Span, Cue = cue };

    private static Gen<Metric> Metric(ImmutableArray<GeneratedBlock> body) =>
        from excerpt in Excerpt(body)
        from kind in Gen.Enum<MetricKind>()
        from value in MetricValue
        from unit in Gen.OneOf("USD", "EUR", "PEN", "%", "pp", "people", "tonnes").Null(0.2)
        from comparator in Gen.Enum<Comparator>()
        from ambiguous in Gen.Bool
        from period in Gen.OneOf("2020", "2023\u20132024", "Q3 2024").Null(0.6)
        select new Metric
        {
            Id = "", Kind = kind, Value = value, Unit = unit, Comparator = comparator, Ambiguous = ambiguous,
            Text = excerpt.Text, BlockId = excerpt.BlockId, Span = excerpt.Span, Period = period,
        };

    /// <summary>Adds unknown members to objects of the document's JSON and reads it back, as a caller would get them.</summary>
    private static BriefingDocument WithUnknownMembers(BriefingDocument document, (int Target, string Name, string Value)[] extras)
    {
        var root = JsonNode.Parse(BriefingJson.Write(document))!.AsObject();
        var targets = new List<JsonObject> { root };
        foreach (var name in new[] { "body", "quotes", "metrics", "related" })
        {
            if (root[name] is JsonArray items)
            {
                foreach (var item in items.OfType<JsonObject>())
                {
                    targets.Add(item);
                    foreach (var inner in new[] { "attribution", "source" })
                    {
                        if (item[inner] is JsonObject source)
                        {
                            targets.Add(source);
                        }
                    }
                }
            }
        }

        if (root["disclaimer"] is JsonObject disclaimer)
        {
            targets.Add(disclaimer);
        }

        foreach (var (target, name, value) in extras)
        {
            var node = targets[target % targets.Count];
            if (!node.ContainsKey(name))
            {
                node[name] = JsonNode.Parse(value);
            }
        }

        var result = BriefingJson.Read(root.ToJsonString());
        Assert.True(result.Succeeded, "A generated document with unknown members must read: " + string.Join("; ", result.Diagnostics));
        return result.Briefing;
    }

    /// <summary>Applies mutations with a random source seeded from the generated draw, so a failing case is reproducible from CsCheck's seed.</summary>
    private static byte[] Apply(byte[] json, Func<byte[], Random, byte[]>[] mutations, int seed)
    {
        var random = new Random(seed);
        return mutations.Aggregate(json, (current, mutation) => mutation(current, random));
    }

    private static byte[] FlipBytes(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < 1 + copy.Length / 500 && copy.Length > 0; i++)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) => [.. bytes[..at], .. inserted, .. bytes[at..]];

    private static byte[] Delete(byte[] bytes, Random random)
    {
        var start = random.Next(bytes.Length + 1);
        var end = Math.Min(bytes.Length, start + random.Next(1, 64));
        return [.. bytes[..start], .. bytes[end..]];
    }

    private static byte[] Repeat(byte[] bytes, Random random)
    {
        var start = random.Next(bytes.Length + 1);
        var end = Math.Min(bytes.Length, start + random.Next(1, 64));
        return Insert(bytes, end, bytes[start..end]);
    }

    private static byte[] Nest(byte[] bytes, int depth)
    {
        var open = depth % 2 == 0 ? "[" : "{\"a\":";
        var close = depth % 2 == 0 ? "]" : "}";
        return [.. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(open, depth))), .. bytes, .. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(close, depth)))];
    }

    /// <summary>Replaces the value after a random member name with a hostile value (wrong type, deep nesting, huge number).</summary>
    private static byte[] ReplaceValue(byte[] bytes, Random random)
    {
        var from = random.Next(bytes.Length + 1);
        var colon = bytes.AsSpan(from).IndexOf((byte)':');
        if (colon < 0)
        {
            return bytes;
        }

        var at = from + colon + 1;
        string[] values = ["null", "1e400", "-1", "2147483648", "\"\"", "[]", "{}", "true", "79228162514264337593543950336", new string('[', 100) + new string(']', 100)];
        return Insert(bytes, at, Encoding.UTF8.GetBytes(values[random.Next(values.Length)] + ","));
    }
}

/// <summary>Generated text and the span of each of its words.</summary>
/// <param name="Text">The text.</param>
/// <param name="Words">Where each word lies in <paramref name="Text"/>.</param>
public sealed record GeneratedText(string Text, ImmutableArray<TextSpan> Words);

/// <summary>A generated block and the spans of its words (for quotes and metrics that point into it).</summary>
/// <param name="Block">The block.</param>
/// <param name="Words">Where each word lies in the block's text.</param>
public sealed record GeneratedBlock(Block Block, ImmutableArray<TextSpan> Words);

/// <summary>A briefing in the plain-text layout and the structure it must parse into.</summary>
/// <param name="Text">The text, as a publisher would deliver it.</param>
/// <param name="Expected">Title, standfirst, paragraphs, disclaimer, category and related items (no quotes or metrics: the parser finds those).</param>
public sealed record LayoutBriefing(string Text, BriefingDocument Expected);
