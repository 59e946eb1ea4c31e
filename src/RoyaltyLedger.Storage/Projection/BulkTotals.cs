using System.Data.Common;
using System.Diagnostics;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Storage.Database;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Projection;

/// <summary>Adds to the usage totals inside another store's write transaction (a projection round, a suspense match, a re-rating).</summary>
internal sealed class BulkTotals(LedgerDatabase database)
{
    /// <summary>
    /// Adds each delta in key order (so that concurrent writers lock rows in the same order), in bulk statements; then
    /// checks that no total went negative and drops rows that fell back to zero (suspense rows whose events all found
    /// their work).
    /// </summary>
    public async Task AddAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<TotalsDelta> totals, CancellationToken cancellationToken)
    {
        if (totals.Count == 0)
        {
            return;
        }

        await database.UpsertTotalsInBulkAsync(connection, transaction, [.. totals.OrderBy(d => d.Key)], cancellationToken).ConfigureAwait(false);
        await CheckAfterBulkAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// After a bulk upsert, for the whole table at once: no total is negative (a broken invariant,
    /// which rolls the transaction back), and rows that fell back to zero are dropped. Both use partial indexes that
    /// hold only such rows, so they cost nothing when there are none.
    /// </summary>
    private static async Task CheckAfterBulkAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var zero = Amounts.Int128Parameters.ZeroLiteral(connection);
        await using (var negative = Command(connection, transaction, ProjectionSql.NegativeTotal(zero)))
        await using (var reader = await negative.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new UnreachableException(
                    $"usage total of party '{reader.GetString(0)}', work {reader.GetString(1)}, status {reader.GetString(2)} would become " +
                    $"{reader.GetInt64(3)} events, {reader.GetInt128(4)} units, {reader.GetInt128(5)} nanos");
            }
        }

        await using var empty = Command(connection, transaction, ProjectionSql.DeleteEmptyTotals(zero));
        await empty.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
