using Briefing.Cli.Reports;

namespace Briefing.Model.Tests.Cli.Reports;

public sealed class ReportTextTests
{
    [Theory]
    [InlineData("plain ‘curly’ é 😀", "plain ‘curly’ é 😀")]
    [InlineData("\u001b[31mred", "\\u001B[31mred")]
    [InlineData("a\nb\r", "a\\u000Ab\\u000D")]
    [InlineData("bell\u0007 del\u007f c1\u009b", "bell\\u0007 del\\u007F c1\\u009B")]
    [InlineData("\u202Eevil\u2066", "\\u202Eevil\\u2066")]
    [InlineData("tab\tkept", "tab\tkept")]
    public void Visible_escapes_what_could_control_a_terminal_or_break_xml(string input, string expected) =>
        Assert.Equal(expected, ReportText.Visible(input));

    [Fact]
    public void Lone_surrogates_are_escaped_and_pairs_kept() =>
        Assert.Equal("lone \\uD800 and \\uDC00 but 😀", ReportText.Visible("lone \ud800 and \udc00 but \ud83d\ude00"));

    [Fact]
    public void Line_breaks_can_be_kept_for_formats_that_escape_them() =>
        Assert.Equal("a\nb\\u001B", ReportText.Visible("a\nb\u001b", keepLineBreaks: true));

    [Theory]
    [InlineData("100%", "100%25")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    [InlineData("::x", "::x")]
    public void GitHub_data_is_escaped_as_the_runner_unescapes_it(string input, string expected) =>
        Assert.Equal(expected, GitHubReportWriter.Data(input));

    [Fact]
    public void GitHub_properties_escape_colons_and_commas_too() =>
        Assert.Equal("a%3A%3Ab%2Cc%25", GitHubReportWriter.Property("a::b,c%"));
}
