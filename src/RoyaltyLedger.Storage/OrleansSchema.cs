using Npgsql;
using RoyaltyLedger.Storage.Migrations;

namespace RoyaltyLedger.Storage;

/// <summary>
/// Creates or migrates the tables and named queries that Orleans' ADO.NET grain storage expects. The Orleans
/// packages ship no SQL, so the project owns these scripts (Sql/&lt;Vendor&gt;/orleans/NNNN-*.sql), versioned as the
/// ledger's are (docs/migrations.md).
/// </summary>
public static class OrleansSchema
{
    public static Task<IReadOnlyList<MigrationResult>> EnsureSqliteAsync(string connectionString, CancellationToken cancellationToken) =>
        SqliteMigrations.MigrateAsync([(SchemaComponent.Orleans, connectionString)], cancellationToken);

    public static Task<IReadOnlyList<MigrationResult>> EnsurePostgresAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        PostgresMigrations.MigrateAsync(dataSource, [SchemaComponent.Orleans], cancellationToken);
}
