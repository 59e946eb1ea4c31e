using System.Globalization;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Storage.Database;

/// <summary>
/// Properties of the ledger fixed when it is created, in <c>ledger_settings</c>. The partition count is one
/// (docs/partitions.md): a work's entries live in the partition its key hashes to modulo the count, so a server that
/// counted otherwise would put new entries in other chains than the old ones and lock the wrong heads.
/// </summary>
public static class LedgerSettings
{
    public const string PartitionsName = "partitions";

    private const string Record = "INSERT INTO ledger_settings (name, value) VALUES (@n, @v) ON CONFLICT (name) DO NOTHING";

    private const string Read = "SELECT value FROM ledger_settings WHERE name = @n";

    /// <summary>
    /// Records the configured partition count on the ledger's first start (or first start after the upgrade that
    /// introduced partitions) and returns it; at every later start, refuses a configured count that differs from the
    /// recorded one with a <see cref="LedgerPartitionCountException"/> naming both.
    /// </summary>
    public static Task<int> EnsurePartitionCountAsync(LedgerDatabase database, LedgerPartitioning partitioning, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(partitioning);
        var configured = partitioning.Count.ToString(CultureInfo.InvariantCulture);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using (var record = LedgerDatabase.Command(connection, transaction, Record, ("n", PartitionsName), ("v", configured)))
            {
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var read = LedgerDatabase.Command(connection, transaction, Read, ("n", PartitionsName));
            var stored = (string)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            if (!int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var recorded) || recorded != partitioning.Count)
            {
                throw new LedgerPartitionCountException(stored, partitioning.Count);
            }

            return recorded;
        }, cancellationToken);
    }
}
