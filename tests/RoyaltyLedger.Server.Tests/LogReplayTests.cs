using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Rating as of each use's time, end to end, and `royalty ledger rebuild --from-log`: uses stream in while a consent is
/// granted, refused, granted again and refused, a society changes its tariff and a creator joins another society; uses
/// dated before a change keep the price they had, the journal equals the log replayed into an empty journal, and a
/// tampered journal amount is named. The server runs on the real clock: uses are dated hours before or after the
/// changes, or at a change's recorded instant (a change applies at and after it), and events dated ahead of the clock
/// (within ingest's 24 hours) are rated before a later change reaches them, which the healing re-rating corrects.
/// </summary>
public abstract class LogReplayTests(ServerFixture fixture)
{
    private const long Eur = 1_000_000_000;

    private LedgerServer Server => fixture.Server;

    private static Tariff Output(long priceMicros) => new() { Currency = "EUR", PriceMicros = priceMicros, PerUnits = 1_000_000, UnitKind = "tokens" };

    private static UsageEvent At(Slice s, string id, DateTimeOffset at, UseKind use = UseKind.Training)
    {
        var e = s.Event(id);
        e.OccurredAt = Timestamp.FromDateTimeOffset(at);
        e.Use = use;
        return e;
    }

    private async Task<DateTimeOffset> ConsentAsync(Slice s, ConsentDecision decision)
    {
        var recorded = await Server.Admin.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = s.Lyricist, WorkId = s.Work, Use = UseKind.Training, OperatorId = s.Operator, Decision = decision,
        });
        return recorded.RecordedAt.ToDateTimeOffset();
    }

    private async Task SocietyAsync(string societyId, long outputPriceMicros, params string[] members)
    {
        await Server.Registry.RegisterSocietyAsync(new RegisterSocietyRequest { SocietyId = societyId, DisplayName = societyId, CommissionBps = 0 });
        await Server.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest { SocietyId = societyId, Use = UseKind.Output, Tariff = Output(outputPriceMicros) });
        foreach (var member in members)
        {
            await Server.Registry.AddSocietyMemberAsync(new AddSocietyMemberRequest { SocietyId = societyId, MemberId = member });
        }
    }

    /// <summary>Waits, polling with a bound, until the clock has passed <paramref name="instant"/>, so that the next change gets a later instant.</summary>
    private static async Task ClockPassesAsync(DateTimeOffset instant)
    {
        for (var i = 0; i < 1_000 && TimeProvider.System.GetUtcNow() <= instant.AddMilliseconds(1); i++)
        {
            await Task.Delay(2);
        }
    }

    /// <summary>Polls the replay (bounded) until projection and re-rating have caught up, then returns its report.</summary>
    private async Task<RebuildFromLogResponse> ReplayWhenCaughtUpAsync()
    {
        var lastError = "";
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                return await Server.Admin.Ledger.RebuildFromLogAsync(new RebuildFromLogRequest());
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
            {
                lastError = ex.Status.Detail;
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"projection and re-rating did not catch up within 60 s: {lastError}");
    }

    [Fact]
    public async Task RebuildFromLog_ConsentsTariffsAndMembershipsChangedOverTime_EqualsTheJournalAndNamesATamperedAmount()
    {
        var s = await new Slice("replay").RegisterAsync(Server.Admin);
        await SocietyAsync("replay-soc-b", 1_000_000, s.Composer, s.Lyricist);
        var t0 = TimeProvider.System.GetUtcNow();

        // Dated three hours ahead and sent first: rated licensed now, refused once the last refusal reaches it.
        await s.SendAsync(Server.Ingest, "replay-1", Slice.Batch(1, At(s, "e-future", t0.AddHours(3)), At(s, "e-past", t0.AddHours(-2))));
        var refused = await ConsentAsync(s, ConsentDecision.Refused);
        await s.SendAsync(Server.Ingest, "replay-2", Slice.Batch(1,
            At(s, "e-before-refusal", t0.AddHours(-1)), At(s, "e-at-refusal", refused), At(s, "e-out-past", t0.AddHours(-1), UseKind.Output)));
        await ClockPassesAsync(refused);
        var regranted = await ConsentAsync(s, ConsentDecision.Granted);
        await s.SendAsync(Server.Ingest, "replay-3", Slice.Batch(1, At(s, "e-at-regrant", regranted)));

        // The society raises its output tariff, and the lyricist joins a society that sorts first and charges more.
        await Server.Registry.SetUnlicensedTariffAsync(new SetUnlicensedTariffRequest { SocietyId = "replay-soc-b", Use = UseKind.Output, Tariff = Output(2_000_000) });
        await SocietyAsync("replay-soc-a", 5_000_000, s.Lyricist);
        await s.SendAsync(Server.Ingest, "replay-4", Slice.Batch(1,
            At(s, "e-out-late", t0.AddHours(2), UseKind.Output), At(s, "e-out-past-2", t0.AddMinutes(-30), UseKind.Output)));
        await ClockPassesAsync(regranted);
        await ConsentAsync(s, ConsentDecision.Refused);

        var replay = await ReplayWhenCaughtUpAsync();

        // Licensed (2 EUR, 60/40): e-past, e-before-refusal, e-at-regrant. Refused, no training tariff, nothing owed: e-at-refusal, e-future.
        Assert.Equal(-3 * 1_200_000_000L, await Server.BalanceAsync($"party:{s.Composer}"));
        Assert.Equal(-3 * 800_000_000L, await Server.BalanceAsync($"party:{s.Lyricist}"));
        // Unlicensed output: before the changes 1 EUR for both; after, 2 EUR (soc-b) for the composer and 5 EUR (soc-a) for the lyricist.
        Assert.Equal(-(600_000_000L + 1_200_000_000L + 600_000_000L), await Server.BalanceAsync($"claimed:{s.Composer}"));
        Assert.Equal(-(400_000_000L + 2 * Eur + 400_000_000L), await Server.BalanceAsync($"claimed:{s.Lyricist}"));
        Assert.True(replay.Identical, $"journal {replay.JournalDigest} differs from replay {replay.ReplayDigest} first at {replay.FirstDifference}");
        Assert.Equal(replay.JournalDigest, replay.ReplayDigest);
        Assert.Equal(8, replay.UsesReplayed);
        Assert.Null(replay.FirstDifference);

        var cli = await Server.RoyaltyAsync(Server.Admin.ApiKey, "ledger", "rebuild", "--from-log");
        Assert.Equal(0, cli.Exit);
        Assert.Contains($"journal digest: {replay.JournalDigest} (", cli.Output, StringComparison.Ordinal);
        Assert.Contains($"replay digest:  {replay.JournalDigest} (", cli.Output, StringComparison.Ordinal);

        // An intruder lowers what the lyricist is owed by 7 nanos in one line.
        const string Tamper = "UPDATE journal_lines SET amount_nanos = i128_add(amount_nanos, @d) WHERE account = @a AND entry_no = (SELECT MIN(entry_no) FROM journal_lines WHERE account = @a)";
        Assert.Equal(1, await IntruderSql.ExecuteAsync(fixture, Tamper, ("d", 7L), ("a", $"party:{s.Lyricist}")));
        var tampered = await Server.RoyaltyAsync(Server.Admin.ApiKey, "ledger", "rebuild", "--from-log");
        Assert.Equal(1, await IntruderSql.ExecuteAsync(fixture, Tamper, ("d", -7L), ("a", $"party:{s.Lyricist}")));

        Assert.Equal(2, tampered.Exit);
        Assert.Contains($"replay digest:  {replay.ReplayDigest} (", tampered.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"journal digest: {replay.JournalDigest}", tampered.Output, StringComparison.Ordinal);
        Assert.Contains($"differ: first at work {s.Work}, account party:{s.Lyricist}, currency EUR: journal -2399999993 nanos, replay -2400000000 nanos",
            tampered.Output, StringComparison.Ordinal);
        Assert.True((await Server.Admin.Ledger.RebuildFromLogAsync(new RebuildFromLogRequest())).Identical);
    }

    [Fact]
    public async Task RebuildFromLog_CreatorCaller_IsPermissionDenied()
    {
        var s = await new Slice("replay-deny").RegisterAsync(Server.Admin);
        var creator = await Server.ClientsForAsync(Role.Creator, s.Composer);

        var error = await Assert.ThrowsAsync<RpcException>(() => creator.Ledger.RebuildFromLogAsync(new RebuildFromLogRequest()).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.EndsWith("may not rebuild the journal from the usage log", error.Status.Detail, StringComparison.Ordinal);
    }
}

public sealed class SqliteLogReplayTests(SqliteServerFixture fixture) : LogReplayTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresLogReplayTests(PostgresServerFixture fixture) : LogReplayTests(fixture), IClassFixture<PostgresServerFixture>;
