using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;

namespace Briefing.Model.Json;

/// <summary>
/// A contract modifier that lets System.Text.Json read the model's source-generated contracts by
/// creating each object first and setting its members as they are read, as the reflection-based
/// serializer does, instead of through the generated "parameterized constructor" path.
/// </summary>
/// <remarks>
/// <para>The model's members are <c>init</c>-only, which the source generator cannot set outside an
/// object initializer: it falls back to buffering every member of every object in an argument array
/// (an <c>ArgumentState</c> and an <c>object[]</c> per object, value types boxed) and building the
/// object at the end. That made the source-generated read 1.3–1.7× slower than reflection and
/// allocate 18% more (docs/performance.md, "JSON read"). This modifier supplies, per model type, a
/// parameterless creator and typed setters through <see cref="UnsafeAccessorAttribute"/> (the
/// <c>init</c> accessors are ordinary methods at run time; no reflection, safe for trimming and
/// Native AOT), so System.Text.Json uses its default object converter. The setters run the model's
/// own <c>init</c> accessors, so normalisation (<c>null</c> collections become empty) is unchanged;
/// required members, nullability, duplicate members and unknown members are checked by
/// System.Text.Json exactly as before.</para>
/// <para>A type is switched only when every settable member has a setter here, so a member added to
/// the model later and not listed here keeps the generated (slower, still correct) path; a unit test
/// checks that every model type is bound.</para>
/// </remarks>
internal static class DirectBinding
{
    private sealed record Binding(Func<object> Create, Dictionary<string, Action<object, object?>> Setters);

