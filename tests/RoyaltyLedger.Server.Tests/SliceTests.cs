using Google.Rpc;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// The first vertical slice end to end over gRPC against the real server: register, license,
/// stream usage, read the statement. Run once per store (see the derived classes).
/// </summary>
public abstract class SliceTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    [Fact]
    public async Task Slice_StreamLicensedUsage_StatementShowsSplitAmounts()
    {
        var s = await new Slice("slice-ok").RegisterAsync(Server.Admin);
        var (opened, acks) = await s.SendAsync(Server.Ingest, "main",
            Slice.Batch(1, s.Event("e1"), s.Event("e2", units: 500_000)),
            Slice.Batch(2, s.Event("e3")));

        Assert.Equal(0UL, opened.LastBatchSeq);
        Assert.Equal([(1UL, 2U), (2UL, 1U)], acks.Select(a => (a.BatchSeq, a.Accepted)));
        var composer = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        var line = Assert.Single(composer.Lines);
        // 2.5M tokens at 2 EUR per million = 5 EUR; the composer's 60% is 3 EUR.
        Assert.Equal((s.Work, "The Song", s.Model, UseKind.Training, "licensed", 3UL, 2_500_000L, "EUR", 3_000_000_000L),
            (line.WorkId, line.WorkTitle, line.ModelId, line.Use, line.LicenceStatus, line.EventCount, line.Units.N(), line.Currency, line.AmountNanos.N()));
        Assert.Equal(3_000_000_000L, Assert.Single(composer.Totals).AmountNanos.N());
        var lyricist = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Lyricist, WaitForProjection = true });
        Assert.Equal(2_000_000_000L, Assert.Single(lyricist.Totals).AmountNanos.N());
    }

    [Fact]
    public async Task Ingest_ResentBatchAndReopenedStream_CountsEachEventOnce()
    {
        var s = await new Slice("slice-once").RegisterAsync(Server.Admin);
        var batch1 = Slice.Batch(1, s.Event("e1"), s.Event("e2"));
        await s.SendAsync(Server.Ingest, "main", batch1);
        var (reopened, acks) = await s.SendAsync(Server.Ingest, "main", batch1, Slice.Batch(2, s.Event("e2"), s.Event("e3")));

        Assert.Equal(1UL, reopened.LastBatchSeq);
        Assert.Equal(2U, acks[0].Accepted);
        Assert.Equal((1U, 1U), (acks[1].Accepted, acks[1].Duplicates));
        Assert.Equal([0U], acks[1].DuplicateIndexes);
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        Assert.Equal(3UL, Assert.Single(statement.Lines).EventCount);
    }

    [Fact]
    public async Task RegisterWork_SplitsSumTo9900_IsRefusedNamingFieldAndNothingIsStored()
    {
        var s = await new Slice("slice-split").RegisterAsync(Server.Admin);
        var request = new RegisterWorkRequest
        {
            WorkId = "slice-split-bad",
            Title = "Bad Split",
            Medium = "music",
            Contributors =
            {
                new Contributor { CreatorId = s.Composer, Role = "composer", ShareBps = 5_900 },
                new Contributor { CreatorId = s.Lyricist, Role = "lyricist", ShareBps = 4_000 },
            },
        };

        var error = await Assert.ThrowsAsync<RpcException>(() => Server.Registry.RegisterWorkAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        Assert.Equal(("contributors", "work slice-split-bad splits sum to 9,900 basis points, expected 10,000"), (violation.Field, violation.Description));
        var missing = await Assert.ThrowsAsync<RpcException>(() => Server.Registry.GetWorkAsync(new GetWorkRequest { WorkId = "slice-split-bad" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
        Assert.DoesNotContain((await Server.Registry.ListWorksAsync(new ListWorksRequest())).Works, w => w.WorkId == "slice-split-bad");
    }

    [Fact]
    public async Task Ingest_UnknownModelAndNegativeUnits_RejectedPerEventAndNotStored()
    {
        var s = await new Slice("slice-bad").RegisterAsync(Server.Admin);
        var (_, acks) = await s.SendAsync(Server.Ingest, "main",
            Slice.Batch(1, s.Event("bad-model", model: "slice-bad-nomodel"), s.Event("good"), s.Event("bad-units", units: -3)));

        var ack = Assert.Single(acks);
        Assert.Equal(1U, ack.Accepted);
        Assert.Equal(
            [(0U, RejectionReason.UnknownModel, "events[0].model_id", "events[0].model_id 'slice-bad-nomodel' is not a registered model"),
             (2U, RejectionReason.InvalidValue, "events[2].units", $"events[2].units is -3, expected 1 to {RoyaltyLedger.Domain.Usage.UsageEventRules.MaxUnits:N0}")],
            ack.Rejections.Select(r => (r.Index, r.Reason, r.Field, r.Message)));
        var statement = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        Assert.Equal(1UL, Assert.Single(statement.Lines).EventCount);
    }

    [Fact]
    public async Task Ingest_BatchSkippingAhead_FailsWithPreconditionNamingNextSeq()
    {
        var s = await new Slice("slice-gap").RegisterAsync(Server.Admin);
        var error = await Assert.ThrowsAsync<RpcException>(() => s.SendAsync(Server.Ingest, "main", Slice.Batch(2, s.Event("e1"))));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal($"batch_seq 2 skips ahead: stream {s.Operator}/main holds batches up to 0; send 1 next", error.Status.Detail);
    }

    [Fact]
    public async Task Ingest_BatchAtLimit_IsAcceptedAndOneMoreIsRefused()
    {
        var s = await new Slice("slice-limit").RegisterAsync(Server.Admin);
        var full = Slice.Batch(1, [.. Enumerable.Range(0, 5_000).Select(i => s.Event($"e{i}", units: 1))]);
        var (_, acks) = await s.SendAsync(Server.Ingest, "full", full);
        Assert.Equal(5_000U, Assert.Single(acks).Accepted);

        var over = Slice.Batch(1, [.. Enumerable.Range(0, 5_001).Select(i => s.Event($"x{i}", units: 1))]);
        var error = await Assert.ThrowsAsync<RpcException>(() => s.SendAsync(Server.Ingest, "over", over));
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("batch 1 carries 5,001 events, at most 5,000 are allowed", error.Status.Detail);
    }

    [Fact]
    public async Task Ingest_UnregisteredOperator_IsNotFound()
    {
        using var call = Server.Ingest.Ingest();
        await call.RequestStream.WriteAsync(new IngestRequest { Open = new OpenStream { OperatorId = "slice-nobody", StreamName = "s" } });
        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal((StatusCode.NotFound, "operator slice-nobody is not registered"), (error.StatusCode, error.Status.Detail));
    }

    [Fact]
    public async Task Restart_SameStorage_StatementAndRegistryAreIdentical()
    {
        var s = await new Slice("slice-restart").RegisterAsync(Server.Admin);
        await s.SendAsync(Server.Ingest, "main", Slice.Batch(1, s.Event("e1"), s.Event("e2")));
        var before = await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        var creatorsBefore = await Server.Registry.ListCreatorsAsync(new ListCreatorsRequest());

        await fixture.RestartAsync();

        Assert.Equal(before, await Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true }));
        Assert.Equal(creatorsBefore, await Server.Registry.ListCreatorsAsync(new ListCreatorsRequest()));
        var (reopened, acks) = await s.SendAsync(Server.Ingest, "main", Slice.Batch(2, s.Event("e2"), s.Event("e3")));
        Assert.Equal(1UL, reopened.LastBatchSeq);
        Assert.Equal((1U, 1U), (acks[0].Accepted, acks[0].Duplicates));
    }
}

public sealed class SqliteSliceTests(SqliteServerFixture fixture) : SliceTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresSliceTests(PostgresServerFixture fixture) : SliceTests(fixture), IClassFixture<PostgresServerFixture>;
