using DbUp.Builder;

namespace RoyaltyLedger.Storage.Migrations;

/// <summary>One component on one database, as the vendor's runner sets it up for <see cref="SchemaMigrator"/>.</summary>
/// <param name="Database">The file or database, without credentials, for logs and errors.</param>
/// <param name="Builder">DbUp's builder for this database, its journal table already named.</param>
/// <param name="TableExistsAsync">Whether a table of that name exists in the database.</param>
internal sealed record MigrationTarget(
    SchemaComponent Component,
    string Vendor,
    string Database,
    UpgradeEngineBuilder Builder,
    Func<string, CancellationToken, Task<bool>> TableExistsAsync);
