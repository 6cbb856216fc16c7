using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Briefing.Model.Diagnostics;
using Briefing.Model.Metrics;
using Briefing.Model.Validation;

namespace Briefing.Model.Text;

/// <summary>
/// Reads the plain-text layout (docs/text-layout.md) into a <see cref="BriefingDocument"/>: blocks first, then
/// the document's regions (title, standfirst, body, disclaimer, related list) by the blocks' shapes,
/// then quotes and metrics inside body blocks. Never throws for content; every problem is a diagnostic.
/// </summary>
internal sealed class TextParser
{
    private const int AttributionMaxWords = 12;
    private const int HeadingMaxWords = 12;
    private const int SectionHeadingMaxWords = 8;
    private const int StandfirstMaxWords = 30;
    private const int RelatedLineMaxWords = 40;

    /// <summary>Pull quotes are linked by comparing with at most this many body quotes either side, so linking stays linear.</summary>
    private const int LinkWindow = 64;

    private static readonly string[] NoticeHeadings =
        ["notice", "important notice", "legal notice", "disclaimer", "legal disclaimer", "important information", "important note", "disclosure", "disclosures", "legal information", "terms of use"];

    /// <summary>
    /// How a heading opens a related-reading list, in English and the other languages pages are read in
    /// (German, French, Spanish, Italian, Portuguese, Dutch, Polish).
    /// </summary>
    private static readonly string[] RelatedOpeners =
    [
        "most recent", "latest", "more in", "more from", "more on", "more about", "related", "see also", "further reading", "read more", "recent", "also in",
        "also read", "read also", "read next", "you may also like", "you might also like", "you may also be interested", "recommended for you", "more stories",
        "lesen sie auch", "lesen sie mehr", "lesen sie hier", "auch interessant", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
        "weiterlesen", "zum weiterlesen", "weitere artikel", "weitere beiträge", "mehr zum thema", "mehr zu", "mehr aus", "ähnliche artikel", "ähnliche beiträge",
        "verwandte artikel", "verwandte themen", "entdecke weitere", "entdecken sie weitere", "empfehlungen",
        "à lire aussi", "a lire aussi", "lire aussi", "lire la suite", "voir aussi", "sur le même sujet", "dans la même rubrique", "articles liés",
        "leer más", "lee también", "lea también", "te puede interesar", "le puede interesar", "noticias relacionadas", "contenido relacionado", "artículos relacionados",
        "leggi anche", "articoli correlati", "leia também", "veja também", "lees ook", "meer over",
        "czytaj także", "czytaj też", "czytaj więcej", "zobacz też", "zobacz także",
    ];

    /// <summary>
    /// <see cref="RelatedOpeners"/> by the ASCII character a heading opens with: those whose first letter equals
    /// it ignoring case (as <see cref="Layout.IsWordAt"/> compares), so a heading is compared with a few.
    /// </summary>
    private static readonly string[][] RelatedOpenersByFirst = [.. Enumerable.Range(0, 128).Select(static c =>
        RelatedOpeners.Where(o => char.ToUpperInvariant(o[0]) == char.ToUpperInvariant((char)c)).ToArray())];

    private readonly BriefingTextOptions _options;

    /// <summary>Whether BT013 or BT014 was reported: the rest of the body is not searched for quotes or metrics.</summary>
    private bool _quotesFull, _metricsFull;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly TextPositions.Builder _positions;
    private readonly MetricBuffers _metricBuffers;
    private readonly QuoteBuffers _quoteBuffers;
    private readonly ParseScratch _scratch;

    private TextParser(BriefingTextOptions options, ParseScratch scratch)
    {
        _options = options;
        _scratch = scratch;
        _positions = scratch.Positions;
        _metricBuffers = scratch.Metrics;
        _quoteBuffers = scratch.Quotes;
    }

    /// <summary>Parses decoded text. <paramref name="invalidUtf8At"/> is the offset of the first replaced invalid UTF-8 sequence, or -1.</summary>
    public static BriefingReadResult Parse(string text, BriefingTextOptions options, int invalidUtf8At = -1, int invalidUtf8Count = 0)
    {
        var scratch = PerThread<ParseScratch>.Rent();
        try
        {
            return new TextParser(options, scratch).Run(text, invalidUtf8At, invalidUtf8Count);
        }
        finally
        {
            PerThread<ParseScratch>.Return(scratch);
        }
    }

