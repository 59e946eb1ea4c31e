using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// An unlicensed use is a claim at the society's tariff (1 EUR per million retrieval tokens here: 1,000,000,000 nanos,
/// composer 60 %, lyricist 40 %); settling it re-rates the work and moves the money from claims to payables.
/// </summary>
public abstract class ClaimSettlementTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task SettleClaims_ByTheOperator_MovesTheClaimToPayablesOnceAndKeepsTheJournalIntact()
    {
        var s = await SetUpAsync("clm-settle");
        Assert.Equal(1_000_000_000L, await BalanceAsync($"claims:{s.Operator}"));
        var operatorKey = await Server.ClientsForAsync(Role.Operator, s.Operator);
        var claims = new Claims.ClaimsClient(operatorKey.Invoker);

        var settled = await claims.SettleClaimsAsync(Settle(s, "clm-settle-1", "agreement 2026-11"));
        var again = await claims.SettleClaimsAsync(Settle(s, "clm-settle-1", "agreement 2026-11"));
        var conflict = await Assert.ThrowsAsync<RpcException>(() => claims.SettleClaimsAsync(Settle(s, "clm-settle-1", "another note")).ResponseAsync);
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });

        Assert.Equal(settled, again);
        Assert.Equal(StatusCode.AlreadyExists, conflict.StatusCode);
        Assert.Equal(0L, await BalanceAsync($"claims:{s.Operator}"));
        Assert.Equal(0L, await BalanceAsync($"claimed:{s.Composer}"));
        Assert.Equal(1_000_000_000L, await BalanceAsync($"operator:{s.Operator}"));
        Assert.Equal(-600_000_000L, await BalanceAsync($"party:{s.Composer}"));
        Assert.Equal(-400_000_000L, await BalanceAsync($"party:{s.Lyricist}"));
        Assert.Equal(("settled", 600_000_000L), (statement.Lines.Single().LicenceStatus, statement.Lines.Single().AmountNanos.N()));
        Assert.True((await Server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
    }

    [Fact]
    public async Task SettleClaims_ForAnotherOperatorOrAnUnknownWork_IsRefused()
    {
        var s = await SetUpAsync("clm-deny");
        await Server.Registry.RegisterOperatorAsync(new RegisterOperatorRequest { OperatorId = "clm-deny-other", DisplayName = "Other" });
        var other = await Server.ClientsForAsync(Role.Operator, "clm-deny-other");

        var denied = await Assert.ThrowsAsync<RpcException>(() => new Claims.ClaimsClient(other.Invoker).SettleClaimsAsync(Settle(s, "clm-deny-1", "n")).ResponseAsync);
        var request = Settle(s, "clm-deny-2", "n");
        request.WorkIds.Add("clm-deny-nowhere");
        var unknown = await Assert.ThrowsAsync<RpcException>(() => new Claims.ClaimsClient(Server.Admin.Invoker).SettleClaimsAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, unknown.StatusCode);
        Assert.Contains("work_ids[1] 'clm-deny-nowhere' is not a registered work", unknown.Status.Detail, StringComparison.Ordinal);
    }

    private async Task<Slice> SetUpAsync(string prefix)
    {
        var s = await new Slice(prefix).RegisterAsync(Server.Admin);
        var society = $"{prefix}-soc";
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = society, DisplayName = "Society", CommissionBps = 0 });
        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = society, MemberId = s.Composer });
        await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = society, MemberId = s.Lyricist });
        await Server.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest
        {
            SocietyId = society, Use = UseKind.Retrieval, Tariff = new Tariff { Currency = "EUR", PriceMicros = 1_000_000, PerUnits = 1_000_000, UnitKind = "tokens" },
        });
        // The licence covers training only: a retrieval is unlicensed.
        var retrieval = s.Event("e-retrieval");
        retrieval.Use = UseKind.Retrieval;
        await s.SendAsync(Server.Ingest, "claims", Slice.Batch(1, retrieval));
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        Assert.Equal(("unlicensed", 600_000_000L), (statement.Lines.Single().LicenceStatus, statement.Lines.Single().AmountNanos.N()));
        return s;
    }

    private static SettleClaimsRequest Settle(Slice s, string id, string note) => new()
    {
        SettlementId = id, OperatorId = s.Operator, WorkIds = { s.Work }, Note = note,
        SettledThrough = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero)),
    };

    private Task<long> BalanceAsync(string account) => Server.BalanceAsync(account);
}

public sealed class SqliteClaimSettlementTests(SqliteServerFixture fixture) : ClaimSettlementTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresClaimSettlementTests(PostgresServerFixture fixture) : ClaimSettlementTests(fixture), IClassFixture<PostgresServerFixture>;
