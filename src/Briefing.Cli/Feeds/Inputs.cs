namespace Briefing.Cli.Feeds;

/// <summary>How an input is read.</summary>
internal enum InputKind
{
    /// <summary>A plain-text briefing (<c>.txt</c>).</summary>
    Text,

    /// <summary>One JSON document (<c>.json</c>).</summary>
    Json,

    /// <summary>A feed, one JSON document a line (<c>.ndjson</c>, <c>.jsonl</c>).</summary>
    Ndjson,

    /// <summary>A web page (<c>.html</c>, <c>.htm</c>).</summary>
    Html,
}

/// <summary>One input of <c>briefing validate</c>: a file (or <c>-</c> for standard input) and how to read it.</summary>
/// <param name="File">The path as named or found; <c>-</c> for standard input.</param>
/// <param name="Kind">How to read it.</param>
internal sealed record Input(string File, InputKind Kind);

/// <summary>
/// Expands the PATH arguments of <c>briefing validate</c>: files, directories (recursively) and glob
/// patterns (<c>*</c> and <c>?</c> within a path segment, <c>**</c> for any number of segments), each
/// expansion in ordinal order, duplicates dropped, arguments in the order given.
/// </summary>
internal static class Inputs
{
    /// <summary>The files <c>validate</c> reads, as messages name them (the extensions <see cref="KindOf"/> knows).</summary>
    public const string Described = ".json, .txt, .html, .ndjson or .jsonl";

    /// <summary>The kind a file's extension says, or <see langword="null"/> for other files.</summary>
    public static InputKind? KindOf(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.ToUpperInvariant() switch
        {
            ".TXT" => InputKind.Text,
            ".JSON" => InputKind.Json,
            ".NDJSON" or ".JSONL" => InputKind.Ndjson,
            ".HTML" or ".HTM" => InputKind.Html,
            _ => null,
        };
    }

    /// <summary>Expands the arguments; <see langword="false"/> with a one-line problem for a bad one.</summary>
    public static bool TryExpand(IReadOnlyList<string> paths, InputKind stdinKind, bool allowEmpty, out List<Input> inputs, out string problem)
    {
        var found = new List<Input>();
        inputs = found;
        problem = "";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                if (!seen.Add("-"))
                {
                    problem = "standard input ('-') can be read only once.";
                    return false;
                }

                found.Add(new Input("-", stdinKind));
            }
            else if (File.Exists(path))
            {
                if (KindOf(path) is not { } kind)
                {
                    problem = $"'{path}' is not a {Described} file.";
                    return false;
                }

                Add(path, kind);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Enumerate(path).Order(StringComparer.Ordinal))
                {
                    if (KindOf(file) is { } kind)
                    {
                        Add(file, kind);
                    }
                }
            }
            else if (path.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                var (root, pattern) = Glob.Split(path);
                if (!Directory.Exists(root.Length == 0 ? "." : root))
                {
                    problem = $"'{path}': no such directory '{root}'.";
                    return false;
                }

                var matched = false;
                var glob = new Glob(pattern);
                var baseDirectory = root.Length == 0 ? "." : root;
                foreach (var file in Enumerate(baseDirectory).Order(StringComparer.Ordinal))
                {
                    var relative = Path.GetRelativePath(baseDirectory, file).Replace('\\', '/');
                    if (glob.IsMatch(relative) && KindOf(file) is { } kind)
                    {
                        matched = true;
                        Add(root.Length == 0 ? relative : Path.Combine(root, relative), kind);
                    }
                }

                if (!matched && !allowEmpty)
                {
                    problem = $"'{path}': no {Described} file matches (pass --allow-empty to accept that).";
                    return false;
                }
            }
            else
            {
                problem = $"'{path}': no such file or directory.";
                return false;
            }
        }

        return true;

        void Add(string file, InputKind kind)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                found.Add(new Input(file, kind));
            }
        }
    }

    private static IEnumerable<string> Enumerate(string directory) =>
        Directory.EnumerateFiles(directory, "*", new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        });
}

/// <summary>
/// A small glob matcher over <c>/</c>-separated relative paths: <c>*</c> and <c>?</c> within a
/// segment, <c>**</c> for zero or more segments. Matching is by dynamic programming over segments and
/// a linear two-pointer scan within one, so no pattern takes more than O(pattern × path) steps.
/// </summary>
internal sealed class Glob
{
    private readonly string[] _segments;

    public Glob(string pattern) => _segments = pattern.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Splits a path with wildcards into the directory before the first wildcard segment and the rest.</summary>
    public static (string Root, string Pattern) Split(string path)
    {
        var normalized = path.Replace('\\', '/');
        var segments = normalized.Split('/');
        var first = Array.FindIndex(segments, s => s.AsSpan().IndexOfAny('*', '?') >= 0);
        var root = string.Join('/', segments[..first]);
        if (root.Length == 0 && normalized.StartsWith('/'))
        {
            root = "/";
        }

        return (root, string.Join('/', segments[first..]));
    }

    /// <summary>Whether the relative path matches.</summary>
    public bool IsMatch(string relativePath)
    {
        var path = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        // can[i, j]: pattern segments from i match path segments from j.
        var can = new bool[_segments.Length + 1, path.Length + 1];
        can[_segments.Length, path.Length] = true;
        for (var i = _segments.Length - 1; i >= 0; i--)
        {
            for (var j = path.Length; j >= 0; j--)
            {
                can[i, j] = _segments[i] == "**"
                    ? can[i + 1, j] || (j < path.Length && can[i, j + 1])
                    : j < path.Length && can[i + 1, j + 1] && SegmentMatches(_segments[i], path[j]);
            }
        }

        return can[0, 0];
    }

    /// <summary>Matches one segment with <c>*</c> and <c>?</c> (ordinal, case-sensitive), in linear time per star.</summary>
    public static bool SegmentMatches(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == text[t]))
            {
                p++;
                t++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = t;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++mark;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
