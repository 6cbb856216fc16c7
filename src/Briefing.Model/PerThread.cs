namespace Briefing.Model;

/// <summary>
/// A component's working lists, reused from call to call on a thread (<see cref="PerThread{T}"/>).
/// </summary>
internal interface IScratch
{
    /// <summary>
    /// Empties the lists, so nothing of the last document stays reachable, and says whether they are small
    /// enough to keep: a list grown past <paramref name="maxKeptItems"/> (a huge input) is let go instead.
    /// </summary>
    bool Reset(int maxKeptItems);
}

/// <summary>
/// The one per-thread pool of working lists: <see cref="Rent"/> takes the thread's instance (or a new
/// one, also when it is already in use further up the stack) and <see cref="Return"/> resets it and keeps
/// it for the thread's next call unless it grew too large.
/// </summary>
internal static class PerThread<T>
    where T : class, IScratch, new()
{
    [ThreadStatic]
    private static T? t_cached;

    /// <summary>Takes the thread's instance, or a new one when it has none.</summary>
    public static T Rent()
    {
        var scratch = t_cached ?? new T();
        t_cached = null;
        return scratch;
    }

    /// <summary>Resets <paramref name="scratch"/> and keeps it for the thread's next <see cref="Rent"/> unless it grew too large.</summary>
    public static void Return(T scratch)
    {
        if (scratch.Reset(PerThread.MaxKeptItems))
        {
            t_cached = scratch;
        }
    }
}

/// <summary>What every <see cref="IScratch"/> shares: the size past which lists are let go.</summary>
internal static class PerThread
{
    /// <summary>Lists that grew past this many items are let go rather than kept.</summary>
    public const int MaxKeptItems = 4096;

    /// <summary>Whether every one of <paramref name="capacities"/> is at most <paramref name="maxKeptItems"/>.</summary>
    public static bool Small(int maxKeptItems, params ReadOnlySpan<int> capacities)
    {
        foreach (var capacity in capacities)
        {
            if (capacity > maxKeptItems)
            {
                return false;
            }
        }

        return true;
    }
}
