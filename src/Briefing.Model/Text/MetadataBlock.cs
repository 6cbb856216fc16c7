using System.Collections.Immutable;
using System.Text;

namespace Briefing.Model.Text;

/// <summary>
/// The page-metadata block of the plain-text layout: one block of labelled lines after the title
/// and standfirst, before the body (docs/metadata.md).
/// </summary>
/// <example>
/// <code>
/// Published: 2024-03-05T09:30:00+01:00
/// Author: Jane Doe
/// Author: John Roe
/// URL: https://example.com/politics/russian-interest
/// </code>
/// </example>
/// <remarks>
/// A block is the metadata block only when every line is <c>Label: value</c> with a label below
/// (any case) and a value, with <c>Published</c> and <c>URL</c> at most once; anything else is body
/// text, so a paragraph is never taken for metadata by a word it starts with. One author a line, so
/// no name is ever split at a comma or an <c>and</c>. Values are read trimmed and otherwise as written.
/// </remarks>
internal static class MetadataBlock
{
    private const string PublishedLabel = "Published";
    private const string AuthorLabel = "Author";
    private const string UrlLabel = "URL";

    /// <summary>What the block holds; <see cref="Authors"/> in the block's order.</summary>
    public readonly record struct Values(string? Published, ImmutableArray<string> Authors, string? Url);

    /// <summary>Whether <paramref name="briefing"/> has any page metadata to write.</summary>
    public static bool Any(BriefingDocument briefing) =>
        briefing.Published is not null || briefing.Url is not null || !briefing.Authors.IsEmpty;

    /// <summary>Writes the block (without the blank line after it); call only when <see cref="Any"/>.</summary>
    public static void Write(StringBuilder builder, BriefingDocument briefing)
    {
        var first = true;
        void Line(string label, string value)
        {
            builder.Append(first ? "" : "\n").Append(label).Append(": ").Append(value);
            first = false;
        }

        if (briefing.Published is { } published)
        {
            Line(PublishedLabel, published);
        }

        foreach (var author in briefing.Authors)
        {
            Line(AuthorLabel, author);
        }

        if (briefing.Url is { } url)
        {
            Line(UrlLabel, url);
        }
    }

    /// <summary>Reads <paramref name="block"/> as the metadata block, recording where each value is.</summary>
    /// <returns>The values, or <see langword="null"/> when the block is not the metadata block.</returns>
    public static Values? TryRead(RawBlock block, TextPositions.Builder positions)
    {
        if (!Matches(block))
        {
            return null;
        }

        string? published = null, url = null;
        var authors = ImmutableArray.CreateBuilder<string>();
        TextPosition? publishedAt = null, urlAt = null;
        var authorsAt = new List<TextPosition>();
        var text = block.Text;
        var lineStart = 0;
        for (var i = 0; i < block.LineCount; i++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            var (label, valueStart, valueLength) = Split(text.AsSpan(lineStart, lineEnd - lineStart));
            var value = text.Substring(lineStart + valueStart, valueLength);
            var at = block.PositionOf(lineStart + valueStart);
            switch (label)
            {
                case 0:
                    (published, publishedAt) = (value, at);
                    break;
                case 2:
                    (url, urlAt) = (value, at);
                    break;
                case 1:
                    authors.Add(value);
                    authorsAt.Add(at);
                    break;
            }

            lineStart = lineEnd + 1;
        }

        if (publishedAt is { } p)
        {
            positions.Set(DocumentPart.Published, p);
        }

        if (urlAt is { } u)
        {
            positions.Set(DocumentPart.Url, u);
        }

        for (var i = 0; i < authorsAt.Count; i++)
        {
            positions.Add(DocumentList.Authors, i, authorsAt[i]);
        }

        return new Values(published, authors.DrainToImmutable(), url);
    }

    /// <summary>Whether <paramref name="block"/> is a metadata block (no allocation; most blocks fail at their first line).</summary>
    public static bool Matches(RawBlock block)
    {
        int published = 0, url = 0;
        for (var i = 0; i < block.LineCount; i++)
        {
            switch (Split(block.LineSpan(i)).Label)
            {
                case < 0:
                    return false;
                case 0:
                    published++;
                    break;
                case 2:
                    url++;
                    break;
            }
        }

        return published <= 1 && url <= 1;
    }

    /// <summary>The label (0 published, 1 author, 2 URL; -1 when the line is not a labelled line) and where the trimmed value is.</summary>
    private static (int Label, int ValueStart, int ValueLength) Split(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0)
        {
            return (-1, 0, 0);
        }

        var name = line[..colon].Trim();
        var label = name.Equals(PublishedLabel, StringComparison.OrdinalIgnoreCase) ? 0
            : name.Equals(AuthorLabel, StringComparison.OrdinalIgnoreCase) ? 1
            : name.Equals(UrlLabel, StringComparison.OrdinalIgnoreCase) ? 2
            : -1;
        var rest = line[(colon + 1)..];
        var value = rest.Trim();
        if (label < 0 || value.IsEmpty)
        {
            return (-1, 0, 0);
        }

        var start = colon + 1 + (rest.Length - rest.TrimStart().Length);
        return (label, start, value.Length);
    }
}
