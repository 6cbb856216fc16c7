using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Model.Interop;

/// <summary>
/// What ninjs has no member for, carried in one <c>descriptions</c> entry (role
/// <see cref="Ninjs.AnnotationsRole"/>, content type <see cref="Ninjs.AnnotationsContentType"/>):
/// the quotes and metrics (stand-off, in the JSON contract's shape, pointing at the block ids the
/// XHTML body carries as <c>id</c> attributes), the pull quotes' structured attributions, and the
/// disclaimer heading.
/// </summary>
internal sealed record NinjsAnnotations
{
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    public ImmutableArray<Metric> Metrics { get; init; } = [];

    public ImmutableArray<PullQuoteAnnotation> PullQuotes { get; init; } = [];

    public string? DisclaimerHeading { get; init; }

    public bool IsEmpty => Quotes.IsDefaultOrEmpty && Metrics.IsDefaultOrEmpty && PullQuotes.IsDefaultOrEmpty && DisclaimerHeading is null;
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
