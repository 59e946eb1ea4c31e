using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Testing;

namespace RoyaltyLedger.Server.Tests.Partitions;

/// <summary>
/// Partition equivalence (issue 13, docs/partitions.md): the same scenario on a ledger of one partition and on a
/// ledger of eight gives the same per-party balances, payout and statements. The scenario touches every path that
/// files, projects or moves a use between partitions: uses naming works by id in several partitions, a use naming a
/// registered work only by its identifier (filed by the ingest edge's lookup), unlicensed and refused uses, a use naming
/// an identifier nobody carries yet and one naming a work id nobody registered yet (suspense, matched from partition 0
/// into the work's partition once registered), a retroactive licence (re-rating in each work's partition) and a payout.
/// </summary>
public abstract class PartitionEquivalenceTests(bool postgres)
{
    private const string Pub = "pe-pub", Cmo = "pe-cmo", Ana = "pe-ana", Ben = "pe-ben", Cai = "pe-cai";
    private const string OpA = "pea-op", OpB = "peb-op", ModelA = "pe-a1", ModelB = "pe-b1";
    private const string Harbour = "pe-harbour", Glass = "pe-glass", Atlas = "pe-atlas", Tide = "pe-tide", Late = "pe-late";
    private const string HarbourIsrc = "GBPEH2600001", TideIsrc = "GBPET2600002";
    private static readonly string[] Creators = [Ana, Ben, Cai];

    [Fact]
    public async Task Scenario_OnePartitionOrEight_GivesIdenticalBalancesPayoutAndStatements()
    {
        // The works must really be spread, or eight partitions would prove nothing.
        var eight = new LedgerPartitioning(8);
        var spread = new[] { Harbour, Glass, Atlas, Tide, Late, $"isrc/{TideIsrc}" }.Select(eight.PartitionOf).Distinct().Count();
        Assert.True(spread >= 3, $"the scenario's works fall in {spread} of 8 partitions");

        var one = await RunAsync(partitions: 1);
        var many = await RunAsync(partitions: 8);

        Assert.Equal(one.Balances, many.Balances);
        Assert.Equal(one.Payout.Lines, many.Payout.Lines);
        Assert.Equal(one.Payout.Summary, many.Payout.Summary);
        for (var i = 0; i < Creators.Length; i++)
        {
            Assert.Equal(one.Statements[i], many.Statements[i]);
        }

        // And the outcome is the scenario's, not two equal failures: money moved, suspense matched, the payout paid.
        Assert.Contains(one.Balances, b => b.Account == $"party:{Ana}" && b.Amount < 0);
        Assert.Contains(one.Balances, b => b.Account == $"claims:{OpB}" && b.Amount > 0);
        Assert.Equal(3, one.Payout.Lines.Count);
        Assert.Contains(Tide, one.Statements[0], StringComparison.Ordinal);
        Assert.Contains(Late, one.Statements[2], StringComparison.Ordinal);
    }

    private sealed record Outcome(List<(string Account, long Amount)> Balances, (List<string> Lines, string Summary) Payout, List<string> Statements);

    private async Task<Outcome> RunAsync(int partitions)
    {
        var folder = Directory.CreateTempSubdirectory("royalty-partitions-").FullName;
        try
        {
            var settings = new Dictionary<string, string>
            {
                ["Storage:Provider"] = postgres ? "postgres" : "sqlite",
                ["Storage:DataDirectory"] = folder,
                ["Ledger:Partitions"] = partitions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            if (postgres)
            {
                settings["Storage:ConnectionString"] = await PostgresServer.CreateDatabaseAsync("royalty_partitions");
            }

            await using var server = await LedgerServer.StartAsync(settings);
            return await ScenarioAsync(server, partitions);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TempFolder.Delete(folder);
        }
    }

    private static async Task<Outcome> ScenarioAsync(LedgerServer server, int partitions)
    {
        await RegisterAsync(server);
        await server.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = Licence("pe-lic-a", OpA, [], Day(1), retroactive: false, priceMicros: 1_000_000) });

        await SendAsync(server, OpA, "pe-a",
            Output("e1", ModelA, Harbour, 1_500, 600_000, Day(5)),
            Output("e2", ModelA, Atlas, 1_000, 700_001, Day(6)),
            Output("e5", ModelA, "", 3_000, 1_000_000, Day(8), new Identifier { Scheme = "isrc", Value = "GB-PET-26-00002" }),
            Output("e6", ModelA, "", 2_000, 500_000, Day(9), new Identifier { Scheme = "isrc", Value = "GB-PEH-26-00001" }),
            Output("e7", ModelA, Late, 4_000, 250_000, Day(9)));
        await SendAsync(server, OpB, "pe-b",
            Output("e3", ModelB, Atlas, 2_000, 1_000_000, Day(10)),
            Output("e4", ModelB, Glass, 1_000, 1_000_000, Day(12)),
            Output("e8", ModelB, Harbour, 3_000, 333_333, Day(13)));
        await SettledAsync(server, partitions, "after ingest");

