using System.Collections.Immutable;

namespace Briefing.Model.Benchmarks;

/// <summary>A seed-sized document built from the seed's blocks (until the text parser lands, built by splitting blank lines).</summary>
internal static class SeedDocument
{
    public static BriefingDocument Create()
    {
        var blocks = Seeds.Read("russian-interest.txt").ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var body = blocks.Skip(2).Take(12).Select((text, i) => (Block)new Paragraph { Id = $"p{i + 1}", Text = text }).ToImmutableArray();
        return new BriefingDocument { Id = "russian-interest", Title = blocks[0], Standfirst = blocks[1], Body = body };
    }
}
