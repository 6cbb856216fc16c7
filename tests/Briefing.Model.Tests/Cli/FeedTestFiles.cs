using System.Text;
using System.Text.Json.Nodes;
using Briefing.Cli;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;
using Briefing.Model.Text;

namespace Briefing.Model.Tests.Cli;

/// <summary>A temporary folder with feeds made from the seed, and a way to run the tool on them.</summary>
public sealed class FeedTestFiles : IDisposable
{
    private static readonly Lazy<BriefingDocument> Seed = new(() => BriefingText.Parse(TestData.ReadSeed("russian-interest.txt")).Briefing!);

    public DirectoryInfo Directory { get; } = System.IO.Directory.CreateTempSubdirectory("briefing-feed-");

    public void Dispose() => Directory.Delete(recursive: true);

    public string PathOf(string relativePath) => Path.Combine(Directory.FullName, relativePath);

    public string Write(string relativePath, string content)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>The seed as one compact JSON line with the given id.</summary>
    public static string SeedLine(string id) => BriefingJson.Write(Seed.Value with { Id = id });

    /// <summary>
    /// The seed with the first pull quote's text altered: a misquote (BV015) and nothing else — unless
    /// <paramref name="pullQuoteId"/> replaces the pull quote's id (the BV015 message quotes it).
    /// </summary>
    public static string MisquotedLine(string id, string? pullQuoteId = null)
    {
        var node = JsonNode.Parse(SeedLine(id))!;
        var pullQuote = node["body"]!.AsArray().First(b => (string?)b!["type"] == "pullQuote")!;
        if (pullQuoteId is not null)
        {
            pullQuote["id"] = pullQuoteId;
        }

        pullQuote["text"] = ((string)pullQuote["text"]!).Replace("political", "politicle", StringComparison.Ordinal);
        return node.ToJsonString();
    }

    /// <summary>A feed of <paramref name="count"/> seed documents with the given lines replaced (0-based line index).</summary>
    public static string Feed(int count, IReadOnlyDictionary<int, string>? replaced = null, string newline = "\n")
    {
        var feed = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            feed.Append(replaced is not null && replaced.TryGetValue(i, out var line) ? line : SeedLine($"doc-{i:D5}")).Append(newline);
        }

        return feed.ToString();
    }

    public static (int Code, string Stdout, string Stderr) Run(string[] args, string? stdin = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = stdin is null ? null : new StringReader(stdin);
        var code = BriefingCommand.Run(args, stdout, stderr, input);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
