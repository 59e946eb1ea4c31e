using RoyaltyLedger.Storage.Amounts;
using System.Data.Common;
using System.Diagnostics;
using RoyaltyLedger.Storage.Projection;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Storage;

public partial class SqlLedgerStore
{
    /// <summary>
    /// After a bulk upsert, for the whole table at once: no total is negative (a broken invariant,
    /// which rolls the transaction back), and rows that fell back to zero are dropped. Both use partial indexes that
    /// hold only such rows, so they cost nothing when there are none.
    /// </summary>
    private static async Task CheckTotalsAfterBulkAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
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
