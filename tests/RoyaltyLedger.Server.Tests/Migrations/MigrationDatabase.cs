using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage.Migrations;

namespace RoyaltyLedger.Server.Tests.Migrations;

/// <summary>One store's databases (ledger and Orleans) for migrating directly, without a server: empty or the release's.</summary>
public abstract class MigrationDatabase : IAsyncDisposable
{
    public static readonly IReadOnlyList<SchemaComponent> Components = [SchemaComponent.Orleans, SchemaComponent.Ledger];

    /// <summary>Server settings naming these databases, for <see cref="SchemaJournal"/> and for starting a server on them.</summary>
    public abstract IReadOnlyDictionary<string, string> Settings { get; }

    public abstract Task<IReadOnlyList<MigrationResult>> MigrateAsync();

    /// <summary>Every table, column, index and constraint, one line each, sorted: two databases with equal lists have equal schemas.</summary>
    public abstract Task<List<string>> SchemaAsync();

    public abstract ValueTask DisposeAsync();

    protected static async Task<List<string>> LinesAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : reader.GetValue(i).ToString())));
        }

        return lines;
    }
}

public sealed class SqliteMigrationDatabase : MigrationDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-migrate-").FullName;

    private SqliteMigrationDatabase()
    {
    }

    public static SqliteMigrationDatabase Empty() => new();

    public static SqliteMigrationDatabase Release()
    {
        var database = new SqliteMigrationDatabase();
        ReleaseData.CopySqliteTo(database._folder);
        return database;
    }

    public override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Storage:Provider"] = "sqlite",
        ["Storage:DataDirectory"] = _folder,
    };

    private string ConnectionString(string file) => new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, file), Pooling = false }.ToString();

    public override Task<IReadOnlyList<MigrationResult>> MigrateAsync() =>
        SqliteMigrations.MigrateAsync([(SchemaComponent.Orleans, ConnectionString("orleans.db")), (SchemaComponent.Ledger, ConnectionString("ledger.db"))], CancellationToken.None);

    public override async Task<List<string>> SchemaAsync()
    {
        var lines = new List<string>();
        foreach (var file in new[] { "orleans.db", "ledger.db" })
        {
            await using var connection = new SqliteConnection(ConnectionString(file));
            await connection.OpenAsync();
            // sqlite_master keeps each object's CREATE statement as written: equal text, equal object.
            lines.AddRange((await LinesAsync(connection, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"))
                .Select(line => $"{file}: {line}"));
        }

        return lines;
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(_folder);
        return ValueTask.CompletedTask;
    }
}

public sealed class PostgresMigrationDatabase : MigrationDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-migrate-pg-").FullName;
    private readonly string _connectionString;
    private readonly NpgsqlDataSource _dataSource;

    private PostgresMigrationDatabase(string connectionString)
    {
        _connectionString = connectionString;
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public static async Task<PostgresMigrationDatabase> EmptyAsync() => new(await PostgresServer.CreateDatabaseAsync("royalty_migrate"));

    /// <summary>The release's dump loaded into a new database, with the release's admin key in this database's data folder.</summary>
    public static async Task<PostgresMigrationDatabase> ReleaseAsync()
    {
        var folder = Directory.CreateTempSubdirectory("royalty-migrate-pg-").FullName;
        try
        {
            var database = new PostgresMigrationDatabase(await ReleaseData.LoadPostgresAsync(folder));
            File.Copy(Path.Combine(folder, "admin.key"), Path.Combine(database._folder, "admin.key"), overwrite: true);
            return database;
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }

    public override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = _connectionString,
        ["Storage:DataDirectory"] = _folder,
    };

    /// <summary>Migrates through a data source of its own, as another silo would.</summary>
    public async Task<IReadOnlyList<MigrationResult>> MigrateAsAnotherSiloAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(_connectionString);
        return await PostgresMigrations.MigrateAsync(dataSource, Components, CancellationToken.None);
    }

    public override Task<IReadOnlyList<MigrationResult>> MigrateAsync() => PostgresMigrations.MigrateAsync(_dataSource, Components, CancellationToken.None);

    public override async Task<List<string>> SchemaAsync()
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        var lines = await LinesAsync(connection,
            "SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns " +
            "WHERE table_schema = 'public' ORDER BY table_name, column_name");
        lines.AddRange(await LinesAsync(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname"));
        lines.AddRange(await LinesAsync(connection,
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint " +
            "WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2"));
        lines.AddRange(await LinesAsync(connection,
            "SELECT p.proname, pg_get_function_identity_arguments(p.oid), p.prokind FROM pg_proc p " +
            "WHERE p.pronamespace = 'public'::regnamespace ORDER BY 1, 2"));
        return lines;
    }

    public override async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        TempFolder.Delete(_folder);
    }
}