        // A retroactive licence re-rates Atlas; Tide comes to carry e5's identifier and Late is registered: both matched.
        await server.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = Licence("pe-lic-b", OpB, [Atlas], Day(15), retroactive: true, priceMicros: 2_000_000) });
        await server.Registry.RegisterWorkAsync(Work(Tide, ("isrc", TideIsrc), (Ana, 10_000)));
        await server.Registry.RegisterWorkAsync(Work(Late, null, (Cai, 6_000), (Ben, 4_000)));
        await SettledAsync(server, partitions, "after the licence and the late works");

        var balances = (await server.Admin.Ledger.GetBalancesAsync(new GetBalancesRequest { AccountPrefix = "" })).Balances
            .Select(b => (b.Account, b.AmountNanos.N())).Where(b => b.Item2 != 0).OrderBy(b => b.Account, StringComparer.Ordinal).ToList();
        var cycle = await new Payouts.PayoutsClient(server.Admin.Invoker).CommitCycleAsync(new RunCycleRequest
        {
            CycleId = "pe-2026-11-eur", SocietyId = Cmo, Currency = "EUR", Period = "2026-11",
            MinimumPayoutMinor = 150,
        });
        // The cycle's own identity (its time, its hashes) differs between two ledgers; its money must not.
        var summary = cycle.Summary;
        (List<string> Lines, string Summary) payout = ([.. cycle.Lines.Select(l => l.ToString())],
            $"{summary.PayableNanos.N()} {summary.PaidNanos.N()} {summary.CommissionNanos.N()} {summary.CarriedNanos.N()} {summary.HeldNanos.N()}");
        Assert.True((await server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact, $"the journal of {partitions} partitions verifies");
        var statements = new List<string>();
        foreach (var creator in Creators)
        {
            var statement = await server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = creator, WaitForProjection = true });
            Assert.Equal((0UL, 0UL), (statement.PendingBatches, statement.WorksPendingRerate));
            statements.Add(statement.ToString());
        }

        return new Outcome(balances, payout, statements);
    }

    private static async Task RegisterAsync(LedgerServer server)
    {
        var registry = server.Registry;
        await registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = Cmo, DisplayName = "Collecting society", CommissionBps = 1_000 });
        await registry.RegisterRightsholderAsync(new RegisterRightsholderRequest { RightsholderId = Pub, DisplayName = "Publisher", Kind = "publisher" });
        foreach (var creator in Creators)
        {
            await registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = creator, DisplayName = creator[3..] });
            await registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = Cmo, MemberId = creator });
        }

        await registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest
        {
            SocietyId = Cmo, Use = UseKind.Output, Tariff = new Tariff { Currency = "EUR", PriceMicros = 500_000, PerUnits = 1_000, UnitKind = "tokens" },
        });
        foreach (var (op, model) in new[] { (OpA, ModelA), (OpB, ModelB) })
        {
            await registry.RegisterOperatorAsync(new RegisterOperatorRequest { OperatorId = op, DisplayName = op });
            await registry.RegisterModelAsync(new RegisterModelRequest { ModelId = model, OperatorId = op, DisplayName = model });
        }

        await registry.RegisterWorkAsync(Work(Harbour, ("isrc", HarbourIsrc), (Ana, 5_000), (Ben, 5_000)));
        await registry.RegisterWorkAsync(Work(Glass, null, (Ben, 2_500), (Cai, 7_500)));
        await registry.RegisterWorkAsync(Work(Atlas, null, (Ana, 3_333), (Ben, 3_333), (Cai, 3_334)));
        foreach (var creator in Creators)
        {
            await ConsentAsync(server, creator, "", OpA, ConsentDecision.Granted);
        }

        await ConsentAsync(server, Ana, "", OpB, ConsentDecision.Granted);
        await ConsentAsync(server, Ben, "", OpB, ConsentDecision.Granted);
        await ConsentAsync(server, Cai, Atlas, OpB, ConsentDecision.Granted);
        await ConsentAsync(server, Cai, Glass, OpB, ConsentDecision.Refused);
    }

    private static Task<ConsentRecord> ConsentAsync(LedgerServer server, string creator, string work, string op, ConsentDecision decision) =>
        server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest { CreatorId = creator, WorkId = work, Use = UseKind.Output, OperatorId = op, Decision = decision }).ResponseAsync;

    private static readonly OutputScenario Scenario = new("pe");

    private static RegisterWorkRequest Work(string id, (string Scheme, string Value)? identifier, params (string Creator, int Bps)[] split) =>
        Scenario.Work(id, identifier, split);

    private static Licence Licence(string id, string op, string[] works, DateTimeOffset starts, bool retroactive, long priceMicros) =>
        Scenario.Licence(id, op, works, starts, retroactive, priceMicros);

    private static UsageEvent Output(string id, string model, string work, long tokens, uint weightPpm, DateTimeOffset at, Identifier? workRef = null) =>
        Scenario.Output(id, model, work, tokens, weightPpm, at, workRef);

    private static DateTimeOffset Day(int day) => OutputScenario.Day(day);

    private static async Task SendAsync(LedgerServer server, string op, string stream, params UsageEvent[] events)
    {
        var (_, acks) = await new Slice(op[..^3]).SendAsync(server.Ingest, stream, Slice.Batch(1, events));
        Assert.Equal((uint)events.Length, Assert.Single(acks).Accepted);
    }

    /// <summary>Waits (bounded) until every batch is projected in every partition, suspense matched and every re-rating done.</summary>
    private static async Task SettledAsync(LedgerServer server, int partitions, string phase)
    {
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var statement = await server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = Ana, WaitForProjection = true });
            if (statement is { PendingBatches: 0, WorksPendingRerate: 0 })
            {
                return;
            }
        }

        Assert.Fail($"{phase}: the ledger of {partitions} partitions did not settle within six bounded waits");
    }
}

public sealed class SqlitePartitionEquivalenceTests() : PartitionEquivalenceTests(postgres: false);

public sealed class PostgresPartitionEquivalenceTests() : PartitionEquivalenceTests(postgres: true);
