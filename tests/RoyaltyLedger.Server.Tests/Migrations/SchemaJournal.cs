using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage.Migrations;

namespace RoyaltyLedger.Server.Tests.Migrations;

/// <summary>Reads and writes a server's migration journals behind its back.</summary>
public static class SchemaJournal
{
    /// <summary>The scripts a component's journal lists, in name order.</summary>
    public static async Task<List<string>> ScriptsAsync(IReadOnlyDictionary<string, string> settings, SchemaComponent component)
    {
        await using var connection = Open(settings, component);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT ScriptName FROM {component.JournalTable} ORDER BY ScriptName";
        await using var reader = await command.ExecuteReaderAsync();
        var scripts = new List<string>();
        while (await reader.ReadAsync())
        {
            scripts.Add(reader.GetString(0));
        }

        return scripts;
    }

    /// <summary>Runs one statement on the database of a component.</summary>
    public static async Task ExecuteAsync(IReadOnlyDictionary<string, string> settings, SchemaComponent component, string sql)
    {
        await using var connection = Open(settings, component);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs one query on the database of a component; returns its first column's values, as text.</summary>
    public static async Task<List<string>> QueryAsync(IReadOnlyDictionary<string, string> settings, SchemaComponent component, string sql)
    {
        await using var connection = Open(settings, component);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>The names of this build's scripts for a component: what a database at the latest version lists.</summary>
    public static List<string> Latest(IReadOnlyDictionary<string, string> settings, SchemaComponent component) =>
        [.. MigrationScripts.For(IsPostgres(settings) ? MigrationScripts.Postgres : MigrationScripts.Sqlite, component).Select(s => s.Name)];

    private static bool IsPostgres(IReadOnlyDictionary<string, string> settings) => settings["Storage:Provider"] == "postgres";

    private static DbConnection Open(IReadOnlyDictionary<string, string> settings, SchemaComponent component) => IsPostgres(settings)
        ? new NpgsqlConnection(settings["Storage:ConnectionString"])
        : new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(settings["Storage:DataDirectory"], component == SchemaComponent.Ledger ? "ledger.db" : "orleans.db"),
            Pooling = false,
        }.ToString());
}
