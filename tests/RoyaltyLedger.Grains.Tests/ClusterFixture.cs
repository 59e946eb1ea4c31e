using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Grains.Licensing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using RoyaltyLedger.Grains;
using RoyaltyLedger.Grains.Cluster;
using RoyaltyLedger.Grains.Projection;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Claims;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Storage.Projection;
using RoyaltyLedger.Storage.Quarantine;
using RoyaltyLedger.Storage.Rerate;
using RoyaltyLedger.Storage.Licensing;
using RoyaltyLedger.Storage.Registry;
using RoyaltyLedger.Storage.Sqlite;
using RoyaltyLedger.Storage.Statements;
using RoyaltyLedger.Storage.UsageLog;
using RoyaltyLedger.Application.Claims;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Quarantine;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Application.Rerate;
using RoyaltyLedger.Application.Statements;
using RoyaltyLedger.Application.UsageLog;

namespace RoyaltyLedger.Grains.Tests;

/// <summary>
/// Two silos on an in-process test cluster, with grain state and the ledger in real SQLite files
/// under a temp folder; shared by every test in the collection.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-grains-").FullName;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public SqliteLedgerDatabase Ledger { get; private set; } = null!;

    /// <summary>The journal's store over the ledger's database.</summary>
    public SqlJournalStore Journal { get; private set; } = null!;

    /// <summary>The projection's store over the ledger's database.</summary>
    public SqlUsageProjectionStore Projections { get; private set; } = null!;

    /// <summary>The quarantine's store over the ledger's database.</summary>
    public SqlQuarantineStore Quarantines { get; private set; } = null!;

    /// <summary>The re-rating store over the ledger's database.</summary>
    public SqlRerateStore Rerating { get; private set; } = null!;
    /// <summary>The consents store over <see cref="Ledger"/>'s database, for tests that record decisions directly.</summary>
    public SqlConsentStore Consents { get; private set; } = null!;

    /// <summary>The licence store over <see cref="Ledger"/>'s database.</summary>
    public SqlLicenceStore LicenceStore { get; private set; } = null!;
    /// <summary>The registry's rows, the one record registry grains load and write.</summary>
    public SqlRegistryStore Registry { get; private set; } = null!;

    public SqlSocietyMembers SocietyMembers { get; private set; } = null!;

    public SqlSocietyTariffStore SocietyTariffs { get; private set; } = null!;

    /// <summary>The usage log's writer, shared by both silos as one process's silos share one SQLite file.</summary>
    public UsageLogWriter Log { get; private set; } = null!;

    /// <summary>The ledger database file, for tests that write rows the code under test only reads (e.g. the usage log).</summary>
    public string LedgerPath => Path.Combine(_folder, "ledger.db");

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>Grants licences as the server does: a ledger row, then a refresh of the works covered.</summary>
    public LicenceIssuer Licences => new(LicenceStore, new WorkRefresher(LicenceStore, Cluster.Client, Rerating, Clock), Rerating, Clock);

    public async Task InitializeAsync()
    {
        var orleansDb = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "orleans.db") }.ToString();
        await OrleansSchema.EnsureSqliteAsync(orleansDb, CancellationToken.None);
        Ledger = new SqliteLedgerDatabase(LedgerPath);
        await Ledger.InitializeAsync(CancellationToken.None);
        Journal = new SqlJournalStore(Ledger);
        Projections = new SqlUsageProjectionStore(Ledger);
        Quarantines = new SqlQuarantineStore(Ledger);
        Rerating = new SqlRerateStore(Ledger);
        Consents = new SqlConsentStore(Ledger);
        LicenceStore = new SqlLicenceStore(Ledger);
        Registry = new SqlRegistryStore(Ledger);
        SocietyMembers = new SqlSocietyMembers(Ledger);
        SocietyTariffs = new SqlSocietyTariffStore(Ledger);
        Log = new UsageLogWriter(new SqlUsageLogStore(Ledger), new UsageLogOptions());

        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ServiceId = "grain-tests";
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddAdoNetGrainStorage(StorageNames.Registry, o =>
            {
                o.Invariant = "System.Data.SQLite";
                o.ConnectionString = orleansDb;
            });
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.Services.AddSingleton<IRegistryStore>(Registry);
            silo.Services.AddSingleton<IStatementRowStore>(new SqlStatementRowStore(Ledger));
            silo.Services.AddSingleton<ISocietyMembers>(SocietyMembers);
            silo.Services.AddSingleton<IUsageLog>(Log);
            silo.Services.AddSingleton<IConsentStore>(Consents);
            silo.Services.AddSingleton<ILicenceStore>(LicenceStore);
            silo.Services.AddSingleton<ILicenceRequestIndex>(new SqlLicenceRequestIndex(Ledger));
            silo.Services.AddSingleton<IUsageProjectionStore>(Projections);
            silo.Services.AddSingleton<IRerateStore>(Rerating);
            silo.Services.AddSingleton<IClaimStore>(new SqlClaimStore(Ledger));
            silo.Services.AddSingleton<ISocietyTariffStore>(SocietyTariffs);
            silo.Services.AddSingleton<IRegistryHistory>(new SqlRegistryHistory(Ledger));
            silo.Services.AddSingleton<ILogReplayStore>(new SqlLogReplayStore(Ledger));
            silo.Services.AddSingleton<IJournalStore>(Journal);
            silo.Services.AddSingleton<IQuarantineStore>(Quarantines);
            silo.Services.AddSingleton<IStorageFaults, SqlStorageFaults>();
            silo.Services.AddSingleton<TimeProvider>(Clock);
            silo.Services.AddRoyaltyLedgerGrainServices();
            // Once per cluster, as the server runs them (docs/cluster.md); the chores grain needs a reminder service.
            silo.UseInMemoryReminderService();
            silo.Services.AddClusterChores(keepProjectorsAlive: true);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Log.DisposeAsync();
        Ledger.Dispose();
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(_folder);
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterGroup : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
