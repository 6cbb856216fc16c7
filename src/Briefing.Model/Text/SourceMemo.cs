namespace Briefing.Model.Text;

/// <summary>
/// The last source <see cref="Sources.FromText"/> read on this thread, with the text and location it read it
/// from: the rules that try the same subject one after another (the direct pass and the reported pass on the
/// same sentence, a rule's candidates that share a subject) get it again without reading it again.
/// <see cref="Sources.FromText"/> depends on nothing but its arguments, so a nested parse on the same thread
/// may share the entry; <see cref="ParseScratch.Reset"/> drops it, so no text outlives the parse.
/// </summary>
internal static class SourceMemo
{
    [ThreadStatic]
    private static string? t_text;

    [ThreadStatic]
    private static string? t_location;

    [ThreadStatic]
    private static Source? t_source;

    /// <summary>The source last read from <paramref name="text"/> and <paramref name="location"/>, if it was the last one read.</summary>
    public static bool TryGet(string text, string? location, out Source source)
    {
        source = t_source!;
        return source is not null && string.Equals(t_text, text, StringComparison.Ordinal) && string.Equals(t_location, location, StringComparison.Ordinal);
    }

    /// <summary>Keeps <paramref name="source"/> as the one read from <paramref name="text"/> and <paramref name="location"/>; returns it.</summary>
    public static Source Keep(string text, string? location, Source source)
    {
        (t_text, t_location, t_source) = (text, location, source);
        return source;
    }

    /// <summary>Drops the entry.</summary>
    public static void Clear() => (t_text, t_location, t_source) = (null, null, null);
}
