using System.Diagnostics;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Registry;
using RoyaltyLedger.Storage.Statements;
using RoyaltyLedger.Storage.Projection;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Storage.Rerate;

namespace RoyaltyLedger.Server.Tests;

/// <summary>The projection's statements on both databases: the queue, the conflict check, totals and suspense.</summary>
public abstract class ProjectionStoreTests(StoreFixture fixture)
{
    private SqlUsageProjectionStore Projections => new(fixture.Database);

    private SqlRerateStore Rerating => new(fixture.Database);

    private static TotalsKey Key(string party, string work, string status = "licensed") =>
        new(party, work, "op", "model", 1, status, "tokens", status == "licensed" ? "EUR" : "", "2026-11");

    private Task<int> AppendLogAsync(long logSeq, int counted) => fixture.ExecuteAsync(
        "INSERT INTO usage_log (log_seq, operator_id, stream_name, batch_seq, received_at_ms, counted, payload, counted_mask, ack) " +
        "VALUES (@l, 'op', 's', @l, 0, @c, @p, @m, @a)",
        ("l", logSeq), ("c", counted), ("p", new byte[] { 1, 2, 3 }), ("m", new byte[] { 0xFF }), ("a", Array.Empty<byte>()));

    private async Task AppendPendingAsync(params (long LogSeq, int Counted)[] rows)
    {
        foreach (var (logSeq, counted) in rows)
        {
            await AppendLogAsync(logSeq, counted);
            await fixture.ExecuteAsync("INSERT INTO usage_log_pending (log_seq) VALUES (@l)", ("l", logSeq));
        }
    }

    [Fact]
    public async Task ReadPending_OldestFirst_StopsAtTheBatchOrEventLimit()
    {
        await AppendPendingAsync((103, 5), (101, 2), (102, 3));

        var byBatches = await Projections.ReadPendingAsync(0, 2, 1_000, 0, CancellationToken.None);
        var byEvents = await Projections.ReadPendingAsync(0, 200, 4, 0, CancellationToken.None);

        Assert.Equal([101L, 102L], byBatches.Select(b => b.LogSeq));
        Assert.Equal(("op", 2), (byBatches[0].OperatorId, byBatches[0].Counted));
        Assert.Equal([1, 2, 3], byBatches[0].Payload);
        Assert.Equal([0xFF], byBatches[0].CountedMask);
        // 2 + 3 events reach the limit of 4 at the second row; the first row is taken whatever its size.
        Assert.Equal([101L, 102L], byEvents.Select(b => b.LogSeq));
        Assert.Equal([101L], (await Projections.ReadPendingAsync(0, 200, 1, 0, CancellationToken.None)).Select(b => b.LogSeq));
        Assert.Equal(3, await Projections.CountPendingAsync(0, CancellationToken.None));
        Assert.True(await Projections.CommitRoundAsync(new ProjectionCommit([101, 102, 103], [], [], [], [], 0), CancellationToken.None));
    }

