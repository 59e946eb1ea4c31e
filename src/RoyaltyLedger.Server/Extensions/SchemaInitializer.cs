using Npgsql;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Storage.Migrations;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Server.Extensions;

/// <summary>
/// Creates or migrates the Orleans and ledger tables before any grain storage starts: Orleans reads its named
/// queries at the ApplicationServices stage, so this runs earlier, at RuntimeInitialize. A database newer than this
/// build stops the start here (<see cref="SchemaTooNewException"/>), before anything reads or writes it.
/// </summary>
internal sealed partial class SchemaInitializer(StorageOptions options, LedgerDatabase ledger, IServiceProvider services, ILogger<SchemaInitializer> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaInitializer), ServiceLifecycleStage.RuntimeInitialize, InitializeAsync);

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<MigrationResult> migrations;
        if (options.IsPostgres)
        {
            var dataSource = services.GetRequiredService<NpgsqlDataSource>();
            var target = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
            LogPostgres(logger, target.Database, target.Host, target.Port);
            migrations = await PostgresMigrations.MigrateAsync(dataSource, [SchemaComponent.Orleans, SchemaComponent.Ledger], cancellationToken);
        }
        else
        {
            var folder = Path.GetFullPath(options.DataDirectory);
            LogSqlite(logger, folder);
            migrations = await SqliteMigrations.MigrateAsync(
            [
                (SchemaComponent.Orleans, StorageRegistration.SqliteConnectionString(options, "orleans.db")),
                (SchemaComponent.Ledger, StorageRegistration.SqliteConnectionString(options, "ledger.db")),
            ], cancellationToken);
        }

        foreach (var migration in migrations)
        {
            LogMigration(migration);
        }

        // Finds the schema current; starts the store's own background work.
        await ledger.InitializeAsync(cancellationToken);
        // The partition count is a property of the ledger (docs/partitions.md): recorded at the first start, refused if changed.
        await LedgerSettings.EnsurePartitionCountAsync(ledger, services.GetRequiredService<LedgerPartitioning>(), cancellationToken);
        await AdminKeyBootstrap.EnsureAsync(services.GetRequiredService<IApiKeyStore>(), options.DataDirectory,
            services.GetRequiredService<TimeProvider>(), logger, cancellationToken);
    }

    private void LogMigration(MigrationResult migration)
    {
        var applied = string.Join(", ", migration.Applied);
        if (migration.Adopted)
        {
            LogAdopted(logger, migration.Component, migration.Database, migration.ToVersion, applied);
        }
        else if (migration.Applied.Count > 0)
        {
            LogMigrated(logger, migration.Component, migration.Database, migration.FromVersion, migration.ToVersion, applied);
        }
        else
        {
            LogCurrent(logger, migration.Component, migration.ToVersion);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "RoyaltyLedger storage: SQLite files in {Folder}")]
    private static partial void LogSqlite(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "RoyaltyLedger storage: PostgreSQL database {Database} on {Host}:{Port}")]
    private static partial void LogPostgres(ILogger logger, string? database, string? host, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Component} schema of {Database} was made by a release before versioned migrations: "
        + "recognised as version 1 (its idempotent baseline re-run) and upgraded to version {Version}; ran {Scripts}")]
    private static partial void LogAdopted(ILogger logger, string component, string database, int version, string scripts);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Component} schema of {Database} migrated from version {From} to {To}: ran {Scripts}")]
    private static partial void LogMigrated(ILogger logger, string component, string database, int from, int to, string scripts);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Component} schema is at version {Version}, this build's newest: nothing to migrate")]
    private static partial void LogCurrent(ILogger logger, string component, int version);
}
