using System.Data.Common;
using RoyaltyLedger.Application.Log;
using RoyaltyLedger.Domain.Log;
using RoyaltyLedger.Storage.Database;
using static RoyaltyLedger.Storage.Database.LedgerDatabase;

namespace RoyaltyLedger.Storage.Log;

/// <summary>
/// The transparency log on the ledger's database: each partition's log is its journal entries in entry number order
/// (index journal_entries_by_partition), heads and the stored seed live in the tables of migration 0008.
/// </summary>
public sealed class SqlTransparencyLogStore(LedgerDatabase database) : ITransparencyLogStore
{
    private const string HeadColumns = "partition_no, tree_size, root, timestamp_ms, key_id, signature";

    private readonly LedgerDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<PartitionLog> ReadLogAsync(int partition, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null,
            "SELECT entry_no, hash FROM journal_entries WHERE partition_no = @p ORDER BY entry_no", ("p", partition));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var numbers = new List<long>();
        var hashes = new List<byte[]>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            numbers.Add(reader.GetInt64(0));
            hashes.Add(reader.GetFieldValue<byte[]>(1));
        }

        return new PartitionLog(partition, [.. numbers], [.. hashes]);
    }

    public async Task<long> CountEntriesAsync(int partition, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT COUNT(*) FROM journal_entries WHERE partition_no = @p", ("p", partition));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<int?> FindEntryPartitionAsync(long entryNo, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, "SELECT partition_no FROM journal_entries WHERE entry_no = @e", ("e", entryNo));
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task SaveHeadAsync(SignedTreeHead head, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction,
                $"INSERT INTO log_tree_heads ({HeadColumns}) VALUES (@p, @s, @r, @t, @k, @g) ON CONFLICT (partition_no, tree_size, timestamp_ms) DO NOTHING",
                ("p", head.Partition), ("s", head.TreeSize), ("r", head.Root), ("t", head.TimestampUnixMs), ("k", head.KeyId), ("g", head.Signature));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public async Task<SignedTreeHead?> FindLatestHeadAsync(int partition, CancellationToken cancellationToken) =>
        First(await ReadHeadsAsync(
            $"SELECT {HeadColumns} FROM log_tree_heads WHERE partition_no = @p ORDER BY tree_size DESC, timestamp_ms DESC LIMIT 1",
            cancellationToken, ("p", partition)).ConfigureAwait(false));

    public async Task<SignedTreeHead?> FindHeadAsync(int partition, long treeSize, CancellationToken cancellationToken) =>
        First(await ReadHeadsAsync(
            $"SELECT {HeadColumns} FROM log_tree_heads WHERE partition_no = @p AND tree_size = @s ORDER BY timestamp_ms DESC LIMIT 1",
            cancellationToken, ("p", partition), ("s", treeSize)).ConfigureAwait(false));

    public Task<IReadOnlyList<SignedTreeHead>> ListHeadsAsync(int partition, long beforeSize, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, ITransparencyLogStore.MaxHeadsPerRead + 1);
        return ReadHeadsAsync(
            $"SELECT {HeadColumns} FROM log_tree_heads WHERE partition_no = @p AND tree_size < @b ORDER BY tree_size DESC, timestamp_ms DESC LIMIT @n",
            cancellationToken, ("p", partition), ("b", beforeSize == 0 ? long.MaxValue : beforeSize), ("n", limit));
    }

    public async Task<byte[]> GetOrAddSigningSeedAsync(byte[] candidate, long createdAtUnixMs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return await _database.WriteAsync(async (connection, transaction) =>
        {
            await using (var insert = Command(connection, transaction,
                "INSERT INTO log_signing_key (id, seed, created_at_ms) VALUES (1, @s, @c) ON CONFLICT (id) DO NOTHING", ("s", candidate), ("c", createdAtUnixMs)))
            {
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var select = Command(connection, transaction, "SELECT seed FROM log_signing_key WHERE id = 1");
            return (byte[])(await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<SignedTreeHead>> ReadHeadsAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var heads = new List<SignedTreeHead>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            heads.Add(Read(reader));
        }

        return heads;
    }

    private static SignedTreeHead? First(IReadOnlyList<SignedTreeHead> heads) => heads.Count == 0 ? null : heads[0];

    private static SignedTreeHead Read(DbDataReader reader) => new(
        reader.GetInt32(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2), reader.GetInt64(3), reader.GetString(4), reader.GetFieldValue<byte[]>(5));
}
