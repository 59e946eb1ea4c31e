using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// The README's worked example, number for number: three co-written works, two operators, a licence granted
/// retroactively mid-period, a refused use, an unidentified use matched later, and a payout cycle. If a number here
/// changes, the README's must change with it.
/// </summary>
public abstract class WorkedExampleTests(ServerFixture fixture)
{
    private const string Pub = "wx-pub", Cmo = "wx-cmo", Ana = "wx-ana", Ben = "wx-ben", Cai = "wx-cai";
    private const string OpA = "wxa-op", OpB = "wxb-op", ModelA = "wx-a1", ModelB = "wx-b1";
    private const string Harbour = "wx-harbour", Glass = "wx-glass", Atlas = "wx-atlas", Tide = "wx-tide";
    private const string TideIsrc = "GBWXL2600001";

    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task WorkedExample_EveryNumberInTheReadme_IsWhatTheLedgerPosts()
    {
        await RegisterAsync();
        await Server.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = Licence("wx-lic-a", OpA, [], Day(1), retroactive: false, priceMicros: 1_000_000) });

        await SendAsync(OpA, "wx-a", Output("e1", ModelA, Harbour, 1_500, 600_000, Day(5)), Output("e2", ModelA, Atlas, 1_000, 700_001, Day(6)),
            Output("e5", ModelA, "", 3_000, 1_000_000, Day(8), new Identifier { Scheme = "isrc", Value = "GB-WXL-26-00001" }));
        await SendAsync(OpB, "wx-b", Output("e3", ModelB, Atlas, 2_000, 1_000_000, Day(10)), Output("e4", ModelB, Glass, 1_000, 1_000_000, Day(12)));
        await SettledAsync();

        // Before the retroactive licence: e3 is a claim against wx-opb at the society's unlicensed tariff.
        Assert.Equal(1_000_000_000L + 500_000_000L, await BalanceAsync($"claims:{OpB}"));

        await Server.Registry.GrantLicenceAsync(new GrantLicenceRequest { Licence = Licence("wx-lic-b", OpB, [Atlas], Day(15), retroactive: true, priceMicros: 2_000_000) });
        await Server.Registry.RegisterWorkAsync(Work(Tide, ("isrc", TideIsrc), (Ana, 10_000)));
        await SettledAsync();

        var balances = (await Server.Admin.Ledger.GetBalancesAsync(new GetBalancesRequest { AccountPrefix = "" })).Balances
            .Where(b => b.Account.Contains(":wx", StringComparison.Ordinal)).ToDictionary(b => b.Account, b => b.AmountNanos.N());
        Assert.Equal(new Dictionary<string, long>
        {
            [$"operator:{OpA}"] = 4_600_001_000,
            [$"operator:{OpB}"] = 4_000_000_000,
            [$"claims:{OpB}"] = 500_000_000,
            [$"party:{Ana}"] = -5_016_510_333,
            [$"party:{Ben}"] = -2_016_510_333,
            [$"party:{Cai}"] = -1_566_980_334,
            [$"claimed:{Ben}"] = -125_000_000,
            [$"claimed:{Cai}"] = -375_000_000,
        }, balances.Where(b => b.Value != 0).ToDictionary());

        var cycle = await new Payouts.PayoutsClient(Server.Admin.Invoker).CommitCycleAsync(new RunCycleRequest
        {
            CycleId = "wx-2026-11-eur", SocietyId = Cmo, Currency = "EUR", Period = "2026-11", MinimumPayoutMinor = 150,
        });
        Assert.Equal(
            [(Ana, 5_016_510_333L, 501_651_033L, 451L, 4_859_300L, false), (Ben, 2_016_510_333L, 201_651_033L, 181L, 4_859_300L, false), (Cai, 1_566_980_334L, 0L, 0L, 1_566_980_334L, true)],
            cycle.Lines.Select(l => (l.PartyId, l.GrossNanos.N(), l.CommissionNanos.N(), l.PaidMinor.N(), l.CarriedNanos.N(), l.Held)));
        Assert.Equal((8_600_001_000L, 6_320_000_000L, 703_302_066L, 9_718_600L, 1_566_980_334L),
            (cycle.Summary.PayableNanos.N(), cycle.Summary.PaidNanos.N(), cycle.Summary.CommissionNanos.N(), cycle.Summary.CarriedNanos.N(), cycle.Summary.HeldNanos.N()));
        Assert.True((await Server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
        // Ana's statement: accrued 450,000,000 (e1) + 233,310,333 (e2); adjustments 1,333,200,000 (e3 under licence B)
        // + 3,000,000,000 (e5 matched); less commission and payment, 4,859,300 is carried forward.
        var ana = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = Ana });
        Assert.Equal(new StatementAccount
        {
            Currency = "EUR", AccruedNanos = "683310333", AdjustmentsNanos = "4333200000", CommissionNanos = "501651033",
            PaidNanos = "4510000000", PaidMinor = "451", OwedNanos = "4859300", ClaimsNanos = "0",
        }, Assert.Single(ana.Accounts));
        // Rebuilding the projections from the journal finds nothing to change, and the usage totals agree with it.
        var rebuilt = await Server.Admin.Ledger.RebuildProjectionsAsync(new RebuildProjectionsRequest());
        Assert.Equal((0L, 0L), (rebuilt.BalanceRowsDiffered, rebuilt.WorkTotalsDiffered));
        Assert.True(rebuilt.WorkTotalsChecked >= 4, $"{rebuilt.WorkTotalsChecked} work amounts checked");
    }

    private async Task RegisterAsync()
    {
        var registry = Server.Registry;
        await registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = Cmo, DisplayName = "Collecting society", CommissionBps = 1_000 });
        await registry.RegisterRightsholderAsync(new RegisterRightsholderRequest { RightsholderId = Pub, DisplayName = "Publisher", Kind = "publisher" });
        foreach (var creator in new[] { Ana, Ben, Cai })
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

        await registry.RegisterWorkAsync(Work(Harbour, null, (Ana, 5_000), (Ben, 5_000)));
        await registry.RegisterWorkAsync(Work(Glass, null, (Ben, 2_500), (Cai, 7_500)));
        await registry.RegisterWorkAsync(Work(Atlas, null, (Ana, 3_333), (Ben, 3_333), (Cai, 3_334)));
        foreach (var creator in new[] { Ana, Ben, Cai })
        {
            await ConsentAsync(creator, "", OpA, ConsentDecision.Granted);
        }

        await ConsentAsync(Ana, "", OpB, ConsentDecision.Granted);
        await ConsentAsync(Ben, "", OpB, ConsentDecision.Granted);
        await ConsentAsync(Cai, Atlas, OpB, ConsentDecision.Granted);
        await ConsentAsync(Cai, Glass, OpB, ConsentDecision.Refused);
    }

    private Task<ConsentRecord> ConsentAsync(string creator, string work, string op, ConsentDecision decision) =>
        Server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest { CreatorId = creator, WorkId = work, Use = UseKind.Output, OperatorId = op, Decision = decision }).ResponseAsync;

    private static readonly OutputScenario Scenario = new("wx");

    private static RegisterWorkRequest Work(string id, (string Scheme, string Value)? identifier, params (string Creator, int Bps)[] split) =>
        Scenario.Work(id, identifier, split);

    private static Licence Licence(string id, string op, string[] works, DateTimeOffset starts, bool retroactive, long priceMicros) =>
        Scenario.Licence(id, op, works, starts, retroactive, priceMicros);

    private static UsageEvent Output(string id, string model, string work, long tokens, uint weightPpm, DateTimeOffset at, Identifier? workRef = null) =>
        Scenario.Output(id, model, work, tokens, weightPpm, at, workRef);

    private static DateTimeOffset Day(int day) => OutputScenario.Day(day);

    private async Task SendAsync(string op, string stream, params UsageEvent[] events)
    {
        var (_, acks) = await new Slice(op[..^3]).SendAsync(Server.Ingest, stream, Slice.Batch(1, events));
        Assert.Equal((uint)events.Length, Assert.Single(acks).Accepted);
    }

    /// <summary>Waits until every batch is projected, suspense matched and every queued re-rating done.</summary>
    private async Task SettledAsync()
    {
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = Ana, WaitForProjection = true });
        Assert.Equal(0UL, statement.PendingBatches);
    }

    private Task<long> BalanceAsync(string account) => Server.BalanceAsync(account);
}

public sealed class SqliteWorkedExampleTests(SqliteServerFixture fixture) : WorkedExampleTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresWorkedExampleTests(PostgresServerFixture fixture) : WorkedExampleTests(fixture), IClassFixture<PostgresServerFixture>;
