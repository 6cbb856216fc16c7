using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Briefing.Model.Diagnostics;

namespace Briefing.Model.Html;

/// <summary>
/// Reads one page: limits, parsing (AngleSharp, with source positions), metadata, blocks, the article
/// (SmartReader, then the rules of <see cref="ArticleRules"/>), the page's sections (title, standfirst,
/// notice, related list) and the document (<see cref="DocumentBuilder"/>).
/// </summary>
internal static class PageReader
{
    /// <summary>
    /// The parser, one per thread: making one builds AngleSharp's configuration and browsing context,
    /// which costs about as much as parsing a small page. A parse keeps nothing in it (each document
    /// is its own and is disposed after reading).
    /// </summary>
    [ThreadStatic]
    private static HtmlParser? t_parser;

    public static BriefingReadResult Read(string html, string? url, BriefingHtmlOptions options, List<Diagnostic> diagnostics)
    {
        if (html.Length > options.MaxDocumentChars)
        {
            diagnostics.Add(HtmlDiagnostics.Create(HtmlDiagnostics.DocumentTooLarge, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture,
                $"The page has {html.Length} characters, more than the limit of {options.MaxDocumentChars} (BriefingHtmlOptions.MaxDocumentChars).")));
            return new BriefingReadResult(null, [.. diagnostics]);
        }

        Uri? address = null;
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out address) && address.Scheme is "http" or "https"))
        {
            address = null;
            diagnostics.Add(HtmlDiagnostics.Create(HtmlDiagnostics.InvalidUrl, DiagnosticSeverity.Warning,
                "The page's address is not an absolute http or https address; it is not used."));
        }

        var (cutAt, code) = PageLimits.Find(html, options);
        if (cutAt >= 0)
        {
            var (line, column) = LineAndColumn(html, cutAt);
            diagnostics.Add(HtmlDiagnostics.Create(code!, DiagnosticSeverity.Warning, code == HtmlDiagnostics.TooManyElements
                ? string.Create(CultureInfo.InvariantCulture, $"The page has more than {options.MaxElements} elements (BriefingHtmlOptions.MaxElements); it is read up to here.")
                : string.Create(CultureInfo.InvariantCulture, $"The page nests elements deeper than {options.MaxDepth} (BriefingHtmlOptions.MaxDepth); it is read up to here."),
                null, new TextPosition(line, column)));
            html = html[..cutAt];
        }

        var parser = t_parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var metadata = PageFacts.Read(document, address, out var elementCount, out var mostChildren);
        var body = document.Body;
        var blocks = body is null ? [] : PageWalker.Walk(body, options.MaxDepth);
        var (root, title) = FindArticle(document, elementCount, mostChildren, address, options, diagnostics);
        var page = ArticleRules.Apply(blocks, root, title, metadata);
        if (page.Title is null)
        {
            diagnostics.Add(HtmlDiagnostics.Create(HtmlDiagnostics.NoTitle, DiagnosticSeverity.Error,
                "The page has no title: no title element, declared headline or heading.", "/title", new TextPosition(1, 1)));
            return new BriefingReadResult(null, [.. diagnostics]);
        }

        if (page.Body.Count == 0)
        {
            diagnostics.Add(HtmlDiagnostics.Create(HtmlDiagnostics.NoArticle, DiagnosticSeverity.Warning,
                "No article text was found on the page; the briefing has no body blocks.", "/body"));
        }

        return DocumentBuilder.Build(page, metadata, options, diagnostics);
    }

    /// <summary>
    /// The element SmartReader gathers the article in, and the title it reads. The document is changed
    /// (SmartReader moves the article's nodes into its own element): blocks are read before.
    /// </summary>
    /// <remarks>
    /// SmartReader's own outputs (the article as HTML and as plain text, its excerpt) are not used, so
    /// it is stopped as soon as it hands over the element (<see cref="ArticleFound"/>). Its element
    /// limit is checked here on the count of the page's elements made while its metadata is read
    /// (<paramref name="elementCount"/>), with the same outcome as its own check (no element, no title).
    /// </remarks>
    private static (IElement? Root, string? Title) FindArticle(IHtmlDocument document, int elementCount, int mostChildren, Uri? address, BriefingHtmlOptions options, List<Diagnostic> diagnostics)
    {
        if (elementCount > options.MaxElements)
        {
            return (null, null);
        }

        if (mostChildren > MaxFinderChildren)
        {
            diagnostics.Add(HtmlDiagnostics.Create(HtmlDiagnostics.ExtractorFailed, DiagnosticSeverity.Info,
                $"The article finder (SmartReader) was not run: one element holds {mostChildren} child elements (more than {MaxFinderChildren}), on which its time grows with the square of their number; the article is chosen by the markup rules alone."));
            return (null, null);
        }

        IElement? root = null;
        try
        {
            using var reader = new SmartReader.Reader((address ?? new Uri("https://localhost/")).AbsoluteUri, document) { Debug = false };
            reader.AddCustomOperationEnd(element =>
            {
                root = element;
                throw new ArticleFound();
            });
            var article = reader.GetArticle();
            return (root, string.IsNullOrWhiteSpace(article.Title) ? null : PageWalker.Collapse(article.Title));
        }
#pragma warning disable CA1031 // The article finder is another library: whatever it throws, the page is still read by the rules alone.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            diagnostics.Add(HtmlDiagnostics.Create(HtmlDiagnostics.ExtractorFailed, DiagnosticSeverity.Info,
                $"The article finder (SmartReader) failed ({exception.GetType().Name}); the article is chosen by the markup rules alone."));
            return (null, null);
        }
    }

    /// <summary>
    /// Past this many child elements of one element SmartReader is not run: it walks siblings in time that grows
    /// with the square of their number (20,000 paragraphs in one element took it 12–18 s); a real article has a
    /// few hundred at most.
    /// </summary>
    internal const int MaxFinderChildren = 5_000;

    /// <summary>Stops SmartReader once it has handed over the article's element: what it builds after (HTML, text, excerpt) is not used.</summary>
    private sealed class ArticleFound : Exception
    {
        public ArticleFound()
            : base("The article's element was found.")
        {
        }
    }

    /// <summary>The 1-based line and column of an offset.</summary>
    internal static (int Line, int Column) LineAndColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
