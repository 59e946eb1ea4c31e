using RoyaltyLedger.Storage.Database;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Postgres;
using RoyaltyLedger.Storage.Sqlite;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>A ledger store on its own empty database, with a raw connection for writing rows other code owns (the usage log).</summary>
public abstract class StoreFixture : IAsyncLifetime
{
    public LedgerDatabase Database { get; protected set; } = null!;

    public abstract Task<DbConnection> OpenAsync();

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    /// <summary>Runs one statement with @-named parameters; returns the rows it changed.</summary>
    public async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = SqlCommands.Create(connection, sql, parameters);

        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs one query with @-named parameters; returns its rows.</summary>
    public async Task<List<object[]>> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = SqlCommands.Create(connection, sql, parameters);

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }
}

public sealed class SqliteStoreFixture : StoreFixture
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-store-").FullName;

    private string DatabasePath => Path.Combine(_folder, "ledger.db");

    public override async Task InitializeAsync()
    {
        Database = new SqliteLedgerDatabase(DatabasePath);
        await Database.InitializeAsync(CancellationToken.None);
    }

    public override async Task<DbConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString());
        await connection.OpenAsync();
        // The store's amount functions, as on every connection the store itself opens.
        RoyaltyLedger.Storage.Amounts.SqliteInt128Functions.Register(connection);
        return connection;
    }

    public override Task DisposeAsync()
    {
        ((SqliteLedgerDatabase)Database).Dispose();
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(_folder);
        return Task.CompletedTask;
    }
}

public sealed class PostgresStoreFixture : StoreFixture
{
    private NpgsqlDataSource _dataSource = null!;

    public override async Task InitializeAsync()
    {
        _dataSource = NpgsqlDataSource.Create(await PostgresServer.CreateDatabaseAsync("royalty_store"));
        Database = new PostgresLedgerDatabase(_dataSource);
        await Database.InitializeAsync(CancellationToken.None);
    }

    public override async Task<DbConnection> OpenAsync() => await _dataSource.OpenConnectionAsync();

    public override async Task DisposeAsync() => await _dataSource.DisposeAsync();
}