    private static readonly Dictionary<Type, Binding> Bindings = new()
    {
        [typeof(BriefingDocument)] = new(static () => Accessors.NewBriefing(), new(StringComparer.Ordinal)
        {
            ["schemaVersion"] = static (o, v) => Accessors.SchemaVersion((BriefingDocument)o, (string)v!),
            ["id"] = static (o, v) => Accessors.Id((BriefingDocument)o, (string)v!),
            ["title"] = static (o, v) => Accessors.Title((BriefingDocument)o, (string)v!),
            ["standfirst"] = static (o, v) => Accessors.Standfirst((BriefingDocument)o, (string?)v),
            ["category"] = static (o, v) => Accessors.Category((BriefingDocument)o, (string?)v),
            ["language"] = static (o, v) => Accessors.Language((BriefingDocument)o, (string?)v),
            ["publisher"] = static (o, v) => Accessors.Publisher((BriefingDocument)o, (string?)v),
            ["published"] = static (o, v) => Accessors.Published((BriefingDocument)o, (string?)v),
            ["authors"] = static (o, v) => Accessors.Authors((BriefingDocument)o, (ImmutableArray<string>)v!),
            ["url"] = static (o, v) => Accessors.Url((BriefingDocument)o, (string?)v),
            ["body"] = static (o, v) => Accessors.Body((BriefingDocument)o, (ImmutableArray<Block>)v!),
            ["quotes"] = static (o, v) => Accessors.Quotes((BriefingDocument)o, (ImmutableArray<Quote>)v!),
            ["metrics"] = static (o, v) => Accessors.Metrics((BriefingDocument)o, (ImmutableArray<Metric>)v!),
            ["disclaimer"] = static (o, v) => Accessors.Disclaimer((BriefingDocument)o, (Disclaimer?)v),
            ["related"] = static (o, v) => Accessors.Related((BriefingDocument)o, (ImmutableArray<RelatedArticle>)v!),
        }),
        [typeof(Paragraph)] = new(static () => Accessors.NewParagraph(), BlockSetters()),
        [typeof(Heading)] = new(static () => Accessors.NewHeading(), BlockSetters()),
        [typeof(PullQuote)] = new(static () => Accessors.NewPullQuote(), BlockSetters(new()
        {
            ["attribution"] = static (o, v) => Accessors.Attribution((PullQuote)o, (Source)v!),
            ["quoteId"] = static (o, v) => Accessors.QuoteId((PullQuote)o, (string?)v),
        })),
        [typeof(Quote)] = new(static () => Accessors.NewQuote(), new(StringComparer.Ordinal)
        {
            ["id"] = static (o, v) => Accessors.Id((Quote)o, (string)v!),
            ["kind"] = static (o, v) => Accessors.Kind((Quote)o, (QuoteKind)v!),
            ["text"] = static (o, v) => Accessors.Text((Quote)o, (string)v!),
            ["source"] = static (o, v) => Accessors.Source((Quote)o, (Source)v!),
            ["blockId"] = static (o, v) => Accessors.BlockId((Quote)o, (string)v!),
            ["span"] = static (o, v) => Accessors.Span((Quote)o, (TextSpan)v!),
            ["cue"] = static (o, v) => Accessors.Cue((Quote)o, (string?)v),
        }),
        [typeof(Source)] = new(static () => Accessors.NewSource(), new(StringComparer.Ordinal)
        {
            ["text"] = static (o, v) => Accessors.Text((Source)o, (string)v!),
            ["name"] = static (o, v) => Accessors.Name((Source)o, (string?)v),
            ["role"] = static (o, v) => Accessors.Role((Source)o, (string?)v),
            ["affiliation"] = static (o, v) => Accessors.Affiliation((Source)o, (string?)v),
            ["location"] = static (o, v) => Accessors.Location((Source)o, (string?)v),
            ["anonymous"] = static (o, v) => Accessors.Anonymous((Source)o, (bool)v!),
        }),
        [typeof(Metric)] = new(static () => Accessors.NewMetric(), new(StringComparer.Ordinal)
        {
            ["id"] = static (o, v) => Accessors.Id((Metric)o, (string)v!),
            ["kind"] = static (o, v) => Accessors.Kind((Metric)o, (MetricKind)v!),
            ["value"] = static (o, v) => Accessors.Value((Metric)o, (decimal)v!),
            ["unit"] = static (o, v) => Accessors.Unit((Metric)o, (string?)v),
            ["comparator"] = static (o, v) => Accessors.Comparator((Metric)o, (Comparator)v!),
            ["ambiguous"] = static (o, v) => Accessors.Ambiguous((Metric)o, (bool)v!),
            ["text"] = static (o, v) => Accessors.Text((Metric)o, (string)v!),
            ["blockId"] = static (o, v) => Accessors.BlockId((Metric)o, (string)v!),
            ["span"] = static (o, v) => Accessors.Span((Metric)o, (TextSpan)v!),
            ["period"] = static (o, v) => Accessors.Period((Metric)o, (string?)v),
        }),
        [typeof(Disclaimer)] = new(static () => Accessors.NewDisclaimer(), new(StringComparer.Ordinal)
        {
            ["heading"] = static (o, v) => Accessors.Heading((Disclaimer)o, (string?)v),
            ["paragraphs"] = static (o, v) => Accessors.Paragraphs((Disclaimer)o, (ImmutableArray<string>)v!),
            ["publisher"] = static (o, v) => Accessors.Publisher((Disclaimer)o, (string?)v),
        }),
        [typeof(TextSpan)] = new(static () => default(TextSpan), new(StringComparer.Ordinal)
        {
            // A struct is read into a box: set its members in place.
            ["start"] = static (o, v) => Accessors.Start(ref Unsafe.Unbox<TextSpan>(o), (int)v!),
            ["length"] = static (o, v) => Accessors.Length(ref Unsafe.Unbox<TextSpan>(o), (int)v!),
        }),
        [typeof(RelatedArticle)] = new(static () => Accessors.NewRelatedArticle(), new(StringComparer.Ordinal)
        {
            ["title"] = static (o, v) => Accessors.Title((RelatedArticle)o, (string?)v),
            ["summary"] = static (o, v) => Accessors.Summary((RelatedArticle)o, (string?)v),
        }),
    };

    /// <summary>The model types this modifier binds directly (for tests).</summary>
    internal static IEnumerable<Type> BoundTypes => Bindings.Keys;

