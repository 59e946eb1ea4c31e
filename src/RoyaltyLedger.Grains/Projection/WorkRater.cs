using System.Collections.Immutable;
using System.Diagnostics;
using RoyaltyLedger.Application;
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

    /// <summary>The rating of each use, in the order given; null where the work is not registered. Throws when any work's rating fails.</summary>
    public static async Task<UseRating?[]> RateAsync(
        IGrainFactory grains, IReadOnlyList<(string WorkId, LoggedUse Use)> uses, ProjectionFailures classify, ProjectionFaults? faults = null)
    {
        var (ratings, failures) = await RateIsolatedAsync(grains, uses, classify, faults);
        if (failures.FirstOrDefault(f => f is not null) is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return ratings;
    }

    /// <summary>
    /// The rating of each use, in the order given, null where the work is not registered; and for each use whose work's
    /// rating failed other than transiently, the failure (the ratings of other works stand). A transient failure throws.
    /// </summary>
    public static async Task<(UseRating?[] Ratings, Exception?[] Failures)> RateIsolatedAsync(
        IGrainFactory grains, IReadOnlyList<(string WorkId, LoggedUse Use)> uses, ProjectionFailures classify, ProjectionFaults? faults)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(uses);
        ArgumentNullException.ThrowIfNull(classify);
        var ratings = new UseRating?[uses.Count];
        var failures = new Exception?[uses.Count];
        var groups = Enumerable.Range(0, uses.Count)
            .GroupBy(i => (uses[i].Use.OperatorId, uses[i].WorkId))
            .ToList();
        // A window of calls rather than waves: a slow call (a grain activating and loading its snapshot) holds up one
        // slot, not the whole wave behind it.
        await Parallel.ForEachAsync(groups, new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrentCalls }, async (group, _) =>
        {
            var indexes = group.ToList();
            ImmutableArray<UseRating>? rated;
            try
            {
                faults?.ThrowIfFailing(group.Key.WorkId);
                rated = await RateGroupAsync(grains, group.Key.OperatorId, group.Key.WorkId, [.. indexes.Select(i => uses[i].Use)]);
            }
            catch (Exception exception) when (classify.IsUses(exception))
            {
                foreach (var i in indexes)
                {
                    failures[i] = exception;
                }

                return;
            }

            for (var j = 0; j < indexes.Count; j++)
            {
                ratings[indexes[j]] = rated is { } r ? r[j] : null;
            }
        });

        return (ratings, failures);
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
