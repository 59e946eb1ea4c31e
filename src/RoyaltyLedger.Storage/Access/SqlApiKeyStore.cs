using System.Data.Common;
using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Access;

/// <summary>API keys: their secret hashes, roles and parties, and when each was revoked.</summary>
public sealed class SqlApiKeyStore(LedgerDatabase database) : IApiKeyStore
{
    private const string KeyColumns = "key_id, secret_hash, role, party_id, label, created_at_ms, revoked_at_ms";

    private readonly LedgerDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public Task InsertApiKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = LedgerDatabase.Command(connection, transaction,
                $"INSERT INTO api_keys ({KeyColumns}) VALUES (@i, @h, @r, @p, @l, @c, NULL)",
                ("i", key.KeyId), ("h", key.SecretHash), ("r", key.Role), ("p", (object?)key.PartyId ?? DBNull.Value),
                ("l", key.Label), ("c", key.CreatedAtUnixMs));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public async Task<ApiKeyRecord?> FindApiKeyAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await ReadKeysAsync($"SELECT {KeyColumns} FROM api_keys WHERE key_id = @i", cancellationToken, ("i", keyId)).ConfigureAwait(false);
        return keys.SingleOrDefault();
    }

    public Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken) =>
        ReadKeysAsync($"SELECT {KeyColumns} FROM api_keys ORDER BY created_at_ms, key_id", cancellationToken);

    public Task<bool> RevokeApiKeyAsync(string keyId, long revokedAtUnixMs, CancellationToken cancellationToken) =>
        _database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = LedgerDatabase.Command(connection, transaction,
                "UPDATE api_keys SET revoked_at_ms = @t WHERE key_id = @i AND revoked_at_ms IS NULL", ("i", keyId), ("t", revokedAtUnixMs));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    public async Task<bool> HasActiveKeyAsync(string role, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null,
            "SELECT COUNT(*) FROM api_keys WHERE role = @r AND revoked_at_ms IS NULL", ("r", role));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private async Task<IReadOnlyList<ApiKeyRecord>> ReadKeysAsync(string sql, CancellationToken cancellationToken, params (string, object)[] parameters)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<ApiKeyRecord>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            keys.Add(ReadKey(reader));
        }

        return keys;
    }

    private static ApiKeyRecord ReadKey(DbDataReader r) => new(
        r.GetString(0), (byte[])r.GetValue(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4),
        r.GetInt64(5), r.IsDBNull(6) ? null : r.GetInt64(6));
}