    /// <summary>Switches <paramref name="info"/> to create-then-set reading when every member it reads has a setter here.</summary>
    /// <param name="info">A contract from <see cref="BriefingJsonContext"/>, before it is locked.</param>
    public static void Apply(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !Bindings.TryGetValue(info.Type, out var binding))
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (property.Set is not null && !property.IsExtensionData && !binding.Setters.ContainsKey(property.Name))
            {
                return; // a member this table does not know: keep the generated path for the whole type
            }
        }

        foreach (var property in info.Properties)
        {
            if (binding.Setters.TryGetValue(property.Name, out var setter))
            {
                property.Set = setter;
            }
        }

        info.CreateObject = binding.Create;
    }

    /// <summary>Whether <paramref name="info"/> reads by create-then-set (true after <see cref="Apply"/> switched it).</summary>
    internal static bool IsBound(JsonTypeInfo info) => info.CreateObject is not null;

    private static Dictionary<string, Action<object, object?>> BlockSetters(Dictionary<string, Action<object, object?>>? more = null)
    {
        var setters = new Dictionary<string, Action<object, object?>>(StringComparer.Ordinal)
        {
            ["id"] = static (o, v) => Accessors.Id((Block)o, (string)v!),
            ["text"] = static (o, v) => Accessors.Text((Block)o, (string)v!),
        };
        foreach (var (name, setter) in more ?? [])
        {
            setters.Add(name, setter);
        }

        return setters;
    }

    /// <summary>The model's parameterless constructors and <c>init</c> accessors, called without reflection.</summary>
    private static class Accessors
    {
        [UnsafeAccessor(UnsafeAccessorKind.Constructor)] public static extern BriefingDocument NewBriefing();
        [UnsafeAccessor(UnsafeAccessorKind.Constructor)] public static extern Paragraph NewParagraph();
        [UnsafeAccessor(UnsafeAccessorKind.Constructor)] public static extern Heading NewHeading();
        [UnsafeAccessor(UnsafeAccessorKind.Constructor)] public static extern PullQuote NewPullQuote();
        [UnsafeAccessor(UnsafeAccessorKind.Constructor)] public static extern Quote NewQuote();
        [UnsafeAccessor(UnsafeAccessorKind.Constructor)] public static extern Source NewSource();
        [UnsafeAccessor(UnsafeAccessorKind.Constructor)] public static extern Metric NewMetric();
        [UnsafeAccessor(UnsafeAccessorKind.Constructor)] public static extern Disclaimer NewDisclaimer();
        [UnsafeAccessor(UnsafeAccessorKind.Constructor)] public static extern RelatedArticle NewRelatedArticle();

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_SchemaVersion")] public static extern void SchemaVersion(BriefingDocument o, string value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Id")] public static extern void Id(BriefingDocument o, string value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Title")] public static extern void Title(BriefingDocument o, string value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Standfirst")] public static extern void Standfirst(BriefingDocument o, string? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Category")] public static extern void Category(BriefingDocument o, string? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Language")] public static extern void Language(BriefingDocument o, string? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Publisher")] public static extern void Publisher(BriefingDocument o, string? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Published")] public static extern void Published(BriefingDocument o, string? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Authors")] public static extern void Authors(BriefingDocument o, ImmutableArray<string> value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Url")] public static extern void Url(BriefingDocument o, string? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Body")] public static extern void Body(BriefingDocument o, ImmutableArray<Block> value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Quotes")] public static extern void Quotes(BriefingDocument o, ImmutableArray<Quote> value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Metrics")] public static extern void Metrics(BriefingDocument o, ImmutableArray<Metric> value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Disclaimer")] public static extern void Disclaimer(BriefingDocument o, Disclaimer? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Related")] public static extern void Related(BriefingDocument o, ImmutableArray<RelatedArticle> value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Id")] public static extern void Id(Block o, string value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Text")] public static extern void Text(Block o, string value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Attribution")] public static extern void Attribution(PullQuote o, Source value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_QuoteId")] public static extern void QuoteId(PullQuote o, string? value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Id")] public static extern void Id(Quote o, string value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Kind")] public static extern void Kind(Quote o, QuoteKind value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Text")] public static extern void Text(Quote o, string value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Source")] public static extern void Source(Quote o, Source value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_BlockId")] public static extern void BlockId(Quote o, string value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Span")] public static extern void Span(Quote o, TextSpan value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Cue")] public static extern void Cue(Quote o, string? value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Text")] public static extern void Text(Source o, string value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Name")] public static extern void Name(Source o, string? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Role")] public static extern void Role(Source o, string? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Affiliation")] public static extern void Affiliation(Source o, string? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Location")] public static extern void Location(Source o, string? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Anonymous")] public static extern void Anonymous(Source o, bool value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Id")] public static extern void Id(Metric o, string value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Kind")] public static extern void Kind(Metric o, MetricKind value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Value")] public static extern void Value(Metric o, decimal value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Unit")] public static extern void Unit(Metric o, string? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Comparator")] public static extern void Comparator(Metric o, Comparator value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Ambiguous")] public static extern void Ambiguous(Metric o, bool value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Text")] public static extern void Text(Metric o, string value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_BlockId")] public static extern void BlockId(Metric o, string value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Span")] public static extern void Span(Metric o, TextSpan value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Period")] public static extern void Period(Metric o, string? value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Heading")] public static extern void Heading(Disclaimer o, string? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Paragraphs")] public static extern void Paragraphs(Disclaimer o, ImmutableArray<string> value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Publisher")] public static extern void Publisher(Disclaimer o, string? value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Start")] public static extern void Start(ref TextSpan o, int value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Length")] public static extern void Length(ref TextSpan o, int value);

        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Title")] public static extern void Title(RelatedArticle o, string? value);
        [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Summary")] public static extern void Summary(RelatedArticle o, string? value);
    }
}
