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
    [InlineData("D A", false)]   // across two codes of the table
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Currency_codes_are_looked_up_exactly(string? code, bool active) => Assert.Equal(active, CurrencyCodes.IsActive(code));

    [Fact]
    public void Shortened_text_never_splits_a_surrogate_pair()
    {
        var text = new string('a', 58) + "\U0001F600" + "tail";

        var shortened = Identifiers.Shorten(text);

        Assert.Equal(new string('a', 58) + "\u2026", shortened);
        Assert.Equal(text[..10], Identifiers.Shorten(text[..10]));
    }

    [Fact]
    public void Every_code_of_the_table_is_active()
    {
        var codes = typeof(CurrencyCodes).GetField("Active", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetRawConstantValue() as string;

        Assert.All(codes!.Split(' '), code => Assert.True(CurrencyCodes.IsActive(code), code));
        Assert.Equal(CurrencyCodes.Count, codes.Split(' ').Length);
    }

    [Fact]
    public void Enum_rules_accept_exactly_the_defined_members()
    {
        for (var value = -2; value < 12; value++)
        {
            Assert.Equal(Enum.IsDefined((QuoteKind)value), RuleConditions.QuoteKindDefined(new Quote { Id = "q", Kind = (QuoteKind)value, Text = "t", Source = new Source { Text = "s" }, BlockId = "p", Span = default }));
            var metric = new Metric { Id = "m", Kind = (MetricKind)value, Comparator = (Comparator)value, Value = 1m, Text = "1", BlockId = "p", Span = default };
            Assert.Equal(Enum.IsDefined((MetricKind)value), RuleConditions.MetricKindDefined(metric));
            Assert.Equal(Enum.IsDefined((Comparator)value), RuleConditions.ComparatorDefined(metric));
        }
    }
}
