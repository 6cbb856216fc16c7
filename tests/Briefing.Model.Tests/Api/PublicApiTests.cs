using Briefing.Model.Json;
using Briefing.Model.Tests.Support;
using PublicApiGenerator;

namespace Briefing.Model.Tests.Api;

/// <summary>
/// The public surface of each package (Briefing.Model, Briefing.Model.Html), rendered as C#
/// declarations (types and members sorted by name) and compared with the reviewed file
/// <c>{package}.api.txt</c> beside this test. A change to the public API shows up as a diff of that file in review.
/// </summary>
public sealed class PublicApiTests
{
    public const string UpdateVariable = "BRIEFING_UPDATE_API";

    private static readonly Dictionary<string, System.Reflection.Assembly> Packages = new()
    {
        ["Briefing.Model"] = typeof(BriefingJson).Assembly,
        ["Briefing.Model.Html"] = typeof(Briefing.Model.Html.BriefingHtml).Assembly,
    };

    public static TheoryData<string> PackageNames() => new(Packages.Keys);

    [Theory]
    [MemberData(nameof(PackageNames))]
    public void Public_api_equals_the_reviewed_file(string package)
    {
        var checkedInPath = Path.Combine(TestData.RepositoryRoot, "tests", "Briefing.Model.Tests", "Api", package + ".api.txt");
        var current = Render(Packages[package]);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(checkedInPath, current);
        }

        var reviewed = File.Exists(checkedInPath) ? File.ReadAllText(checkedInPath).ReplaceLineEndings("\n") : "";
        Assert.True(
            reviewed == current,
            $"The public API of {package} differs from {Path.GetRelativePath(TestData.RepositoryRoot, checkedInPath)}.\n" +
            $"If the change is deliberate, run\n    {UpdateVariable}=1 dotnet test --project tests/Briefing.Model.Tests -- --filter-class \"{typeof(PublicApiTests).FullName}\"\n" +
            "and review the diff of that file (a removal or a changed signature is a breaking change: see docs/packaging.md, \"Versioning\").\n" +
            FirstDifference(reviewed, current));
    }

    [Fact]
    public void Rendering_shows_public_members_and_hides_internal_ones()
    {
        var api = Render(typeof(BriefingJson).Assembly);

        Assert.Contains("public sealed class BriefingDocument", api, StringComparison.Ordinal);
        Assert.Contains("public static Briefing.Model.BriefingReadResult Read(string json, Briefing.Model.Json.BriefingJsonReadOptions? options = null)", api, StringComparison.Ordinal);
        // The setter is internal (the JSON reader fills it), so the public surface is read-only.
        Assert.Contains("public Briefing.Model.UnknownProperties? UnknownProperties { get; }", api, StringComparison.Ordinal);
        Assert.DoesNotContain("ValueEquality", api, StringComparison.Ordinal);
        Assert.DoesNotContain("InternalsVisibleTo", api, StringComparison.Ordinal);
        Assert.DoesNotContain(" private ", api, StringComparison.Ordinal);
    }

    /// <summary>The public API of <paramref name="assembly"/>, with line ends normalised to LF.</summary>
    internal static string Render(System.Reflection.Assembly assembly)
    {
        var options = new ApiGeneratorOptions
        {
            // Attributes that are build details, not API: they change with the build, not the code.
            ExcludeAttributes =
            [
                "System.Runtime.CompilerServices.InternalsVisibleToAttribute",
                "System.Reflection.AssemblyMetadataAttribute",
                "System.Runtime.Versioning.TargetFrameworkAttribute",
            ],
        };
        return assembly.GeneratePublicApi(options).ReplaceLineEndings("\n") + "\n";
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"First difference at line {i + 1}:\n  reviewed: {e}\n  current:  {a}";
            }
        }

        return "";
    }
}
