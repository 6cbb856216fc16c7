using System.Collections.Immutable;
using System.Reflection;
using Briefing.Model.Tests.Properties;
using Briefing.Model.Text;
using Briefing.Model.Tests.Support;
using Briefing.Model.Validation;
using CsCheck;
using FluentValidation;

namespace Briefing.Model.Tests.Validation;

/// <summary>
/// The screen that answers "no findings" without FluentValidation must agree with the rules: it passes
/// a document exactly when <see cref="BriefingValidation.Validator"/>, run with the level's rule sets,
/// reports nothing (not even an info or a warning). Checked on the seeds, generated briefings (small
/// and past the index's scan limit), and single mutations that break every rule in turn.
/// </summary>
public sealed class ValidationScreenTests
{
    private static readonly ValidationLevel[] Levels = [ValidationLevel.Default, ValidationLevel.Strict];

    /// <summary>
    /// Single mutations of the seed model, each breaking one rule: the code it must produce and the
    /// lowest level that reports it. Indices follow <see cref="SeedModel"/>: body p1, p2, p3, pq1 (q2),
    /// p4–p7, pq2 (q3), p8; quotes q1–q3; metrics m1 (money), m2–m4 (percentages, m4 'below 1%').
    /// </summary>
    public static readonly (string Name, string Code, ValidationLevel Level, Func<BriefingDocument, BriefingDocument> Break)[] Mutations =
    [
        ("unsupported schema version", "BV001", ValidationLevel.Default, d => d with { SchemaVersion = "2.0" }),
        ("blank title", "BV002", ValidationLevel.Default, d => d with { Title = " \u00A0" }),
        ("document id with a space", "BV004", ValidationLevel.Default, d => d with { Id = "russian interest" }),
        ("document id too long", "BV004", ValidationLevel.Default, d => d with { Id = new string('a', 129) }),
        ("malformed language", "BV005", ValidationLevel.Default, d => d with { Language = "english!" }),
        ("empty language", "BV005", ValidationLevel.Default, d => d with { Language = "" }),
        ("no body", "BV006", ValidationLevel.Default, d => d with { Body = [], Quotes = [], Metrics = [] }),
        ("null block", "BV008", ValidationLevel.Default, d => d with { Body = d.Body.SetItem(1, null!) }),
        ("null quote", "BV008", ValidationLevel.Default, d => d with { Quotes = d.Quotes.Add(null!) }),
        ("null metric", "BV008", ValidationLevel.Default, d => d with { Metrics = d.Metrics.Add(null!) }),
        ("null related", "BV008", ValidationLevel.Default, d => d with { Related = d.Related.Add(null!) }),
        ("undefined quote kind", "BV009", ValidationLevel.Default, d => WithQuote(d, 0, q => q with { Kind = (QuoteKind)7 })),
        ("undefined metric kind", "BV009", ValidationLevel.Default, d => WithMetric(d, 1, m => m with { Kind = (MetricKind)9 })),
        ("undefined comparator", "BV009", ValidationLevel.Default, d => WithMetric(d, 1, m => m with { Comparator = (Comparator)9 })),
        ("block id with a space", "BV010", ValidationLevel.Default, d => d with { Body = d.Body.SetItem(1, d.Body[1] with { Id = "p 2" }) }),
        ("empty block id", "BV010", ValidationLevel.Default, d => d with { Body = d.Body.SetItem(1, d.Body[1] with { Id = "" }) }),
        ("quote id with a slash", "BV010", ValidationLevel.Default, d => WithQuote(d, 0, q => q with { Id = "q/1" })),
        ("metric id too long", "BV010", ValidationLevel.Default, d => WithMetric(d, 1, m => m with { Id = new string('m', 65) })),
        ("blank block text", "BV011", ValidationLevel.Default, d => d with { Body = d.Body.SetItem(1, d.Body[1] with { Text = "\n " }) }),
        ("dangling quoteId", "BV014", ValidationLevel.Default, d => WithPullQuote(d, 3, p => p with { QuoteId = "q9" })),
        ("quoteId naming a block", "BV014", ValidationLevel.Default, d => WithPullQuote(d, 3, p => p with { QuoteId = "p3" })),
        ("misquote", "BV015", ValidationLevel.Default, d => WithPullQuote(d, 8, p => p with { Text = p.Text.Replace("no coordination", "close coordination", StringComparison.Ordinal) })),
        ("metric id used by a block", "BV020", ValidationLevel.Default, d => WithMetric(d, 2, m => m with { Id = "p8" })),
        ("quote id used twice", "BV020", ValidationLevel.Default, d => WithQuote(d, 2, q => q with { Id = "q1" })),
        ("blank quote text", "BV031", ValidationLevel.Default, d => WithQuote(d, 0, q => q with { Text = " " })),
        ("quote in no block", "BV032", ValidationLevel.Default, d => WithQuote(d, 0, q => q with { BlockId = "p99" })),
        ("metric without block id", "BV032", ValidationLevel.Default, d => WithMetric(d, 0, m => m with { BlockId = "" })),
        ("quote span past its block", "BV033", ValidationLevel.Default, d => WithQuote(d, 0, q => q with { Span = q.Span with { Length = 5000 } })),
        ("negative metric span", "BV033", ValidationLevel.Default, d => WithMetric(d, 0, m => m with { Span = m.Span with { Start = -1 } })),
        ("metric span off by one", "BV034", ValidationLevel.Default, d => WithMetric(d, 0, m => m with { Span = m.Span with { Start = m.Span.Start + 1 } })),
        ("quote text not what its span covers", "BV034", ValidationLevel.Default, d => WithQuote(d, 1, q => q with { Text = q.Text + "!" })),
        ("blank quote source", "BV040", ValidationLevel.Default, d => WithQuote(d, 2, q => q with { Source = q.Source with { Text = "" } })),
        ("no quote source", "BV040", ValidationLevel.Default, d => WithQuote(d, 2, q => q with { Source = null! })),
        ("no pull quote attribution", "BV040", ValidationLevel.Default, d => WithPullQuote(d, 3, p => p with { Attribution = null! })),
        ("blank pull quote attribution", "BV040", ValidationLevel.Default, d => WithPullQuote(d, 3, p => p with { Attribution = p.Attribution with { Text = "\t" } })),
        ("blank metric text", "BV050", ValidationLevel.Default, d => WithMetric(d, 3, m => m with { Text = "" })),
        ("unknown currency", "BV051", ValidationLevel.Default, d => WithMetric(d, 0, m => m with { Unit = "USX" })),
        ("lower-case currency", "BV051", ValidationLevel.Default, d => WithMetric(d, 0, m => m with { Unit = "usd" })),
        ("money without currency", "BV051", ValidationLevel.Default, d => WithMetric(d, 0, m => m with { Unit = null })),
        ("percentage in percent", "BV052", ValidationLevel.Default, d => WithMetric(d, 1, m => m with { Unit = "percent" })),
        ("negative money", "BV053", ValidationLevel.Default, d => WithMetric(d, 0, m => m with { Value = -1m })),
        ("negative ratio", "BV053", ValidationLevel.Default, d => WithMetric(d, 1, m => m with { Kind = MetricKind.Ratio, Unit = null, Value = -0.5m })),
        ("empty related item", "BV070", ValidationLevel.Default, d => d with { Related = d.Related.SetItem(0, new RelatedArticle { Title = " ", Summary = null }) }),
        ("publication time as words", "BV080", ValidationLevel.Default, d => d with { Published = "5 March 2024" }),
        ("publication date without a time", "BV080", ValidationLevel.Default, d => d with { Published = "2024-03-05" }),
        ("publication time without an offset", "BV080", ValidationLevel.Default, d => d with { Published = "2024-03-05T09:30:00" }),
        ("publication on the 30th of February", "BV080", ValidationLevel.Default, d => d with { Published = "2024-02-30T09:30:00Z" }),
        ("relative address", "BV081", ValidationLevel.Default, d => d with { Url = "/politics/russian-interest" }),
        ("ftp address", "BV081", ValidationLevel.Default, d => d with { Url = "ftp://example.com/a" }),
        ("null author", "BV008", ValidationLevel.Default, d => d with { Authors = ["Jane Doe", null!] }),
        ("blank author", "BV082", ValidationLevel.Default, d => d with { Authors = ["Jane Doe", " \u00A0"] }),
        ("two-line author", "BV083", ValidationLevel.Strict, d => d with { Authors = ["Jane Doe\nJohn Roe"] }),
        ("author with a trailing space", "BV083", ValidationLevel.Strict, d => d with { Authors = ["Jane Doe "] }),

        ("two-line title", "BV003", ValidationLevel.Strict, d => d with { Title = "Russian\ninterest" }),
        ("long title", "BV003", ValidationLevel.Strict, d => d with { Title = new string('T', 201) }),
        ("two-line standfirst", "BV007", ValidationLevel.Strict, d => d with { Standfirst = "The growth of Russian\u2028influence." }),
        ("long standfirst", "BV007", ValidationLevel.Strict, d => d with { Standfirst = string.Join(' ', Enumerable.Repeat("word", 61)) }),
        ("overlong block", "BV012", ValidationLevel.Strict, d => d with { Body = d.Body.SetItem(1, d.Body[1] with { Text = new string('x', 20_001) }) }),
        ("two-line heading", "BV013", ValidationLevel.Strict, d => d with { Body = d.Body.Insert(0, new Heading { Id = "h1", Text = "Background\r\nand context" }) }),
        ("unmatched pull quote", "BV016", ValidationLevel.Strict, d => WithPullQuote(d, 8, p => p with { QuoteId = null, Text = "\u201CWords nobody said.\u201D" })),
        ("attribution of someone else", "BV017", ValidationLevel.Strict, d => WithPullQuote(d, 3, p => p with { Attribution = p.Attribution with { Text = "Finance minister, Brazil" } })),
        ("unlinked pull quote", "BV018", ValidationLevel.Strict, d => WithPullQuote(d, 3, p => p with { QuoteId = null })),
        ("long source", "BV041", ValidationLevel.Strict, d => WithQuote(d, 0, q => q with { Source = q.Source with { Text = new string('s', 301) } })),
        ("anonymous source with a name", "BV042", ValidationLevel.Strict, d => WithQuote(d, 1, q => q with { Source = q.Source with { Name = "Juan P\u00E9rez" } })),
        ("fractional count", "BV054", ValidationLevel.Strict, d => WithMetric(d, 0, m => m with { Kind = MetricKind.Count, Unit = "people", Value = 1.5m })),
        ("percentage over 100", "BV055", ValidationLevel.Strict, d => WithMetric(d, 1, m => m with { Value = 149m })),
        ("comparator against its wording", "BV056", ValidationLevel.Strict, d => WithMetric(d, 3, m => m with { Comparator = Comparator.Exact })),
        ("ambiguous currency", "BV057", ValidationLevel.Strict, d => WithMetric(d, 0, m => m with { Ambiguous = true })),
        ("no disclaimer", "BV060", ValidationLevel.Default, d => d with { Disclaimer = null }),
        ("disclaimer naming no publisher", "BV061", ValidationLevel.Strict, d => d with { Publisher = null, Disclaimer = d.Disclaimer! with { Publisher = null } }),
        ("empty disclaimer", "BV062", ValidationLevel.Strict, d => d with { Disclaimer = d.Disclaimer! with { Paragraphs = [" ", null!] } }),
        ("publisher differing from the disclaimer's", "BV063", ValidationLevel.Strict, d => d with { Publisher = "Other Limited" }),
    ];

