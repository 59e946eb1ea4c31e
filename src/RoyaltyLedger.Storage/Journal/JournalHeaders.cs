using System.Data.Common;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Journal;

/// <summary>Reads entries without their lines, a page at a time: the reads and the verification both start here.</summary>
internal static class JournalHeaders
{
    /// <summary>
    /// Entries from <paramref name="from"/> to <paramref name="to"/> without their lines: at most
    /// <paramref name="maxEntries"/>, cut before the entry that would bring the lines past <paramref name="maxLines"/>
    /// (the first entry is always taken).
    /// </summary>
    public static Task<List<EntryHeader>> ReadAsync(
        DbConnection connection, long from, long to, int maxEntries, long maxLines, CancellationToken cancellationToken) =>
        ReadAsync(Command(connection, null, JournalSql.Headers, ("f", from), ("t", to), ("n", maxEntries)), maxLines, cancellationToken);

    /// <summary>As above, for one partition's entries only.</summary>
    public static Task<List<EntryHeader>> ReadPartitionAsync(
        DbConnection connection, int partition, long from, long to, int maxEntries, long maxLines, CancellationToken cancellationToken) =>
        ReadAsync(Command(connection, null, JournalSql.PartitionHeaders, ("q", partition), ("f", from), ("t", to), ("n", maxEntries)), maxLines, cancellationToken);

    private static async Task<List<EntryHeader>> ReadAsync(DbCommand query, long maxLines, CancellationToken cancellationToken)
    {
        await using var command = query;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var headers = new List<EntryHeader>();
        long lines = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var header = new EntryHeader(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3),
                reader.GetFieldValue<byte[]>(4), reader.GetFieldValue<byte[]>(5), reader.GetInt64(6));
            if (headers.Count > 0 && lines + header.LineCount > maxLines)
            {
                break;
            }

            headers.Add(header);
            lines += header.LineCount;
        }

        return headers;
    }
}
