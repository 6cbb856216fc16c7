using Briefing.Model.Diagnostics;
using Briefing.Model.Tests.Support;
using Briefing.Model.Text;
using Briefing.Model.Validation;
using FluentValidation.TestHelper;

namespace Briefing.Model.Tests.Validation;

/// <summary>The page-metadata rules: BV080 (publication time), BV081 (address), BV082/BV083 (authors).</summary>
public sealed class PageMetadataRuleTests
{
    private static readonly BriefingValidator Validator = new();

    [Theory]
    [InlineData("1985-04-12T23:20:50.52Z")] // RFC 3339 §5.8 examples
    [InlineData("1996-12-19T16:39:57-08:00")]
    [InlineData("1990-12-31T23:59:60Z")]
    [InlineData("1990-12-31T15:59:60-08:00")]
    [InlineData("1937-01-01T12:00:27.87+00:20")]
    [InlineData("2024-02-29T00:00:00Z")] // a leap day
    [InlineData("2000-02-29T00:00:00Z")]
    [InlineData("2024-03-05t09:30:00z")] // T and Z in either case (RFC 3339 §5.6, note)
    [InlineData("2024-03-05T09:30:00-00:00")] // an unknown local offset
    [InlineData("2024-03-05T09:30:00.123456789+05:30")]
    public void An_RFC_3339_date_time_is_a_publication_time(string published)
    {
        Assert.True(PageMetadata.IsDateTime(published));
        Validator.TestValidate(SeedModel.Create() with { Published = published }, Strictness.Strict).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("")]
    [InlineData("5 March 2024")]
    [InlineData("2024-03-05")] // a date alone
    [InlineData("2024-03-05T09:30:00")] // no offset
    [InlineData("2024-03-05 09:30:00Z")] // a space for T
    [InlineData("2024-03-05T09:30Z")] // no seconds
    [InlineData("2024-3-5T09:30:00Z")]
    [InlineData("2024-03-05T09:30:00.Z")] // a point without digits
    [InlineData("2024-03-05T09:30:00+0100")] // offset without a colon
    [InlineData("2024-03-05T09:30:00+24:00")]
    [InlineData("2024-13-05T09:30:00Z")]
    [InlineData("2023-02-29T09:30:00Z")] // not a leap year
    [InlineData("1900-02-29T09:30:00Z")]
    [InlineData("2024-04-31T09:30:00Z")]
    [InlineData("2024-03-05T24:00:00Z")]
    [InlineData("2024-03-05T09:60:00Z")]
    [InlineData("1998-12-31T23:59:61Z")]
    [InlineData("1998-12-31T23:58:60Z")] // a leap second on a wrong minute
    [InlineData("1998-12-31T22:59:60Z")]
    [InlineData("1998-12-31T23:59:60+01:00")] // 22:59 UTC
    [InlineData("２０２４-03-05T09:30:00Z")] // digits that are not ASCII
    [InlineData(" 2024-03-05T09:30:00Z")]
    [InlineData("2024-03-05T09:30:00Z ")]
    public void Anything_else_is_BV080(string published)
    {
        Assert.False(PageMetadata.IsDateTime(published));
        Validator.TestValidate(SeedModel.Create() with { Published = published })
            .ShouldHaveValidationErrorFor(d => d.Published).WithErrorCode("BV080").WithSeverity(FluentValidation.Severity.Error);
    }

    [Theory]
    [InlineData("https://example.com/politics/russian-interest")]
    [InlineData("http://example.com")]
    [InlineData("HTTPS://EXAMPLE.COM/A?b=c#d")]
    [InlineData("https://xn--bcher-kva.example/%C3%BC")]
    [InlineData("https://bücher.example/ü")]
    [InlineData("https://example.com:8443/a")]
    public void An_absolute_web_address_is_an_address(string url) =>
        Validator.TestValidate(SeedModel.Create() with { Url = url }, Strictness.Strict).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [InlineData("")]
    [InlineData("/politics/russian-interest")]
    [InlineData("example.com/a")]
    [InlineData("http:example.com")]
    [InlineData("https://")]
    [InlineData("ftp://example.com/a")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:desk@example.com")]
    [InlineData("https://example.com/a b")]
    [InlineData(" https://example.com/a")]
    public void Anything_else_is_BV081(string url) =>
        Validator.TestValidate(SeedModel.Create() with { Url = url })
            .ShouldHaveValidationErrorFor(d => d.Url).WithErrorCode("BV081").WithSeverity(FluentValidation.Severity.Error);

    [Fact]
    public void Authors_must_be_names_a_blank_is_an_error_and_a_byline_a_warning()
    {
        var result = Validator.TestValidate(SeedModel.Create() with { Authors = ["Jane Doe", "", "By Jane Doe\nand John Roe", " Ana"] }, Strictness.Strict);

        result.ShouldHaveValidationErrorFor("Authors[1]").WithErrorCode("BV082").WithSeverity(FluentValidation.Severity.Error);
        result.ShouldHaveValidationErrorFor("Authors[2]").WithErrorCode("BV083").WithSeverity(FluentValidation.Severity.Warning);
        result.ShouldHaveValidationErrorFor("Authors[3]").WithErrorCode("BV083");
        result.ShouldNotHaveValidationErrorFor("Authors[0]");
        Assert.DoesNotContain(result.Errors, e => e.PropertyName == "Authors[1]" && e.ErrorCode == "BV083");
    }

    [Fact]
    public void Findings_on_page_metadata_point_at_its_lines_in_the_text()
    {
        var text = "Title\n\nPublished: 5 March 2024\nAuthor: Jane Doe\nURL: /politics/a\n\nThe body of the briefing, a paragraph that is long enough to be one, and then some more words.";
        var parsed = BriefingText.Parse(text);

        var findings = BriefingValidation.Validate(parsed.Briefing!, ValidationLevel.Default, parsed.SourceMap);

        Assert.Contains(findings, d => d is { Code: "BV080", Path: "/published", Line: 3, Column: 12, Severity: DiagnosticSeverity.Error });
        Assert.Contains(findings, d => d is { Code: "BV081", Path: "/url", Line: 5, Column: 6 });
    }
}
