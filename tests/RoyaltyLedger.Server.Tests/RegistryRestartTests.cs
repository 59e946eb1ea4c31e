using Grpc.Core;
using Microsoft.Data.Sqlite;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// The registry's record is the ledger database: what was registered before a server restart is there after it, with
/// its split history, its listing, and the same answer to registering it again.
/// </summary>
public sealed class RegistryRestartTests
{
    [Fact]
    public async Task Sqlite_RegistrationThenRestart_WorkAndPartiesSurvive()
    {
        var folder = Directory.CreateTempSubdirectory("royalty-reg-restart-").FullName;
        try
        {
            await RegisterRestartAndCheckAsync(new Dictionary<string, string>
            {
                ["Storage:Provider"] = "sqlite", ["Storage:DataDirectory"] = Path.Combine(folder, "data"),
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TempFolder.Delete(folder);
        }
    }

    [Fact]
    public async Task Postgres_RegistrationThenRestart_WorkAndPartiesSurvive()
    {
        var folder = Directory.CreateTempSubdirectory("royalty-reg-restart-pg-").FullName;
        try
        {
            var connectionString = await PostgresServer.CreateDatabaseAsync("royalty_reg_restart");
            await RegisterRestartAndCheckAsync(new Dictionary<string, string>
            {
                ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = connectionString, ["Storage:DataDirectory"] = Path.Combine(folder, "data"),
            });
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }

    private static async Task RegisterRestartAndCheckAsync(Dictionary<string, string> settings)
    {
        var catalogue = new Catalogue("rst");
        Work before;
        await using (var server = await LedgerServer.StartAsync(settings))
        {
            await catalogue.RegisterAsync(server.Admin);
            await server.Registry.AmendSplitsAsync(new AmendSplitsRequest
            {
                WorkId = catalogue.Duet,
                Contributors =
                {
                    new Contributor { CreatorId = catalogue.Consenting, Role = "author", ShareBps = 3_000 },
                    new Contributor { CreatorId = catalogue.Silent, Role = "author", ShareBps = 7_000 },
                },
                Note = "rebalanced",
                // Ahead of the clock: an amendment stamped with the server's "now" can be refused by the grain's later clock.
                EffectiveFrom = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(1)),
            });
            before = await server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = catalogue.Duet });
        }

        await using (var restarted = await LedgerServer.StartAsync(settings))
        {
            var after = await restarted.Registry.GetWorkAsync(new GetWorkRequest { WorkId = catalogue.Duet });
            Assert.Equal(before, after);
            Assert.Equal(2, after.Splits.Count);
            var creators = await restarted.Registry.ListCreatorsAsync(new ListCreatorsRequest());
            Assert.Equal([catalogue.Consenting, catalogue.Silent], creators.Creators.Select(c => c.CreatorId).Where(id => id.StartsWith("rst-", StringComparison.Ordinal)));
            var again = await restarted.Registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = catalogue.Consenting, DisplayName = "Ann" });
            Assert.Equal("Ann", again.DisplayName);
            var conflict = await Assert.ThrowsAsync<RpcException>(() =>
                restarted.Registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = catalogue.Consenting, DisplayName = "Someone else" }).ResponseAsync);
            Assert.Equal(StatusCode.AlreadyExists, conflict.StatusCode);
        }
    }
}
