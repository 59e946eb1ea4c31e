using System.Data.Common;

namespace RoyaltyLedger.Storage;

public partial class SqlLedgerStore
{
    /// <summary>Work-log rows per bulk statement.</summary>
    private protected const int WorkLogRowsPerStatement = 10_000;

    /// <summary>
    /// Records which log rows hold uses of which work, for re-rating: each pair once (a pair already held is kept), in
    /// (work, log row) order so that concurrent writers take their locks alike, in bulk statements of at most
    /// <see cref="WorkLogRowsPerStatement"/> rows. One insert per row took 450–680 ms of a 100,000-row commit on SQLite,
    /// and on PostgreSQL would cost a round trip each.
    /// </summary>
    private async Task InsertWorkLogAsync(DbConnection connection, DbTransaction transaction, IEnumerable<(string WorkId, long LogSeq)> rows, CancellationToken cancellationToken)
    {
        foreach (var chunk in rows.Distinct().Order().Chunk(WorkLogRowsPerStatement))
        {
            await Database.InsertWorkLogInBulkAsync(connection, transaction, chunk, cancellationToken).ConfigureAwait(false);
        }
    }
}
