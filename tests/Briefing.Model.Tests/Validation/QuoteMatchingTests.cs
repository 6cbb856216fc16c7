using Briefing.Model.Validation;

namespace Briefing.Model.Tests.Validation;

public sealed class QuoteMatchingTests
{
    private const string Quote = "Russia\u2019s approach is more political than economic. Its priority is to strengthen alliances.";

    [Theory]
    [InlineData("\u201CRussia\u2019s approach is more political than economic.\u201D")]
    [InlineData("\"Russia's approach is more political than economic\"")]
    [InlineData("Russia\u2019s approach\u00A0is more\n political than economic!")]
    [InlineData("\u201CIts priority is to strengthen alliances.\u201D")]
    [InlineData("its priority is to strengthen alliances")]
    [InlineData("Russia\u2019s approach ... to strengthen alliances.")]
    public void Excerpts_match(string excerpt) => Assert.True(QuoteMatching.IsExcerpt(excerpt, Quote));

    [Theory]
    [InlineData("Russia\u2019s approach is more economic than political.")]
    [InlineData("to strengthen alliances \u2026 Russia\u2019s approach")]
    [InlineData("Russia\u2019s approachis more political")]
    [InlineData("\u201C\u201D")]
    [InlineData("Its Priority is to strengthen alliances.")]
    public void Alterations_do_not_match(string excerpt) => Assert.False(QuoteMatching.IsExcerpt(excerpt, Quote));

    [Theory]
    [InlineData("Senior Venezuelan business executive, New York", "a senior Venezuelan business executive, now living in New York", true)]
    [InlineData("Head, political studies institute, Venezuela", "the head of an important political studies institute in Venezuela", true)]
    [InlineData("Senior official, EU", "a senior European Union official", true)]
    [InlineData("Retired Colombian general, Bogotá", "a senior Venezuelan business executive, now living in New York", false)]
    public void Attributions_match_their_source_by_words(string attribution, string source, bool matches) =>
        Assert.Equal(matches, QuoteMatching.AttributionMatches(attribution, new Source { Text = source }));
}
