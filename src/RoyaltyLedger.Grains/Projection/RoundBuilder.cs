using RoyaltyLedger.Domain;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Quarantine;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Builds a round's commit from its inputs, setting aside each use that cannot be priced or posted instead of failing
/// the round. The first pass adds uses straight to the round's totals and book, at no cost per use; should one throw,
/// it may have left part of itself in them, so the round is built again in a careful pass that first adds each use to
/// a book of its own and only then to the round's. A careful pass starts over only when a use that passed alone fails
/// on the round's sums (an overflow of a total), at most <see cref="MaxCarefulPasses"/> times.
/// </summary>
internal static class RoundBuilder
{
    public const int MaxCarefulPasses = 8;

    /// <summary>The status under which set-aside uses are counted in the projection metric.</summary>
    public const string Quarantined = "quarantined";

    /// <summary>
    /// Builds the commit of the uses <paramref name="include"/> admits (all when null); uses in <paramref name="failed"/>
    /// are set aside with their error and not priced.
    /// </summary>
    public static BuiltRound Build(
        RoundInputs inputs, IReadOnlyDictionary<int, Exception> failed, Func<int, bool>? include, long nowUnixMs, ProjectionFailures classify)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var failures = new Dictionary<int, Exception>(failed);
        for (var pass = 0; ; pass++)
        {
            if (TryBuild(inputs, failures, include, careful: pass > 0, nowUnixMs, classify) is { } built)
            {
                return built;
            }

            if (pass == MaxCarefulPasses)
            {
                throw new InvalidOperationException(
                    $"a projection round over log rows {LogRanges.Format(inputs.LogSeqs)} still failed on its sums after {MaxCarefulPasses} careful passes; " +
                    $"last: {failures.Values.Last().Message}");
            }
        }
    }

    /// <summary>One pass; null when a use failed on the round's own totals or book, which it is then recorded in <paramref name="failures"/> for.</summary>
    private static BuiltRound? TryBuild(
        RoundInputs inputs, Dictionary<int, Exception> failures, Func<int, bool>? include, bool careful, long nowUnixMs, ProjectionFailures classify)
    {
        var round = new PricedRound();
        var suspense = new List<UnidentifiedUse>();
        var workLog = new HashSet<(string, long)>();
        var statuses = new Dictionary<string, int>(StringComparer.Ordinal);
        var events = 0;
        for (var i = 0; i < inputs.Uses.Count; i++)
        {
            if (failures.ContainsKey(i) || (include is not null && !include(i)))
            {
                continue;
            }

            var (use, work, rating) = (inputs.Uses[i], inputs.Works[i], inputs.Ratings[i]);
            if (careful && work is not null && rating is not null)
            {
                try
                {
                    new PricedRound().Add(use, work, rating, Settlements.For(inputs.Settled, use, work));
                }
                catch (Exception exception) when (classify.IsUses(exception))
                {
                    failures[i] = exception;
                    continue;
                }
            }

            UseStatus status;
            try
            {
                status = UsageProjection.Project(use, work, rating, inputs.Settled, round, suspense);
            }
            catch (Exception exception) when (classify.IsUses(exception))
            {
                failures[i] = exception;
                return null;
            }

            events++;
            var name = UseStatusNames.Of(status);
            statuses[name] = statuses.GetValueOrDefault(name) + 1;
            if (status != UseStatus.Unidentified)
            {
                workLog.Add((work!, use.LogSeq));
            }
        }

        return Commit(inputs, failures, round, suspense, workLog, statuses, events, nowUnixMs);
    }

    private static BuiltRound Commit(RoundInputs inputs, Dictionary<int, Exception> failures, PricedRound round, List<UnidentifiedUse> suspense,
        HashSet<(string, long)> workLog, Dictionary<string, int> statuses, int events, long nowUnixMs)
    {
        var quarantined = new List<QuarantinedUse>(inputs.RowFailures);
        quarantined.AddRange(failures.Select(f => RoundInputs.Quarantine(inputs.Uses[f.Key], inputs.Works[f.Key], f.Value, nowUnixMs)));
        if (quarantined.Count > 0)
        {
            statuses[Quarantined] = quarantined.Count;
        }

        var logSeqs = inputs.IsRetry ? inputs.Uses.Select(u => u.LogSeq).Distinct().Order().ToList() : [.. inputs.LogSeqs];
        var journal = logSeqs.Count == 0 ? [] : UsageProjection.Entries(logSeqs, events, round.Book);
        var commit = new ProjectionCommit(inputs.IsRetry ? [] : inputs.LogSeqs, round.Totals.ToDeltas(), suspense, [.. workLog], journal, nowUnixMs)
        {
            Quarantined = inputs.IsRetry ? [.. quarantined.Select(q => Carry(inputs, q))] : quarantined,
            Released = [.. inputs.Retried.Keys],
            Partition = inputs.Partition,
        };
        return new BuiltRound(commit, statuses, failures);
    }

    /// <summary>A use a retry sets aside again keeps when it was first set aside and counts one more attempt.</summary>
    private static QuarantinedUse Carry(RoundInputs inputs, QuarantinedUse again)
    {
        var key = (again.LogSeq, again.EventIndex);
        if (inputs.Retried.TryGetValue(key, out var before) || inputs.Retried.TryGetValue((again.LogSeq, UseKeys.WholeRow), out before))
        {
            return again with { FirstQuarantinedAtUnixMs = before.FirstQuarantinedAtUnixMs, Attempts = before.Attempts + 1 };
        }

        // A row whose uses were set aside one by one and that no longer decodes at all: the whole row is set aside anew.
        return again;
    }
}

/// <summary>A built round: its commit, its events by status (set-aside ones as "quarantined"), and the uses it set aside by index.</summary>
internal sealed record BuiltRound(ProjectionCommit Commit, IReadOnlyDictionary<string, int> Statuses, IReadOnlyDictionary<int, Exception> Failures);
