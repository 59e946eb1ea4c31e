using Microsoft.Data.Sqlite;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

/// <summary>A running server over one store, which a test may restart on the same data.</summary>
public abstract class ServerFixture : IAsyncLifetime
{
    public LedgerServer Server { get; private set; } = null!;

    protected abstract Task<IReadOnlyDictionary<string, string>> PrepareStorageAsync();

    private IReadOnlyDictionary<string, string> _settings = null!;

    public async Task InitializeAsync()
    {
        _settings = await PrepareStorageAsync();
        Server = await LedgerServer.StartAsync(_settings);
    }

    /// <summary>Stops the server and starts a new one on the same storage.</summary>
    public async Task RestartAsync()
    {
        await Server.DisposeAsync();
        Server = await LedgerServer.StartAsync(_settings);
    }

    /// <summary>Starts a second server on the same storage with extra settings (e.g. lower limits); the caller disposes it.</summary>
    public Task<LedgerServer> StartAnotherAsync(IReadOnlyDictionary<string, string> extra) =>
        LedgerServer.StartAsync(_settings.Concat(extra).ToDictionary(p => p.Key, p => p.Value));

    /// <summary>Starts a second server on the same storage with extra wiring (e.g. a health check the test sets); the caller disposes it.</summary>
    public Task<LedgerServer> StartWithAsync(Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder> configure) =>
        LedgerServer.StartAsync(_settings, configure);

    /// <summary>The settings the fixture's server runs with (storage provider, folder or connection string).</summary>
    public IReadOnlyDictionary<string, string> Settings => _settings;

    public virtual async Task DisposeAsync() => await Server.DisposeAsync();
}

public sealed class SqliteServerFixture : ServerFixture
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-server-").FullName;

    /// <summary>The ledger's SQLite file, for tests that check what the usage log holds.</summary>
    public string LedgerPath => Path.Combine(_folder, "ledger.db");

    protected override Task<IReadOnlyDictionary<string, string>> PrepareStorageAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "sqlite",
            ["Storage:DataDirectory"] = _folder,
        });

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(_folder);
    }
}

public sealed class PostgresServerFixture : ServerFixture
{
    // The admin key file still goes to a data folder; everything else lives in PostgreSQL.
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-server-pg-").FullName;

    protected override async Task<IReadOnlyDictionary<string, string>> PrepareStorageAsync() =>
        new Dictionary<string, string>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = await PostgresServer.CreateDatabaseAsync("royalty_server"),
            ["Storage:DataDirectory"] = _folder,
        };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        TempFolder.Delete(_folder);
    }
}
