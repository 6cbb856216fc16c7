using System.Text.Json.Nodes;
using Briefing.Model.Diagnostics;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;
using Briefing.Model.Validation;

namespace Briefing.Model.Tests.Cli;

/// <summary>The traps of issue 17 for a CI job validating feeds: positions in JSON, empty inputs, standard input.</summary>
public sealed class ConsumerTrapsTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("briefing-consumers-");

    public void Dispose() => _directory.Delete(recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static BriefingDocument BadBlockReference()
    {
        var seed = SeedModel.Create();
        return seed with { Quotes = seed.Quotes.SetItem(1, seed.Quotes[1] with { BlockId = "p99" }) };
    }

    /// <summary>The 1-based line and column of the <paramref name="occurrence"/>-th <paramref name="needle"/> in <paramref name="text"/>.</summary>
    private static (int Line, int Column) Where(string text, string needle, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
        }

        Assert.True(index >= 0, $"'{needle}' not found");
        var line = text[..index].Count(c => c == '\n') + 1;
        return (line, index - (text.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1) + 1);
    }

    [Fact]
    public void Locate_places_a_pointer_on_its_member_from_name_to_end_of_value()
    {
        var json = BriefingJson.Write(BadBlockReference(), indented: true);
        var diagnostics = BriefingValidation.Validate(BriefingJson.Read(json));
        Assert.Contains(diagnostics, d => d.Path == "/quotes/1/blockId" && d.Line is null);

        var located = BriefingJson.Locate(System.Text.Encoding.UTF8.GetBytes(json), diagnostics);

        var finding = Assert.Single(located, d => d.Path == "/quotes/1/blockId");
        var (line, column) = Where(json, "\"blockId\": \"p99\"");
        Assert.Equal((line, column), (finding.Line, finding.Column));
        Assert.Equal((line, column + "\"blockId\": \"p99\"".Length), (finding.EndLine, finding.EndColumn));
        Assert.Equal(diagnostics.Select(d => (d.Code, d.Path, d.Message)), located.Select(d => (d.Code, d.Path, d.Message)));
    }

    [Fact]
    public void Locate_puts_a_missing_member_on_the_object_that_lacks_it_and_counts_columns_in_utf16()
    {
        var json = "{\n  \"title\": \"Ünïcödé 🙂\", \"quotes\": [ {\"id\": \"q1\"}, {\"id\": \"q2\"} ]\n}";
        Diagnostic[] diagnostics =
        [
            new() { Code = "X1", Severity = DiagnosticSeverity.Error, Message = "m", Path = "/quotes/1/span" },
            new() { Code = "X2", Severity = DiagnosticSeverity.Error, Message = "m", Path = "/quotes/1/id", Line = 9, Column = 9 },
            new() { Code = "X3", Severity = DiagnosticSeverity.Error, Message = "m", Path = "/nowhere/at/all" },
        ];

        var located = BriefingJson.Locate(System.Text.Encoding.UTF8.GetBytes(json), [.. diagnostics]);

        var q2 = Where(json, "{\"id\": \"q2\"}");
        Assert.Equal((q2.Line, q2.Column, q2.Line, q2.Column + "{\"id\": \"q2\"}".Length), (located[0].Line!.Value, located[0].Column!.Value, located[0].EndLine!.Value, located[0].EndColumn!.Value));
        Assert.Equal(diagnostics[1], located[1]); // a position the reader gave is kept
        Assert.Equal((1, 1, 3, 2), (located[2].Line!.Value, located[2].Column!.Value, located[2].EndLine!.Value, located[2].EndColumn!.Value));
    }

    [Fact]
    public void Sarif_and_text_reports_carry_the_member_position_for_json_files_and_feed_lines()
    {
        var document = BadBlockReference();
        var file = Write("bad.json", BriefingJson.Write(document, indented: true));
        var line = BriefingJson.Write(document);
        var feed = Write("feed.ndjson", BriefingJson.Write(SeedModel.Create()) + "\n" + line + "\n");

        var (code, stdout, _) = SchemaCommandTests.Run("validate", file, feed, "--format", "sarif");

        Assert.Equal(1, code);
        var results = JsonNode.Parse(stdout)!["runs"]![0]!["results"]!.AsArray();
        var regions = results.Where(r => (string?)r!["properties"]!["pointer"] == "/quotes/1/blockId")
            .Select(r => r!["locations"]![0]!["physicalLocation"]!["region"]!.AsObject()).ToList();
        Assert.Equal(2, regions.Count);
        var inFile = Where(File.ReadAllText(file), "\"blockId\": \"p99\"");
        Assert.Equal((inFile.Line, inFile.Column, inFile.Line), ((int)regions[0]["startLine"]!, (int)regions[0]["startColumn"]!, (int)regions[0]["endLine"]!));
        var inLine = Where(line, "\"blockId\":\"p99\"");
        Assert.Equal((2, inLine.Column, 2, inLine.Column + "\"blockId\":\"p99\"".Length),
            ((int)regions[1]["startLine"]!, (int)regions[1]["startColumn"]!, (int)regions[1]["endLine"]!, (int)regions[1]["endColumn"]!));

        var text = SchemaCommandTests.Run("validate", file).Stdout;
        Assert.StartsWith($"{file}:{inFile.Line}:{inFile.Column}: error BV032: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_text_names_the_pointer()
    {
        var diagnostic = new Diagnostic { Code = "BV032", Severity = DiagnosticSeverity.Error, Message = "Bad.", Path = "/quotes/1/blockId", Line = 3, Column = 5 };

        Assert.Equal("3:5: error BV032: Bad. [/quotes/1/blockId]", diagnostic.ToString());
        Assert.Equal("warning BV060: Bad.", (diagnostic with { Severity = DiagnosticSeverity.Warning, Code = "BV060", Path = "", Line = null }).ToString());
    }

    [Theory]
    [InlineData("folder")]
    [InlineData("folder/*.json")]
    [InlineData("empty.ndjson")]
    public void Nothing_to_validate_exits_2_with_one_line_unless_allowed(string path)
    {
        Directory.CreateDirectory(Path.Combine(_directory.FullName, "folder"));
        Write("folder/notes.md", "not a briefing");
        Write("empty.ndjson", "\n\n");
        var full = Path.Combine(_directory.FullName, path);

        var (code, _, stderr) = SchemaCommandTests.Run("validate", full);

        Assert.Equal(2, code);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Contains("--allow-empty", stderr, StringComparison.Ordinal);
        Assert.Equal(0, SchemaCommandTests.Run("validate", full, "--allow-empty").Code);
        if (!path.EndsWith(".ndjson", StringComparison.Ordinal))
        {
            Assert.Contains(".html", stderr, StringComparison.Ordinal); // every kind validate reads is named
        }
    }

    [Fact]
    public void Standard_input_is_told_apart_one_indented_document_a_feed_or_text()
    {
        var seed = SeedModel.Create();
        var broken = BadBlockReference();

        var one = FeedTestFiles.Run(["validate", "-"], BriefingJson.Write(seed, indented: true));
        var feed = FeedTestFiles.Run(["validate", "-"], BriefingJson.Write(seed) + "\n" + BriefingJson.Write(broken) + "\n");
        var text = FeedTestFiles.Run(["validate", "-"], Briefing.Model.Text.BriefingText.Write(seed));
        var oneBroken = FeedTestFiles.Run(["validate", "-"], BriefingJson.Write(broken, indented: true));

        Assert.Equal((0, "1 document: 0 errors, 0 warnings."), (one.Code, one.Stdout.Trim()));
        Assert.Equal(1, feed.Code);
        Assert.Contains("2 documents: 1 error", feed.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, text.Code);
        Assert.Contains(" BT004: ", text.Stdout, StringComparison.Ordinal); // read as text: only the text parser says BT…
        var where = Where(BriefingJson.Write(broken, indented: true), "\"blockId\": \"p99\"");
        Assert.StartsWith($"-:{where.Line}:{where.Column}: error BV032", oneBroken.Stdout, StringComparison.Ordinal);
    }
}

/// <summary>BJ001/BJ002 speak the contract's words; null lists read as absent (issue 17, points 3 and 6).</summary>
public sealed class ContractWordsTests
{
    public static TheoryData<string, string, string, string> Misfits => new()
    {
        // JSON, pointer, words the message must use, the member's text where the position must land
        { """{"title":"T","body":{}}""", "/body", "\"body\" must be an array; found an object", "\"body\"" },
        { """{"title":"T","quotes":[{"id":"q1"}]}""", "/quotes/0/kind", "has no \"kind\", a required member (one of \"direct\", \"reported\")", "{\"id\"" },
        { """{"title":"T","metrics":[{"id":"m1","kind":"money","value":1,"text":"x","blockId":"p1","span":{"start":"0","length":1}}]}""", "/metrics/0/span/start", "must be an integer; found the string \"0\"", "\"start\"" },
        { """{"title":"T","metrics":[{"id":"m1","kind":"cash"}]}""", "/metrics/0/kind", "must be one of \"money\"", "\"kind\"" },
        { """{"title":"T","body":[{"id":"p1","text":"x"}]}""", "/body/0", "Item 0 of \"body\" has no \"type\": give it one of \"paragraph\", \"pullQuote\", \"heading\"", "{\"id\"" },
        { """{"title":"T","body":[{"id":"p1","type":"paragraph","text":"x"}]}""", "/body/0/type", "\"type\" must be the first member", "\"type\"" },
        { """{"title":"T","body":[{"type":"table","id":"p1","text":"x"}]}""", "/body/0/type", "set to the string \"table\", which is not one of", "\"type\"" },
        { """{"title":null}""", "/title", "\"title\" must be a string, not null", "\"title\"" },
        { """{"standfirst":"S"}""", "/title", "The document has no \"title\", a required member (a string)", "{" },
        { """{"title":"T","title":"U"}""", "/title", "has the member \"title\" twice", "\"title\":\"U\"" },
        { "[1]", "", "The document must be an object; found an array", "[" },
    };

    [Theory]
    [MemberData(nameof(Misfits))]
    public void A_misfit_is_explained_with_member_names_json_types_pointer_and_position(string json, string pointer, string words, string at)
    {
        var diagnostic = Assert.Single(BriefingJson.Read(json).Diagnostics);

        Assert.Equal(("BJ002", pointer), (diagnostic.Code, diagnostic.Path));
        Assert.Contains(words, diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"Briefing\.Model|System\.|`1|isFinalBlock|ImmutableArray|deserializ", diagnostic.Message);
        Assert.Equal(1, diagnostic.Line);
        Assert.Equal(json.IndexOf(at, StringComparison.Ordinal) + 1, diagnostic.Column);
        Assert.NotNull(diagnostic.EndColumn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{\"title\":")]
    public void Syntax_errors_do_not_name_the_reader_s_parameters(string json)
    {
        var diagnostic = Assert.Single(BriefingJson.Read(json).Diagnostics);

        Assert.Equal("BJ001", diagnostic.Code);
        Assert.DoesNotContain("isFinalBlock", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_lists_read_as_absent_as_the_readme_says()
    {
        var seed = SeedModel.Create();
        var node = JsonNode.Parse(BriefingJson.Write(seed with { Body = [], Quotes = [], Metrics = [], Related = [] }))!.AsObject();
        foreach (var name in new[] { "body", "quotes", "metrics", "related" })
        {
            node[name] = null;
        }

        node["disclaimer"]!["paragraphs"] = null;

        var read = BriefingJson.Read(node.ToJsonString());

        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Equal(seed with { Body = [], Quotes = [], Metrics = [], Related = [], Disclaimer = seed.Disclaimer! with { Paragraphs = [] } }, read.Briefing);
    }

    [Fact]
    public void Every_list_member_of_the_model_reads_null_as_absent()
    {
        var options = BriefingJson.TypeInfo.Options;
        var lists = new HashSet<Type>();
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(BriefingDocument)]);
        while (pending.TryPop(out var type))
        {
            var info = options.GetTypeInfo(type);
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var derived in info.PolymorphismOptions?.DerivedTypes ?? [])
            {
                pending.Push(derived.DerivedType);
            }

            foreach (var property in info.Properties.Where(p => !p.IsExtensionData))
            {
                if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>))
                {
                    lists.Add(property.PropertyType);
                    Assert.True(NullReadsAsAbsent.Accepts(property), $"{type.Name}.{property.Name}");
                    pending.Push(property.PropertyType.GetGenericArguments()[0]);
                }
                else if (options.GetTypeInfo(property.PropertyType).Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object)
                {
                    pending.Push(property.PropertyType);
                }
            }
        }

        Assert.Equal(5, lists.Count);
    }
}

