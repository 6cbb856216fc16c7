using System.Collections.Immutable;
using System.Text.Json;

namespace Briefing.Model.Json;

/// <summary>
/// The write fast path: writes a briefing straight to a <see cref="Utf8JsonWriter"/>, member by
/// member, producing exactly the bytes the source-generated contract produces.
/// </summary>
/// <remarks>
/// <para>System.Text.Json's source generator emits such a writer only for types without extension
/// data and without polymorphism; every model object keeps unknown members
/// (<see cref="UnknownProperties"/>) and body blocks are polymorphic, so it emits none and every write
/// goes through the metadata-driven converters (docs/performance.md, "JSON write"). This is the
/// writer the generator would emit: the same member names and order (the type discriminator first,
/// then declaration order, unknown members last), <c>null</c> members omitted, <c>ambiguous</c>
/// omitted when false, enums as their contract names.</para>
/// <para>It only takes documents the contract can write as they are: <see cref="CanWrite"/> is false
/// for a document with a <c>null</c> where the contract has none, a <c>null</c> entry in a list, or
/// an enum value with no name; those go through the serializer, which reports them as it always did.
/// Tests compare its bytes with the serializer's for the seeds, generated documents and documents
/// with unknown members, compact and indented.</para>
/// </remarks>
internal static class BriefingJsonWriter
{
    private static readonly JsonEncodedText SchemaVersionName = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText TitleName = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText StandfirstName = JsonEncodedText.Encode("standfirst");
    private static readonly JsonEncodedText CategoryName = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText LanguageName = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText PublisherName = JsonEncodedText.Encode("publisher");
    private static readonly JsonEncodedText PublishedName = JsonEncodedText.Encode("published");
    private static readonly JsonEncodedText AuthorsName = JsonEncodedText.Encode("authors");
    private static readonly JsonEncodedText UrlName = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText BodyName = JsonEncodedText.Encode("body");
    private static readonly JsonEncodedText QuotesName = JsonEncodedText.Encode("quotes");
    private static readonly JsonEncodedText MetricsName = JsonEncodedText.Encode("metrics");
    private static readonly JsonEncodedText DisclaimerName = JsonEncodedText.Encode("disclaimer");
    private static readonly JsonEncodedText RelatedName = JsonEncodedText.Encode("related");
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText AttributionName = JsonEncodedText.Encode("attribution");
    private static readonly JsonEncodedText QuoteIdName = JsonEncodedText.Encode("quoteId");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText BlockIdName = JsonEncodedText.Encode("blockId");
    private static readonly JsonEncodedText SpanName = JsonEncodedText.Encode("span");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText LengthName = JsonEncodedText.Encode("length");
    private static readonly JsonEncodedText CueName = JsonEncodedText.Encode("cue");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText RoleName = JsonEncodedText.Encode("role");
    private static readonly JsonEncodedText AffiliationName = JsonEncodedText.Encode("affiliation");
    private static readonly JsonEncodedText LocationName = JsonEncodedText.Encode("location");
    private static readonly JsonEncodedText AnonymousName = JsonEncodedText.Encode("anonymous");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText ComparatorName = JsonEncodedText.Encode("comparator");
    private static readonly JsonEncodedText AmbiguousName = JsonEncodedText.Encode("ambiguous");
    private static readonly JsonEncodedText PeriodName = JsonEncodedText.Encode("period");
    private static readonly JsonEncodedText HeadingName = JsonEncodedText.Encode("heading");
    private static readonly JsonEncodedText ParagraphsName = JsonEncodedText.Encode("paragraphs");
    private static readonly JsonEncodedText SummaryName = JsonEncodedText.Encode("summary");

