using Npgsql;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Server.Extensions;

/// <summary>
/// Creates the Orleans and ledger tables before any grain storage starts: Orleans reads its named
/// queries at the ApplicationServices stage, so this runs earlier, at RuntimeInitialize.
/// </summary>
internal sealed class SchemaInitializer(StorageOptions options, ILedgerStore ledger, IServiceProvider services)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaInitializer), ServiceLifecycleStage.RuntimeInitialize, InitializeAsync);

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.IsPostgres)
        {
            await OrleansSchema.EnsurePostgresAsync(services.GetRequiredService<NpgsqlDataSource>(), cancellationToken);
        }
        else
        {
            await OrleansSchema.EnsureSqliteAsync(StorageRegistration.SqliteConnectionString(options, "orleans.db"), cancellationToken);
        }

        await ledger.InitializeAsync(cancellationToken);
    }
}
