using System.Text;
using Briefing.Model.Json;
using Briefing.Model.Text;

namespace Briefing.Model.Fuzz;

/// <summary>
/// Writes the initial corpus: every seed text as is (<c>text/</c>) and a JSON rendering of each seed
/// (<c>json/</c>), compact and indented. Generated, never committed.
/// </summary>
internal static class Corpus
{
    public static int Write(string directory, string seeds)
    {
        var text = Directory.CreateDirectory(Path.Combine(directory, "text")).FullName;
        var json = Directory.CreateDirectory(Path.Combine(directory, "json")).FullName;
        var written = 0;
        foreach (var seed in Directory.EnumerateFiles(seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(seed);
            File.Copy(seed, Path.Combine(text, name + ".txt"), overwrite: true);
            var briefing = ToBriefing(File.ReadAllText(seed));
            File.WriteAllText(Path.Combine(json, name + ".json"), BriefingJson.Write(briefing), Encoding.UTF8);
            File.WriteAllText(Path.Combine(json, name + ".indented.json"), BriefingJson.Write(briefing, indented: true), Encoding.UTF8);
            written += 3;
        }

        return written;
    }

    /// <summary>The parser's model of a seed.</summary>
    private static BriefingDocument ToBriefing(string text) =>
        BriefingText.Parse(text).Briefing ?? throw new InvalidOperationException("a seed did not parse");
}
