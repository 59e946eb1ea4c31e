using System.Collections.Concurrent;
using System.Collections.Immutable;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Usage;

namespace RoyaltyLedger.Application.Usage;

/// <summary>
/// The partition of each counted use, as the ingest edge files it (docs/partitions.md): the partition of its work id,
/// or of the registered work carrying its identifier, else of "scheme/value". Identifiers are looked up in
/// <c>work_identifiers</c> through a per-silo cache of hits only: an identifier never moves to another work, so a hit
/// stays true, while a miss may be registered any moment and is asked again. A use filed under its identifier whose
/// work is registered before it is projected goes to suspense and is matched into its work's partition, so the cache
/// is never needed for correctness, only to spare that detour.
/// </summary>
public sealed class WorkPartitions(LedgerPartitioning partitioning, IUsageProjectionStore store)
{
    /// <summary>Bounds the cache; beyond it, entries are dropped and looked up again.</summary>
    public const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<WorkRef, string> _works = new();

    /// <summary>How many partitions the ledger has.</summary>
    public int Count => partitioning.Count;

    /// <summary>The partition of each event (in the given order); empty with one partition, where every use is in partition 0.</summary>
    public async Task<ImmutableArray<int>> OfAsync(IReadOnlyList<UsageEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (partitioning.Count == 1)
        {
            return [];
        }

        var refs = events.Select(e => e.WorkId.Length > 0 ? null : WorkKeys.Ref(e.WorkRefScheme, e.WorkRefValue)).ToList();
        var missing = refs.OfType<WorkRef>().Where(r => !_works.ContainsKey(r)).Distinct().ToList();
        if (missing.Count > 0)
        {
            var found = await store.FindWorksByIdentifierAsync(missing, cancellationToken);
            if (_works.Count + found.Count > MaxEntries)
            {
                _works.Clear();
            }

            foreach (var (identifier, workId) in found)
            {
                _works[identifier] = workId;
            }
        }

        var partitions = ImmutableArray.CreateBuilder<int>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var registered = refs[i] is { } r ? _works.GetValueOrDefault(r) : null;
            partitions.Add(partitioning.PartitionOf(WorkKeys.Of(events[i].WorkId, refs[i], registered)));
        }

        return partitions.MoveToImmutable();
    }
}
