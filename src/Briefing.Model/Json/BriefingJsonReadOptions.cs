namespace Briefing.Model.Json;

/// <summary>Limits applied when reading briefing JSON. The defaults suit any real briefing.</summary>
public sealed record BriefingJsonReadOptions
{
    /// <summary>The options used when none are given.</summary>
    public static BriefingJsonReadOptions Default { get; } = new();

    /// <summary>Largest document accepted, in UTF-8 bytes (default 16 MiB). Larger input is a <c>BJ004</c> error.</summary>
    public int MaxDocumentBytes { get; init; } = 16 * 1024 * 1024;
}
