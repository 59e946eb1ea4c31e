using RoyaltyLedger.Application.Sessions;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Sessions;

/// <summary>The session key ring in table data_protection_keys (migration 0006).</summary>
public sealed class SqlSessionKeyStore(LedgerDatabase database) : ISessionKeyStore
{
    /// <summary>
    /// Elements read at most. The ring gains a key every 90 days and a revocation only when an operator revokes one,
    /// so a ring this large means something else writes the table: refused, not read into memory.
    /// </summary>
    public const int MaxElements = 1_000;

    /// <summary>The longest element stored, in characters; a key is about 1,000.</summary>
    public const int MaxXmlChars = 64 * 1024;

    // Any constant the migrations' locks do not use: both are held only around a first key's creation.
    private const long FirstKeyLockKey = 0x526C53657373;

    // SQLite serves one process (docs: embedded mode), so a lock in this process is the cluster-wide one there.
    private static readonly SemaphoreSlim SqliteAlone = new(1, 1);

    private readonly LedgerDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<IReadOnlyList<string>> ReadAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = LedgerDatabase.Command(connection, null,
            "SELECT xml FROM data_protection_keys ORDER BY element_no LIMIT @n", ("n", MaxElements + 1));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var elements = new List<string>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            elements.Add(reader.GetString(0));
        }

        return elements.Count <= MaxElements
            ? elements
            : throw new InvalidOperationException(
                $"data_protection_keys holds more than {MaxElements:N0} elements; the session key ring never grows that large by itself, so the table was written by something else");
    }

    public Task AddAsync(string friendlyName, string xml, long createdAtUnixMs, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(friendlyName);
        ArgumentException.ThrowIfNullOrEmpty(xml);
        if (xml.Length > MaxXmlChars)
        {
            throw new ArgumentException($"session key element {friendlyName} is {xml.Length:N0} characters, at most {MaxXmlChars:N0} are stored", nameof(xml));
        }

        return _database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = LedgerDatabase.Command(connection, transaction,
                "INSERT INTO data_protection_keys (friendly_name, xml, created_at_ms) VALUES (@f, @x, @c)",
                ("f", friendlyName), ("x", xml), ("c", createdAtUnixMs));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public async Task RunAloneAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_database is not PostgresLedgerDatabase)
        {
            await SqliteAlone.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await work().ConfigureAwait(false);
            }
            finally
            {
                SqliteAlone.Release();
            }

            return;
        }

        // A session-level advisory lock on a connection of its own: the work writes on other connections.
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var take = LedgerDatabase.Command(connection, null, $"SELECT pg_advisory_lock({FirstKeyLockKey})"))
        {
            await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await work().ConfigureAwait(false);
        }
        finally
        {
            await using var release = LedgerDatabase.Command(connection, null, $"SELECT pg_advisory_unlock({FirstKeyLockKey})");
            await release.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
