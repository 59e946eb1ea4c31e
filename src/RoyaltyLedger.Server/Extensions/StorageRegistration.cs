using Microsoft.Data.Sqlite;
using Npgsql;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Grains;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.BankPayments;
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
using RoyaltyLedger.Storage.Sessions;
using RoyaltyLedger.Storage.Log;
using RoyaltyLedger.Storage.StatementProofs;
using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.BankPayments;
using RoyaltyLedger.Application.Claims;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Application.Payouts;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Quarantine;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Application.Reports;
using RoyaltyLedger.Application.Sessions;
using RoyaltyLedger.Application.Log;
using RoyaltyLedger.Application.StatementProofs;
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
            // Registered by factory so that the host disposes it, and with it its pooled connections, when it stops.
            silo.Services.AddSingleton(_ => dataSource);
            AddStore(silo.Services, new PostgresLedgerDatabase(dataSource), new UsageLogOptions { Writers = options.PostgresLogWriters });
            silo.AddAdoNetGrainStorage(StorageNames.Registry, o =>
            {
                o.Invariant = "Npgsql";
                o.DataSource = dataSource;
            });
            return;
        }

        Directory.CreateDirectory(options.DataDirectory);
        AddStore(silo.Services, new SqliteLedgerDatabase(Path.Combine(options.DataDirectory, "ledger.db"), TimeSpan.FromSeconds(options.SqliteBusyTimeoutSeconds)), new UsageLogOptions { Writers = 1 });
        silo.AddAdoNetGrainStorage(StorageNames.Registry, o =>
        {
            // Orleans maps this invariant name to Microsoft.Data.Sqlite's factory.
            o.Invariant = "System.Data.SQLite";
            o.ConnectionString = SqliteConnectionString(options, "orleans.db");
        });
    }

    /// <summary>Every feature's store over the one ledger database; they join each other's transactions through it.</summary>
    private static void AddStore(IServiceCollection services, LedgerDatabase database, UsageLogOptions log)
    {
        // One writer per silo: its queue is where concurrent streams' batches meet to share a commit.
        services.AddSingleton(log);
        services.AddSingleton(sp => new UsageLogWriter(new SqlUsageLogStore(database), sp.GetRequiredService<UsageLogOptions>(), sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddSingleton<IUsageLog>(sp => sp.GetRequiredService<UsageLogWriter>());
        services.AddSingleton(database);
        services.AddSingleton<IApiKeyStore>(new SqlApiKeyStore(database));
        services.AddSingleton<IConsentStore>(new SqlConsentStore(database));
        services.AddSingleton<ILicenceRequestIndex>(new SqlLicenceRequestIndex(database));
        services.AddSingleton<IRegistryStore>(new SqlRegistryStore(database));
        services.AddSingleton<ISocietyMembers>(new SqlSocietyMembers(database));
        services.AddSingleton<ISocietyTariffStore>(new SqlSocietyTariffStore(database));
        services.AddSingleton<IRegistryHistory>(new SqlRegistryHistory(database));
        services.AddSingleton<ILogReplayStore>(_ => new SqlLogReplayStore(database));
        services.AddSingleton<ILicenceStore>(new SqlLicenceStore(database));
        services.AddSingleton<IUsageProjectionStore>(_ => new SqlUsageProjectionStore(database));
        services.AddSingleton<IRerateStore>(sp => new SqlRerateStore(database, sp.GetRequiredService<LedgerPartitioning>()));
        services.AddSingleton<IPayoutStore>(sp => new SqlPayoutStore(database, sp.GetRequiredService<LedgerPartitioning>()));
        services.AddSingleton<IClaimStore>(_ => new SqlClaimStore(database));
        services.AddSingleton<ISuspenseReport>(_ => new SqlSuspenseReport(database));
        services.AddSingleton<IJournalStore>(_ => new SqlJournalStore(database));
        services.AddSingleton<ITrainingReportStore>(new SqlTrainingReportStore(database));
        services.AddSingleton<IRemovalStore>(sp => new SqlRemovalStore(database, sp.GetRequiredService<LedgerPartitioning>()));
        services.AddSingleton<IQuarantineStore>(_ => new SqlQuarantineStore(database));
        services.AddSingleton(_ => new DatabaseProbe(database));
        services.AddSingleton<IStatementReadStore>(new SqlStatementReadStore(database));
        services.AddSingleton<IStatementRowStore>(new SqlStatementRowStore(database));
        services.AddSingleton<ISessionKeyStore>(new SqlSessionKeyStore(database));
        services.AddSingleton<ITransparencyLogStore>(new SqlTransparencyLogStore(database));
        services.AddSingleton<IStatementProofStore>(new SqlStatementProofStore(database));
        services.AddSingleton<IBankAccountStore>(new SqlBankAccountStore(database));
    }

    public static string SqliteConnectionString(StorageOptions options, string fileName) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(Path.Combine(options.DataDirectory, fileName)),
            Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString();
}
