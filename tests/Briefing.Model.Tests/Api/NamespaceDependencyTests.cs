using System.Reflection;
using System.Reflection.Emit;
using Briefing.Model.Json;

namespace Briefing.Model.Tests.Api;

/// <summary>
/// Issue 16.5: the namespaces of Briefing.Model form no cycle, so each can be read (and changed) on its
/// own terms: the model at the root depends on nothing else, the text reader may use the metric
/// extractor but not the other way round, and so on. The dependencies are read from the compiled
/// code itself (member signatures and every method body's IL), so a fully qualified name or a
/// lambda counts as much as a <c>using</c>.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void The_namespaces_form_no_cycle()
    {
        var graph = Dependencies(typeof(BriefingJson).Assembly);

        var cycles = new List<string>();
        foreach (var (from, targets) in graph)
        {
            foreach (var to in targets.Where(t => string.CompareOrdinal(from, t) < 0))
            {
                if (Reaches(graph, to, from))
                {
                    cycles.Add($"{Short(from)} -> {Short(to)} ({Why(from, to)}) -> … -> {Short(from)}" + (graph[to].Contains(from) ? $" ({Why(to, from)})" : ""));
                }
            }
        }

        Assert.True(cycles.Count == 0, "Namespace cycles: " + string.Join("; ", cycles));
    }

    [Fact]
    public void The_check_sees_dependencies_in_method_bodies()
    {
        // The text reader extracts metrics: that edge is only visible inside method bodies.
        var graph = Dependencies(typeof(BriefingJson).Assembly);

        Assert.Contains("Briefing.Model.Metrics", graph["Briefing.Model.Text"]);
    }

    /// <summary>Which types make the edge (for the failure message).</summary>
    private static string Why(string from, string to) =>
        string.Join(", ", typeof(BriefingJson).Assembly.GetTypes()
            .Where(t => NamespaceOf(t) == from)
            .SelectMany(t => UsedTypes(t).Where(u => u.Assembly == t.Assembly && NamespaceOf(u) == to).Select(u => $"{Outer(t).Name} uses {Outer(u).Name}"))
            .Distinct()
            .Take(6));

    private static Type Outer(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static string Short(string ns) => ns == "Briefing.Model" ? "(root)" : ns["Briefing.Model.".Length..];

    private static bool Reaches(Dictionary<string, HashSet<string>> graph, string start, string goal)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var current))
        {
            if (current == goal)
            {
                return true;
            }

            foreach (var next in graph.GetValueOrDefault(current) ?? [])
            {
                if (seen.Add(next))
                {
                    pending.Push(next);
                }
            }
        }

        return false;
    }

    private static Dictionary<string, HashSet<string>> Dependencies(Assembly assembly)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = NamespaceOf(type);
            if (from is null)
            {
                continue;
            }

            var targets = graph.TryGetValue(from, out var known) ? known : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var used in UsedTypes(type))
            {
                if (NamespaceOf(used) is { } to && to != from && used.Assembly == assembly)
                {
                    targets.Add(to);
                }
            }
        }

        return graph;
    }

    /// <summary>The namespace a type belongs to (a nested or compiler-generated type belongs to its outermost type's).</summary>
    private static string? NamespaceOf(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type.Namespace is { } ns && ns.StartsWith("Briefing.Model", StringComparison.Ordinal) ? ns : null;
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var field in type.GetFields(Everything))
        {
            yield return field.FieldType;
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info)
            {
                yield return info.ReturnType;
            }

            foreach (var parameter in method.GetParameters())
            {
                yield return parameter.ParameterType;
            }

            foreach (var used in BodyReferences(method))
            {
                yield return used;
            }
        }
    }

    /// <summary>The declaring types of the members and the types a method body's IL refers to.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var module = method.Module;
        var typeArguments = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            var value = il[i] == 0xFE && i + 1 < il.Length ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += value > 0xFF || value < 0 ? 2 : 1;
            var opCode = OpCodesByValue[value];
            var size = opCode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, i)),
                _ => 4,
            };
            if (opCode.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                Type? used = null;
                try
                {
                    var member = module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                    used = member as Type ?? member?.DeclaringType;
                }
                catch (ArgumentException)
                {
                    // A token into a generic context this walk does not reconstruct: not one of ours.
                }

                if (used is not null)
                {
                    yield return used;
                }
            }

            i += size;
        }
    }
}
