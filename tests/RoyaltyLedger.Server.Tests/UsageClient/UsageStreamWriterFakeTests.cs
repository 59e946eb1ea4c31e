using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using GrpcStatus = Grpc.Core.Status;
using RoyaltyLedger.Client;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Tests.UsageClient;

/// <summary>The writer against a scripted server: retry timing, refusals, batch limits and what it keeps in memory.</summary>
public sealed class UsageStreamWriterFakeTests
{
    private static UsageClientOptions Options(int batchSize = 2, TimeProvider? time = null) => new()
    {
        OperatorId = "op",
        StreamName = "s",
        BatchSize = batchSize,
        Retry = UsageRetryPolicy.Default with { JitterFraction = 0 },
        TimeProvider = time ?? TimeProvider.System,
    };

    private static UsageEvent Event(string id = "", string method = "manifest") => new()
    {
        EventId = id,
        ModelId = "m",
        WorkId = "w",
        Use = UseKind.Training,
        Units = 1,
        UnitKind = "tokens",
        AttributionWeightPpm = 1_000_000,
        OccurredAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)),
        AttributionMethod = method,
    };

    [Fact]
    public async Task Flush_ResourceExhaustedWithRetryInfo_ResendsOnlyAfterTheServersDelay()
    {
        var time = new SignallingTimeProvider();
        var fake = new FakeIngest(
            r => r.Open is not null ? FakeIngest.Opened(0) : throw UsageRetryPolicyTests.ResourceExhausted(TimeSpan.FromSeconds(2)),
            FakeIngest.Accepting());
        await using var writer = await UsageStreamWriter.OpenAsync(Options(time: time), fake);
        await writer.WriteAsync(Event());
        await writer.WriteAsync(Event());

        var flushing = writer.FlushAsync();
        var delay = await time.NextTimerAsync();
        time.Advance(delay - TimeSpan.FromTicks(1));

        Assert.Equal(TimeSpan.FromSeconds(2), delay);
        Assert.Equal((1, false), (fake.Calls, flushing.IsCompleted));
        time.Advance(TimeSpan.FromTicks(1));
        await flushing.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, fake.Calls);
        Assert.Equal([1UL, 1UL], fake.Batches.Select(b => b.BatchSeq));
        Assert.Equal((2L, 2L, 1, 1UL), (writer.Progress.Sent, writer.Progress.Accepted, writer.Progress.Reconnects, writer.Progress.LastAckedBatchSeq));
    }

    [Fact]
    public async Task Flush_InvalidArgument_IsNotRetriedAndLeavesTheWriterFailed()
    {
        var fake = new FakeIngest(r => r.Open is not null
            ? FakeIngest.Opened(0)
            : throw new RpcException(new GrpcStatus(StatusCode.InvalidArgument, "batch 1 carries 6,000 events")));
        await using var writer = await UsageStreamWriter.OpenAsync(Options(), fake);
        await writer.WriteAsync(Event());

        var error = await Assert.ThrowsAsync<RpcException>(() => writer.FlushAsync());

        Assert.Equal((StatusCode.InvalidArgument, 1), (error.StatusCode, fake.Calls));
        var after = await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(Event()).AsTask());
        Assert.Contains("failed earlier", after.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_NoEventId_GetsAUuidV7OfTheClocksTime()
    {
        var time = new SignallingTimeProvider();
        var fake = new FakeIngest(FakeIngest.Accepting());
        await using var writer = await UsageStreamWriter.OpenAsync(Options(time: time), fake);
        var first = Event();
        var second = Event();
        await writer.WriteAsync(first);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await writer.WriteAsync(second);
        await writer.CompleteAsync();

        // A UUIDv7 starts with the Unix time in milliseconds (48 bits), so ids sort by the time they were made.
        var start = time.Start.ToUnixTimeMilliseconds();
        Assert.Equal((7, start), (Guid.Parse(first.EventId).Version, Convert.ToInt64(first.EventId.Replace("-", "", StringComparison.Ordinal)[..12], 16)));
        Assert.Equal((7, start + 1), (Guid.Parse(second.EventId).Version, Convert.ToInt64(second.EventId.Replace("-", "", StringComparison.Ordinal)[..12], 16)));
        Assert.True(string.CompareOrdinal(first.EventId, second.EventId) < 0, $"{first.EventId} should sort before {second.EventId}");
    }

    [Fact]
    public async Task Write_OpenStreamAtSeven_NumbersBatchesFromEight()
    {
        var fake = new FakeIngest(FakeIngest.Accepting(last: 7));
        await using var writer = await UsageStreamWriter.OpenAsync(Options(), fake);
        for (var i = 0; i < 5; i++)
        {
            await writer.WriteAsync(Event());
        }

        await writer.CompleteAsync();

        Assert.Equal(7UL, writer.LastBatchSeqAtOpen);
        Assert.Equal([(8UL, 2), (9UL, 2), (10UL, 1)], fake.Batches.Select(b => (b.BatchSeq, b.Events.Count)));
    }

    [Fact]
    public async Task Write_EventsOverMaxBatchBytes_CutsBatchesBeforeTheLimit()
    {
        var fake = new FakeIngest(FakeIngest.Accepting());
        var options = Options(batchSize: 5_000);
        options.MaxBatchBytes = 1_024;
        await using var writer = await UsageStreamWriter.OpenAsync(options, fake);
        for (var i = 0; i < 100; i++)
        {
            await writer.WriteAsync(Event($"event-{i:D4}", method: new string('x', 40)));
        }

        await writer.CompleteAsync();

        var sizes = fake.Batches.Select(b => new IngestRequest { Batch = b }.CalculateSize()).ToList();
        Assert.True(sizes.Count > 1, $"100 events of about 100 bytes should need several 1 KiB batches, got {sizes.Count}");
        // Every batch but the last was cut because the next event would not fit.
        Assert.All(sizes[..^1], size => Assert.InRange(size, 1_024 - 150, 1_024));
        Assert.InRange(sizes[^1], 1, 1_024);
        Assert.Equal(100, fake.Batches.Sum(b => b.Events.Count));
    }

    [Fact]
    public async Task Write_TwoInFlightWithoutAcks_HoldsAtMostThreeBatches()
    {
        var fake = new FakeIngest(r => r.Open is not null ? FakeIngest.Opened(0) : null);
        var options = Options();
        options.MaxInFlightBatches = 2;
        await using var writer = await UsageStreamWriter.OpenAsync(options, fake);
        for (var i = 0; i < 5; i++)
        {
            await writer.WriteAsync(Event());
        }

        // The sixth event fills the third batch, which must wait for an ack before it is sent.
        var sixth = writer.WriteAsync(Event()).AsTask();

        Assert.Equal((2, false), (fake.Batches.Count, sixth.IsCompleted));
        fake.LastCall!.Respond(new IngestResponse { Ack = new BatchAck { BatchSeq = 1, Accepted = 2 } });
        await sixth.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal([1UL, 2UL, 3UL], fake.Batches.Select(b => b.BatchSeq));
    }

    [Fact]
    public async Task Ack_CountsDifferFromTheBatch_ThrowsConflictNamingBoth()
    {
        var fake = new FakeIngest(r => r.Open is not null
            ? FakeIngest.Opened(0)
            : new IngestResponse { Ack = new BatchAck { BatchSeq = r.Batch.BatchSeq, Accepted = 5 } });
        await using var writer = await UsageStreamWriter.OpenAsync(Options(), fake);
        await writer.WriteAsync(Event());

        var error = await Assert.ThrowsAsync<UsageStreamConflictException>(() => writer.FlushAsync());

        Assert.Equal("stream op/s batch 1: the ledger's ack covers 5 events, this writer's batch has 1; another producer writes to this stream, or the input differs from the one that first sent this batch", error.Message);
    }

    [Fact]
    public async Task Replay_StreamHeldTwoBatches_SkipsTheFirstChecksTheSecondSendsTheRest()
    {
        var fake = new FakeIngest(FakeIngest.Accepting(last: 2));
        var options = Options();
        options.Numbering = BatchNumbering.Replay;
        await using var writer = await UsageStreamWriter.OpenAsync(options, fake);
        for (var i = 0; i < 7; i++)
        {
            await writer.WriteAsync(Event($"row-{i}"));
        }

        await writer.CompleteAsync();

        Assert.Equal([(2UL, 2), (3UL, 2), (4UL, 1)], fake.Batches.Select(b => (b.BatchSeq, b.Events.Count)));
        Assert.Equal((4L, 3L, 3L), (writer.Progress.Held, writer.Progress.Sent, writer.Progress.Accepted));
    }

    [Fact]
    public async Task Replay_InputShorterThanTheStream_ThrowsConflict()
    {
        var fake = new FakeIngest(FakeIngest.Accepting(last: 3));
        var options = Options();
        options.Numbering = BatchNumbering.Replay;
        await using var writer = await UsageStreamWriter.OpenAsync(options, fake);
        await writer.WriteAsync(Event("row-0"));
        await writer.WriteAsync(Event("row-1"));

        var error = await Assert.ThrowsAsync<UsageStreamConflictException>(() => writer.CompleteAsync());

        Assert.Equal("stream op/s held 3 batches when this writer opened, but the input made only 1: it is not the input first sent on this stream", error.Message);
    }
}
