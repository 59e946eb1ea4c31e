using System.Runtime.ExceptionServices;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Quarantine;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Commits a built round; when the database refuses it for a reason a retry would meet again (a constraint, a value it
/// cannot hold), finds the uses to blame and commits the round without them, setting them aside with the database's
/// error. Transient failures and the second projector's conflict are not handled here: they fail or return as before.
/// <para>
/// The search: a trial commit (a transaction always rolled back, <see cref="IQuarantineStore.ProbeRoundAsync"/>) of the
/// round without any use must pass, or no use is to blame and the error is thrown. Then the round's uses are halved,
/// and each half is tried alone; a half that fails is halved again down to single uses, which are set aside. Finding f
/// failing uses among n takes at most about 2·f·log2(n) trials; past <see cref="MaxTrials"/> trials, the uses not yet
/// cleared are set aside together (a retry sorts them out later, one page at a time), so the work stays bounded.
/// Then the round is built again without the uses found and committed; should that fail again (uses that fail only
/// together), the search runs once more, then the error is thrown and the round is retried later.
/// </para>
/// </summary>
internal static class CommitIsolation
{
    public const int MaxTrials = 48;

    public const int MaxSearches = 2;

    /// <summary>Commits; returns false when another projector had committed some of the same rows (nothing was written).</summary>
    public static async Task<(bool Committed, BuiltRound Round)> CommitAsync(
        ProjectionStores stores, ProjectionFailures failures, RoundInputs inputs, BuiltRound built, long nowUnixMs, CancellationToken cancellationToken)
    {
        var (store, quarantine) = (stores.Projection, stores.Quarantine);
        Exception failure;
        try
        {
            return (await store.CommitRoundAsync(built.Commit, cancellationToken), built);
        }
        catch (Exception exception) when (failures.IsUses(exception))
        {
            failure = exception;
        }

        var failed = new Dictionary<int, Exception>(built.Failures);
        for (var search = 1; search <= MaxSearches; search++)
        {
            var bare = RoundBuilder.Build(inputs, failed, _ => false, nowUnixMs, failures);
            var probe = await quarantine.ProbeRoundAsync(bare.Commit, cancellationToken);
            if (probe.Conflicted)
            {
                return (false, built);
            }

            if (probe.Failure is not null)
            {
                // The round fails with none of its uses: nothing to set aside; the caller retries it later.
                ExceptionDispatchInfo.Throw(failure);
            }

            var suspects = Enumerable.Range(0, inputs.Uses.Count).Where(i => !failed.ContainsKey(i)).ToList();
            if (!await SearchAsync(quarantine, failures, inputs, failed, suspects, failure, nowUnixMs, cancellationToken))
            {
                return (false, built);
            }

            var final = RoundBuilder.Build(inputs, failed, null, nowUnixMs, failures);
            try
            {
                return (await store.CommitRoundAsync(final.Commit, cancellationToken), final);
            }
            catch (Exception exception) when (failures.IsUses(exception))
            {
                failure = exception;
            }
        }

        ExceptionDispatchInfo.Throw(failure);
        return default; // Not reached.
    }

    /// <summary>Adds the suspects that fail alone to <paramref name="failed"/>; false on a conflict with another projector.</summary>
    private static async Task<bool> SearchAsync(IQuarantineStore quarantine, ProjectionFailures failures, RoundInputs inputs, Dictionary<int, Exception> failed,
        List<int> suspects, Exception failure, long nowUnixMs, CancellationToken cancellationToken)
    {
        var sets = new Stack<List<int>>();
        Split(sets, suspects);
        var trials = 0;
        while (sets.TryPop(out var set))
        {
            if (++trials > MaxTrials)
            {
                var note = new CommitIsolationException(
                    $"set aside with {set.Count - 1} other uses of the round: the round's commit failed ({failure.GetType().Name}: {failure.Message}) " +
                    $"and {MaxTrials} trial commits did not narrow it down further; retry them", failure);
                set.ForEach(i => failed[i] = note);
                continue;
            }

            var members = set.ToHashSet();
            var trial = RoundBuilder.Build(inputs, failed, members.Contains, nowUnixMs, failures);
            var probe = await quarantine.ProbeRoundAsync(trial.Commit, cancellationToken);
            if (probe.Conflicted)
            {
                return false;
            }

            if (probe.Failure is null)
            {
                continue;
            }

            if (set.Count == 1)
            {
                failed[set[0]] = probe.Failure;
                continue;
            }

            Split(sets, set);
        }

        return true;
    }

    private static void Split(Stack<List<int>> sets, List<int> set)
    {
        var half = set.Count / 2;
        if (set.Count > 1)
        {
            sets.Push(set[half..]);
        }

        sets.Push(set.Count > 1 ? set[..half] : set);
    }
}

/// <summary>Why a use was set aside when the search for the uses that make a round's commit fail ran out of trials.</summary>
public sealed class CommitIsolationException : Exception
{
    public CommitIsolationException()
    {
    }

    public CommitIsolationException(string message)
        : base(message)
    {
    }

    public CommitIsolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
