using System.Text.Json;
using Briefing.Model.Diagnostics;

namespace Briefing.Model.Interop;

/// <summary>
/// The structural rules of IPTC ninjs 2.2 (<c>ninjs-schema_2.2.json</c>), written out by hand so the
/// importer can check documents without a JSON Schema engine: member types, required members,
/// enumerations, number ranges, the <c>oneOf</c> alternatives, and closed objects (no unknown
/// members, as the schema's <c>additionalProperties</c>/<c>unevaluatedProperties</c> say).
/// Formats (<c>uri</c>, <c>date-time</c>) are annotations in draft 2020-12 and are not asserted.
/// </summary>
internal static class NinjsSchema
{
    private static readonly Shape Text = new StringShape(null);
    private static readonly Shape Number = new NumberShape(Integer: false, Minimum: null, Maximum: null);
    private static readonly Shape Percent = new NumberShape(Integer: true, Minimum: 0, Maximum: 100);
    private static readonly Shape Anything = new AnyShape();

    /// <summary>The root object: every <c>ninjsType</c> member, <c>uri</c> required.</summary>
    public static ObjectShape Root { get; } = BuildRoot();

    /// <summary>Checks <paramref name="element"/> against the root shape, adding an error diagnostic for each violation.</summary>
    public static void Check(JsonElement element, List<Diagnostic> diagnostics) => Root.Check(element, "", diagnostics);

    private static ObjectShape BuildRoot()
    {
        var contactInfo = Closed(
            [
                ("type", Text), ("role", Text), ("lang", Text), ("name", Text), ("value", Text),
                ("address", Closed([("lines", new ArrayShape(Text)), ("locality", Text), ("area", Text), ("postalcode", Text), ("country", Text)])),
            ],
            oneOfRequired: ["value", "address"]);
        var contactInfos = new ArrayShape(contactInfo);
        var roleValue = new ArrayShape(Closed([("role", Text), ("contenttype", Text), ("value", Text)], required: ["value"]));
        var nameRelUriLiteral = new ArrayShape(Closed([("name", Text), ("rel", Text), ("uri", Text), ("literal", Text)]));
        var withContact = new ArrayShape(Closed([("name", Text), ("rel", Text), ("uri", Text), ("literal", Text), ("contactinfo", contactInfos)]));

        var members = new Dictionary<string, Shape>(StringComparer.Ordinal);
        var associationMembers = new Dictionary<string, Shape>(StringComparer.Ordinal);
        var root = new ObjectShape(members, ["uri"], null);
        var association = new ObjectShape(associationMembers, ["name", "uri"], null);

        members["uri"] = Text;
        members["type"] = new StringShape(["text", "audio", "video", "picture", "graphic", "composite", "component"]);
        members["representationtype"] = new StringShape(["full", "partial"]);
        foreach (var name in (string[])["profile", "version", "copyrightholder", "copyrightnotice", "usageterms", "ednote", "language", "title", "by", "slugline", "located"])
        {
            members[name] = Text;
        }

        foreach (var name in (string[])["firstcreated", "versioncreated", "contentcreated", "embargoed", "expires"])
        {
            members[name] = Text;
        }

        members["pubstatus"] = new StringShape(["usable", "withheld", "canceled"]);
        members["urgency"] = Number;
        members["descriptions"] = roleValue;
        members["headlines"] = roleValue;
        members["bodies"] = new ArrayShape(Closed([("role", Text), ("contenttype", Text), ("charcount", Number), ("wordcount", Number), ("value", Text)], required: ["value"]));
        members["people"] = withContact;
        members["organisations"] = new ArrayShape(Closed(
        [
            ("name", Text), ("rel", Text), ("uri", Text), ("literal", Text), ("contactinfo", contactInfos),
            ("symbols", new ArrayShape(Closed([("ticker", Text), ("exchange", Text), ("symboltype", Text), ("symbol", Text)]))),
        ]));
        members["places"] = new ArrayShape(Closed([("name", Text), ("rel", Text), ("uri", Text), ("literal", Text), ("contactinfo", contactInfos), ("geojson", Anything)]));
        members["subjects"] = new ArrayShape(Closed(
        [
            ("name", Text), ("rel", Text), ("uri", Text), ("literal", Text), ("creator", Text), ("relevance", Percent), ("confidence", Percent),
        ]));
        members["events"] = nameRelUriLiteral;
        members["objects"] = nameRelUriLiteral;
        members["infosources"] = new ArrayShape(Closed([("name", Text), ("role", Text), ("uri", Text), ("literal", Text), ("contactinfo", contactInfos)]));
        members["renditions"] = new ArrayShape(Closed(
            [
                ("name", Text), ("href", Text), ("contenttype", Text), ("title", Text), ("height", Number), ("width", Number),
                ("sizeinbytes", Number), ("duration", Number), ("format", Text),
            ],
            required: ["name"]));
        members["associations"] = new ArrayShape(association);
        members["altids"] = new ArrayShape(Closed([("role", Text), ("value", Text)]));
        members["trustindicators"] = new ArrayShape(Closed([("role", Text), ("title", Text), ("href", Text)]));
        members["standard"] = Closed([("name", Text), ("version", Text), ("schema", Text)]);
        members["genres"] = new ArrayShape(Closed([("name", Text), ("uri", Text), ("literal", Text)]));
        // rightsinfo is the one object the schema leaves open (no additionalProperties).
        members["rightsinfo"] = new ObjectShape(
            new Dictionary<string, Shape>(StringComparer.Ordinal) { ["langid"] = Text, ["linkedrights"] = Text, ["encodedrights"] = Text },
            [],
            ["linkedrights", "encodedrights"],
            Closed: false);
        members["digitalsourcetype"] = Closed([("name", Text), ("uri", Text), ("literal", Text)]);

        // An association may use every ninjs member, plus its own name; name and uri are required.
        foreach (var (name, shape) in members)
        {
            associationMembers[name] = shape;
        }

        associationMembers["name"] = Text;
        return root;
    }