    [Fact]
    public async Task ReadPending_AfterALogSeq_SkipsTheRowsUpToItStillPending()
    {
        await AppendPendingAsync((901, 1), (902, 1), (903, 1), (904, 1));

        // What a projector reads while it commits 901 and 902: the rows after them, though those two still wait.
        var next = await Projections.ReadPendingAsync(0, 200, 1_000, 902, CancellationToken.None);

        Assert.Equal([903L, 904L], next.Select(b => b.LogSeq));
        Assert.Empty(await Projections.ReadPendingAsync(0, 200, 1_000, 904, CancellationToken.None));
        Assert.Equal([901L, 902L, 903L, 904L], (await Projections.ReadPendingAsync(0, 200, 1_000, 0, CancellationToken.None)).Select(b => b.LogSeq));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Projections.ReadPendingAsync(0, 200, 1_000, -1, CancellationToken.None));
        Assert.True(await Projections.CommitRoundAsync(new ProjectionCommit([901, 902, 903, 904], [], [], [], [], 0), CancellationToken.None));
    }

    [Fact]
    public async Task CommitRound_WorkLogOverOneBulkStatementWithRepeats_HoldsEachPairOnceInOrder()
    {
        // One more pair than a bulk statement takes, given out of order and with a pair repeated.
        const int Pairs = 10_001;
        await AppendPendingAsync((951, 1), (952, 1));
        List<(string, long)> rows = [.. Enumerable.Range(1, Pairs).Reverse().Select(i => ("w-log", (long)i)), ("w-log", 5L), ("w-other", 7L)];
        Assert.True(await Projections.CommitRoundAsync(new ProjectionCommit([951], [], [], rows, [], 0), CancellationToken.None));
        // A later round naming a pair already held keeps it once.
        Assert.True(await Projections.CommitRoundAsync(new ProjectionCommit([952], [], [], [("w-log", Pairs), ("w-log", Pairs + 1)], [], 0), CancellationToken.None));

        var held = new List<long>();
        while (await Rerating.ReadWorkLogAsync("w-log", held.LastOrDefault(), 500, CancellationToken.None) is { Count: > 0 } page)
        {
            held.AddRange(page);
        }

        Assert.Equal(Enumerable.Range(1, Pairs + 1).Select(i => (long)i), held);
        Assert.Equal([7L], await Rerating.ReadWorkLogAsync("w-other", 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task CommitRound_WithARowAlreadyProjected_RollsBackEverything()
    {
        await AppendPendingAsync((201, 1), (202, 1));
        var first = new TotalsDelta(Key("c-commit", "w-commit"), 1, 10, 1_000, 0, 0);
        Assert.True(await Projections.CommitRoundAsync(new ProjectionCommit([201], [first, first with { Key = Key("", "w-commit") }], [], [], [], 0), CancellationToken.None));

        var overlapping = new ProjectionCommit([201, 202], [first],
            [new UnidentifiedUse(202, 0, "op", "e-1", "model", "w-unknown", "", "", 1, 5, "tokens", 0)], [], [], 0);
        Assert.False(await Projections.CommitRoundAsync(overlapping, CancellationToken.None));

        Assert.Equal(1, await Projections.CountPendingAsync(0, CancellationToken.None));
        Assert.Equal([new UsageTotal("w-commit", "op", "model", 1, "licensed", "tokens", "EUR", "2026-11", 1, 10, 1_000, 0, 0)],
            await Projections.GetWorkTotalsAsync("w-commit", CancellationToken.None));
        Assert.DoesNotContain(await Projections.FindSuspenseMatchesAsync(10, CancellationToken.None), c => c.Use.LogSeq == 202);
        Assert.True(await Projections.CommitRoundAsync(new ProjectionCommit([202], [first], [], [], [], 0), CancellationToken.None));
        Assert.Equal([("w-commit", "licensed", 2L, 20L, 2_000L)],
            (await new SqlStatementRowStore(fixture.Database).GetStatementRowsAsync("c-commit", "", "", CancellationToken.None)).Select(r => (r.WorkId, r.Status, r.EventCount, r.Units, r.AmountNanos)));
    }

    [Fact]
    public async Task CommitRound_DrivingATotalNegative_ThrowsAndRollsBack()
    {
        await AppendPendingAsync((301, 1));

        await Assert.ThrowsAsync<UnreachableException>(() =>
            Projections.CommitRoundAsync(new ProjectionCommit([301], [new TotalsDelta(Key("", "w-negative"), -1, -5, 0, 0, 0)], [], [], [], 0), CancellationToken.None));

        Assert.Equal(1, (await Projections.ReadPendingAsync(0, 200, 1_000, 0, CancellationToken.None)).Count(b => b.LogSeq == 301));
        Assert.Empty(await Projections.GetWorkTotalsAsync("w-negative", CancellationToken.None));
        Assert.True(await Projections.CommitRoundAsync(new ProjectionCommit([301], [], [], [], [], 0), CancellationToken.None));
    }

    [Fact]
    public async Task Suspense_MatchedByWorkIdOrIdentifier_MovesOnceAndEmptiesItsTotals()
    {
        await AppendPendingAsync((401, 3));
        var byId = new UnidentifiedUse(401, 0, "op", "e-id", "model", "w-late", "", "", 1, 5, "tokens", 0);
        var byRef = new UnidentifiedUse(401, 1, "op", "e-ref", "model", "", "isrc", "QZK6P2612345", 1, 7, "tokens", 0);
        // Named by id and identifier: the id decides, so the identifier a registered work carries does not match it.
        var idWins = new UnidentifiedUse(401, 2, "op", "e-both", "model", "w-never", "isrc", "QZK6P2612345", 1, 9, "tokens", 0);
        var suspense = new TotalsDelta(Key("", "w-late", "unidentified"), 1, 5, 0, 0, 0);
        Assert.True(await Projections.CommitRoundAsync(new ProjectionCommit([401], [suspense], [byId, byRef, idWins], [], [], 0), CancellationToken.None));
        Assert.DoesNotContain(await Projections.FindSuspenseMatchesAsync(10, CancellationToken.None), c => c.Use.LogSeq == 401);

        await new SqlRegistryStore(fixture.Database).SaveAsync(new RegistryChange(new RegistryEntry(RegistryKinds.Work, "w-late", "Late", "{}"), null), CancellationToken.None);
        Assert.Equal(1, await Projections.IndexWorkIdentifiersAsync("w-song", [new WorkRef("isrc", "QZK6P2612345")], CancellationToken.None));
        Assert.Equal(0, await Projections.IndexWorkIdentifiersAsync("w-other", [new WorkRef("isrc", "QZK6P2612345")], CancellationToken.None));
        var found = await Projections.FindWorksByIdentifierAsync([new WorkRef("isrc", "QZK6P2612345"), new WorkRef("isrc", "QZK6P2600000")], CancellationToken.None);
        Assert.Equal([(new WorkRef("isrc", "QZK6P2612345"), "w-song")], found.Select(kv => (kv.Key, kv.Value)));

        var candidates = (await Projections.FindSuspenseMatchesAsync(10, CancellationToken.None)).Where(c => c.Use.LogSeq == 401).ToList();
        Assert.Equal([(0, "w-late"), (1, "w-song")], candidates.Select(c => (c.Use.EventIndex, c.WorkId)));
        Assert.Equal(byRef, candidates[1].Use);
        var move = new MatchCommit([new SuspenseMatch(401, 0, "w-late")], 1_234, [suspense with { EventCount = -1, Units = -5 }, new TotalsDelta(Key("", "w-late"), 1, 5, 50, 0, 0)]);
        Assert.True(await Projections.CommitMatchesAsync(move, CancellationToken.None));
        Assert.False(await Projections.CommitMatchesAsync(move, CancellationToken.None));

        Assert.Equal([new UsageTotal("w-late", "op", "model", 1, "licensed", "tokens", "EUR", "2026-11", 1, 5, 50, 0, 0)],
            await Projections.GetWorkTotalsAsync("w-late", CancellationToken.None));
        Assert.Equal([(1, "w-song")], (await Projections.FindSuspenseMatchesAsync(10, CancellationToken.None)).Where(c => c.Use.LogSeq == 401).Select(c => (c.Use.EventIndex, c.WorkId)));
        Assert.Contains(await Projections.GetModelTotalsAsync("model", CancellationToken.None), t => t.WorkId == "w-late" && t.AmountNanos == 50);
    }
}

public sealed class SqliteProjectionStoreTests(SqliteStoreFixture fixture) : ProjectionStoreTests(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresProjectionStoreTests(PostgresStoreFixture fixture) : ProjectionStoreTests(fixture), IClassFixture<PostgresStoreFixture>;
