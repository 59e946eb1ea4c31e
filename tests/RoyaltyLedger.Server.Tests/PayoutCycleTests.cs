using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Payout cycles on the real server. Each test has its own slice and society: 333,333 training tokens at 2 EUR per
/// million is 666,666,000 nanos, the composer's 60 % 399,999,600 and the lyricist's 40 % 266,666,400; the society
/// takes 5 % and pays no less than 0.30 EUR.
/// </summary>
public abstract class PayoutCycleTests(ServerFixture fixture) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-payout-").FullName;

    private LedgerServer Server => fixture.Server;

    private Payouts.PayoutsClient Payouts => new(Server.Admin.Invoker);

    [Fact]
    public async Task CommitCycle_RunTwiceAtOnceAndOnceMore_PaysOnceAndReturnsTheSameCycle()
    {
        var (s, society) = await SetUpAsync("po-once");
        await SendAsync(s, "first", "e-1");
        var request = Cycle("po-once-c1", society, Month);

        var both = await Task.WhenAll(Payouts.CommitCycleAsync(request).ResponseAsync, Payouts.CommitCycleAsync(request).ResponseAsync);
        var again = await Payouts.CommitCycleAsync(request);

        Assert.Equal(both[0], both[1]);
        Assert.Equal(both[0], again);
        Assert.Equal(
            [(s.Composer, 399_999_600L, 19_999_980L, 37L, 9_999_620L, false), (s.Lyricist, 266_666_400L, 0L, 0L, 266_666_400L, true)],
            again.Lines.Select(l => (l.PartyId, l.GrossNanos.N(), l.CommissionNanos.N(), l.PaidMinor.N(), l.CarriedNanos.N(), l.Held)));
        Assert.Equal((666_666_000L, 370_000_000L, 19_999_980L, 9_999_620L, 266_666_400L),
            (again.Summary.PayableNanos.N(), again.Summary.PaidNanos.N(), again.Summary.CommissionNanos.N(), again.Summary.CarriedNanos.N(), again.Summary.HeldNanos.N()));
        // Paid once: the composer's account holds only what was carried.
        Assert.Equal(-9_999_620L, await BalanceAsync($"party:{s.Composer}"));
        Assert.Equal(-370_000_000L, await BalanceAsync($"payouts:{society}"));
        Assert.True((await Server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
    }

    [Fact]
    public async Task CommitCycle_SameIdWithOtherPeriodAndMinimum_AlreadyExistsNamingBothAndPaysNothingMore()
    {
        var (s, society) = await SetUpAsync("po-conflict");
        await SendAsync(s, "first", "e-1");
        // The period given as its end (the last second of November) is the month 2026-11.
        var first = await Payouts.CommitCycleAsync(CycleEnding("po-conflict-c1", society, new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.Zero)));
        var other = Cycle("po-conflict-c1", society, "2026-10..2026-11");
        other.MinimumPayoutMinor = 50;

        var error = await Assert.ThrowsAsync<RpcException>(() => Payouts.CommitCycleAsync(other).ResponseAsync);
        var same = await Payouts.CommitCycleAsync(Cycle("po-conflict-c1", society, Month));

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal(
            "cycle po-conflict-c1 was committed with period 2026-11, this request says 2026-10..2026-11; " +
            "minimum payout 30 minor units, this request says 50 minor units; a cycle id is committed once, use a new cycle id for other parameters",
            error.Status.Detail);
        Assert.Equal(first, same);
        Assert.Equal(first.Summary.PaidNanos.N(), -await BalanceAsync($"payouts:{society}"));
    }

    [Fact]
    public async Task Cli_PayoutsCommit_SameIdWithOtherCurrency_PrintsTheDifferenceAndExitsNonZero()
    {
        var (s, society) = await SetUpAsync("po-cli-conflict");
        await SendAsync(s, "first", "e-1");
        await Payouts.CommitCycleAsync(Cycle("po-cli-conflict-c1", society, Month));

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync(
            ["payouts", "commit", "--cycle", "po-cli-conflict-c1", "--society", society, "--currency", "USD", "--period", Month,
             "--minimum-minor", "30", "--server", Server.Address, "--api-key", Server.Admin.ApiKey], output, error);

        Assert.NotEqual(0, exit);
        Assert.Contains("cycle po-cli-conflict-c1 was committed with currency EUR, this request says USD;", error.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public async Task CommitCycle_TwoCycles_HeldAndCarriedBalancesAndALateEventLandInTheSecond()
    {
        var (s, society) = await SetUpAsync("po-two");
        await SendAsync(s, "first", "e-1");
        await Payouts.CommitCycleAsync(Cycle("po-two-c1", society, Month));

        // A late event: used within the first period, recorded after the cycle that closed it.
        await SendAsync(s, "late", "e-late");
        var preview = await Payouts.PreviewCycleAsync(Cycle("po-two-c2", society, Month));
        var second = await Payouts.CommitCycleAsync(Cycle("po-two-c2", society, Month));

        // The preview is exactly what the commit pays; the late event is the second cycle's late line of 2026-11, and
        // what the first cycle carried and held is brought forward.
        Assert.Equal(preview.Lines, second.Lines);
        Assert.Equal([(s.Composer, "2026-11", "late", 399_999_600L, 9_999_620L), (s.Lyricist, "2026-11", "late", 266_666_400L, 266_666_400L)],
            second.Lines.Select(l => (l.PartyId, Assert.Single(l.Parts).Period, l.Parts[0].Kind, l.Parts[0].AmountNanos.N(), l.BroughtForwardNanos.N())));
        // Composer: 9,999,620 carried + 399,999,600 = 409,999,220; 5 % = 20,499,961; net 389,499,259: 0.38 EUR paid.
        // Lyricist: 266,666,400 held + 266,666,400 = 533,332,800; 5 % = 26,666,640; net 506,666,160: 0.50 EUR paid.
        Assert.Equal(
            [(s.Composer, 409_999_220L, 20_499_961L, 38L, 9_499_259L, false), (s.Lyricist, 533_332_800L, 26_666_640L, 50L, 6_666_160L, false)],
            second.Lines.Select(l => (l.PartyId, l.GrossNanos.N(), l.CommissionNanos.N(), l.PaidMinor.N(), l.CarriedNanos.N(), l.Held)));
        Assert.Equal(second.Summary.PayableNanos.N(),
            second.Summary.PaidNanos.N() + second.Summary.CommissionNanos.N() + second.Summary.CarriedNanos.N() + second.Summary.HeldNanos.N());
    }

    [Fact]
    public async Task VerifyProof_ProofFromTheServer_HoldsOfflineAndFailsForAnEditedLine()
    {
        var (s, society) = await SetUpAsync("po-proof");
        await SendAsync(s, "first", "e-1");
        var cycle = await Payouts.CommitCycleAsync(Cycle("po-proof-c1", society, Month));
        var proof = await Payouts.GetPayoutProofAsync(new GetPayoutProofRequest { CycleId = cycle.CycleId, PartyId = s.Lyricist });
        var tampered = proof.Clone();
        tampered.Line.Held = false;
        tampered.Line.PaidMinor = "26";

        var holds = await VerifyProofAsync(proof, cycle.MerkleRoot);
        var fails = await VerifyProofAsync(tampered, null);
        var wrongRoot = await VerifyProofAsync(proof, new string('0', 64));

        Assert.Equal((0, $"proof holds: {s.Lyricist}'s line is leaf 1 of 2 under root {cycle.MerkleRoot}\n"), holds);
        Assert.Equal(1, fails.Exit);
        Assert.StartsWith($"proof fails: the line of {s.Lyricist} (leaf ", fails.Text, StringComparison.Ordinal);
        Assert.Equal((1, $"proof fails: the proof is for root {cycle.MerkleRoot}, not the published {new string('0', 64)}\n"), wrongRoot);
    }

    [Fact]
    public async Task PayoutCalls_ByAnotherSocietyOrAnotherCreator_ArePermissionDenied()
    {
        var (s, society) = await SetUpAsync("po-deny");
        await SendAsync(s, "first", "e-1");
        var cycle = await Payouts.CommitCycleAsync(Cycle("po-deny-c1", society, Month));
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = "po-deny-other", DisplayName = "Other", CommissionBps = 0 });
        var other = await Server.ClientsForAsync(Role.Society, "po-deny-other");
        var lyricist = await Server.ClientsForAsync(Role.Creator, s.Lyricist);

        var run = await Assert.ThrowsAsync<RpcException>(() => new Payouts.PayoutsClient(other.Invoker).CommitCycleAsync(Cycle("po-deny-c2", society, Month)).ResponseAsync);
        var proof = await Assert.ThrowsAsync<RpcException>(() => new Payouts.PayoutsClient(lyricist.Invoker)
            .GetPayoutProofAsync(new GetPayoutProofRequest { CycleId = cycle.CycleId, PartyId = s.Composer }).ResponseAsync);
        var own = await new Payouts.PayoutsClient(lyricist.Invoker).GetPayoutProofAsync(new GetPayoutProofRequest { CycleId = cycle.CycleId, PartyId = s.Lyricist });

        Assert.Equal(StatusCode.PermissionDenied, run.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, proof.StatusCode);
        Assert.Equal(s.Lyricist, own.Line.PartyId);
    }

    [Fact]
    public async Task Cli_PayoutsShowCsv_CommittedCycle_PayoutFileWithExactDecimalAmounts()
    {
        var (s, society) = await SetUpAsync("po-csv");
        await SendAsync(s, "first", "e-1");
        var cycle = await Payouts.CommitCycleAsync(Cycle("po-csv-c1", society, Month));

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync(["payouts", "show", cycle.CycleId, "--format", "csv", "--server", Server.Address, "--api-key", Server.Admin.ApiKey], output, error);

        Assert.True(exit == 0, $"royalty payouts show exited {exit}: {error}");
        Assert.Equal(
            "party_id,identifiers,currency,gross,commission,net,paid_minor,paid,carried,held\r\n" +
            "po-csv-composer,,EUR,0.399999600,0.019999980,0.379999620,37,0.370000000,0.009999620,false\r\n" +
            "po-csv-lyricist,,EUR,0.266666400,0.000000000,0.266666400,0,0.000000000,0.266666400,true\r\n",
            output.ToString());
    }

    [Fact]
    public async Task PreviewCycle_PeriodEndInTheFutureAndABadCurrency_NamesBothFields()
    {
        var (_, society) = await SetUpAsync("po-bad");
        // The end of the current month: a month's end, but not yet passed.
        var now = DateTimeOffset.UtcNow;
        var request = CycleEnding("po-bad-c1", society, new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1).AddSeconds(-1));
        request.Currency = "eur";

        var error = await Assert.ThrowsAsync<RpcException>(() => Payouts.PreviewCycleAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("currency 'eur' is not an ISO 4217 code", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains($"period {now:yyyy-MM} has not ended", error.Status.Detail, StringComparison.Ordinal);
    }

    private Task<(Slice Slice, string Society)> SetUpAsync(string prefix) => PayoutSociety.RegisterAsync(Server, prefix);

    private async Task SendAsync(Slice s, string stream, string eventId)
    {
        var (_, acks) = await s.SendAsync(Server.Ingest, stream, Slice.Batch(1, s.Event(eventId, units: 333_333)));
        Assert.Equal(1u, Assert.Single(acks).Accepted);
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        Assert.Equal(0UL, statement.PendingBatches);
    }

    /// <summary>The slices' month of use (<see cref="Slice.UsedAt"/>).</summary>
    private const string Month = "2026-11";

    private static RunCycleRequest Cycle(string id, string society, string period) => new()
    {
        CycleId = id, SocietyId = society, Currency = "EUR", Period = period, MinimumPayoutMinor = 30,
    };

    private static RunCycleRequest CycleEnding(string id, string society, DateTimeOffset periodEnd) => new()
    {
        CycleId = id, SocietyId = society, Currency = "EUR", PeriodEnd = Timestamp.FromDateTimeOffset(periodEnd), MinimumPayoutMinor = 30,
    };

    private Task<long> BalanceAsync(string account) => Server.BalanceAsync(account);

    private async Task<(int Exit, string Text)> VerifyProofAsync(PayoutProof proof, string? root)
    {
        var path = Path.Combine(_folder, $"proof-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, JsonFormatter.Default.Format(proof));
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] args = root is null ? ["verify-proof", path] : ["verify-proof", path, "--root", root];
        var exit = await RoyaltyCli.RunAsync(args, output, error);
        return (exit, (output.ToString() + error.ToString()).ReplaceLineEndings("\n"));
    }

    public void Dispose()
    {
        TempFolder.Delete(_folder);
        GC.SuppressFinalize(this);
    }
}

public sealed class SqlitePayoutCycleTests(SqliteServerFixture fixture) : PayoutCycleTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresPayoutCycleTests(PostgresServerFixture fixture) : PayoutCycleTests(fixture), IClassFixture<PostgresServerFixture>;
