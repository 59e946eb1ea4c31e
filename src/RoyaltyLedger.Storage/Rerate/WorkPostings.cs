using System.Data.Common;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Journal;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Rerate;

/// <summary>What the journal's usage and adjustment entries posted for a work, read by a re-rating and by the log replay alike.</summary>
internal static class WorkPostings
{
    public static async Task<List<PostingLine>> ReadAsync(DbConnection connection, DbTransaction transaction, string workId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, RerateSql.PostedForWork, ("w", workId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var posted = new List<PostingLine>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            posted.Add(new PostingLine(reader.GetString(0), workId, reader.GetString(1), reader.GetInt128(2), reader.GetString(3))
            {
                Use = JournalLineColumns.ReadUse(reader, 4),
            });
        }

        return posted;
    }
}