    private static ObjectShape Closed((string Name, Shape Shape)[] members, string[]? required = null, string[]? oneOfRequired = null)
    {
        var map = new Dictionary<string, Shape>(members.Length, StringComparer.Ordinal);
        foreach (var (name, shape) in members)
        {
            map[name] = shape;
        }

        return new ObjectShape(map, required ?? [], oneOfRequired);
    }

    private static void Report(List<Diagnostic> diagnostics, string code, string path, string message) =>
        diagnostics.Add(new Diagnostic { Code = code, Severity = DiagnosticSeverity.Error, Message = message, Path = path });

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };


    /// <summary>A part of the schema.</summary>
    internal abstract class Shape
    {
        public abstract void Check(JsonElement element, string path, List<Diagnostic> diagnostics);

        protected static bool Expect(JsonElement element, JsonValueKind kind, string expected, string path, List<Diagnostic> diagnostics)
        {
            if (element.ValueKind == kind)
            {
                return true;
            }

            Report(diagnostics, NinjsCodes.WrongType, path, $"Expected {expected}, found {Describe(element.ValueKind)}.");
            return false;
        }
    }

    private sealed class AnyShape : Shape
    {
        public override void Check(JsonElement element, string path, List<Diagnostic> diagnostics)
        {
        }
    }

    private sealed class StringShape(string[]? values) : Shape
    {
        public override void Check(JsonElement element, string path, List<Diagnostic> diagnostics)
        {
            if (Expect(element, JsonValueKind.String, "a string", path, diagnostics) && values is not null &&
                Array.IndexOf(values, element.GetString()) < 0)
            {
                Report(diagnostics, NinjsCodes.NotAllowed, path, $"'{element.GetString()}' is not allowed here; expected one of: {string.Join(", ", values)}.");
            }
        }
    }

    private sealed class NumberShape(bool Integer, int? Minimum, int? Maximum) : Shape
    {
        public override void Check(JsonElement element, string path, List<Diagnostic> diagnostics)
        {
            if (!Expect(element, JsonValueKind.Number, Integer ? "an integer" : "a number", path, diagnostics))
            {
                return;
            }

            var value = element.GetDouble();
            if (Integer && value != Math.Floor(value))
            {
                Report(diagnostics, NinjsCodes.WrongType, path, $"Expected an integer, found {element.GetRawText()}.");
            }
            else if ((Minimum is { } min && value < min) || (Maximum is { } max && value > max))
            {
                Report(diagnostics, NinjsCodes.NotAllowed, path, $"{element.GetRawText()} is outside the allowed range {Minimum}–{Maximum}.");
            }
        }
    }

    private sealed class ArrayShape(Shape items) : Shape
    {
        public override void Check(JsonElement element, string path, List<Diagnostic> diagnostics)
        {
            if (!Expect(element, JsonValueKind.Array, "an array", path, diagnostics))
            {
                return;
            }

            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                items.Check(item, $"{path}/{index}", diagnostics);
                index++;
            }
        }
    }

    /// <summary>An object with known members, required members and, when closed, nothing else.</summary>
    internal sealed class ObjectShape(Dictionary<string, Shape> members, string[] required, string[]? oneOfRequired, bool Closed = true) : Shape
    {
        public override void Check(JsonElement element, string path, List<Diagnostic> diagnostics)
        {
            if (!Expect(element, JsonValueKind.Object, "an object", path, diagnostics))
            {
                return;
            }

            foreach (var name in required)
            {
                if (!element.TryGetProperty(name, out _))
                {
                    Report(diagnostics, NinjsCodes.MissingMember, path, $"The required member '{name}' is missing.");
                }
            }

            if (oneOfRequired is not null)
            {
                var present = oneOfRequired.Count(name => element.TryGetProperty(name, out _));
                if (present != 1)
                {
                    Report(diagnostics, present == 0 ? NinjsCodes.MissingMember : NinjsCodes.NotAllowed, path, $"Exactly one of {string.Join(", ", oneOfRequired.Select(n => $"'{n}'"))} is required; found {present}.");
                }
            }

            foreach (var property in element.EnumerateObject())
            {
                var memberPath = $"{path}/{Json.JsonPositions.Escape(property.Name)}";
                if (members.TryGetValue(property.Name, out var shape))
                {
                    shape.Check(property.Value, memberPath, diagnostics);
                }
                else if (Closed)
                {
                    Report(diagnostics, NinjsCodes.UnknownMember, memberPath, $"'{property.Name}' is not a ninjs 2.2 member (the schema allows no other members here).");
                }
            }
        }
    }
}