/// <summary>Issue 17, point 10: the README's commands work as written.</summary>
public sealed class ReadmeCommandsTests
{
    [Fact]
    public void A_relative_external_test_data_folder_is_resolved_against_the_repository_root()
    {
        var root = TestData.RepositoryRoot;

        Assert.Equal(Path.GetFullPath(Path.Combine(root, "..", "shared", "testdata")), TestData.ResolveRoot("../shared/testdata"));
        Assert.Equal(Path.GetFullPath("/srv/testdata"), TestData.ResolveRoot("/srv/testdata"));
        Assert.NotEqual(AppContext.BaseDirectory.TrimEnd('/'), Path.GetDirectoryName(TestData.ResolveRoot("x")));
    }
}

/// <summary>Issue 17, point 10: what the README tells a newcomer to type can work.</summary>
public sealed class ReadmeInstallTests
{
    private static string Readme => File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "README.md"));

    [Fact]
    public void Every_tool_install_names_the_feed_it_installs_from_while_no_public_feed_has_the_package()
    {
        var installs = Readme.Split('\n').Where(l => l.Contains("dotnet tool install", StringComparison.Ordinal) && !l.Contains('`', StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(installs);
        Assert.All(installs, line => Assert.Contains("--add-source", line, StringComparison.Ordinal));
    }

    [Fact]
    public void The_global_tool_folder_and_path_are_mentioned()
    {
        Assert.Contains("~/.dotnet/tools", Readme, StringComparison.Ordinal);
        Assert.Contains("PATH", Readme, StringComparison.Ordinal);
    }
}

/// <summary>Issue 17, point 10: the tool's package page lists the commands the tool has, and only those.</summary>
public sealed class ToolPackagePageTests
{
    [Fact]
    public void The_package_page_table_names_every_command_of_the_tool()
    {
        var help = SchemaCommandTests.Run("--help").Stdout;
        var commands = help[help.IndexOf("Commands:", StringComparison.Ordinal)..].Split('\n').Skip(1)
            .Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => l.Split(' ')[0]).ToHashSet();
        var page = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "src", "Briefing.Cli", "PACKAGE.md"));
        var listed = System.Text.RegularExpressions.Regex.Matches(page, @"^\| `briefing (\w+)", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Contains("validate", commands);
        Assert.Equal(commands.Order(), listed.Order());
    }
}

