using Microsoft.Data.Sqlite;
using Npgsql;
using RoyaltyLedger.Grains;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Claims;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Storage.Postgres;
using RoyaltyLedger.Storage.Projection;
using RoyaltyLedger.Storage.Quarantine;
using RoyaltyLedger.Storage.Rerate;
using RoyaltyLedger.Storage.Registry;
using RoyaltyLedger.Storage.Sqlite;
using RoyaltyLedger.Storage.Statements;
using RoyaltyLedger.Storage.UsageLog;
using RoyaltyLedger.Storage.Access;
using RoyaltyLedger.Storage.Licensing;
using RoyaltyLedger.Storage.Payouts;
using RoyaltyLedger.Storage.Removals;
using RoyaltyLedger.Storage.Reports;
using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Claims;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Application.Payouts;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Quarantine;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Application.Reports;
using RoyaltyLedger.Application.Rerate;
using RoyaltyLedger.Application.Statements;
using RoyaltyLedger.Application.UsageLog;

namespace RoyaltyLedger.Server.Extensions;

/// <summary>Wires grain storage and the ledger store to SQLite files (default) or PostgreSQL.</summary>
internal static class StorageRegistration
{
    public static void AddLedgerStorage(this ISiloBuilder silo, StorageOptions options)
    {
        options.Validate();
        silo.Services.AddSingleton(options);
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, SchemaInitializer>();
        silo.Services.AddSingleton<IStorageFaults, SqlStorageFaults>();
        silo.UseSystemTextJsonGrainStorageSerializer();
        if (options.IsPostgres)
        {
            var dataSource = NpgsqlDataSource.Create(options.ConnectionString!);
            silo.Services.AddSingleton(dataSource);
            AddStore(silo.Services, new PostgresLedgerStore(dataSource), new UsageLogOptions { Writers = options.PostgresLogWriters });
            silo.AddAdoNetGrainStorage(StorageNames.Registry, o =>
            {
                o.Invariant = "Npgsql";
                o.DataSource = dataSource;
            });
            return;
        }

        Directory.CreateDirectory(options.DataDirectory);
        AddStore(silo.Services, new SqliteLedgerStore(Path.Combine(options.DataDirectory, "ledger.db"), TimeSpan.FromSeconds(options.SqliteBusyTimeoutSeconds)), new UsageLogOptions { Writers = 1 });
        silo.AddAdoNetGrainStorage(StorageNames.Registry, o =>
        {
            // Orleans maps this invariant name to Microsoft.Data.Sqlite's factory.
            o.Invariant = "System.Data.SQLite";
            o.ConnectionString = SqliteConnectionString(options, "orleans.db");
        });
    }

    /// <summary>One store instance serves the ledger, API keys and consents, which live in the same database.</summary>
    private static void AddStore(IServiceCollection services, SqlLedgerStore store, UsageLogOptions log)
    {
        // One writer per silo: its queue is where concurrent streams' batches meet to share a commit.
        services.AddSingleton(log);
        services.AddSingleton(sp => new UsageLogWriter(new SqlUsageLogStore(store.Database), sp.GetRequiredService<UsageLogOptions>(), sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddSingleton<IUsageLog>(sp => sp.GetRequiredService<UsageLogWriter>());
        services.AddSingleton(store);
        services.AddSingleton(store.Database);
        services.AddSingleton<IApiKeyStore>(new SqlApiKeyStore(store.Database));
        services.AddSingleton<IConsentStore>(new SqlConsentStore(store.Database));
        services.AddSingleton<ILicenceRequestIndex>(new SqlLicenceRequestIndex(store.Database));
        services.AddSingleton<IRegistryStore>(new SqlRegistryStore(store.Database));
        services.AddSingleton<ISocietyMembers>(new SqlSocietyMembers(store.Database));
        services.AddSingleton<ISocietyTariffStore>(new SqlSocietyTariffStore(store.Database));
        services.AddSingleton<IRegistryHistory>(new SqlRegistryHistory(store.Database));
        services.AddSingleton<ILogReplayStore>(_ => new SqlLogReplayStore(store.Database));
        services.AddSingleton<ILicenceStore>(new SqlLicenceStore(store.Database));
        services.AddSingleton<IUsageProjectionStore>(_ => new SqlUsageProjectionStore(store.Database));
        services.AddSingleton<IRerateStore>(_ => new SqlRerateStore(store.Database));
        services.AddSingleton<IPayoutStore>(new SqlPayoutStore(store.Database));
        services.AddSingleton<IClaimStore>(_ => new SqlClaimStore(store.Database));
        services.AddSingleton<ISuspenseReport>(_ => new SqlSuspenseReport(store.Database));
        services.AddSingleton<IJournalStore>(_ => new SqlJournalStore(store.Database));
        services.AddSingleton<ITrainingReportStore>(new SqlTrainingReportStore(store.Database));
        services.AddSingleton<IRemovalStore>(new SqlRemovalStore(store.Database));
        services.AddSingleton<IQuarantineStore>(_ => new SqlQuarantineStore(store.Database));
        services.AddSingleton(_ => new DatabaseProbe(store.Database));
        services.AddSingleton<IStatementReadStore>(new SqlStatementReadStore(store.Database));
        services.AddSingleton<IStatementRowStore>(new SqlStatementRowStore(store.Database));
    }

    public static string SqliteConnectionString(StorageOptions options, string fileName) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(Path.Combine(options.DataDirectory, fileName)),
            Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString();
}