    /// <summary>Mutations that apply to any document with at least one block: for generated documents and parsed seeds.</summary>
    private static readonly Func<BriefingDocument, BriefingDocument>[] AnyDocumentMutations =
    [
        d => d with { Body = d.Body.Add(d.Body[0]) },
        d => d with { Body = d.Body.SetItem(0, null!) },
        d => d with { Title = "" },
        d => d with { Quotes = [.. d.Quotes.Select(q => q with { Span = q.Span with { Start = q.Span.Start + 1 } })] },
        d => d with { Metrics = [.. d.Metrics.Select(m => m with { Ambiguous = true })] },
        d => d with { Body = [.. d.Body.Select(b => b is PullQuote p ? p with { QuoteId = null } : b)] },
        d => d with { Body = [.. d.Body.Select(b => b is PullQuote p && d.Quotes.Length > 0 ? p with { QuoteId = d.Quotes[^1].Id } : b)] },
        d => d with { Disclaimer = null },
        d => d with { Publisher = "Someone Else" },
        d => d with { Related = d.Related.Add(new RelatedArticle()) },
        d => d with { Standfirst = "One\ntwo." },
        d => d with { Quotes = [.. d.Quotes.Select(q => q with { BlockId = d.Body[^1].Id })] },
        d => d with { Published = d.Published is null ? "2024-03-05T23:59:60+01:00" : d.Published[..10] },
        d => d with { Url = d.Url is null ? "example.com/a" : d.Url.Replace("://", ":", StringComparison.Ordinal) },
        d => d with { Authors = d.Authors.Add("") },
        d => d with { Authors = [.. d.Authors.Select(a => " " + a)] },
    ];

