namespace Briefing.Model.Tests.Support;

/// <summary>Finds the project's seeds and the external test suites (BRIEFING_EXTERNAL_TESTDATA).</summary>
public static class TestData
{
    public const string ExternalVariable = "BRIEFING_EXTERNAL_TESTDATA";

    /// <summary>The seeds folder copied beside the test assembly.</summary>
    public static string SeedsDirectory => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string SeedPath(string name) => Path.Combine(SeedsDirectory, name);

    public static string ReadSeed(string name) => File.ReadAllText(SeedPath(name));

    public static byte[] ReadSeedBytes(string name) => File.ReadAllBytes(SeedPath(name));

    /// <summary>Every .txt file in seeds/ (the seed and the samples).</summary>
    public static TheoryData<string> SeedNames()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(SeedsDirectory, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    /// <summary>
    /// The external test data folder. Skips the calling test (with the reason) when the variable is not
    /// set — a newcomer's clone has no such folder — and fails when it is set but the folder is missing.
    /// </summary>
    public static string ExternalDirectory(string subfolder)
    {
        var root = Environment.GetEnvironmentVariable(ExternalVariable);
        if (string.IsNullOrWhiteSpace(root))
        {
            Assert.Skip($"{ExternalVariable} is not set: the external test suites (../shared/testdata) are not available in this clone.");
        }

        var path = Path.GetFullPath(Path.Combine(ResolveRoot(root), subfolder));
        Assert.True(Directory.Exists(path), $"{ExternalVariable} is set to '{root}' but '{path}' does not exist.");
        return path;
    }

    /// <summary>
    /// The external folder named by the variable: an absolute path as it is, a relative one against the
    /// repository root (not the test assembly's bin folder), so the README's
    /// <c>BRIEFING_EXTERNAL_TESTDATA=../shared/testdata dotnet test</c> works from the clone.
    /// </summary>
    public static string ResolveRoot(string value) =>
        Path.GetFullPath(Path.IsPathRooted(value) ? value : Path.Combine(RepositoryRoot, value));

    /// <summary>The repository root (for checked-in files such as the schema), found from the test assembly.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Briefing.Model.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Briefing.Model.sln not found above the test assembly.");
        }
    }
}
