using Npgsql;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Server.Extensions;

/// <summary>
/// Creates the Orleans and ledger tables before any grain storage starts: Orleans reads its named
/// queries at the ApplicationServices stage, so this runs earlier, at RuntimeInitialize.
/// </summary>
internal sealed partial class SchemaInitializer(StorageOptions options, ILedgerStore ledger, IServiceProvider services, ILogger<SchemaInitializer> logger)
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
            LogStorage(logger, $"PostgreSQL database {target.Database} on {target.Host}:{target.Port}");
        }
        else
        {
            await OrleansSchema.EnsureSqliteAsync(StorageRegistration.SqliteConnectionString(options, "orleans.db"), cancellationToken);
            LogStorage(logger, $"SQLite files in {Path.GetFullPath(options.DataDirectory)}");
        }

        await ledger.InitializeAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "RoyaltyLedger storage: {Where}")]
    private static partial void LogStorage(ILogger logger, string where);
}