    [Fact]
    public void The_mutations_break_every_rule_at_both_levels()
    {
        var codes = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal);

        Assert.Equal(codes, Mutations.Select(m => m.Code).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_seed_model_passes_the_screen_at_both_levels()
    {
        foreach (var level in Levels)
        {
            Assert.True(ValidationScreen.Passes(SeedModel.Create(), level));
            Assert.True(ValidationScreen.Passes(Padded(SeedModel.Create()), level));
        }
    }

    [Theory]
    [MemberData(nameof(MutationNames))]
    public void A_mutation_that_breaks_a_rule_fails_the_screen(string name)
    {
        var (_, code, lowest, mutate) = Mutations.Single(m => m.Name == name);
        foreach (var document in new[] { mutate(SeedModel.Create()), Padded(mutate(SeedModel.Create())) })
        {
            foreach (var level in Levels)
            {
                var codes = RuleCodes(document, level);
                if (level >= lowest)
                {
                    Assert.Contains(code, codes);
                    Assert.False(ValidationScreen.Passes(document, level), $"{name}: the screen passed a document the rules report {code} on.");
                }

                AssertAgrees(document, level);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestData.SeedNames), MemberType = typeof(TestData))]
    public void Parsed_seeds_and_their_mutations_agree_with_the_rules(string name)
    {
        var parsed = BriefingText.Parse(TestData.ReadSeed(name)).Briefing;
        Assert.NotNull(parsed);
        foreach (var document in AnyDocumentMutations.Select(m => m(parsed)).Prepend(parsed))
        {
            foreach (var level in Levels)
            {
                AssertAgrees(document, level);
                AssertAgrees(Padded(document), level);
            }
        }
    }

    [Fact]
    public void Generated_briefings_and_their_mutations_agree_with_the_rules()
    {
        int passed = 0, failed = 0;
        Gen.Select(ModelGenerators.Document, Gen.Int[-1, AnyDocumentMutations.Length - 1]).Sample(
            (document, mutation) =>
            {
                if (mutation >= 0 && document.Body.Length > 0)
                {
                    document = AnyDocumentMutations[mutation](document);
                }

                foreach (var level in Levels)
                {
                    var clean = Agrees(document, level);
                    Interlocked.Increment(ref clean ? ref passed : ref failed);
                }
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Iterations(300),
            print: t => PropertyRuns.Print(t.Item1));

        // Both answers occur, or the property proves little.
        Assert.True(passed > 0 && failed > 0, $"passed {passed}, failed {failed}");
    }

    [Fact]
    public void Generated_briefings_past_the_scan_limit_agree_with_the_rules() =>
        ModelGenerators.PlainDocument.Array[2, 6].Select(Merge).Where(d => d.Body.Length + d.Quotes.Length + d.Metrics.Length > DocumentIndex.ScanLimit).Sample(
            document =>
            {
                foreach (var level in Levels)
                {
                    AssertAgrees(document, level);
                    AssertAgrees(document with { Metrics = document.Metrics.Add(document.Metrics.IsEmpty ? NewMetric(document.Body[^1]) : document.Metrics[0]) }, level);
                }
            },
            writeLine: PropertyRuns.Output,
            iter: PropertyRuns.Iterations(50),
            print: PropertyRuns.Print);

    [Fact]
    public void Clean_documents_are_answered_by_the_screen_and_others_go_to_the_rules()
    {
        // Validate asks the screen first and runs FluentValidation only when it fails (no counter in
        // production code: the screen's answer is checked here, its equivalence with the rules above).
        Assert.True(ValidationScreen.Passes(SeedModel.Create(), ValidationLevel.Default));
        Assert.True(ValidationScreen.Passes(SeedModel.Create(), ValidationLevel.Strict));
        Assert.Empty(BriefingValidation.Validate(SeedModel.Create(), ValidationLevel.Strict));

        var noDisclaimer = SeedModel.Create() with { Disclaimer = null };
        Assert.False(ValidationScreen.Passes(noDisclaimer, ValidationLevel.Default));
        Assert.NotEmpty(BriefingValidation.Validate(noDisclaimer));
    }

    public static TheoryData<string> MutationNames() => [.. Mutations.Select(m => m.Name)];

    private static void AssertAgrees(BriefingDocument document, ValidationLevel level) => Agrees(document, level);

    /// <summary>Whether the screen agrees with the rules; returns whether the document is clean.</summary>
    private static bool Agrees(BriefingDocument document, ValidationLevel level)
    {
        var clean = RuleCodes(document, level).Length == 0;
        Assert.True(clean == ValidationScreen.Passes(document, level), $"The screen says {!clean} but the rules report {string.Join(", ", RuleCodes(document, level))} at level {level} on:\n{PropertyRuns.Print(document)}");
        Assert.Equal(clean, BriefingValidation.Validate(document, level).IsEmpty);
        return clean;
    }

    private static string[] RuleCodes(BriefingDocument document, ValidationLevel level)
    {
        var ruleSets = BriefingValidation.RuleSets(level).ToArray();
        return [.. BriefingValidation.Validator.Validate(document, o => o.IncludeRuleSets(ruleSets)).Errors.Select(e => e.ErrorCode)];
    }

    private static BriefingDocument WithQuote(BriefingDocument d, int index, Func<Quote, Quote> change) => d with { Quotes = d.Quotes.SetItem(index, change(d.Quotes[index])) };

    private static BriefingDocument WithMetric(BriefingDocument d, int index, Func<Metric, Metric> change) => d with { Metrics = d.Metrics.SetItem(index, change(d.Metrics[index])) };

    private static BriefingDocument WithPullQuote(BriefingDocument d, int index, Func<PullQuote, PullQuote> change) => d with { Body = d.Body.SetItem(index, change((PullQuote)d.Body[index])) };

    /// <summary>The document with 40 more paragraphs at the end (when it has a body), so its index hashes instead of scanning.</summary>
    private static BriefingDocument Padded(BriefingDocument document) =>
        document.Body.IsEmpty ? document : document with { Body = document.Body.AddRange(Enumerable.Range(1, DocumentIndex.ScanLimit + 8).Select(i => (Block)new Paragraph { Id = "extra" + i, Text = "More text." })) };

    /// <summary>Generated documents as one, their ids prefixed so that each stays consistent.</summary>
    private static BriefingDocument Merge(BriefingDocument[] documents)
    {
        string Prefix(int k, string id) => $"d{k}-{id}";
        var parts = documents.Select((d, k) => (
            Body: d.Body.Select(b => b is PullQuote p ? p with { Id = Prefix(k, p.Id), QuoteId = p.QuoteId is null ? null : Prefix(k, p.QuoteId) } : b with { Id = Prefix(k, b.Id) }),
            Quotes: d.Quotes.Select(q => q with { Id = Prefix(k, q.Id), BlockId = Prefix(k, q.BlockId) }),
            Metrics: d.Metrics.Select(m => m with { Id = Prefix(k, m.Id), BlockId = Prefix(k, m.BlockId) }))).ToArray();
        return documents[0] with
        {
            Body = [.. parts.SelectMany(p => p.Body)],
            Quotes = [.. parts.SelectMany(p => p.Quotes)],
            Metrics = [.. parts.SelectMany(p => p.Metrics)],
        };
    }

    private static Metric NewMetric(Block block) =>
        new() { Id = block.Id, Kind = MetricKind.Count, Value = 1m, Text = block.Text[..1], BlockId = block.Id, Span = new TextSpan(0, 1) };
}
