using Briefing.Model.Validation;

namespace Briefing.Model.Tests.Validation;

public sealed class LanguageTagTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("EN")]
    [InlineData("es-419")]
    [InlineData("pt-BR")]
    [InlineData("zh-Hant-TW")]
    [InlineData("sr-Latn")]
    [InlineData("zh-yue-HK")]
    [InlineData("de-CH-1901")]
    [InlineData("sl-rozaj-biske")]
    [InlineData("en-US-u-ca-gregory")]
    [InlineData("en-a-bbb-x-a-ccc")]
    [InlineData("x-whatever")]
    [InlineData("qaa-Qaaa-QM-x-southern")]
    public void Well_formed_tags_pass(string tag) => Assert.True(LanguageTag.IsWellFormed(tag));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("englishlanguage")]
    [InlineData("en_US")]
    [InlineData("en-")]
    [InlineData("-en")]
    [InlineData("en--US")]
    [InlineData("en-US-GB")]
    [InlineData("en-u")]
    [InlineData("en-x")]
    [InlineData("x")]
    [InlineData("en-Latn-Latn")]
    [InlineData("e1")]
    [InlineData("en-ü")]
    [InlineData("en-abcdefghi")]
    public void Malformed_tags_fail(string? tag) => Assert.False(LanguageTag.IsWellFormed(tag));

    [Fact]
    public void Very_long_input_is_rejected_without_scanning_it() =>
        Assert.False(LanguageTag.IsWellFormed("en-" + string.Concat(Enumerable.Repeat("abcde-", 100_000))));
}
