using DbUp;
using DbUp.Sqlite.Helpers;
using Microsoft.Data.Sqlite;
using RoyaltyLedger.Storage.Amounts;

namespace RoyaltyLedger.Storage.Migrations;

/// <summary>Migrates SQLite files (ledger.db, orleans.db), each on one connection set up as the stores set up theirs.</summary>
public static class SqliteMigrations
{
    public static async Task<IReadOnlyList<MigrationResult>> MigrateAsync(
        IReadOnlyList<(SchemaComponent Component, string ConnectionString)> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var connections = new List<SqliteConnection>(files.Count);
        try
        {
            var targets = new List<MigrationTarget>(files.Count);
            foreach (var (component, connectionString) in files)
            {
                var connection = await OpenAsync(connectionString, cancellationToken).ConfigureAwait(false);
                connections.Add(connection);
                // DbUp runs every script on this connection and leaves it open (SharedConnection).
                var builder = DeployChanges.To.SqliteDatabase(new SharedConnection(connection)).JournalToSqliteTable(component.JournalTable);
                targets.Add(new MigrationTarget(component, MigrationScripts.Sqlite, connection.DataSource, builder,
                    (table, token) => TableExistsAsync(connection, table, token)));
            }

            return await SchemaMigrator.MigrateAsync(targets, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        // A data migration may add or sum amounts: the same exact functions as the store's connections have.
        SqliteInt128Functions.Register(connection);
        await using var pragmas = connection.CreateCommand();
        // WAL lets statements be read while a batch commits; it is a property of the file and persists. FULL makes
        // each migration's commit durable against power loss, as the store's commits are.
        pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
        await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static async Task<bool> TableExistsAsync(SqliteConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name COLLATE NOCASE";
        command.Parameters.AddWithValue("$name", table);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
