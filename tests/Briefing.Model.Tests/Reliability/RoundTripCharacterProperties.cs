using System.Text;
using Briefing.Model.Tests.Properties;
using Briefing.Model.Tests.Support;
using Briefing.Model.Text;
using CsCheck;

namespace Briefing.Model.Tests.Reliability;

/// <summary>
/// Issue 18, point 5: no cut splits a surrogate pair, and <c>Parse(Write(b)) == b</c> holds for text
/// holding characters outside the Basic Multilingual Plane, byte order marks and other characters that
/// sit next to the words the parser looks for.
/// </summary>
public sealed class RoundTripCharacterProperties
{
    /// <summary>Characters inserted next to structure: pairs (emoji, mathematical letters), U+FEFF, NBSP, curly quotes.</summary>
    private static readonly string[] Inserts = ["😀", "𝒜", "\U0001F1EA\U0001F1F8", "\uFEFF", "\u00A0", "\u201C", "\u201D", "–"];

    /// <summary>Layout briefings and seeds with a few of <see cref="Inserts"/> at arbitrary places, some right after a word.</summary>
    private static Gen<string> Texts { get; } =
        from text in Gen.Frequency((1, Gen.OneOf(SeedTexts())), (3, ModelGenerators.Layout.Select(l => l.Text)))
        from edits in Gen.Select(Gen.Int[0, int.MaxValue], Gen.OneOf(Inserts), Gen.Bool).Array[1, 6]
        select Insert(text, edits);

    [Fact]
    public void Parsing_never_makes_a_lone_surrogate_out_of_valid_text_and_the_text_round_trip_holds()
    {
        Texts.Sample(
            text =>
            {
                var parsed = BriefingText.Parse(text).Briefing;
                if (parsed is null)
                {
                    return;
                }

                Assert.All(Strings(parsed), s => Assert.False(HasLoneSurrogate(s), $"lone surrogate in '{s}'"));
                var again = BriefingText.Parse(BriefingText.Write(parsed));
                Assert.Equal(parsed, again.Briefing);
                Assert.Equal(parsed, BriefingText.Parse(Encoding.UTF8.GetBytes(BriefingText.Write(parsed))).Briefing);
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Documents,
            print: PropertyRuns.Print);
    }

    [Theory]
    [InlineData("😀 Security", "Most recent in😀 Security")]
    [InlineData("𝒜", "More in 𝒜")]
    [InlineData("Politics", "Most recent in Politics")]
    public void The_related_heading_gives_its_category_without_cutting_a_pair(string category, string heading)
    {
        var text = $"Title\n\nA paragraph of the body that says something.\n\n{heading}\n\nAn item\n\nIts summary.\n";

        var parsed = BriefingText.Parse(text).Briefing!;

        Assert.Equal(category, parsed.Category);
        Assert.Equal(parsed, BriefingText.Parse(BriefingText.Write(parsed)).Briefing);
    }

    [Theory]
    [InlineData("\uFEFFTitle")]
    [InlineData("\uFEFF\uFEFFTitle")]
    public void A_title_beginning_with_U_FEFF_keeps_it_through_string_bytes_and_stream(string title)
    {
        var briefing = BriefingText.Parse("Title\n\nA paragraph of the body.\n").Briefing! with { Title = title };
        var written = BriefingText.Write(briefing);
        var bytes = Encoding.UTF8.GetBytes(written);

        Assert.Equal(title, BriefingText.Parse(written).Briefing!.Title);
        Assert.Equal(title, BriefingText.Parse(bytes).Briefing!.Title);
        Assert.Equal(title, BriefingText.Parse(new MemoryStream(bytes)).Briefing!.Title);
    }

    private static string Insert(string text, (int At, string What, bool AfterWord)[] edits)
    {
        var builder = new StringBuilder(text);
        foreach (var (at, what, afterWord) in edits)
        {
            var position = at % (builder.Length + 1);
            if (afterWord)
            {
                // Right after the next word, where a parser slicing "word + 1" would cut.
                while (position < builder.Length && !char.IsWhiteSpace(builder[position]))
                {
                    position++;
                }
            }

            // Never inside a pair already there.
            if (position > 0 && position < builder.Length && char.IsLowSurrogate(builder[position]))
            {
                position--;
            }

            builder.Insert(position, what);
        }

        return builder.ToString();
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every string of the model.</summary>
    internal static IEnumerable<string> Strings(BriefingDocument d)
    {
        IEnumerable<string?> Source(Source s) => [s.Text, s.Name, s.Role, s.Affiliation, s.Location];
        IEnumerable<string?> all =
        [
            d.Title, d.Standfirst, d.Category, d.Publisher, d.Disclaimer?.Heading, d.Disclaimer?.Publisher,
            .. (IEnumerable<string?>)(d.Disclaimer?.Paragraphs ?? []),
            .. d.Body.SelectMany(b => b is PullQuote p ? [b.Text, .. Source(p.Attribution)] : (IEnumerable<string?>)[b.Text]),
            .. d.Quotes.SelectMany(q => (IEnumerable<string?>)[q.Text, q.Cue, .. Source(q.Source)]),
            .. d.Metrics.SelectMany(m => new[] { m.Text, m.Unit, m.Period }),
            .. d.Related.SelectMany(r => new[] { r.Title, r.Summary }),
        ];
        return all.OfType<string>();
    }

    private static string[] SeedTexts() =>
        [.. Directory.EnumerateFiles(TestData.SeedsDirectory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
}
