using Npgsql;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Server.Extensions;

/// <summary>
/// Creates the Orleans and ledger tables before any grain storage starts: Orleans reads its named
/// queries at the ApplicationServices stage, so this runs earlier, at RuntimeInitialize.
/// </summary>
internal sealed partial class SchemaInitializer(StorageOptions options, LedgerDatabase ledger, IServiceProvider services, ILogger<SchemaInitializer> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaInitializer), ServiceLifecycleStage.RuntimeInitialize, InitializeAsync);

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.IsPostgres)
        {
            var dataSource = services.GetRequiredService<NpgsqlDataSource>();
            await OrleansSchema.EnsurePostgresAsync(dataSource, cancellationToken);
            var target = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
            LogPostgres(logger, target.Database, target.Host, target.Port);
        }
        else
        {
            await OrleansSchema.EnsureSqliteAsync(StorageRegistration.SqliteConnectionString(options, "orleans.db"), cancellationToken);
            var folder = Path.GetFullPath(options.DataDirectory);
            LogSqlite(logger, folder);
        }

        await ledger.InitializeAsync(cancellationToken);
        await AdminKeyBootstrap.EnsureAsync(services.GetRequiredService<IApiKeyStore>(), options.DataDirectory,
            services.GetRequiredService<TimeProvider>(), logger, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "RoyaltyLedger storage: SQLite files in {Folder}")]
    private static partial void LogSqlite(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "RoyaltyLedger storage: PostgreSQL database {Database} on {Host}:{Port}")]
    private static partial void LogPostgres(ILogger logger, string? database, string? host, int port);
}
