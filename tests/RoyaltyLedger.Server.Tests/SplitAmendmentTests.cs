using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// AmendSplits over gRPC: a new split version from now on, never rewriting the past. The server runs on the real
/// clock, so amendments are dated a minute or more ahead, well within the ingest's 24-hour allowance for event times.
/// </summary>
public abstract class SplitAmendmentTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    private static AmendSplitsRequest Amend(Slice s, DateTimeOffset effectiveFrom, uint composerBps, uint lyricistBps) => new()
    {
        WorkId = s.Work,
        EffectiveFrom = Timestamp.FromDateTimeOffset(effectiveFrom),
        Contributors =
        {
            new Contributor { CreatorId = s.Composer, Role = "composer", ShareBps = composerBps },
            new Contributor { CreatorId = s.Lyricist, Role = "lyricist", ShareBps = lyricistBps },
        },
        Note = "renegotiated",
    };

    private static async Task<BadRequest.Types.FieldViolation> RefusedAsync(Task<Work> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => call);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        return Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
    }

    [Fact]
    public async Task AmendSplits_EffectiveInThePast_NamesSplitsOneEffectiveFrom()
    {
        var s = await new Slice("spa-past").RegisterAsync(Server.Admin);

        var violation = await RefusedAsync(Server.Registry.AmendSplitsAsync(Amend(s, Slice.LicenceStart.ToDateTimeOffset(), 5_000, 5_000)).ResponseAsync);

        Assert.Equal("splits[1].effective_from", violation.Field);
        Assert.StartsWith($"work {s.Work} split effective from 2026-01-01 is before now (", violation.Description, StringComparison.Ordinal);
        Assert.EndsWith("); a change applies from now on; a correction of past uses must be marked as one", violation.Description, StringComparison.Ordinal);
        Assert.Single((await Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = s.Work })).Splits);
    }

    [Fact]
    public async Task AmendSplits_SharesSumTo9000_IsRefusedNamingTheSum()
    {
        var s = await new Slice("spa-sum").RegisterAsync(Server.Admin);
        var effective = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var violation = await RefusedAsync(Server.Registry.AmendSplitsAsync(Amend(s, effective, 5_000, 4_000)).ResponseAsync);

        Assert.Equal(("splits[1].contributors", $"work {s.Work} splits sum to 9,000 basis points, expected 10,000 (split effective from 2030-01-01)"),
            (violation.Field, violation.Description));
    }

    [Fact]
    public async Task AmendSplits_Valid_AppearsInGetWorkAndARetryChangesNothing()
    {
        var s = await new Slice("spa-ok").RegisterAsync(Server.Admin);
        var effective = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var amended = await Server.Registry.AmendSplitsAsync(Amend(s, effective, 3_000, 7_000));
        var retried = await Server.Registry.AmendSplitsAsync(Amend(s, effective, 3_000, 7_000));

        var work = await Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = s.Work });
        Assert.Equal(2, work.Splits.Count);
        var added = work.Splits[1];
        Assert.Equal((Timestamp.FromDateTimeOffset(effective), "renegotiated"), (added.EffectiveFrom, added.Note));
        Assert.Equal([(s.Composer, 3_000U), (s.Lyricist, 7_000U)], added.Contributors.Select(c => (c.CreatorId, c.ShareBps)));
        // Until 2030 the registered split stays in force.
        Assert.Equal([(s.Composer, 6_000U), (s.Lyricist, 4_000U)], work.Contributors.Select(c => (c.CreatorId, c.ShareBps)));
        Assert.Equal(work.Splits, amended.Splits);
        Assert.Equal(work.Splits, retried.Splits);
    }

    [Fact]
    public async Task Ingest_EventsEitherSideOfAnAmendment_AreSplitByTheVersionInForceWhenEachHappened()
    {
        var s = await new Slice("spa-ingest").RegisterAsync(Server.Admin);
        var now = TimeProvider.System.GetUtcNow();
        await Server.Registry.AmendSplitsAsync(Amend(s, now.AddMinutes(1), 3_000, 7_000));
        var before = s.Event("before");
        before.OccurredAt = Timestamp.FromDateTimeOffset(now);
        var after = s.Event("after");
        after.OccurredAt = Timestamp.FromDateTimeOffset(now.AddMinutes(2));

        var (_, acks) = await s.SendAsync(Server.Ingest, "main", Slice.Batch(1, before, after));

        Assert.Equal(2U, Assert.Single(acks).Accepted);
        // Each event is 1M tokens at 2 EUR per million: 2 EUR, split 60/40 before and 30/70 after.
        var composer = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        var lyricist = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Lyricist, WaitForProjection = true });
        Assert.Equal(("EUR", 1_800_000_000L), (Assert.Single(composer.Totals).Currency, composer.Totals[0].AmountNanos.N()));
        Assert.Equal(("EUR", 2_200_000_000L), (Assert.Single(lyricist.Totals).Currency, lyricist.Totals[0].AmountNanos.N()));
        Assert.Equal(2UL, Assert.Single(composer.Lines).EventCount);
    }
}

public sealed class SqliteSplitAmendmentTests(SqliteServerFixture fixture) : SplitAmendmentTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresSplitAmendmentTests(PostgresServerFixture fixture) : SplitAmendmentTests(fixture), IClassFixture<PostgresServerFixture>;
