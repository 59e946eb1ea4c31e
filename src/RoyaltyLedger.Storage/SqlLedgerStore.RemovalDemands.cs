using System.Data.Common;
using System.Globalization;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Storage.Removals;

namespace RoyaltyLedger.Storage;

/// <summary>
/// Removal demands the ledger opens itself: a creator refused training or fine-tuning, and usage_totals shows a model
/// trained or fine-tuned on the work anyway (issue 5). One demand per work, operator and model, however many such uses.
/// </summary>
public abstract partial class SqlLedgerStore
{
    public Task<IReadOnlyList<StoredRemoval>> OpenDemandsForRefusedUsesAsync(long nowUnixMs, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, RemovalLimits.MaxDemandsPerPass);
        return WriteAsync<IReadOnlyList<StoredRemoval>>(async (connection, transaction) =>
        {
            // Taken first, so that passes on several silos serialize and each sees the demands the others opened.
            await LockJournalAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var candidates = await RefusedWithoutDemandAsync(connection, transaction, limit, cancellationToken).ConfigureAwait(false);
            var opened = new List<StoredRemoval>(candidates.Count);
            foreach (var (workId, operatorId, modelId, firstAtUnixMs) in candidates)
            {
                var demand = new RemovalRequestRecord(RemovalIds.RefusedUseDemand(workId, modelId), workId, operatorId, modelId, "",
                    RemovalOrigins.LedgerRole, Reason(workId, operatorId, modelId, firstAtUnixMs), RemovalOrigins.RefusedUse, RemovalStates.Open, nowUnixMs, 0);
                var stored = await InsertRequestAsync(connection, transaction, demand, cancellationToken).ConfigureAwait(false);
                opened.Add(new StoredRemoval(stored, null, UsesAfterRemoval.None));
            }

            return opened;
        }, cancellationToken);
    }

    private static async Task<List<(string WorkId, string OperatorId, string ModelId, long FirstAtUnixMs)>> RefusedWithoutDemandAsync(
        DbConnection connection, DbTransaction transaction, int limit, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, RemovalSql.RefusedWithoutDemand, ("n", (long)limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var candidates = new List<(string, string, string, long)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            candidates.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3)));
        }

        return candidates;
    }

    private static string Reason(string workId, string operatorId, string modelId, long firstAtUnixMs) =>
        $"a creator of work {workId} refused its use for training or fine-tuning, and operator {operatorId} reported such a use by model {modelId} " +
        $"(the first at {DateTimeOffset.FromUnixTimeMilliseconds(firstAtUnixMs).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)})";
}
