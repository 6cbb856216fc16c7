using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Briefing.Model.Diagnostics;

namespace Briefing.Model;

/// <summary>
/// The outcome of reading a briefing: the document when one could be built, every diagnostic found
/// on the way, and (for text input) where each part came from. Reading never throws for bad content.
/// </summary>
public sealed class BriefingReadResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="briefing">The document, or <see langword="null"/> when none could be built.</param>
    /// <param name="diagnostics">What was found while reading.</param>
    /// <param name="sourceMap">Positions of the document's parts in the input; <see cref="SourceMap.Empty"/> when unknown.</param>
    public BriefingReadResult(BriefingDocument? briefing, ImmutableArray<Diagnostic> diagnostics, SourceMap? sourceMap = null)
    {
        Briefing = briefing;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
        SourceMap = sourceMap ?? SourceMap.Empty;
    }

    /// <summary>The document, or <see langword="null"/> when the input could not be read as one.</summary>
    /// <remarks>
    /// One rule for every reader: <see cref="Briefing"/> is set whenever a document could be built,
    /// even when <see cref="Diagnostics"/> has errors (text with invalid UTF-8 still gives the parts
    /// that could be read, for example); <see cref="Succeeded"/> says whether it may be used as it is.
    /// Test <see cref="Succeeded"/>, not <see cref="Briefing"/>, before using the document.
    /// </remarks>
    public BriefingDocument? Briefing { get; }

    /// <summary>Problems found while reading, in input order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Where the document's parts came from in the input.</summary>
    public SourceMap SourceMap { get; }

    /// <summary>Whether a document was read and no diagnostic is an error.</summary>
    [MemberNotNullWhen(true, nameof(Briefing))]
    public bool Succeeded => Briefing is not null && !Diagnostics.Any(static d => d.Severity == DiagnosticSeverity.Error);
}
