using System.Data.Common;
using System.Globalization;
using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;

namespace RoyaltyLedger.Storage.Removals;

/// <summary>
/// Removal demands the ledger opens itself: a creator refused training or fine-tuning, and usage_totals shows a model
/// trained or fine-tuned on the work anyway (issue 5). One demand per work, operator and model, however many such uses.
/// <para>
/// A creator (their society, an admin) may withdraw a demand like any request. The withdrawn demand keeps holding the
/// pair back, so the pass never reopens what a creator withdrew, however many refused uses were or are still reported:
/// the refusal in force was already answered once. Only a new act of the creator opens the next demand: a refusal of
/// the same use recorded after the withdrawal (for this work and operator, or wider) followed by a use of that kind
/// after it. That demand gets the next number (<see cref="RefusedUseDemandRules"/>); the withdrawn one stays as it
/// was, and a withdrawal of the new one holds the pair back again until the creator refuses once more. Since each
/// reopening needs a refusal recorded after the latest withdrawal, withdrawing cannot make the pass loop. An attested
/// demand is never reopened: later training shows it violated instead.
/// </para>
/// </summary>
internal sealed class RefusedUseDemandPass(LedgerDatabase database, JournalAppender journal, RemovalJournal removals, LedgerPartitioning partitioning)
{
    public Task<IReadOnlyList<StoredRemoval>> OpenAsync(long nowUnixMs, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, RemovalLimits.MaxDemandsPerPass);
        return database.WriteAsync<IReadOnlyList<StoredRemoval>>(async (connection, transaction) =>
        {
            // Taken first, so that passes on several silos serialize and each sees the demands the others opened. The
            // candidates may be works of any partition, so the pass (rare, bounded) takes every partition's lock in
            // ascending order; each demand's entry goes to its work's partition.
            await journal.LockAllAsync(connection, transaction, partitioning.Count, cancellationToken).ConfigureAwait(false);
            var candidates = await RefusedWithoutDemandAsync(connection, transaction, limit, cancellationToken).ConfigureAwait(false);
            var opened = new List<StoredRemoval>(candidates.Count);
            foreach (var (workId, operatorId, modelId, firstAtUnixMs) in candidates)
            {
                var sofar = await DemandsOfPairAsync(connection, transaction, workId, modelId, cancellationToken).ConfigureAwait(false);
                var next = RefusedUseDemandRules.Next(workId, operatorId, modelId, firstAtUnixMs, sofar);
                var demand = new RemovalRequestRecord(next.RequestId, workId, operatorId, modelId, "", RemovalOrigins.LedgerRole, next.Reason,
                    RemovalOrigins.RefusedUse, RemovalTransitions.Target(RemovalStep.Request), nowUnixMs, 0);
                var stored = await removals.InsertRequestAsync(connection, transaction, demand, cancellationToken).ConfigureAwait(false);
                opened.Add(new StoredRemoval(stored, null, UsesAfterRemoval.None));
            }

            return opened;
        }, cancellationToken);
    }

    private static async Task<List<(string WorkId, string OperatorId, string ModelId, long FirstAtUnixMs)>> RefusedWithoutDemandAsync(
        DbConnection connection, DbTransaction transaction, int limit, CancellationToken cancellationToken)
    {
        await using var command = LedgerDatabase.Command(connection, transaction, RemovalSql.RefusedWithoutDemand, ("n", (long)limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var candidates = new List<(string, string, string, long)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            candidates.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        return candidates;
    }

    private static async Task<int> DemandsOfPairAsync(DbConnection connection, DbTransaction transaction, string workId, string modelId, CancellationToken cancellationToken)
    {
        await using var command = LedgerDatabase.Command(connection, transaction, RemovalSql.DemandsOfPair, ("w", workId), ("m", modelId));
        return checked((int)Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture));
    }
}
