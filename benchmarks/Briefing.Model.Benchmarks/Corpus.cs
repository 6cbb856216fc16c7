using System.Text;

namespace Briefing.Model.Benchmarks;

/// <summary>A corpus of briefings: the four seeds repeated, in order, as separate documents, up to a size.</summary>
internal static class Corpus
{
    /// <summary>The seed file names, in the order the corpus repeats them.</summary>
    public static readonly string[] SeedNames = ["russian-interest.txt", "troubled-waters.txt", "lithium-rules.txt", "quiet-border.txt"];

    /// <summary>Whole rounds of the four seeds until at least <paramref name="bytes"/> UTF-8 bytes.</summary>
    public static string[] Create(long bytes)
    {
        var seeds = SeedNames.Select(Seeds.Read).ToArray();
        var roundBytes = seeds.Sum(static s => (long)Encoding.UTF8.GetByteCount(s));
        var rounds = (int)Math.Max(1, (bytes + roundBytes - 1) / roundBytes);
        var documents = new string[rounds * seeds.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = seeds[i % seeds.Length];
        }

        return documents;
    }

    /// <summary>UTF-8 size of the documents.</summary>
    public static long Utf8Bytes(string[] documents) => documents.Sum(static d => (long)Encoding.UTF8.GetByteCount(d));
}