/// <summary>Issue 17, point 12: many briefings parsed in one process into a feed validate reads.</summary>
public sealed class ParseManyTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("briefing-parse-many-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public void Parse_ndjson_writes_one_document_a_line_in_input_order_and_reports_a_bad_file_without_stopping()
    {
        var seeds = Directory.EnumerateFiles(TestData.SeedsDirectory, "*.txt").Order(StringComparer.Ordinal).ToList();
        foreach (var seed in seeds)
        {
            File.Copy(seed, Path.Combine(_directory.FullName, Path.GetFileName(seed)));
        }

        var broken = Path.Combine(_directory.FullName, "zz-broken.json");
        File.WriteAllText(broken, "{\"title\": 42}");
        var single = Path.Combine(_directory.FullName, "aa-single.json");
        File.WriteAllText(single, BriefingJson.Write(SeedModel.Create() with { Id = "single" }, indented: true));

        var (code, stdout, stderr) = SchemaCommandTests.Run("parse", single, _directory.FullName, "--format", "ndjson");

        Assert.Equal(1, code);
        Assert.Contains("zz-broken.json:1:2: error BJ002", stderr, StringComparison.Ordinal);
        var lines = stdout.TrimEnd('\n').Split('\n');
        var expected = new[] { "single" }.Concat(seeds.Select(s => Briefing.Model.Text.BriefingText.Parse(File.ReadAllText(s)).Briefing!.Id)).ToArray();
        Assert.Equal(expected, lines.Select(l => BriefingJson.Read(l).Briefing!.Id));
        Assert.All(lines, l => Assert.DoesNotContain('\r', l));

        var feed = FeedTestFiles.Run(["validate", "-"], stdout);
        Assert.Contains($"{expected.Length} documents: 0 errors", feed.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_of_many_files_without_ndjson_is_a_usage_error()
    {
        var (code, _, stderr) = SchemaCommandTests.Run("parse", "a.txt", "b.txt");

        Assert.Equal(2, code);
        Assert.Contains("--format ndjson", stderr, StringComparison.Ordinal);
    }
}