    /// <summary>A result with one error and no document.</summary>
    public static BriefingReadResult Failure(string code, string message) =>
        new(null, [TextDiagnostics.Create(code, DiagnosticSeverity.Error, message, "", null)]);

    private BriefingReadResult Run(string text, int invalidUtf8At, int invalidUtf8Count)
    {
        if (text.Length > _options.MaxDocumentChars)
        {
            return Failure(TextDiagnostics.DocumentTooLarge, string.Create(CultureInfo.InvariantCulture,
                $"The text has {text.Length} characters, more than the limit of {_options.MaxDocumentChars} (BriefingTextOptions.MaxDocumentChars)."));
        }

        var source = SourceText.Create(text, _scratch);
        if (source.Blocks.Count > _options.MaxBlocks)
        {
            Report(TextDiagnostics.TooManyBlocks, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture,
                $"The text has {source.Blocks.Count} blocks, more than the limit of {_options.MaxBlocks} (BriefingTextOptions.MaxBlocks); this is the first block past the limit."),
                "", source.Blocks[_options.MaxBlocks].Start);
            return new BriefingReadResult(null, [.. _diagnostics]);
        }

        if (invalidUtf8At >= 0)
        {
            Report(TextDiagnostics.InvalidUtf8, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture,
                $"The input is not valid Unicode text (invalid UTF-8, or lone UTF-16 surrogates): {invalidUtf8Count} invalid sequence(s), the first here; each was read as U+FFFD."), "", source.PositionOf(invalidUtf8At));
        }

        var control = source.FirstControlCharacter();
        if (control >= 0)
        {
            Report(TextDiagnostics.ControlCharacter, DiagnosticSeverity.Warning, string.Create(CultureInfo.InvariantCulture,
                $"The text contains the control character U+{(int)text[control]:X4}; it is kept as written."), null, source.PositionOf(control));
        }

        var blocks = source.Blocks;
        if (blocks.Count == 0)
        {
            Report(TextDiagnostics.MissingTitle, DiagnosticSeverity.Error, "The text has no title: it holds no non-blank line.", "/title", new TextPosition(1, 1));
            return new BriefingReadResult(null, [.. _diagnostics]);
        }

        var briefing = Build(blocks);
        return new BriefingReadResult(briefing, [.. _diagnostics], new SourceMap(_positions.Build()));
    }

    private BriefingDocument Build(List<RawBlock> blocks)
    {
        // Title: the first non-blank line. Further lines of the first block are read as the next block.
        var first = blocks[0];
        if (first.LineCount > 1)
        {
            blocks.Insert(1, first.Rest(1));
            Report(TextDiagnostics.TitleWithMoreLines, DiagnosticSeverity.Info,
                "The title is followed by more lines without a blank line between; they are read as the next block.", "/title", first.PositionOf(first.Line(0).Length));
        }

        var titleLine = first.Line(0);
        var title = titleLine.Trim();
        _positions.Set(DocumentPart.Document, first.Start);
        _positions.Set(DocumentPart.Title, PositionOfTrimmed(first, titleLine));

        var relatedAt = FindRelated(blocks);
        var disclaimerAt = FindDisclaimer(blocks, relatedAt);

        var bodyStart = 1;
        string? standfirst = null;
        if (disclaimerAt > 2 && !MetadataBlock.Matches(blocks[1]) && IsStandfirst(blocks[1]))
        {
            standfirst = blocks[1].Text;
            _scratch.Coreference.Read(standfirst);
            _positions.Set(DocumentPart.Standfirst, blocks[1].Start);
            bodyStart = 2;
        }

        var metadata = bodyStart < disclaimerAt ? MetadataBlock.TryRead(blocks[bodyStart], _positions) : null;
        if (metadata is not null)
        {
            bodyStart++;
        }

        var (body, quotes, metrics) = ReadBody(blocks, bodyStart, disclaimerAt);
        var disclaimer = ReadDisclaimer(blocks, disclaimerAt, relatedAt);
        var (category, related) = ReadRelated(blocks, relatedAt);

        return new BriefingDocument
        {
            Id = Slug.From(title),
            Title = title,
            Standfirst = standfirst,
            Category = category,
            Language = "en",
            Publisher = disclaimer?.Publisher,
            Published = metadata?.Published,
            Authors = metadata?.Authors ?? [],
            Url = metadata?.Url,
            Body = body,
            Quotes = quotes,
            Metrics = metrics,
            Disclaimer = disclaimer,
            Related = related,
        };
    }

    private static TextPosition PositionOfTrimmed(RawBlock block, string line)
    {
        var leading = line.Length - line.TrimStart().Length;
        return new TextPosition(block.Start.Line, leading + 1);
    }

    /// <summary>
    /// The related list: the earliest block, in the trailing run of short single-line blocks, whose text is
    /// a related-list heading (<c>Most recent in Politics</c>, <c>More in …</c>, <c>Related</c>, <c>See also</c>).
    /// </summary>
    private static int FindRelated(List<RawBlock> blocks)
    {
        var found = blocks.Count;
        for (var i = blocks.Count - 1; i >= 1; i--)
        {
            var block = blocks[i];
            // n words take at least 2n - 1 characters: a line of at most 2 × the limit characters is not counted.
            if (block.LineCount > 1 || Layout.IsWholeQuotation(block.Text) ||
                (block.Text.Length > 2 * RelatedLineMaxWords && Layout.CountWords(block.Text, RelatedLineMaxWords) > RelatedLineMaxWords))
            {
                break;
            }

            if (IsRelatedHeading(block.Text))
            {
                found = i;
            }
        }

        return found;
    }

    internal static bool IsRelatedHeading(string text)
    {
        // "Read more:", "You might also like!" are headings too: the mark that ends them introduces the list.
        // The openers first: most lines open with none, and then they need not be read as a heading.
        var t = text.AsSpan().Trim().TrimEnd(":!\u2026. ");
        if (t.IsEmpty)
        {
            return false;
        }

        foreach (var opener in char.IsAscii(t[0]) ? RelatedOpenersByFirst[t[0]] : RelatedOpeners)
        {
            if (Layout.IsWordAt(t, 0, opener))
            {
                return Layout.IsHeadingLike(t, SectionHeadingMaxWords);
            }
        }

        return false;
    }

    /// <summary>
    /// The disclaimer: from the end of the body region backwards, the first block that is a notice
    /// heading. A multi-line block whose first line is a short heading (<c>Important Notice</c>) followed
    /// by the notice's lines counts when the heading is a notice word or, for any title-case heading, when
    /// the block is the last one before the related list (or the end). A heading line alone counts when
    /// it is a notice word and text follows it.
    /// </summary>
    private static int FindDisclaimer(List<RawBlock> blocks, int relatedAt)
    {
        for (var i = relatedAt - 1; i >= 1; i--)
        {
            var block = blocks[i];
            var heading = block.LineSpan(0);
            if (!Layout.IsHeadingLike(heading, SectionHeadingMaxWords) || MetadataBlock.Matches(block))
            {
                continue;
            }

            var notice = IsNoticeHeading(heading);
            if (block.LineCount > 1 && (notice || (Layout.IsTitleCase(heading) && i == relatedAt - 1)))
            {
                return i;
            }

            if (block.LineCount == 1 && notice && i < relatedAt - 1)
            {
                return i;
            }
        }

        return relatedAt;
    }

    /// <summary>Whether a heading line (at most <see cref="SectionHeadingMaxWords"/> words, so short) names a notice.</summary>
    internal static bool IsNoticeHeading(ReadOnlySpan<char> line)
    {
        var t = line.Trim().TrimEnd(':');
        // Lower-cased as string.ToLowerInvariant would (same length, same mapping), without a string.
        Span<char> lower = t.Length <= 256 ? stackalloc char[t.Length] : new char[t.Length];
        t.ToLowerInvariant(lower);
        foreach (var notice in NoticeHeadings)
        {
            if (lower.SequenceEqual(notice))
            {
                return true;
            }
        }

        return lower.EndsWith(" notice", StringComparison.Ordinal) || lower.EndsWith(" disclaimer", StringComparison.Ordinal);
    }

    /// <summary>
    /// A standfirst: one line, one sentence, at most about 30 words, not a quotation, and holding no
    /// quote, no attribution and no figure. A news lead that says who said something, or gives a figure,
    /// is the first paragraph, so that its quote and its figures are read into the model, not lost in a
    /// plain-text standfirst (docs/sources.md).
    /// </summary>
    private bool IsStandfirst(RawBlock block)
    {
        if (block.LineCount != 1 || block.Text.AsSpan().IndexOfAny(Layout.DoubleQuotes) >= 0 ||
            Layout.CountWords(block.Text, StandfirstMaxWords) > StandfirstMaxWords ||
            Sentences.Count(block.Text, 1) > 1 || QuoteFinder.Find(block.Text, _quoteBuffers).Count > 0)
        {
            return false;
        }

        var figures = _scratch.Model.Metrics; // empty before the body is read; emptied again here
        MetricExtractor.Extract("", block.Text, _metricBuffers, figures, numbered: false);
        var hasFigure = figures.Count > 0;
        figures.Clear();
        return !hasFigure;
    }

    private (ImmutableArray<Block> Body, ImmutableArray<Quote> Quotes, ImmutableArray<Metric> Metrics) ReadBody(List<RawBlock> blocks, int start, int end)
    {
        var lists = _scratch.Model;
        var (body, quotes, metrics) = (lists.Body, lists.Quotes, lists.Metrics);
        var quoteBlocks = lists.QuoteBlocks; // body index of each quote's block, for linking
        var pullQuotes = lists.PullQuotes;
        quoteBlocks.Clear();
        pullQuotes.Clear();
        int paragraphs = 0, pulls = 0, headings = 0;
        _quoteBuffers.Carried = null; // a quotation continues only from paragraph to paragraph

        for (var i = start; i < end; i++)
        {
            var block = blocks[i];
            var text = block.Text;
            var index = body.Count;
            _positions.Add(DocumentList.Body, index, block.Start);

            if (Layout.IsWholeQuotation(text))
            {
                if (i + 1 < end && IsAttribution(blocks[i + 1]))
                {
                    var attribution = blocks[i + 1];
                    body.Add(new PullQuote { Id = ElementIds.PullQuotes[++pulls], Text = text, Attribution = Sources.FromAttribution(attribution.Text) });
                    _positions.Add(DocumentList.BodyAttribution, index, PositionOfTrimmed(attribution, attribution.Text));
                    pullQuotes.Add((index, text));
                    _quoteBuffers.Carried = null;
                    i++;
                    continue;
                }

                Report(TextDiagnostics.PullQuoteWithoutAttribution, DiagnosticSeverity.Warning,
                    "This block is one quotation with no attribution line after it; it is read as a paragraph.", BodyPath(index), block.Start);
            }
            else if (IsAttribution(block) && block.Text.Contains(',', StringComparison.Ordinal))
            {
                Report(TextDiagnostics.AttributionWithoutPullQuote, DiagnosticSeverity.Warning,
                    "This short line looks like a pull quote's attribution, but no pull quote (a block that is one quotation) comes before it; it is read as a paragraph.", BodyPath(index), block.Start);
            }
            else if (block.LineCount == 1 && Layout.IsHeadingLike(text, HeadingMaxWords))
            {
                var heading = new Heading { Id = ElementIds.Headings[++headings], Text = text };
                body.Add(heading);
                Annotate(block, heading, index, quotes, metrics, quoteBlocks, findQuotes: false);
                continue;
            }

            var paragraph = new Paragraph { Id = ElementIds.Paragraphs[++paragraphs], Text = text };
            body.Add(paragraph);
            Annotate(block, paragraph, index, quotes, metrics, quoteBlocks, findQuotes: true);
        }

        LinkPullQuotes(body, pullQuotes, quotes, quoteBlocks);
        return (Take(body), Take(quotes), Take(metrics));
    }

    /// <summary>An attribution line: one short line with no final punctuation that is not itself a quotation.</summary>
    private static bool IsAttribution(RawBlock block) =>
        block.LineCount == 1 && Layout.IsHeadingLike(block.Text, AttributionMaxWords);

    /// <summary>Finds the quotes (paragraphs only) and metrics of a block and records their positions.</summary>
    private void Annotate(RawBlock raw, Block block, int bodyIndex, List<Quote> quotes, List<Metric> metrics, List<int> quoteBlocks, bool findQuotes)
    {
        if (block.Text.Length > _options.MaxBlockChars)
        {
            Report(TextDiagnostics.BlockTooLarge, DiagnosticSeverity.Warning, string.Create(CultureInfo.InvariantCulture,
                $"This block has {block.Text.Length} characters, more than the limit of {_options.MaxBlockChars} (BriefingTextOptions.MaxBlockChars); it is kept as written but not searched for quotes or metrics."),
                BodyPath(bodyIndex), raw.Start);
            return;
        }

        if (!findQuotes || _quotesFull)
        {
            _quoteBuffers.Carried = null;
        }
        else
        {
            var sources = _scratch.Sources;
            var all = FindQuotes(block.Text, _quoteBuffers, _scratch.Coreference, sources);

            for (var f = 0; f < all.Count; f++)
            {
                var found = all[f];
                if (quotes.Count == _options.MaxQuotes)
                {
                    _quotesFull = true;
                    Report(TextDiagnostics.TooManyQuotes, DiagnosticSeverity.Warning, string.Create(CultureInfo.InvariantCulture,
                        $"The document holds more than {_options.MaxQuotes} quotes (BriefingTextOptions.MaxQuotes); from this block on, the text is kept but not searched for more."),
                        BodyPath(bodyIndex), raw.Start);
                    break;
                }

                _positions.Add(DocumentList.Quotes, quotes.Count, raw.PositionOf(found.Span.Start));
                quotes.Add(ToQuote(found, sources[f], block, quotes.Count + 1));
                quoteBlocks.Add(bodyIndex);
            }
        }

        var first = metrics.Count;
        if (_metricsFull)
        {
            return;
        }

        MetricExtractor.Extract(block.Id, block.Text, _metricBuffers, metrics, numbered: true);
        if (metrics.Count > _options.MaxMetrics)
        {
            _metricsFull = true;
            metrics.RemoveRange(_options.MaxMetrics, metrics.Count - _options.MaxMetrics);
            Report(TextDiagnostics.TooManyMetrics, DiagnosticSeverity.Warning, string.Create(CultureInfo.InvariantCulture,
                $"The document holds more than {_options.MaxMetrics} metrics (BriefingTextOptions.MaxMetrics); from this block on, the text is kept but not searched for more."),
                BodyPath(bodyIndex), raw.Start);
        }

        for (var m = first; m < metrics.Count; m++)
        {
            var span = metrics[m].Span;
            _positions.Add(DocumentList.Metrics, m, span.FitsIn(block.Text.Length) ? raw.PositionOf(span.Start) : raw.Start);
        }
    }

    /// <summary>
    /// The quotes of one paragraph of a body read in order, and in <paramref name="sources"/> the
    /// source of each: a quotation left open by the previous paragraph continues (its source carried
    /// in <paramref name="buffers"/>), and pronouns and surnames resolve to the people
    /// <paramref name="coreference"/> has read so far. Shared with the web-page reader, so that a page
    /// and its text give the same quotes. Set <see cref="QuoteBuffers.Carried"/> to
    /// <see langword="null"/> where a block that is not a paragraph interrupts the body.
    /// </summary>
    internal static List<FoundQuote> FindQuotes(string paragraph, QuoteBuffers buffers, Coreference coreference, List<Source> sources)
    {
        var all = QuoteFinder.Find(paragraph, buffers, carry: true);
        coreference.Resolve(paragraph, all, sources);
        if (buffers.Carried is not null && sources.Count > 0)
        {
            buffers.Carried = sources[^1]; // a continuation carries the resolved source
        }

        return all;
    }

    /// <summary>The model's quote number <paramref name="number"/> (1-based) for a quote found in <paramref name="block"/> and its resolved source.</summary>
    internal static Quote ToQuote(FoundQuote found, Source source, Block block, int number) => new()
    {
        Id = ElementIds.Quotes[number],
        Kind = found.Kind,
        Text = block.Text.Substring(found.Span.Start, found.Span.Length),
        Source = source,
        BlockId = block.Id,
        Span = found.Span,
        Cue = found.Cue,
    };

    /// <summary>
    /// Links each pull quote to the body quote it excerpts, by the matcher validation uses
    /// (<see cref="QuoteMatching.IsExcerpt(string, string)"/>): direct quotes are preferred to reported
    /// ones, then the nearest quote. A pull quote that no quote contains is linked to the nearest quote
    /// of the source its attribution line names (<see cref="Sources.SameSource"/>), so that validation
    /// reports the misquote (BV015) at the pull quote; failing that it stays unlinked.
    /// </summary>
    /// <remarks>
    /// Each text is normalised once; each comparison is linear in the two texts. A pull quote is
    /// compared with at most <see cref="LinkWindow"/> quotes either side, and all comparisons together
    /// are held to a budget proportional to the texts (<see cref="LinkBudget"/>), so that linking is
    /// linear in the document whatever it holds; past the budget a pull quote is left unlinked with a
    /// diagnostic saying so.
    /// </remarks>
    private void LinkPullQuotes(List<Block> body, List<(int BodyIndex, string Text)> pullQuotes, List<Quote> quotes, List<int> quoteBlocks) =>
        LinkPullQuotes(body, pullQuotes, quotes, quoteBlocks, (bodyIndex, message) =>
            Report(TextDiagnostics.PullQuoteNotInBody, DiagnosticSeverity.Info, message, BodyPath(bodyIndex), _positions.Get(DocumentList.Body, bodyIndex)));

    /// <summary>
    /// Links pull quotes as the text reader does; <paramref name="notInBody"/> is told the body index
    /// of each pull quote no quote contains, with the message to report. Shared with the web-page
    /// reader, so that a page's pull quotes link by the same rule.
    /// </summary>
    internal static void LinkPullQuotes(List<Block> body, List<(int BodyIndex, string Text)> pullQuotes, List<Quote> quotes, List<int> quoteBlocks, Action<int, string> notInBody)
    {
        if (pullQuotes.Count == 0)
        {
            return;
        }

        // Normalised texts live in one pooled buffer: each quote's is made the first time a pull quote
        // is compared with it (Length -1 until then), each pull quote's once.
        using var normalised = new NormalisedTexts();
        var quoteAt = new (int Start, int Length)[quotes.Count];
        quoteAt.AsSpan().Fill((0, -1));
        long textLength = 0;
        foreach (var quote in quotes)
        {
            textLength += quote.Text.Length;
        }

        foreach (var (_, text) in pullQuotes)
        {
            textLength += text.Length;
        }

        var budget = LinkBudget(textLength);
        foreach (var (bodyIndex, text) in pullQuotes)
        {
            var pull = (PullQuote)body[bodyIndex];
            var excerptAt = normalised.Add(text);
            var nearest = quoteBlocks.BinarySearch(bodyIndex);
            nearest = nearest < 0 ? ~nearest : nearest;
            var from = Math.Max(0, nearest - LinkWindow);
            var to = Math.Min(quotes.Count, nearest + LinkWindow);
            var byWords = Nearest(from, to, bodyIndex, quotes, quoteBlocks, ref budget, q =>
            {
                if (excerptAt.Length == 0)
                {
                    return false;
                }

                if (quoteAt[q].Length < 0)
                {
                    quoteAt[q] = normalised.Add(quotes[q].Text);
                }

                budget -= quoteAt[q].Length + excerptAt.Length;
                return QuoteMatching.IsNormalizedExcerpt(normalised[excerptAt], normalised[quoteAt[q]]);
            });

            if (byWords >= 0)
            {
                body[bodyIndex] = pull with { QuoteId = quotes[byWords].Id };
                continue;
            }

            var bySource = pull.Attribution is { } attribution
                ? Nearest(from, to, bodyIndex, quotes, quoteBlocks, ref budget, q =>
                {
                    budget -= attribution.Text.Length + quotes[q].Source.Text.Length;
                    return Sources.SameSource(attribution, quotes[q].Source);
                })
                : -1;

            if (bySource >= 0)
            {
                var quoteId = quotes[bySource].Id;
                body[bodyIndex] = pull with { QuoteId = quoteId };
                notInBody(bodyIndex,
                    $"No quote in the body contains this pull quote's words; it is linked by its attribution line to quote '{quoteId}' of the same source (validation reports the misquote).");
            }
            else
            {
                notInBody(bodyIndex, budget < 0
                    ? "This pull quote was not compared with the body's quotes: the document holds more pull-quote comparisons than the linking limit allows (proportional to its quotes' length); it is left unlinked (validation reports it)."
                    : "No quote in the body contains this pull quote's words, and none comes from the source its attribution names; it is left unlinked (validation reports it).");
            }
        }
    }

    /// <summary>How many characters pull-quote linking may compare in all: 16 times the texts it links, and at least 1 Mi.</summary>
    private static long LinkBudget(long textLength) => (16 * textLength) + (1 << 20);

    /// <summary>
    /// The quote in [<paramref name="from"/>, <paramref name="to"/>) that <paramref name="fits"/>, direct
    /// quotes first, then the nearest to the body block <paramref name="bodyIndex"/> (the earlier of two
    /// as near); -1 when none does or the budget runs out. Quotes are tried from the nearest outwards,
    /// so the usual search stops at the first.
    /// </summary>
    private static int Nearest(int from, int to, int bodyIndex, List<Quote> quotes, List<int> quoteBlocks, ref long budget, Func<int, bool> fits)
    {
        var split = quoteBlocks.BinarySearch(bodyIndex);
        split = split < 0 ? ~split : split;
        for (var pass = 0; pass < 2; pass++)
        {
            var kind = pass == 0 ? QuoteKind.Direct : QuoteKind.Reported;
            int left = split - 1, right = split, match = -1, matchDistance = -1;
            while ((left >= from || right < to) && budget >= 0)
            {
                var leftDistance = left >= from ? bodyIndex - quoteBlocks[left] : int.MaxValue;
                var rightDistance = right < to ? quoteBlocks[right] - bodyIndex : int.MaxValue;
                var onLeft = leftDistance <= rightDistance;
                var q = onLeft ? left-- : right++;
                var distance = onLeft ? leftDistance : rightDistance;
                if (match >= 0 && (distance > matchDistance || !onLeft))
                {
                    break; // nothing nearer is left; as near on the left would be earlier, on the right later
                }

                if (quotes[q].Kind == kind && fits(q))
                {
                    (match, matchDistance) = (q, distance);
                }
            }

            if (match >= 0)
            {
                return match;
            }
        }

        return -1;
    }

    /// <summary>Normalised texts (<see cref="QuoteMatching.Normalize(string, Span{char})"/>) one after another in a buffer from the array pool.</summary>
    private sealed class NormalisedTexts : IDisposable
    {
        private char[] _chars = ArrayPool<char>.Shared.Rent(512);
        private int _used;

        /// <summary>A normalised text, by where <see cref="Add"/> put it.</summary>
        public ReadOnlySpan<char> this[(int Start, int Length) at] => _chars.AsSpan(at.Start, at.Length);

        /// <summary>Normalises <paramref name="text"/> into the buffer; returns where the result is.</summary>
        public (int Start, int Length) Add(string text)
        {
            if (_chars.Length - _used < text.Length)
            {
                var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _used + text.Length));
                _chars.AsSpan(0, _used).CopyTo(larger);
                ArrayPool<char>.Shared.Return(_chars);
                _chars = larger;
            }

            var start = _used;
            var length = QuoteMatching.Normalize(text, _chars.AsSpan(_used, text.Length));
            _used += length;
            return (start, length);
        }

        public void Dispose() => ArrayPool<char>.Shared.Return(_chars);
    }

    private Disclaimer? ReadDisclaimer(List<RawBlock> blocks, int start, int end)
    {
        if (start >= end)
        {
            return null;
        }

        var headingBlock = blocks[start];
        var heading = headingBlock.Line(0);
        _positions.Set(DocumentPart.Disclaimer, headingBlock.Start);
        _positions.Set(DocumentPart.DisclaimerHeading, headingBlock.Start);
        var paragraphs = _scratch.Model.DisclaimerLines;
        for (var i = start; i < end; i++)
        {
            var block = blocks[i];
            for (var line = i == start ? 1 : 0; line < block.LineCount; line++)
            {
                _positions.Add(DocumentList.DisclaimerParagraphs, paragraphs.Count, new TextPosition(block.Start.Line + line, 1));
                paragraphs.Add(block.Line(line));
            }
        }

        string? publisher = null;
        if (Publishers.Find(paragraphs) is var (name, paragraph, offset))
        {
            publisher = name;
            var at = _positions.Get(DocumentList.DisclaimerParagraphs, paragraph);
            _positions.Set(DocumentPart.Publisher, new TextPosition(at.Line, offset + 1));
            _positions.Set(DocumentPart.DisclaimerPublisher, new TextPosition(at.Line, offset + 1));
        }

        return new Disclaimer { Heading = heading, Paragraphs = Take(paragraphs), Publisher = publisher };
    }

    /// <summary>
    /// The related list: the heading names the category after its last <c>in</c>; then a line that ends
    /// with sentence punctuation is a summary and any other line a title. A summary with no title before
    /// it is an item without a title; a title with no summary after it is an item without a summary.
    /// </summary>
    private (string? Category, ImmutableArray<RelatedArticle> Related) ReadRelated(List<RawBlock> blocks, int start)
    {
        if (start >= blocks.Count)
        {
            return (null, []);
        }

        var headingBlock = blocks[start];
        var heading = headingBlock.Text.Trim();
        _positions.Set(DocumentPart.Related, headingBlock.Start);
        string? category = null;
        var inAt = Layout.LastIndexOfWord(heading, "in");
        if (inAt > 0 && !heading.AsSpan(inAt + 2).IsWhiteSpace())
        {
            // What follows the word "in", whatever stands right after it: never cut a character (a surrogate pair) in two.
            category = heading[(inAt + 2)..].Trim();
            _positions.Set(DocumentPart.Category, new TextPosition(headingBlock.Start.Line, headingBlock.Text.IndexOf(category, StringComparison.Ordinal) + 1));
        }

        var items = _scratch.Model.Related;
        string? pendingTitle = null;
        TextPosition pendingAt = default;
        for (var i = start + 1; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var index = items.Count;
            if (Layout.EndsSentence(block.Text))
            {
                if (pendingTitle is null)
                {
                    _positions.Add(DocumentList.Related, index, block.Start);
                    Report(TextDiagnostics.RelatedItemWithoutTitle, DiagnosticSeverity.Info,
                        "This related item has a summary but no title before it; it is kept without a title.",
                        "/related/" + index.ToString(CultureInfo.InvariantCulture), block.Start);
                }
                else
                {
                    _positions.Add(DocumentList.Related, index, pendingAt);
                    _positions.Add(DocumentList.RelatedTitle, index, pendingAt);
                }

                _positions.Add(DocumentList.RelatedSummary, index, block.Start);
                items.Add(new RelatedArticle { Title = pendingTitle, Summary = block.Text });
                pendingTitle = null;
                continue;
            }

            if (pendingTitle is not null)
            {
                AddRelatedTitle(index, pendingAt);
                items.Add(new RelatedArticle { Title = pendingTitle });
            }

            pendingTitle = block.Text;
            pendingAt = block.Start;
        }

        if (pendingTitle is not null)
        {
            AddRelatedTitle(items.Count, pendingAt);
            items.Add(new RelatedArticle { Title = pendingTitle });
        }

        return (category, Take(items));
    }

    /// <summary>Records a related item that starts with its title.</summary>
    private void AddRelatedTitle(int index, TextPosition position)
    {
        _positions.Add(DocumentList.Related, index, position);
        _positions.Add(DocumentList.RelatedTitle, index, position);
    }

    /// <summary>The items of one of the scratch's lists as an immutable array of their exact size; the list is emptied.</summary>
    private static ImmutableArray<T> Take<T>(List<T> list)
    {
        var items = ImmutableArray.Create<T>(CollectionsMarshal.AsSpan(list));
        list.Clear();
        return items;
    }

    /// <summary>The pointer of a body block, built only for a diagnostic.</summary>
    private static string BodyPath(int index) => "/body/" + index.ToString(CultureInfo.InvariantCulture);

    private void Report(string code, DiagnosticSeverity severity, string message, string? path, TextPosition position) =>
        _diagnostics.Add(TextDiagnostics.Create(code, severity, message, path, position));
}
