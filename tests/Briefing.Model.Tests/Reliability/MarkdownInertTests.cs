using System.Collections.Immutable;
using System.Globalization;
using Briefing.Model.Interop;
using Briefing.Model.Tests.Properties;
using CsCheck;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Model.Tests.Reliability;

/// <summary>
/// Issue 18, point 6: exported Markdown is inert in CommonMark and in Markdig's advanced extensions
/// (autolinks, pipe tables, footnotes, emphasis extras …): rendered, it holds no raw HTML and no link
/// the text did not ask for, and says the same words as the model.
/// </summary>
public sealed class MarkdownInertTests
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().Build();
    private static readonly MarkdownPipeline Advanced = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>Fragments that are markup somewhere: HTML, autolinks of every kind, entities, links, tables, footnotes.</summary>
    private static readonly string[] Hostile =
    [
        "<img src=x onerror=alert(1)>", "http://a.com/<img src=x onerror=alert(1)>", "https://a.com/<b>x</b>",
        "www.a.com/<script>alert(1)</script>", "mailto:a@b.co<i>", "a@b.co", "ftp://x.y/<svg/onload=1>",
        "<http://a.com>", "<a@b.co>", "&lt;img&gt;", "&#60;b&#62;", "<!-- c -->", "<?php x ?>", "<![CDATA[x]]>",
        "`<b>`", "[x](javascript:alert(1))", "![x](y)", "[^1]", "| a | b |", "*[HTML]: Hyper", "~~x~~", "==x==",
        "^x^", "~x~", "++x++", ":smile:", "$x$", "{#id}", "\\<b>", "<", "&", "<\u00A0b>", "<B>", "</p>",
    ];

    public static TheoryData<string> Fragments => [.. Hostile];

    [Theory]
    [MemberData(nameof(Fragments))]
    public void A_hostile_fragment_in_any_part_of_a_briefing_renders_inert(string fragment)
    {
        foreach (var briefing in Placements("see " + fragment + " here"))
        {
            AssertInert(briefing);
        }
    }

    [Theory]
    [InlineData(": a definition")] // Markdig's definition lists: ':' opening a line after a paragraph
    [InlineData(":x")]
    public void A_line_that_opens_with_markup_renders_inert(string text)
    {
        foreach (var briefing in Placements(text))
        {
            AssertInert(briefing);
        }
    }

    [Fact]
    public void Generated_text_built_of_markup_characters_renders_inert()
    {
        var pieces = Gen.OneOf([.. Hostile, "<", ">", "&", "\\", "*", "_", "`", "[", "]", "(", ")", "!", ":", "/", ".", "@", "#", "|", "~", "=", "^", "+", "-", "www", "http", "a", "b", " ", "\n"]);
        pieces.Array[1, 12].Select(p => string.Concat(p)).Sample(
            text =>
            {
                foreach (var briefing in Placements(text))
                {
                    AssertInert(briefing);
                }
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Inputs / 4,
            print: PropertyRuns.Print);
    }

    private static IEnumerable<BriefingDocument> Placements(string text)
    {
        var body = new Paragraph { Id = "p1", Text = "A plain paragraph." };
        yield return new BriefingDocument { Title = text, Body = [body] };
        yield return new BriefingDocument { Title = "T", Standfirst = text, Body = [body] };
        yield return new BriefingDocument { Title = "T", Body = [new Paragraph { Id = "p1", Text = text }] };
        yield return new BriefingDocument { Title = "T", Body = [new Heading { Id = "h1", Text = text }, body] };
        yield return new BriefingDocument
        {
            Title = "T",
            Body = [body, new PullQuote { Id = "pq1", Text = text, Attribution = new Source { Text = text } }],
        };
        yield return new BriefingDocument
        {
            Title = "T",
            Category = text,
            Body = [body],
            Disclaimer = new Disclaimer { Heading = text, Paragraphs = [text, text] },
            Related = [new RelatedArticle { Title = text, Summary = text }, new RelatedArticle { Summary = text }],
        };
    }

    private static void AssertInert(BriefingDocument briefing)
    {
        var markdown = MarkdownExport.Write(briefing);
        foreach (var pipeline in new[] { Plain, Advanced })
        {
            var document = Markdown.Parse(markdown, pipeline);
            var raw = document.Descendants<Markdig.Syntax.HtmlBlock>().Cast<MarkdownObject>().Concat(document.Descendants<HtmlInline>()).ToList();
            Assert.True(raw.Count == 0, $"raw HTML in:\n{markdown}");
            Assert.True(!document.Descendants<LinkInline>().Any() && !document.Descendants<AutolinkInline>().Any(), $"a link in:\n{markdown}");
            var html = Markdown.ToHtml(markdown, pipeline);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
            var expected = Words(ModelText(briefing));
            var actual = Words(Markdown.ToPlainText(markdown, pipeline));
            Assert.True(expected.SequenceEqual(actual), $"{string.Join(" ", expected)} != {string.Join(" ", actual)} in:\n{markdown}");
        }
    }

    /// <summary>Words the export adds (the default notice heading, the related heading).</summary>
    private static readonly HashSet<string> ExporterWords = new(StringComparer.Ordinal) { "Important", "Notice", "Related", "Most", "recent", "in" };

    private static IEnumerable<string> ModelText(BriefingDocument d) =>
        RoundTripCharacterProperties.Strings(d).Where(s => !ExporterWords.Contains(s));

    /// <summary>The letter-and-digit runs, sorted (the export orders parts its own way).</summary>
    private static ImmutableArray<string> Words(IEnumerable<string> texts) => Words(string.Join(" ", texts));

    private static ImmutableArray<string> Words(string text)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words.Where(w => !ExporterWords.Contains(w)).Order(StringComparer.Ordinal).ToImmutableArray();
    }
}
