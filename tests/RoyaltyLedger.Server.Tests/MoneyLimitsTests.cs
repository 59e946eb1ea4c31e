using System.Globalization;
using System.Numerics;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Server.Tests.Infrastructure;
using DomainTariff = RoyaltyLedger.Domain.Registry.Tariff;
using DomainUsageRules = RoyaltyLedger.Domain.Usage.UsageEventRules;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Issue 11's first two bugs, end to end on the real server and store: a batch at the maximum units under the maximum
/// tariff overflowed 64-bit nanos in the projector and stopped it for everyone; an unlicensed use whose split leaves one
/// contributor 0 nanos made every round throw on an empty-currency claims line. Both must project, post exactly and pay.
/// </summary>
public abstract class MoneyLimitsTests(ServerFixture fixture)
{
    private static readonly Timestamp UsedAt = Slice.UsedAt;

    private LedgerServer Server => fixture.Server;

    private Payouts.PayoutsClient Payouts => new(Server.Admin.Invoker);

    [Fact]
    public async Task Project_FullBatchAtMaxUnitsUnderTheMaxTariff_TotalsJournalAndPayoutAreExactInt128()
    {
        // 5,000 events of 10^11 units at 10^9 micros per unit: 10^23 nanos each, 5 x 10^26 in all, far past 64 bits.
        var c = await RegisterAsync("ml-max", majorBps: 9_999, UseKind.Training, licensed: true,
            new Tariff { Currency = "EUR", PriceMicros = DomainTariff.MaxPriceMicros, PerUnits = 1, UnitKind = "tokens" });
        const int events = 5_000;
        var batch = new UsageBatch { BatchSeq = 1 };
        batch.Events.AddRange(Enumerable.Range(0, events).Select(i => c.Event($"e-{i}", UseKind.Training, DomainUsageRules.MaxUnits)));

        var (_, acks) = await c.SendAsync(Server.Ingest, "max", batch);
        var major = await SettledStatementAsync(c.Major);
        var minor = await SettledStatementAsync(c.Minor);

        Assert.Equal((uint)events, Assert.Single(acks).Accepted);
        var perEvent = (BigInteger)DomainUsageRules.MaxUnits * DomainTariff.MaxPriceMicros * 1_000;
        var total = perEvent * events;
        var majorOwed = total * 9_999 / 10_000;
        var minorOwed = total - majorOwed;
        Assert.Equal(((ulong)events, (events * (BigInteger)DomainUsageRules.MaxUnits).ToString(CultureInfo.InvariantCulture), majorOwed.ToString(CultureInfo.InvariantCulture)),
            (major.Lines.Single().EventCount, major.Lines.Single().Units, major.Lines.Single().AmountNanos));
        Assert.Equal(minorOwed.ToString(CultureInfo.InvariantCulture), minor.Lines.Single().AmountNanos);
        Assert.Equal(majorOwed.ToString(CultureInfo.InvariantCulture), Assert.Single(major.Accounts).AccruedNanos);
        Assert.Equal((total, -majorOwed, -minorOwed),
            (await BalanceAsync($"operator:{c.Operator}"), await BalanceAsync($"party:{c.Major}"), await BalanceAsync($"party:{c.Minor}")));
        Assert.True((await Server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
        Assert.Equal(0, (await Server.RoyaltyAsync(Server.Admin.ApiKey, "ledger", "verify")).Exit);

        var cycle = await Payouts.CommitCycleAsync(new RunCycleRequest
        {
            CycleId = "ml-max-c1", SocietyId = c.Society, Currency = "EUR", Period = "2026-11", MinimumPayoutMinor = 1,
        });

        // 5 % commission, the net paid in whole cents, the rest carried: exact to the nano.
        foreach (var (party, owed) in new[] { (c.Major, majorOwed), (c.Minor, minorOwed) })
        {
            var line = cycle.Lines.Single(l => l.PartyId == party);
            var commission = owed * 500 / 10_000;
            var paidMinor = (owed - commission) / 10_000_000;
            Assert.Equal((owed.ToString(CultureInfo.InvariantCulture), commission.ToString(CultureInfo.InvariantCulture), paidMinor.ToString(CultureInfo.InvariantCulture), (paidMinor * 10_000_000).ToString(CultureInfo.InvariantCulture), (owed - commission - (paidMinor * 10_000_000)).ToString(CultureInfo.InvariantCulture), false),
                (line.GrossNanos, line.CommissionNanos, line.PaidMinor, line.PaidNanos, line.CarriedNanos, line.Held));
            Assert.Equal(-(owed - commission - (paidMinor * 10_000_000)), await BalanceAsync($"party:{party}"));
        }

        Assert.Equal(total.ToString(CultureInfo.InvariantCulture), cycle.Summary.PayableNanos);
        Assert.True((await Server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
    }

    [Fact]
    public async Task Project_UnlicensedUseLeavingAContributorZeroNanos_PostsNoZeroLineAndLaterRoundsPost()
    {
        // Output is not licensed: a claim at the society's tariff of 1,000 micros per token. One token at 1,000 ppm is
        // 1,000 nanos, which a 9,999/1 split gives entirely to the major contributor: the minor one's part is 0 nanos.
        var c = await RegisterAsync("ml-zero", majorBps: 9_999, UseKind.Training, licensed: true,
            new Tariff { Currency = "EUR", PriceMicros = 2_000_000, PerUnits = 1_000_000, UnitKind = "tokens" });
        await Server.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest
        {
            SocietyId = c.Society, Use = UseKind.Output, Tariff = new Tariff { Currency = "EUR", PriceMicros = 1_000, PerUnits = 1, UnitKind = "tokens" },
        });

        await c.SendAsync(Server.Ingest, "zero", Slice.Batch(1, c.Event("z-1", UseKind.Output, 1, weightPpm: 1_000)));
        var first = await SettledStatementAsync(c.Minor);
        await c.SendAsync(Server.Ingest, "zero", Slice.Batch(2, c.Event("z-2", UseKind.Output, 1, weightPpm: 1_000), c.Event("z-3", UseKind.Training, 1_000_000)));
        var major = await SettledStatementAsync(c.Major);
        var minor = await SettledStatementAsync(c.Minor);

        Assert.Equal(("unlicensed", "0"), (first.Lines.Single().LicenceStatus, first.Lines.Single().AmountNanos));
        // The major contributor: 2 x 1,000 nanos claimed, and 9,999/10,000 of 2 EUR for the licensed training use.
        Assert.Equal((BigInteger)(-2_000), await BalanceAsync($"claimed:{c.Major}"));
        Assert.Equal((BigInteger)(-1_999_800_000), await BalanceAsync($"party:{c.Major}"));
        Assert.Equal((BigInteger)(-200_000), await BalanceAsync($"party:{c.Minor}"));
        Assert.Equal((BigInteger)0, await BalanceAsync($"claimed:{c.Minor}"));
        Assert.Equal(["licensed", "unlicensed"], major.Lines.Select(l => l.LicenceStatus).Order(StringComparer.Ordinal));
        Assert.Equal(2UL, minor.Lines.Single(l => l.LicenceStatus == "unlicensed").EventCount);
        var entries = await Server.Admin.Ledger.ListJournalEntriesAsync(new ListJournalEntriesRequest { FromEntryNo = 1, Limit = 1_000 });
        Assert.DoesNotContain(entries.Entries.SelectMany(e => e.Lines), l => l.Currency.Length == 0 || l.AmountNanos == "0");
        Assert.True((await Server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
    }

    [Fact]
    public async Task CommitCycle_MinimumPayoutOnePastItsLimit_NamesFieldAndValue()
    {
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "ml-min-soc", DisplayName = "Society", CommissionBps = 0 });
        var request = new RunCycleRequest
        {
            CycleId = "ml-min-c1", SocietyId = "ml-min-soc", Currency = "EUR", Period = "2026-11",
            MinimumPayoutMinor = Domain.Payouts.PayoutPolicy.MaxMinimumPayoutMinor + 1,
        };

        var error = await Assert.ThrowsAsync<global::Grpc.Core.RpcException>(() => Payouts.CommitCycleAsync(request).ResponseAsync);

        Assert.Equal(global::Grpc.Core.StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains($"minimum_payout_minor is {Domain.Payouts.PayoutPolicy.MaxMinimumPayoutMinor + 1:N0}, expected 0 to {Domain.Payouts.PayoutPolicy.MaxMinimumPayoutMinor:N0}",
            error.Status.Detail, StringComparison.Ordinal);
    }

    private async Task<CreatorStatement> SettledStatementAsync(string creatorId)
    {
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = creatorId, WaitForProjection = true });
        Assert.True(statement.PendingBatches == 0, $"{statement.PendingBatches} batches still pending for {creatorId}: the projection stopped");
        return statement;
    }

    private async Task<BigInteger> BalanceAsync(string account) =>
        (await Server.Admin.Ledger.GetBalancesAsync(new GetBalancesRequest { AccountPrefix = account })).Balances
            .Where(b => b.Account == account).Aggregate(BigInteger.Zero, (sum, b) => sum + (BigInteger)Int128Wire.Parse(b.AmountNanos, "amount_nanos"));

    private async Task<MoneyCatalogue> RegisterAsync(string prefix, int majorBps, UseKind licensedUse, bool licensed, Tariff tariff)
    {
        var c = new MoneyCatalogue(prefix);
        var registry = Server.Registry;
        await registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = c.Major, DisplayName = "Major" });
        await registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = c.Minor, DisplayName = "Minor" });
        await registry.RegisterOperatorAsync(new RegisterOperatorRequest { OperatorId = c.Operator, DisplayName = "Operator" });
        await registry.RegisterModelAsync(new RegisterModelRequest { ModelId = c.Model, OperatorId = c.Operator, DisplayName = "Model" });
        await registry.RegisterWorkAsync(new RegisterWorkRequest
        {
            WorkId = c.Work, Title = "Limits", Medium = "music",
            Contributors =
            {
                new Contributor { CreatorId = c.Major, Role = "composer", ShareBps = (uint)majorBps },
                new Contributor { CreatorId = c.Minor, Role = "lyricist", ShareBps = (uint)(10_000 - majorBps) },
            },
        });
        if (licensed)
        {
            await registry.GrantLicenceAsync(new GrantLicenceRequest
            {
                Licence = new Licence
                {
                    LicenceId = $"{prefix}-lic", LicensorCreatorId = c.Major, WorkIds = { c.Work }, OperatorId = c.Operator,
                    Uses = { licensedUse }, StartsAt = Slice.LicenceStart, Tariff = tariff,
                },
            });
            await Server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest
            {
                CreatorId = c.Minor, WorkId = c.Work, Use = licensedUse, OperatorId = c.Operator, Decision = ConsentDecision.Granted,
            });
        }

        await registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = c.Society, DisplayName = "Society", CommissionBps = 500 });
        await registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = c.Society, MemberId = c.Major });
        await registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = c.Society, MemberId = c.Minor });
        return c;
    }

    /// <summary>Two creators (major sorts first) sharing one work, an operator, a model and a society, under a prefix.</summary>
    private sealed record MoneyCatalogue(string Prefix)
    {
        public string Major => $"{Prefix}-a-major";
        public string Minor => $"{Prefix}-b-minor";
        public string Operator => $"{Prefix}-op";
        public string Model => $"{Prefix}-model";
        public string Work => $"{Prefix}-work";
        public string Society => $"{Prefix}-soc";

        public UsageEvent Event(string id, UseKind use, long units, int weightPpm = 1_000_000) => new()
        {
            EventId = id, ModelId = Model, WorkId = Work, Use = use, Units = units, UnitKind = "tokens",
            AttributionWeightPpm = (uint)weightPpm, OccurredAt = UsedAt, AttributionMethod = "manifest", AttributionMethodVersion = "1",
        };

        // Slice names its operator "{prefix}-op" too, so its stream helper serves.
        public Task<(StreamOpened Opened, List<BatchAck> Acks)> SendAsync(UsageIngest.UsageIngestClient client, string stream, params UsageBatch[] batches) =>
            new Slice(Prefix).SendAsync(client, stream, batches);
    }
}

public sealed class SqliteMoneyLimitsTests(SqliteServerFixture fixture) : MoneyLimitsTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresMoneyLimitsTests(PostgresServerFixture fixture) : MoneyLimitsTests(fixture), IClassFixture<PostgresServerFixture>;
