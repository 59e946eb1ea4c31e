using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>The running server's ledger database, opened behind its back: for tests that change rows as an intruder would.</summary>
public static class IntruderSql
{
    /// <summary>Runs one statement with @-named parameters on the fixture's ledger database; returns the rows it changed.</summary>
    public static async Task<int> ExecuteAsync(ServerFixture fixture, string sql, params (string Name, object Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        await using DbConnection connection = fixture switch
        {
            SqliteServerFixture sqlite => new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlite.LedgerPath, Pooling = false }.ToString()),
            _ => new NpgsqlConnection(fixture.Settings["Storage:ConnectionString"]),
        };
        await connection.OpenAsync();
        if (connection is SqliteConnection sqliteConnection)
        {
            RoyaltyLedger.Storage.Amounts.SqliteInt128Functions.Register(sqliteConnection);
        }

        await using var command = SqlCommands.Create(connection, sql, parameters);

        return await command.ExecuteNonQueryAsync();
    }
}
