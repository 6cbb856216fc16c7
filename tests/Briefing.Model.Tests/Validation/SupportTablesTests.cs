using Briefing.Model.Validation;

namespace Briefing.Model.Tests.Validation;

public sealed class SupportTablesTests
{
    [Fact]
    public void The_currency_table_holds_the_documented_number_of_codes() => Assert.Equal(175, CurrencyCodes.Count);

    [Theory]
    [InlineData("USD", true)]
    [InlineData("EUR", true)]
    [InlineData("XCG", true)]
    [InlineData("ZWG", true)]
    [InlineData("HRK", false)]   // withdrawn in 2023 (euro)
    [InlineData("XTS", false)]   // testing code, not money
    [InlineData("Usd", false)]
    [InlineData("USDX", false)]
    public void Currency_codes_are_looked_up_exactly(string code, bool active) => Assert.Equal(active, CurrencyCodes.IsActive(code));

    [Fact]
    public void Shortened_text_never_splits_a_surrogate_pair()
    {
        var text = new string('a', 58) + "\U0001F600" + "tail";

        var shortened = Identifiers.Shorten(text);

        Assert.Equal(new string('a', 58) + "\u2026", shortened);
        Assert.Equal(text[..10], Identifiers.Shorten(text[..10]));
    }
}
