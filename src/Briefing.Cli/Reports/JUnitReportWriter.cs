using System.Globalization;
using System.Text;
using System.Xml;
using Briefing.Model.Diagnostics;

namespace Briefing.Cli.Reports;

/// <summary>
/// JUnit XML as GitLab and Jenkins read it: a <c>testsuite</c> per file with its counts and a
/// <c>testcase</c> per document, with a <c>failure</c> listing the document's errors (warnings go to
/// <c>system-out</c>). Written with <see cref="XmlWriter"/>; text from the input is made visible first,
/// so characters XML 1.0 cannot carry never reach the writer. One file's test cases are held at a time.
/// </summary>
internal sealed class JUnitReportWriter : IReportWriter
{
    private readonly XmlWriter _writer;
    private readonly List<(DocumentOutcome Outcome, IReadOnlyList<Finding> Shown)> _suite = [];
    private string? _file;

    private readonly TextWriter _output;

    public JUnitReportWriter(TextWriter output)
    {
        _output = output;
        _writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false });
        _writer.WriteStartDocument();
        _writer.WriteStartElement("testsuites");
        _writer.WriteAttributeString("name", "briefing validate");
    }

    /// <inheritdoc />
    public void Document(DocumentOutcome outcome, IReadOnlyList<Finding> shown)
    {
        if (_file is not null && _file != outcome.File)
        {
            FlushSuite();
        }

        _file = outcome.File;
        _suite.Add((outcome, shown));
    }

    /// <inheritdoc />
    public void Finish(ReportSummary summary)
    {
        FlushSuite();
        _writer.WriteEndElement();
        _writer.WriteEndDocument();
        _writer.Flush();
        _output.WriteLine();
    }

    private void FlushSuite()
    {
        if (_file is null)
        {
            return;
        }

        var file = ReportText.Visible(_file);
        var failures = _suite.Count(d => d.Outcome.Findings.Any(f => f.Severity == DiagnosticSeverity.Error));
        _writer.WriteStartElement("testsuite");
        _writer.WriteAttributeString("name", file);
        _writer.WriteAttributeString("tests", _suite.Count.ToString(CultureInfo.InvariantCulture));
        _writer.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        _writer.WriteAttributeString("errors", "0");
        _writer.WriteAttributeString("skipped", "0");
        foreach (var (outcome, shown) in _suite)
        {
            _writer.WriteStartElement("testcase");
            var name = string.Create(CultureInfo.InvariantCulture, $"document {outcome.Index} (line {outcome.Line})");
            _writer.WriteAttributeString("name", outcome.Id is null ? name : $"{name} {ReportText.Visible(outcome.Id)}");
            _writer.WriteAttributeString("classname", file);
            var errors = shown.Where(f => f.Severity == DiagnosticSeverity.Error).ToList();
            var hasErrors = outcome.Findings.Any(f => f.Severity == DiagnosticSeverity.Error);
            if (hasErrors)
            {
                _writer.WriteStartElement("failure");
                var first = errors.FirstOrDefault();
                _writer.WriteAttributeString("message", first is null ? "errors not shown (--max-findings)" : $"{first.Code}: {ReportText.Visible(first.Message)}");
                _writer.WriteAttributeString("type", first?.Code ?? "error");
                _writer.WriteString(Lines(errors));
                _writer.WriteEndElement();
            }

            var others = shown.Where(f => f.Severity != DiagnosticSeverity.Error).ToList();
            if (others.Count > 0)
            {
                _writer.WriteElementString("system-out", Lines(others));
            }

            _writer.WriteEndElement();
        }

        _writer.WriteEndElement();
        _suite.Clear();
        _file = null;
    }

    private static string Lines(List<Finding> findings)
    {
        var text = new StringBuilder();
        foreach (var f in findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"{f.Line?.ToString(CultureInfo.InvariantCulture) ?? "-"}:{f.Column?.ToString(CultureInfo.InvariantCulture) ?? "-"}: {f.SeverityName} {f.Code}: {ReportText.Visible(f.Message)}");
            text.Append(f.Path.Length > 0 ? $" [{ReportText.Visible(f.Path)}]\n" : "\n");
        }

        return text.ToString();
    }
}
