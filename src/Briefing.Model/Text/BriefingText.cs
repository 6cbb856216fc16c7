using Briefing.Model.Json;

namespace Briefing.Model.Text;

/// <summary>The plain-text front door: parses the publishers' layout into the model and writes it back.</summary>
public static class BriefingText
{
    /// <summary>Parses a briefing in the plain-text layout.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The document, diagnostics with line and column, and the source map.</returns>
    public static BriefingReadResult Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        throw new NotSupportedException("The text parser lands with issue 3.");
    }
}
