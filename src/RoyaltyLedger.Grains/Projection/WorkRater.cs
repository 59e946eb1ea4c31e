using System.Collections.Immutable;
using System.Diagnostics;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Rates uses with their work grains: one <see cref="IWorkGrain.Rate"/> call per distinct (operator, work), at most
/// <see cref="MaxConcurrentCalls"/> at a time, so a round with many works does not activate them all at once and
/// exhaust the database's connections (the reason for <see cref="BoundedCalls"/>, whose bound this shares).
/// </summary>
internal static class WorkRater
{
    public const int MaxConcurrentCalls = BoundedCalls.MaxInFlight;

    /// <summary>The rating of each use, in the order given; null where the work is not registered.</summary>
    public static async Task<UseRating?[]> RateAsync(IGrainFactory grains, IReadOnlyList<(string WorkId, LoggedUse Use)> uses)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(uses);
        var ratings = new UseRating?[uses.Count];
        var groups = Enumerable.Range(0, uses.Count)
            .GroupBy(i => (uses[i].Use.OperatorId, uses[i].WorkId))
            .ToList();
        // A window of calls rather than waves: a slow call (a grain activating and loading its snapshot) holds up one
        // slot, not the whole wave behind it.
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentCalls }, async (group, _) =>
        {
            var indexes = group.ToList();
            var rated = await RateGroupAsync(grains, group.Key.OperatorId, group.Key.WorkId, [.. indexes.Select(i => uses[i].Use)]);
            for (var j = 0; j < indexes.Count; j++)
            {
                ratings[indexes[j]] = rated is { } r ? r[j] : null;
            }
        });

        return ratings;
    }

    private static async Task<ImmutableArray<UseRating>?> RateGroupAsync(IGrainFactory grains, string operatorId, string workId, IReadOnlyList<LoggedUse> uses)
    {
        ImmutableArray<UseQuery> queries = [.. uses.Select(u => new UseQuery(u.ModelId, u.Use, u.OccurredAt, u.TerritoryCode, u.UnitKind))];
        var rated = await grains.GetGrain<IWorkGrain>(workId).Rate(operatorId, queries);
        if (rated is { } r && r.Length != queries.Length)
        {
            throw new UnreachableException($"work {workId} rated {r.Length} uses by operator {operatorId}, asked for {queries.Length}");
        }

        return rated;
    }
}
