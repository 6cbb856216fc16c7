using System.Text;

namespace Briefing.Model.Text;

/// <summary>Writes a <see cref="BriefingDocument"/> in the plain-text layout the parser reads.</summary>
internal static class TextWriterCore
{
    /// <summary>The heading written for a disclaimer that has none.</summary>
    public const string DefaultNoticeHeading = "Important Notice";

    public static string Write(BriefingDocument briefing)
    {
        var builder = new StringBuilder();
        Block(builder, briefing.Title);
        if (briefing.Standfirst is { } standfirst)
        {
            Block(builder, standfirst);
        }

        if (MetadataBlock.Any(briefing))
        {
            MetadataBlock.Write(builder, briefing);
            builder.Append("\n\n");
        }

        foreach (var block in briefing.Body)
        {
            Block(builder, block.Text);
            if (block is PullQuote pull)
            {
                Block(builder, pull.Attribution.Text);
            }
        }

        if (briefing.Disclaimer is { } disclaimer)
        {
            builder.Append(disclaimer.Heading ?? DefaultNoticeHeading);
            foreach (var paragraph in disclaimer.Paragraphs)
            {
                builder.Append('\n').Append(paragraph);
            }

            builder.Append("\n\n");
        }

        if (briefing.Category is not null || briefing.Related.Length > 0)
        {
            Block(builder, briefing.Category is { } category ? "Most recent in " + category : "Related");
            foreach (var item in briefing.Related)
            {
                if (item.Title is { } title)
                {
                    Block(builder, title);
                }
                else
                {
                    // An extra blank line stands where the missing title was, as publishers lay it out.
                    builder.Append('\n');
                }

                if (item.Summary is { } summary)
                {
                    Block(builder, summary);
                }
            }
        }

        // One final line end rather than a blank line.
        if (builder.Length >= 2 && builder[^1] == '\n' && builder[^2] == '\n')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    private static void Block(StringBuilder builder, string text) => builder.Append(text).Append("\n\n");
}
