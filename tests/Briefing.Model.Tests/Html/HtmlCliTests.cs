using System.Text;
using Briefing.Cli;
using Briefing.Model.Tests.Cli;
using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Html;

public sealed class HtmlCliTests
{
    [Theory]
    [InlineData("page.html", "<p>x</p>")]
    [InlineData("page.htm", "<p>x</p>")]
    [InlineData("page", "<!DOCTYPE html><p>x</p>")]
    [InlineData("-", "\uFEFF  <html lang=\"en\"><p>x</p>")]
    [InlineData("page.dat", "<HTML>\n<p>x</p>")]
    public void Html_is_chosen_by_extension_or_by_its_opening(string path, string content) =>
        Assert.Equal("html", ParseCommand.Detect(path, Encoding.UTF8.GetBytes(content)));

    [Theory]
    [InlineData("page.txt", "<!doctype html>")]
    [InlineData("page", "<htmlx>")]
    [InlineData("page", "Title\n\n<html> in a paragraph")]
    public void Other_content_is_not_html(string path, string content) =>
        Assert.NotEqual("html", ParseCommand.Detect(path, Encoding.UTF8.GetBytes(content)));

    [Fact]
    public void Parse_reads_a_page_with_its_address()
    {
        var (code, stdout, _) = SchemaCommandTests.Run("parse", TestData.SeedPath("quiet-border.html"), "--url", "https://briefings.example/p");

        Assert.Equal(0, code);
        Assert.Contains("\"title\": \"A quiet border no more\"", stdout, StringComparison.Ordinal);
        Assert.Contains("\"published\": \"2024-05-14T09:30:00+00:00\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_takes_html_files_in_directories()
    {
        var (code, stdout, _) = SchemaCommandTests.Run("validate", TestData.SeedsDirectory);

        Assert.Equal(0, code);
        var html = Directory.GetFiles(TestData.SeedsDirectory, "*.html").Length;
        var text = Directory.GetFiles(TestData.SeedsDirectory, "*.txt").Length;
        Assert.True(html > 0);
        Assert.Contains($"{html + text} documents", stdout, StringComparison.Ordinal);
    }
}
