using System.Globalization;
using Briefing.Model.Diagnostics;

namespace Briefing.Model.Html;

/// <summary>
/// The web-page front door: reads a briefing from a publisher's HTML page. The article is found with
/// SmartReader (a port of Mozilla's Readability) and rules that follow the markup; its headings,
/// paragraphs, lists and displayed quotes become the body, and quotes and figures are found in them by
/// the same engines as in text. The title (without the site's suffix), the standfirst, the legal notice,
/// the related list and the page's metadata are read from the page. Reading never throws for any input
/// and is bounded by <see cref="BriefingHtmlOptions"/>; problems are diagnostics (<c>BH001</c>…) with
/// the line and column in the HTML where they apply, and the result's
/// <see cref="BriefingReadResult.SourceMap"/> tells where each part of the document starts in the HTML.
/// </summary>
public static class BriefingHtml
{
    /// <summary>Reads a briefing from a web page.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The page's address, when known: relative links resolve against it, and it is the document's address when the page declares none.</param>
    /// <param name="options">Limits; <see cref="BriefingHtmlOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, diagnostics with line and column, and the source map.</returns>
    public static BriefingReadResult Parse(string html, string? url = null, BriefingHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Read(html, url, options ?? BriefingHtmlOptions.Default, []);
    }

    /// <summary>
    /// Reads a briefing from a web page's bytes: UTF-8 (with or without a byte order mark), UTF-16 with
    /// a byte order mark, or the encoding the page declares (<c>meta charset</c>) when the bytes are not
    /// UTF-8. Invalid bytes are read as U+FFFD and reported (<c>BH007</c>).
    /// </summary>
    /// <param name="bytes">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="options">Limits; <see cref="BriefingHtmlOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, diagnostics with line and column, and the source map.</returns>
    public static BriefingReadResult Parse(ReadOnlySpan<byte> bytes, string? url = null, BriefingHtmlOptions? options = null)
    {
        options ??= BriefingHtmlOptions.Default;
        if ((long)bytes.Length > (long)options.MaxDocumentChars * 3)
        {
            return TooLarge(bytes.Length, options);
        }

        var diagnostics = new List<Diagnostic>();
        var html = PageEncoding.Decode(bytes, diagnostics);
        return Read(html, url, options, diagnostics);
    }

    /// <summary>Reads a briefing from a stream holding a web page, read to its end (not closed); bytes are decoded as <see cref="Parse(ReadOnlySpan{byte}, string?, BriefingHtmlOptions?)"/> does.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="options">Limits; <see cref="BriefingHtmlOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document, diagnostics with line and column, and the source map.</returns>
    public static BriefingReadResult Parse(Stream stream, string? url = null, BriefingHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= BriefingHtmlOptions.Default;
        var limit = (long)options.MaxDocumentChars * 3;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    return TooLarge(buffer.Length, options);
                }
            }
        }
        catch (IOException exception)
        {
            return new BriefingReadResult(null, [HtmlDiagnostics.Create(HtmlDiagnostics.UnreadableInput, DiagnosticSeverity.Error, $"The page could not be read: {exception.Message}")]);
        }

        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), url, options);
    }

    private static BriefingReadResult Read(string html, string? url, BriefingHtmlOptions options, List<Diagnostic> diagnostics)
    {
        try
        {
            return PageReader.Read(html, url, options, diagnostics);
        }
#pragma warning disable CA1031 // The promise is that no page makes reading throw: a failure of a library underneath is a finding.
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            diagnostics.Add(HtmlDiagnostics.Create(HtmlDiagnostics.UnreadableInput, DiagnosticSeverity.Error,
                $"The page could not be read ({exception.GetType().Name}: {exception.Message})."));
            return new BriefingReadResult(null, [.. diagnostics]);
        }
    }

    private static BriefingReadResult TooLarge(long length, BriefingHtmlOptions options) =>
        new(null, [HtmlDiagnostics.Create(HtmlDiagnostics.DocumentTooLarge, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture,
            $"The page has {length} bytes, more than the limit of {(long)options.MaxDocumentChars * 3} (three times BriefingHtmlOptions.MaxDocumentChars)."))]);
}
