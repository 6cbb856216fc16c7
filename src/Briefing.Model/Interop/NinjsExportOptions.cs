namespace Briefing.Model.Interop;

/// <summary>How <see cref="Ninjs.Export(BriefingDocument, NinjsExportOptions?)"/> writes a ninjs item.</summary>
public sealed record NinjsExportOptions
{
    /// <summary>The options used when none are given.</summary>
    public static NinjsExportOptions Default { get; } = new();

    /// <summary>
    /// The item's globally unique identifier (ninjs <c>uri</c>, the only required member). When
    /// <see langword="null"/>, the export uses <c>urn:briefing:</c> followed by the briefing's id
    /// (or the slug of its title).
    /// </summary>
    public Uri? ItemUri { get; init; }

    /// <summary>Whether to indent the JSON (two spaces); compact otherwise. Default <see langword="true"/>.</summary>
    public bool Indented { get; init; } = true;

    /// <summary>
    /// Whether to add the quotes, metrics, pull-quote attributions and disclaimer heading as the
    /// briefing annotations description (see <see cref="Ninjs.AnnotationsContentType"/>). Default <see langword="true"/>.
    /// </summary>
    public bool IncludeAnnotations { get; init; } = true;
}
