using Briefing.Model.Json;

namespace Briefing.Model.Tests.Json;

/// <summary>
/// The JSON front door reads every model object create-then-set (DirectBinding), not through the
/// source generator's argument buffers; a member added to the model without a setter there would
/// silently fall back to the slower path, so these tests name every object type of the contract.
/// </summary>
public sealed class DirectBindingTests
{
    public static TheoryData<Type> ModelObjectTypes() =>
        [typeof(BriefingDocument), typeof(Paragraph), typeof(Heading), typeof(PullQuote), typeof(Quote), typeof(Source), typeof(Metric), typeof(Disclaimer), typeof(RelatedArticle), typeof(TextSpan)];

    [Theory]
    [MemberData(nameof(ModelObjectTypes))]
    public void Every_model_object_is_created_first_and_then_filled(Type type)
    {
        var info = BriefingJson.TypeInfo.Options.GetTypeInfo(type);

        Assert.True(DirectBinding.IsBound(info), $"{type.Name} is read through the generated parameterized path: add its members to DirectBinding.");
        Assert.All(info.Properties.Where(static p => p.Get is not null), p => Assert.True(p.Set is not null, $"{type.Name}.{p.Name} cannot be set"));
    }

    [Fact]
    public void The_table_covers_exactly_the_model_object_types()
    {
        Assert.Equal(
            ModelObjectTypes().Select(row => row.Data).OrderBy(t => t.Name),
            DirectBinding.BoundTypes.OrderBy(t => t.Name));
    }

    [Fact]
    public void Every_member_is_set_through_the_models_own_init_accessors()
    {
        // Missing collections and versions get the model's defaults, exactly as when the object is built in code.
        const string json = """
            {"title":"T","body":[{"type":"pullQuote","id":"pq1","text":"“Words.”","attribution":{"text":"A source","anonymous":true},"quoteId":"q1"},
              {"type":"heading","id":"h1","text":"H"}],
             "quotes":[{"id":"q1","kind":"reported","text":"Words","source":{"text":"S","name":"N","role":"R","affiliation":"A","location":"L"},"blockId":"pq1","span":{"start":1,"length":5},"cue":"said"}],
             "metrics":[{"id":"m1","kind":"money","value":1.5,"unit":"USD","comparator":"atLeast","ambiguous":true,"text":"US$1.5","blockId":"h1","span":{"start":0,"length":1},"period":"2024"}],
             "disclaimer":{"heading":"Notice","publisher":"P"},
             "related":[{"title":"R","summary":"S."}],
             "standfirst":"SF","category":"C","language":"es","publisher":"P","id":"doc"}
            """;

        var result = BriefingJson.Read(json);
        Assert.Empty(result.Diagnostics);
        var read = result.Briefing!;

        var expected = new BriefingDocument
        {
            Id = "doc",
            Title = "T",
            Standfirst = "SF",
            Category = "C",
            Language = "es",
            Publisher = "P",
            Body =
            [
                new PullQuote { Id = "pq1", Text = "“Words.”", Attribution = new Source { Text = "A source", Anonymous = true }, QuoteId = "q1" },
                new Heading { Id = "h1", Text = "H" },
            ],
            Quotes = [new Quote { Id = "q1", Kind = QuoteKind.Reported, Text = "Words", Source = new Source { Text = "S", Name = "N", Role = "R", Affiliation = "A", Location = "L" }, BlockId = "pq1", Span = new TextSpan(1, 5), Cue = "said" }],
            Metrics = [new Metric { Id = "m1", Kind = MetricKind.Money, Value = 1.5m, Unit = "USD", Comparator = Comparator.AtLeast, Ambiguous = true, Text = "US$1.5", BlockId = "h1", Span = new TextSpan(0, 1), Period = "2024" }],
            Disclaimer = new Disclaimer { Heading = "Notice", Publisher = "P" },
            Related = [new RelatedArticle { Title = "R", Summary = "S." }],
        };
        Assert.Equal(expected, read);
        Assert.Equal(BriefingDocument.CurrentSchemaVersion, read.SchemaVersion);
        Assert.Empty(read.Disclaimer!.Paragraphs);
        Assert.False(read.Disclaimer.Paragraphs.IsDefault);
    }

    [Fact]
    public void Required_members_are_still_required()
    {
        var result = BriefingJson.Read("""{"title":"T","quotes":[{"id":"q1","kind":"direct","text":"x","blockId":"p1","span":{"start":0,"length":1}}]}""");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BJ002", diagnostic.Code);
        Assert.Contains("source", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("/quotes/0/source", diagnostic.Path);
    }

    [Fact]
    public void Null_for_a_non_nullable_member_is_still_rejected()
    {
        var result = BriefingJson.Read("""{"title":null}""");

        Assert.Equal("BJ002", Assert.Single(result.Diagnostics).Code);
    }
}
