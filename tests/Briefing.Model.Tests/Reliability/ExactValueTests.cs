using System.Globalization;
using Briefing.Model.Diagnostics;
using Briefing.Model.Json;
using CsCheck;

namespace Briefing.Model.Tests.Reliability;

/// <summary>Issue 18, point 4: a value the model cannot hold exactly, or a member it cannot keep, is a finding at its pointer.</summary>
public sealed class ExactValueTests
{
    [Theory]
    [InlineData("1e-30")]
    [InlineData("-1e-29")]
    [InlineData("0.1234567890123456789012345678901")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e29")]
    [InlineData("3.000000000000000000000000000001")]
    public void A_metric_value_a_decimal_cannot_hold_is_BJ002_at_its_pointer(string number)
    {
        var json = WriterAgreementTests.SeedWith("/metrics/1", "value", number);

        var result = BriefingJson.Read(json);

        Assert.Null(result.Briefing);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("BJ002", DiagnosticSeverity.Error, "/metrics/1/value"), (error.Code, error.Severity, error.Path));
        Assert.Contains(number.Length <= 40 ? number : number[..37], error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-28", "0.0000000000000000000000000001")]
    [InlineData("1.50", "1.50")]
    [InlineData("-0", "0")]
    [InlineData("0e5", "0")]
    [InlineData("2.5E+3", "2500")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.1234567890123456789012345678", "0.1234567890123456789012345678")]
    [InlineData("31000000000000000000000000000e-10", "3100000000000000000")]
    public void A_metric_value_a_decimal_holds_is_read_exactly(string number, string expected)
    {
        var result = BriefingJson.Read(WriterAgreementTests.SeedWith("/metrics/1", "value", number));

        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        Assert.Equal(decimal.Parse(expected, NumberStyles.Float, CultureInfo.InvariantCulture), result.Briefing!.Metrics[1].Value);
    }

    [Fact]
    public void Every_decimal_written_reads_back_equal_and_every_scaled_number_agrees_with_exact_arithmetic()
    {
        Gen.Decimal.Sample(value =>
        {
            var json = WriterAgreementTests.SeedWith("/metrics/0", "value", value.ToString(CultureInfo.InvariantCulture));
            var read = BriefingJson.Read(json);
            return read.Succeeded && read.Briefing!.Metrics[0].Value == value;
        });

        // Digits × 10^exponent: held exactly when the scale is within 28 places and the magnitude within decimal's.
        Gen.Select(Gen.Long[0, 999_999_999_999], Gen.Int[-40, 20]).Sample((digits, exponent) =>
        {
            var number = digits.ToString(CultureInfo.InvariantCulture) + "e" + exponent.ToString(CultureInfo.InvariantCulture);
            var read = BriefingJson.Read(WriterAgreementTests.SeedWith("/metrics/0", "value", number));
            var trimmed = digits;
            var scale = -exponent;
            while (trimmed != 0 && trimmed % 10 == 0)
            {
                trimmed /= 10;
                scale--;
            }

            var exact = trimmed == 0 || (scale <= 28 &&
                (scale >= 0 || System.Numerics.BigInteger.Pow(10, -scale) * trimmed <= new System.Numerics.BigInteger(decimal.MaxValue)));
            return read.Succeeded == exact &&
                (!exact || read.Briefing!.Metrics[0].Value == decimal.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture));
        });
    }

    [Theory]
    [InlineData("/quotes/0/span")]
    [InlineData("/metrics/2/span")]
    public void An_unknown_member_inside_span_is_BJ002_at_its_pointer_not_dropped(string span)
    {
        var json = WriterAgreementTests.SeedWith(span, "end", "12");

        var result = BriefingJson.Read(json);

        Assert.Null(result.Briefing);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("BJ002", span + "/end"), (error.Code, error.Path));
    }
}
