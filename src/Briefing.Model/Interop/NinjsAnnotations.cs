using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Model.Interop;

/// <summary>
/// What ninjs has no member for, carried in one <c>descriptions</c> entry (role
/// <see cref="Ninjs.AnnotationsRole"/>, content type <see cref="Ninjs.AnnotationsContentType"/>):
/// the quotes and metrics (stand-off, in the JSON contract's shape, pointing at the block ids the
/// XHTML body carries as <c>id</c> attributes), the pull quotes' structured attributions, the
/// disclaimer heading, and page metadata the standard members cannot hold exactly.
/// </summary>
internal sealed record NinjsAnnotations
{
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    public ImmutableArray<Metric> Metrics { get; init; } = [];

    public ImmutableArray<PullQuoteAnnotation> PullQuotes { get; init; } = [];

    public string? DisclaimerHeading { get; init; }

    /// <summary>The publication time when it is not an RFC 3339 date-time (else it is <c>firstcreated</c> and <c>versioncreated</c>).</summary>
    public string? Published { get; init; }

    /// <summary>The authors when the <c>by</c> line does not split back into exactly them (a name with a comma or an "and").</summary>
    public ImmutableArray<string>? Authors { get; init; }

    /// <summary>The article's address when the item's <c>uri</c> is not it (an item URI was given, or the address is not an absolute http(s) URL).</summary>
    public string? Url { get; init; }

    public bool IsEmpty => Quotes.IsDefaultOrEmpty && Metrics.IsDefaultOrEmpty && PullQuotes.IsDefaultOrEmpty && DisclaimerHeading is null &&
        Published is null && Authors is null && Url is null;
}

/// <summary>The parts of a pull quote the XHTML body cannot hold: the split attribution and the quote it excerpts.</summary>
internal sealed record PullQuoteAnnotation
{
    public required string BlockId { get; init; }

    public required Source Attribution { get; init; }

    public string? QuoteId { get; init; }
}

/// <summary>Source-generated metadata for <see cref="NinjsAnnotations"/>, with the contract's naming and strictness.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    MaxDepth = 64)]
[JsonSerializable(typeof(NinjsAnnotations))]
internal sealed partial class NinjsAnnotationsContext : JsonSerializerContext;
