namespace Briefing.Cli.Reports;

/// <summary>
/// The folder report paths are relative to: the root of the git repository the tool runs in (the
/// nearest folder above the current one holding <c>.git</c>), else the current folder. So a SARIF file
/// names <c>briefings/a.json</c> whether the tool ran at the repository root or in a subfolder.
/// </summary>
internal sealed class SourceRoot
{
    private SourceRoot(string directory) => Directory = directory;

    /// <summary>The root of the repository around the current folder, else the current folder.</summary>
    public static SourceRoot Current => Find(Environment.CurrentDirectory);

    /// <summary>The root folder, absolute, with a trailing separator.</summary>
    public string Directory { get; }

    /// <summary>The root as a <c>file:</c> URI ending in <c>/</c> (SARIF's <c>originalUriBaseIds</c>).</summary>
    public string Uri => new Uri(Directory).AbsoluteUri;

    /// <summary>The repository root at or above <paramref name="start"/>, else <paramref name="start"/> itself.</summary>
    public static SourceRoot Find(string start)
    {
        var full = Path.GetFullPath(start);
        for (var directory = new DirectoryInfo(full); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (System.IO.Directory.Exists(git) || File.Exists(git))
            {
                return new SourceRoot(Path.TrimEndingDirectorySeparator(directory.FullName) + Path.DirectorySeparatorChar);
            }
        }

        return new SourceRoot(Path.TrimEndingDirectorySeparator(full) + Path.DirectorySeparatorChar);
    }

    /// <summary>The path of <paramref name="file"/> below the root with forward slashes, or <see langword="null"/> when it lies outside.</summary>
    public string? Relative(string file)
    {
        var full = Path.GetFullPath(file);
        if (!full.StartsWith(Directory, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            return null;
        }

        return full[Directory.Length..].Replace('\\', '/');
    }
}
