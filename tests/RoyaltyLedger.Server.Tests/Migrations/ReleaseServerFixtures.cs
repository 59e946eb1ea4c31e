using Microsoft.Data.Sqlite;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.Migrations;

/// <summary>The real server started on a copy of the previous release's SQLite data folder.</summary>
public sealed class SqliteReleaseServerFixture : ServerFixture
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-release-").FullName;

    protected override Task<IReadOnlyDictionary<string, string>> PrepareStorageAsync()
    {
        ReleaseData.CopySqliteTo(_folder);
        return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["Storage:Provider"] = "sqlite",
            ["Storage:DataDirectory"] = _folder,
        });
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(_folder);
    }
}

/// <summary>The real server started on a fresh PostgreSQL database loaded from the previous release's dump.</summary>
public sealed class PostgresReleaseServerFixture : ServerFixture
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-release-pg-").FullName;

    protected override async Task<IReadOnlyDictionary<string, string>> PrepareStorageAsync() =>
        new Dictionary<string, string>
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = await ReleaseData.LoadPostgresAsync(_folder),
            ["Storage:DataDirectory"] = _folder,
        };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        TempFolder.Delete(_folder);
    }
}
