using Grpc.Net.Client;
using Microsoft.Data.Sqlite;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Grains.Projection;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.Quarantine;

/// <summary>
/// Kill -9 while the projector works through rounds that quarantine uses: the server process is killed with SIGKILL at
/// random moments of the projection (small rounds, so that most kills land inside one) and restarted on the same
/// storage. Afterwards the journal and totals hold exactly what one projection gives (every good use once, no
/// quarantined one), the quarantine holds one row per quarantined use, and the journal verifies.
/// </summary>
public abstract class QuarantineCrashTests(bool postgres)
{
    private const int Batches = 30;
    private const int EventsPerBatch = 400;

    /// <summary>Every this-many-th event of a batch names the poisoned work.</summary>
    private const int PoisonEvery = 40;

    private const int Kills = 3;

    [Fact]
    public async Task Projection_KilledThreeTimesDuringRoundsWithQuarantinedUses_PostsEachGoodUseOnceAndKeepsOneRowPerQuarantinedUse()
    {
        var folder = Directory.CreateTempSubdirectory("royalty-quarantine-crash-").FullName;
        try
        {
            var s = new PoisonSlice(new Slice($"qcrash{(postgres ? "pg" : "lite")}"));
            var settings = await PoisonSlice.StorageAsync(postgres, Path.Combine(folder, "data"));
            settings[ProjectionFaults.FailUsesOfWorkKey] = s.Poison;
            settings["Projection:MaxEventsPerRound"] = "1000";
            await using var server = new ServerProcess(folder, settings);
            await server.StartAsync();
            var (good, bad) = (0, 0);
            using (var channel = GrpcChannel.ForAddress(server.Address))
            {
                var admin = new LedgerClients(channel, server.AdminKey);
                await s.RegisterAsync(admin);
                var batches = Enumerable.Range(1, Batches).Select(b => Slice.Batch((ulong)b, [.. Enumerable.Range(0, EventsPerBatch)
                    .Select(i => i % PoisonEvery == 7 ? s.Bad($"b{b:D2}-e{i:D3}") : s.Good($"b{b:D2}-e{i:D3}"))])).ToArray();
                var (_, acks) = await s.Slice.SendAsync(admin.Ingest, "main", batches);
                Assert.All(acks, a => Assert.Equal((uint)EventsPerBatch, a.Accepted));
                bad = Batches * (EventsPerBatch / PoisonEvery);
                good = (Batches * EventsPerBatch) - bad;
            }

            // Each kill waits for a round that quarantined uses to commit while rows still wait, so that it lands in the
            // rounds after it; the projection may finish before all kills, but not before the first.
            var (killed, quarantinedBefore) = (0, 0L);
            for (var kill = 1; kill <= Kills; kill++)
            {
                var (pending, quarantinedNow) = await ProjectingAsync(settings, quarantinedBefore);
                if (pending == 0)
                {
                    break;
                }

                await server.KillAsync();
                (killed, quarantinedBefore) = (killed + 1, quarantinedNow);
                await server.StartAsync();
            }

            Assert.True(killed >= 1, "the projection finished before the first kill");

            using (var channel = GrpcChannel.ForAddress(server.Address))
            {
                var admin = new LedgerClients(channel, server.AdminKey);
                var composer = await CaughtUpAsync(admin, s.Slice.Composer);

                Assert.Equal((ulong)good, composer.Lines.Aggregate(0UL, (n, l) => n + l.EventCount));
                Assert.Equal(good * PoisonSlice.ComposerNanos, Assert.Single(composer.Totals).AmountNanos.N());
                var balances = await admin.Ledger.GetBalancesAsync(new GetBalancesRequest { AccountPrefix = $"operator:{s.Slice.Operator}" });
                Assert.Equal(good * PoisonSlice.UseNanos, Assert.Single(balances.Balances).AmountNanos.N());
                var quarantined = await AllQuarantinedAsync(admin);
                Assert.Equal(bad, quarantined.Count);
                Assert.Equal(bad, quarantined.Select(u => (u.LogSeq, u.EventIndex)).Distinct().Count());
                Assert.All(quarantined, u => Assert.Equal((s.Poison, 1), (u.WorkId, u.Attempts)));
                Assert.True((await admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
                var rebuilt = await admin.Ledger.RebuildProjectionsAsync(new RebuildProjectionsRequest());
                Assert.Equal((0L, 0L), (rebuilt.BalanceRowsDiffered, rebuilt.WorkTotalsDiffered));
            }

            await server.StopAsync();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TempFolder.Delete(folder);
        }
    }

    /// <summary>
    /// Waits until more uses than <paramref name="quarantinedBefore"/> are quarantined while log rows still wait (a kill
    /// now lands between or inside the rounds that follow), or until nothing waits; returns both counts then.
    /// </summary>
    private static async Task<(long Pending, long Quarantined)> ProjectingAsync(IReadOnlyDictionary<string, string> settings, long quarantinedBefore)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var quarantined = await PoisonSlice.CountAsync(settings, "SELECT COUNT(*) FROM quarantined_uses");
            var pending = await PoisonSlice.CountAsync(settings, "SELECT COUNT(*) FROM usage_log_pending");
            if (pending == 0 || quarantined > quarantinedBefore)
            {
                return (pending, quarantined);
            }

            Assert.True(DateTime.UtcNow < deadline, $"the projection made no progress in a minute: {pending} rows pending, {quarantined} uses quarantined");
            await Task.Delay(5);
        }
    }

    /// <summary>The creator's statement once nothing waits to be projected (each read waits up to 10 s; bounded to 2 minutes).</summary>
    private static async Task<CreatorStatement> CaughtUpAsync(LedgerClients admin, string creatorId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var statement = await admin.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = creatorId, WaitForProjection = true });
            if (statement.PendingBatches == 0 || DateTime.UtcNow > deadline)
            {
                Assert.Equal(0UL, statement.PendingBatches);
                return statement;
            }
        }
    }

    private static async Task<List<QuarantinedUse>> AllQuarantinedAsync(LedgerClients admin)
    {
        var uses = new List<QuarantinedUse>();
        var token = "";
        do
        {
            var page = await admin.Ledger.ListQuarantinedUsesAsync(new ListQuarantinedUsesRequest { PageSize = 100, PageToken = token });
            uses.AddRange(page.Uses);
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return uses;
    }
}

public sealed class SqliteQuarantineCrashTests() : QuarantineCrashTests(postgres: false);

public sealed class PostgresQuarantineCrashTests() : QuarantineCrashTests(postgres: true);
