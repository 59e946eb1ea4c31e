using DbUp;
using DbUp.Postgresql;
using Npgsql;

namespace RoyaltyLedger.Storage.Migrations;

/// <summary>
/// Migrates a PostgreSQL database that every silo of a cluster shares. Silos starting together take turns: each holds
/// session-level advisory locks on a connection of its own while it checks and migrates, so the second finds the
/// first one's work in the journal and runs nothing.
/// </summary>
public static class PostgresMigrations
{
    // The keys the releases before migrations took, per transaction, around their Orleans and ledger scripts: holding
    // both keeps a silo of such a release, during a rolling upgrade, from creating tables at the same time as this one.
    // Always taken in this order, and those releases never held both at once, so no two starts can deadlock.
    private const long OrleansReleaseLockKey = 7262;
    private const long LedgerReleaseLockKey = 0x526F79616C7479;

    public static async Task<IReadOnlyList<MigrationResult>> MigrateAsync(
        NpgsqlDataSource dataSource, IReadOnlyList<SchemaComponent> components, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(components);
        await using var lockConnection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(lockConnection, $"SELECT pg_advisory_lock({OrleansReleaseLockKey})", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(lockConnection, $"SELECT pg_advisory_lock({LedgerReleaseLockKey})", cancellationToken).ConfigureAwait(false);
        try
        {
            var target = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
            var database = $"PostgreSQL database {target.Database} on {target.Host}:{target.Port}";
            var targets = components.Select(component => new MigrationTarget(component, MigrationScripts.Postgres, database,
                DeployChanges.To.PostgresqlDatabase(new PostgresqlConnectionManager(dataSource)).JournalToPostgresqlTable(null, component.JournalTable),
                (table, token) => TableExistsAsync(dataSource, table, token))).ToList();
            return await SchemaMigrator.MigrateAsync(targets, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Closing the connection would release them too; unlocking first hands the turn on at once.
            await ExecuteAsync(lockConnection, "SELECT pg_advisory_unlock_all()", CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> TableExistsAsync(NpgsqlDataSource dataSource, string table, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT to_regclass(@t) IS NOT NULL");
        command.Parameters.AddWithValue("t", table);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
