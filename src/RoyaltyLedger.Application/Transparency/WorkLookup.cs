using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Transparency;

/// <summary>Describes the works of one report page at once, a bounded number of grain calls in flight.</summary>
public static class WorkLookup
{
    public const int MaxConcurrentCalls = 32;

    /// <summary>Each work's snapshot, null for a work no longer registered.</summary>
    public static async Task<Dictionary<string, WorkSnapshot?>> DescribeAsync(IGrainFactory grains, IEnumerable<string> workIds, CancellationToken cancellationToken)
    {
        var ids = workIds.Distinct(StringComparer.Ordinal).ToList();
        var found = new WorkSnapshot?[ids.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentCalls, CancellationToken = cancellationToken },
            async (i, _) => found[i] = await grains.GetGrain<IWorkGrain>(ids[i]).Describe());
        return ids.Select((id, i) => (id, found[i])).ToDictionary(p => p.id, p => p.Item2, StringComparer.Ordinal);
    }
}
