using System.Data.Common;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.UsageLog;

/// <summary>
/// Records, inside another store's write transaction (a projection round, a suspense match), which log rows hold uses
/// of which work, for re-rating.
/// </summary>
internal sealed class BulkWorkLog(LedgerDatabase database)
{
    /// <summary>Work-log rows per bulk statement.</summary>
    public const int RowsPerStatement = 10_000;

    /// <summary>
    /// Inserts each pair once (a pair already held is kept), in (work, log row) order so that concurrent writers take
    /// their locks alike, in bulk statements of at most <see cref="RowsPerStatement"/> rows. One insert per row took
    /// 450–680 ms of a 100,000-row commit on SQLite, and on PostgreSQL would cost a round trip each.
    /// </summary>
    public async Task InsertAsync(DbConnection connection, DbTransaction transaction, IEnumerable<(string WorkId, long LogSeq)> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Distinct().Order().Chunk(RowsPerStatement))
        {
            await database.InsertWorkLogInBulkAsync(connection, transaction, chunk, cancellationToken).ConfigureAwait(false);
        }
    }
}