    private static readonly JsonEncodedText[] BlockTypes = [JsonEncodedText.Encode("paragraph"), JsonEncodedText.Encode("pullQuote"), JsonEncodedText.Encode("heading")];
    private static readonly JsonEncodedText[] QuoteKinds = [JsonEncodedText.Encode("direct"), JsonEncodedText.Encode("reported")];
    private static readonly JsonEncodedText[] MetricKinds = [JsonEncodedText.Encode("money"), JsonEncodedText.Encode("percentage"), JsonEncodedText.Encode("count"), JsonEncodedText.Encode("quantity"), JsonEncodedText.Encode("ratio")];
    private static readonly JsonEncodedText[] Comparators = [JsonEncodedText.Encode("exact"), JsonEncodedText.Encode("approximately"), JsonEncodedText.Encode("lessThan"), JsonEncodedText.Encode("atMost"), JsonEncodedText.Encode("moreThan"), JsonEncodedText.Encode("atLeast")];

    /// <summary>Whether the document can be written by <see cref="Write"/>: no <c>null</c> where the contract has none, no unnamed enum value.</summary>
    /// <param name="briefing">The document.</param>
    /// <returns><see langword="false"/> when the serializer must write (and judge) it.</returns>
    public static bool CanWrite(BriefingDocument briefing)
    {
        if (briefing.Title is null || HasNull(briefing.Authors))
        {
            return false;
        }

        foreach (var block in briefing.Body)
        {
            if (block is null || block.Id is null || block.Text is null || BlockType(block) < 0 ||
                (block is PullQuote pull && !HasText(pull.Attribution)))
            {
                return false;
            }
        }

        foreach (var quote in briefing.Quotes)
        {
            if (quote is null || quote.Id is null || quote.Text is null || quote.BlockId is null ||
                (uint)quote.Kind >= (uint)QuoteKinds.Length || !HasText(quote.Source))
            {
                return false;
            }
        }

        foreach (var metric in briefing.Metrics)
        {
            if (metric is null || metric.Id is null || metric.Text is null || metric.BlockId is null ||
                (uint)metric.Kind >= (uint)MetricKinds.Length || (uint)metric.Comparator >= (uint)Comparators.Length)
            {
                return false;
            }
        }

        if (briefing.Disclaimer is { } disclaimer && HasNull(disclaimer.Paragraphs))
        {
            return false;
        }

        foreach (var related in briefing.Related)
        {
            if (related is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes a document that passed <see cref="CanWrite"/>.</summary>
    /// <param name="writer">The destination; its options decide indentation and escaping.</param>
    /// <param name="briefing">The document.</param>
    public static void Write(Utf8JsonWriter writer, BriefingDocument briefing)
    {
        writer.WriteStartObject();
        writer.WriteString(SchemaVersionName, briefing.SchemaVersion);
        writer.WriteString(IdName, briefing.Id);
        writer.WriteString(TitleName, briefing.Title);
        WriteOptional(writer, StandfirstName, briefing.Standfirst);
        WriteOptional(writer, CategoryName, briefing.Category);
        WriteOptional(writer, LanguageName, briefing.Language);
        WriteOptional(writer, PublisherName, briefing.Publisher);
        WriteOptional(writer, PublishedName, briefing.Published);
        WriteStrings(writer, AuthorsName, briefing.Authors);
        WriteOptional(writer, UrlName, briefing.Url);

        writer.WriteStartArray(BodyName);
        foreach (var block in briefing.Body)
        {
            WriteBlock(writer, block);
        }

        writer.WriteEndArray();

        writer.WriteStartArray(QuotesName);
        foreach (var quote in briefing.Quotes)
        {
            WriteQuote(writer, quote);
        }

        writer.WriteEndArray();

        writer.WriteStartArray(MetricsName);
        foreach (var metric in briefing.Metrics)
        {
            WriteMetric(writer, metric);
        }

        writer.WriteEndArray();

        if (briefing.Disclaimer is { } disclaimer)
        {
            writer.WritePropertyName(DisclaimerName);
            WriteDisclaimer(writer, disclaimer);
        }

        writer.WriteStartArray(RelatedName);
        foreach (var related in briefing.Related)
        {
            writer.WriteStartObject();
            WriteOptional(writer, TitleName, related.Title);
            WriteOptional(writer, SummaryName, related.Summary);
            WriteUnknown(writer, related.UnknownProperties);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteUnknown(writer, briefing.UnknownProperties);
        writer.WriteEndObject();
    }

    private static bool HasNull(ImmutableArray<string> values) => values.AsSpan().Contains(null!);

    private static bool HasText(Source? source) => source?.Text is not null;

    private static int BlockType(Block block) => block switch
    {
        Paragraph => 0,
        PullQuote => 1,
        Heading => 2,
        _ => -1,
    };

    private static void WriteBlock(Utf8JsonWriter writer, Block block)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeName, BlockTypes[BlockType(block)]);
        writer.WriteString(IdName, block.Id);
        writer.WriteString(TextName, block.Text);
        if (block is PullQuote pull)
        {
            writer.WritePropertyName(AttributionName);
            WriteSource(writer, pull.Attribution);
            WriteOptional(writer, QuoteIdName, pull.QuoteId);
        }

        WriteUnknown(writer, block.UnknownProperties);
        writer.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter writer, Quote quote)
    {
        writer.WriteStartObject();
        writer.WriteString(IdName, quote.Id);
        writer.WriteString(KindName, QuoteKinds[(int)quote.Kind]);
        writer.WriteString(TextName, quote.Text);
        writer.WritePropertyName(SourceName);
        WriteSource(writer, quote.Source);
        writer.WriteString(BlockIdName, quote.BlockId);
        WriteSpan(writer, quote.Span);
        WriteOptional(writer, CueName, quote.Cue);
        WriteUnknown(writer, quote.UnknownProperties);
        writer.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter writer, Source source)
    {
        writer.WriteStartObject();
        writer.WriteString(TextName, source.Text);
        WriteOptional(writer, NameName, source.Name);
        WriteOptional(writer, RoleName, source.Role);
        WriteOptional(writer, AffiliationName, source.Affiliation);
        WriteOptional(writer, LocationName, source.Location);
        writer.WriteBoolean(AnonymousName, source.Anonymous);
        WriteUnknown(writer, source.UnknownProperties);
        writer.WriteEndObject();
    }

    private static void WriteMetric(Utf8JsonWriter writer, Metric metric)
    {
        writer.WriteStartObject();
        writer.WriteString(IdName, metric.Id);
        writer.WriteString(KindName, MetricKinds[(int)metric.Kind]);
        writer.WriteNumber(ValueName, metric.Value);
        WriteOptional(writer, UnitName, metric.Unit);
        writer.WriteString(ComparatorName, Comparators[(int)metric.Comparator]);
        if (metric.Ambiguous)
        {
            writer.WriteBoolean(AmbiguousName, true);
        }

        writer.WriteString(TextName, metric.Text);
        writer.WriteString(BlockIdName, metric.BlockId);
        WriteSpan(writer, metric.Span);
        WriteOptional(writer, PeriodName, metric.Period);
        WriteUnknown(writer, metric.UnknownProperties);
        writer.WriteEndObject();
    }

    private static void WriteDisclaimer(Utf8JsonWriter writer, Disclaimer disclaimer)
    {
        writer.WriteStartObject();
        WriteOptional(writer, HeadingName, disclaimer.Heading);
        WriteStrings(writer, ParagraphsName, disclaimer.Paragraphs);
        WriteOptional(writer, PublisherName, disclaimer.Publisher);
        WriteUnknown(writer, disclaimer.UnknownProperties);
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartObject(SpanName);
        writer.WriteNumber(StartName, span.Start);
        writer.WriteNumber(LengthName, span.Length);
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteUnknown(Utf8JsonWriter writer, UnknownProperties? unknown)
    {
        if (unknown is null)
        {
            return;
        }

        foreach (var (name, value) in unknown)
        {
            writer.WritePropertyName(name);
            value.WriteTo(writer);
        }
    }
}
