namespace Briefing.Model.Benchmarks;

/// <summary>Seeds copied beside the benchmark assembly.</summary>
internal static class Seeds
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "seeds", name);

    public static string Read(string name) => File.ReadAllText(Path(name));
}
