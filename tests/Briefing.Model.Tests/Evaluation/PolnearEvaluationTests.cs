using Briefing.Model.Tests.Support;

namespace Briefing.Model.Tests.Evaluation;

/// <summary>
/// Quote extraction measured on PolNeAR's hand-annotated political news (BRIEFING_EXTERNAL_TESTDATA/polnear),
/// by the rules of ../shared/tools/score_polnear.py (ported in <see cref="PolnearScorer"/>). The floors sit a
/// little under the figures reached (docs/quotes.md, "Extraction quality"): a change that loses recall,
/// precision or sources fails here.
/// </summary>
public sealed class PolnearEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dev", 0.89, 0.83, 0.955, 0.945)]
    [InlineData("train", 0.83, 0.80, 0.945, 0.935)]
    public void Quote_extraction_holds_its_floors_on_PolNeAR(string split, double directRecall, double speechRecall, double precision, double source)
    {
        var folder = TestData.ExternalDirectory(Path.Combine("polnear", split));

        var score = PolnearScorer.ScoreSplit(folder);

        output.WriteLine($"{split}: {score}");
        Assert.True(score.Articles > 50, $"only {score.Articles} articles with annotations were read from {folder}");
        Assert.True(score.DirectRecall >= directRecall, $"direct recall {score.DirectRecall:0.000} is under the floor {directRecall} ({score})");
        Assert.True(score.SpeechRecall >= speechRecall, $"reported-speech recall {score.SpeechRecall:0.000} is under the floor {speechRecall} ({score})");
        Assert.True(score.Precision >= precision, $"precision {score.Precision:0.000} is under the floor {precision} ({score})");
        Assert.True(score.SourceAccuracy >= source, $"source accuracy {score.SourceAccuracy:0.000} is under the floor {source} ({score})");
    }

    [Fact]
    public void The_scorer_reads_brat_standoff_as_the_script_does()
    {
        // Offsets count code points (the emoji is one), discontinuous spans join in order with a space,
        // a quotation mark within three characters makes the attribution direct.
        const string text = "\U0001F600 Smith said the plan “will fail soon” today.";
        var ann = string.Join('\n',
            "T1\tSource 2 7\tSmith",
            "T2\tCue 8 12\tsaid",
            "T3\tContent 22 38;13 21\tx",
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
            "T4\tContent 2 7\tx",
            "E2\tAttribution:T2 Content:T4");

        var gold = PolnearScorer.ParseAnn(ann, text);

        Assert.Equal(2, gold.Count);
        Assert.Equal(("the plan “will fail soon”", "Smith", "said", true, true), (gold[0].Content, gold[0].Source, gold[0].Cue, gold[0].Direct, gold[0].Speech));
        Assert.Equal(("Smith", false, false), (gold[1].Content, gold[1].Direct, gold[1].Speech));
    }

    [Fact]
    public void The_scorer_counts_by_the_scripts_fifty_percent_rules()
    {
        var gold = new List<PolnearScorer.Gold>
        {
            new("the economy will grow next year", "the minister", "said", Direct: false, Speech: true),
            new("prices are rising fast", "analysts", "said", Direct: false, Speech: true),
        };
        var quotes = new List<(string, string, string?)>
        {
            ("the economy will grow", "Reported", "The Minister"), // inside, covers 4 of 6 words, source F1 1 ("the" taken once from each)
            ("prices", "Reported", "analysts"), // inside but covers 1 of 4 words: not found
            ("something else entirely", "Reported", "nobody"), // lies in no gold content
        };
        var score = new PolnearScorer.Score();

        PolnearScorer.Add(score, "a", gold, quotes);

        Assert.Equal((2, 1, 0, 0), (score.SpeechCount, score.SpeechFound, score.Direct, score.DirectFound));
        Assert.Equal((3, 2), (score.Quotes, score.QuotesRight));
        Assert.Equal((1, 1), (score.SourceCount, score.SourceRight));
    }
}
