using Briefing.Model.Metrics;

namespace Briefing.Model.Tests.Metrics;

public sealed class CurrencyTableTests
{
    [Fact]
    public void Every_sign_prefix_name_and_code_resolves_to_an_ISO_4217_code()
    {
        var codes = CurrencyTable.ResolvedCodes.ToList();

        Assert.Contains("USD", codes);
        Assert.Contains("FIM", codes);
        Assert.All(codes, code => Assert.True(Iso4217.IsCode(code), $"'{code}' is not in the ISO 4217 table"));
        Assert.False(Iso4217.IsCode("RMB")); // an alias, resolved to CNY, never written out
    }

    [Theory]
    [InlineData("USD", false, "USD", 1)]
    [InlineData("usd", false, "USD", 1)]
    [InlineData("rmb", false, "CNY", 1)]
    [InlineData("MUSD", false, "USD", 1000000)]
    [InlineData("PEN", false, "PEN", 1)]
    public void Codes_are_read_as_written(string word, bool opensSentence, string code, int scale)
    {
        Assert.True(CurrencyTable.TryGetCode(word, opensSentence, out var found, out var foundScale));
        Assert.Equal(code, found);
        Assert.Equal(scale, foundScale);
    }

    [Theory]
    [InlineData("pen", false)]  // a word, not the sol
    [InlineData("PEN", true)]   // shouted at the start of a sentence
    [InlineData("All", false)]
    [InlineData("ALL", true)]
    [InlineData("hnl", false)]  // uncommon codes only in capitals
    [InlineData("XYZ", false)]
    [InlineData("US", false)]
    public void Word_like_and_unknown_codes_are_not_read(string word, bool opensSentence) =>
        Assert.False(CurrencyTable.TryGetCode(word, opensSentence, out _, out _));
}
