using Briefing.Model.Metrics;
using Briefing.Model.Validation;

namespace Briefing.Model.Tests.Validation;

public sealed class SupportTablesTests
{
    [Theory]
    [InlineData("USD", true)]
    [InlineData("EUR", true)]
    [InlineData("XCG", true)]
    [InlineData("ZWG", true)]
    [InlineData("HRK", true)]    // withdrawn in 2023 (euro): historical, still the code of an amount in kuna
    [InlineData("BGN", true)]    // withdrawn in 2026 (euro)
    [InlineData("FIM", true)]
    [InlineData("XTS", false)]   // testing code, not money
    [InlineData("XXX", false)]   // no currency
    [InlineData("STD", false)]   // withdrawn, and a common abbreviation: left out
    [InlineData("Usd", false)]
    [InlineData("USDX", false)]
    [InlineData("D A", false)]   // across two codes of the table
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Currency_codes_are_looked_up_exactly(string? code, bool known) => Assert.Equal(known, Iso4217.IsCode(code));

    [Fact]
    public void Shortened_text_never_splits_a_surrogate_pair()
    {
        var text = new string('a', 58) + "\U0001F600" + "tail";

        var shortened = Identifiers.Shorten(text);

        Assert.Equal(new string('a', 58) + "\u2026", shortened);
        Assert.Equal(text[..10], Identifiers.Shorten(text[..10]));
    }

    [Fact]
    public void The_table_holds_each_code_once_active_or_historical()
    {
        var active = Iso4217.Active.ToList();
        var historical = Iso4217.Historical.ToList();

        Assert.Equal(175, active.Count);
        Assert.All(active, code => Assert.True(Iso4217.IsActive(code) && !Iso4217.IsHistorical(code), code));
        Assert.All(historical, code => Assert.True(Iso4217.IsHistorical(code) && !Iso4217.IsActive(code), code));
        Assert.Equal(active.Count + historical.Count, active.Concat(historical).Distinct().Count());
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
