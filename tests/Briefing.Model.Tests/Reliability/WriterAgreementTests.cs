using System.Text.Json.Nodes;
using Briefing.Model.Diagnostics;
using Briefing.Model.Interop;
using Briefing.Model.Json;
using Briefing.Model.Tests.Support;
using Briefing.Model.Text;
using Briefing.Model.Validation;

namespace Briefing.Model.Tests.Reliability;

/// <summary>
/// Issue 18, point 3: what a reader accepts, every writer writes; what no writer can write is
/// rejected by the reader with a finding at its pointer. Inputs are the seed's JSON with one edit.
/// </summary>
public sealed class WriterAgreementTests
{
    /// <summary>Where an edit goes: a pointer to an object and a member to set in it.</summary>
    public static TheoryData<string, string> UnknownMemberPlaces => new()
    {
        { "", "vendor" },
        { "/body/0", "vendor" },
        { "/body/3/attribution", "vendor" },
        { "/quotes/0", "vendor" },
        { "/quotes/0/source", "vendor" },
        { "/metrics/0", "vendor" },
        { "/related/0", "vendor" },
        { "/disclaimer", "vendor" },
        { "", "title" },
        { "/body/1", "text" },
    };

    [Theory]
    [MemberData(nameof(UnknownMemberPlaces))]
    public void A_lone_surrogate_escape_anywhere_is_BJ001_at_its_pointer(string parent, string member)
    {
        foreach (var lone in new[] { "\\udc00", "\\uD800", "a\\ud83dz", "\\ude00\\ud83d" })
        {
            var json = SeedWith(parent, member, "\"@@\"").Replace("\"@@\"", "\"" + lone + "\"", StringComparison.Ordinal);

            var result = BriefingJson.Read(json);

            Assert.Null(result.Briefing);
            var error = Assert.Single(result.Diagnostics);
            Assert.Equal(("BJ001", DiagnosticSeverity.Error, parent + "/" + member), (error.Code, error.Severity, error.Path));
            Assert.NotNull(error.Line);
        }
    }

    [Fact]
    public void A_lone_surrogate_escape_in_a_member_name_or_deep_inside_an_array_is_BJ001()
    {
        var name = SeedWith("", "vendor", "1").Replace("\"vendor\"", "\"v\\udc00\"", StringComparison.Ordinal);
        var deep = SeedWith("/quotes/0", "vendor", "[1, {\"a\": [\"x\", \"@@\"]}]").Replace("@@", "\\udc00", StringComparison.Ordinal);

        Assert.Equal("", Assert.Single(BriefingJson.Read(name).Diagnostics).Path);
        Assert.Equal("/quotes/0/vendor/1/a/1", Assert.Single(BriefingJson.Read(deep).Diagnostics).Path);
    }

    [Fact]
    public void A_surrogate_pair_escape_and_an_escaped_backslash_before_u_are_still_read_and_written()
    {
        var json = SeedWith("/quotes/0", "vendor", "[\"\\ud83d\\ude00\", \"\\\\udc00\"]");

        var result = BriefingJson.Read(json);

        Assert.True(result.Succeeded, string.Join("; ", result.Diagnostics));
        Assert.Equal(result.Briefing, BriefingJson.Read(BriefingJson.Write(result.Briefing!)).Briefing);
    }

    /// <summary>Entries the reader accepts as <c>null</c> though the contract has no room for them (validation reports them).</summary>
    public static TheoryData<string> NullEntries => ["/body/0", "/body/3", "/quotes/0", "/metrics/0", "/related/0", "/disclaimer/paragraphs/0"];

    /// <summary>Members the reader rejects as <c>null</c>.</summary>
    public static TheoryData<string> NullMembers =>
    [
        "/title", "/body/0/text", "/body/0/id", "/body/3/attribution", "/body/3/attribution/text",
        "/quotes/0/source", "/quotes/0/text", "/quotes/0/blockId", "/metrics/0/text", "/metrics/0/blockId",
    ];

    [Theory]
    [MemberData(nameof(NullMembers))]
    public void A_null_required_member_is_rejected_at_its_pointer(string pointer)
    {
        var cut = pointer.LastIndexOf('/');

        var read = BriefingJson.Read(SeedWith(pointer[..cut], pointer[(cut + 1)..], "null"));

        Assert.Null(read.Briefing);
        Assert.Equal(pointer, Assert.Single(read.Diagnostics).Path);
    }

    [Theory]
    [MemberData(nameof(NullEntries))]
    public void A_document_with_a_null_the_reader_accepted_is_written_by_every_writer(string pointer)
    {
        var cut = pointer.LastIndexOf('/');
        var json = SeedWith(pointer[..cut], pointer[(cut + 1)..], "null");
        var read = BriefingJson.Read(json);
        Assert.True(read.Succeeded, string.Join("; ", read.Diagnostics));
        var briefing = read.Briefing!;

        var text = BriefingText.Write(briefing);
        var markdown = MarkdownExport.Write(briefing);
        var ninjs = Ninjs.Export(briefing);
        var jsonLd = JsonLd.Export(briefing);
        var again = BriefingJson.Read(BriefingJson.Write(briefing));

        Assert.Equal(briefing, again.Briefing);
        Assert.True(BriefingText.Parse(text).Briefing is not null, text);
        Assert.NotEmpty(markdown);
        Assert.True(Ninjs.Import(ninjs).Succeeded, ninjs);
        Assert.StartsWith("{", jsonLd, StringComparison.Ordinal);
        var findings = BriefingValidation.Validate(briefing);
        Assert.True(findings.Any(d => d.Severity == DiagnosticSeverity.Error && d.Path == pointer), string.Join("; ", findings));
    }

    /// <summary>The seed written as JSON, with <paramref name="member"/> of the object at <paramref name="parent"/> set to <paramref name="rawValue"/>.</summary>
    internal static string SeedWith(string parent, string member, string rawValue)
    {
        var root = JsonNode.Parse(BriefingJson.Write(SeedModel.Create()))!;
        var target = root;
        foreach (var token in parent.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            target = int.TryParse(token, out var index) ? target![index] : target![token];
        }

        var value = JsonNode.Parse(rawValue);
        switch (target)
        {
            case JsonArray array:
                array[int.Parse(member, System.Globalization.CultureInfo.InvariantCulture)] = value;
                break;
            default:
                target!.AsObject()[member] = value ?? (rawValue == "null" ? null : JsonValue.Create(rawValue));
                break;
        }

        return root.ToJsonString();
    }
}
