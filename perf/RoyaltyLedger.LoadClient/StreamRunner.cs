using System.Diagnostics;
using System.Threading.Channels;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.LoadClient;

/// <summary>
/// One producer stream: a sender that sends batches (closed loop: as soon as fewer than --inflight are unacked;
/// open loop: on a fixed schedule) and a receiver that matches acks, which come in order, to their batches. A
/// batch's latency runs from when it was due to be sent, not from when it was sent, so that a server falling behind
/// an open-loop schedule shows in the latency instead of hiding it (coordinated omission).
/// </summary>
internal sealed class StreamRunner(LoadChannel channel, LoadOptions options, int index, Zipf zipf, string[] workIds)
{

    private readonly Random _random = new(index * 7919 + 17);

    public Recorder Measured { get; } = new();

    public async Task RunAsync(long measureFrom, long stopAt, CancellationToken cancellation)
    {
        // Whichever half fails first stops the other: a sender waiting for room in the in-flight window would otherwise
        // wait forever for acks that a dead receiver no longer reads.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        try
        {
            try
            {
                await RunCoreAsync(measureFrom, stopAt, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested && !cancellation.IsCancellationRequested && _failure is { } failure)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }
        }
        catch (Exception e) when (e is not ServerFailedException && ServerGone.Describe(e) is not null && !cancellation.IsCancellationRequested)
        {
            // With several servers, the run's error must say which one went away.
            throw new ServerFailedException(channel.Server, e);
        }
    }

    private Exception? _failure;

    private async Task RunCoreAsync(long measureFrom, long stopAt, CancellationTokenSource stop)
    {
        var cancellation = stop.Token;
        using var call = options.IsBaseline
            ? new BaselineIngest.BaselineIngestClient(channel.Invoker).Ingest(cancellationToken: cancellation)
            : new UsageIngest.UsageIngestClient(channel.Invoker).Ingest(cancellationToken: cancellation);
        await call.RequestStream.WriteAsync(new IngestRequest
        {
            Open = new OpenStream { OperatorId = LoadOptions.OperatorId, StreamName = $"load-{options.RunId}-{index}" },
        }, cancellation);
        if (!await NextAsync(call.ResponseStream, cancellation) || call.ResponseStream.Current.Opened is not { } opened)
        {
            throw new InvalidOperationException($"stream {index} was not opened");
        }

        var inFlight = Channel.CreateBounded<(ulong Seq, long Due)>(new BoundedChannelOptions(options.InFlight) { SingleReader = true, SingleWriter = true });
        var receiver = ReceiveGuardedAsync(call.ResponseStream, inFlight.Reader, measureFrom, stop);
        var seq = opened.LastBatchSeq;
        var interval = options.Rate is { } rate ? (long)(Stopwatch.Frequency * (double)options.BatchSize * options.Streams / rate) : 0;
        // Streams start spread over one interval so that an open-loop schedule does not send in bursts.
        var due = Stopwatch.GetTimestamp() + (interval * index / Math.Max(1, options.Streams));
        while (true)
        {
            if (interval > 0)
            {
                var wait = due - Stopwatch.GetTimestamp();
                if (wait > 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), cancellation);
                }
            }
            else
            {
                due = Stopwatch.GetTimestamp();
            }

            if (due >= stopAt)
            {
                break;
            }

            await inFlight.Writer.WriteAsync((++seq, due), cancellation);
            await call.RequestStream.WriteAsync(new IngestRequest { Batch = NextBatch(seq) }, cancellation);
            due += interval;
        }

        inFlight.Writer.Complete();
        await call.RequestStream.CompleteAsync();
        await receiver;
    }

    private async Task ReceiveGuardedAsync(IAsyncStreamReader<IngestResponse> responses, ChannelReader<(ulong Seq, long Due)> inFlight, long measureFrom, CancellationTokenSource stop)
    {
        try
        {
            await ReceiveAsync(responses, inFlight, measureFrom, stop.Token);
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            _failure = e;
            await stop.CancelAsync();
            throw;
        }
    }

    /// <summary>The next message of the stream, or a <see cref="TimeoutException"/> when none comes within the ack timeout.</summary>
    private async Task<bool> NextAsync(IAsyncStreamReader<IngestResponse> responses, CancellationToken cancellation)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        bounded.CancelAfter(options.AckTimeout);
        try
        {
            return await responses.MoveNext(bounded.Token);
        }
        catch (Exception e) when (bounded.IsCancellationRequested && !cancellation.IsCancellationRequested && e is OperationCanceledException or RpcException)
        {
            throw new TimeoutException($"stream {index} had no answer from the server for {options.AckTimeout.TotalSeconds:N0} s", e);
        }
    }

    private async Task ReceiveAsync(IAsyncStreamReader<IngestResponse> responses, ChannelReader<(ulong Seq, long Due)> inFlight, long measureFrom, CancellationToken cancellation)
    {
        while (await NextAsync(responses, cancellation))
        {
            var ack = responses.Current.Ack;
            var now = Stopwatch.GetTimestamp();
            if (!inFlight.TryRead(out var sent))
            {
                throw new InvalidOperationException($"stream {index}: ack for batch {ack.BatchSeq} that was never sent");
            }

            if (ack.BatchSeq != sent.Seq)
            {
                throw new InvalidOperationException($"stream {index}: ack for batch {ack.BatchSeq} while {sent.Seq} was due");
            }

            if (sent.Due >= measureFrom)
            {
                Measured.Record((now - sent.Due) * 1_000_000 / Stopwatch.Frequency, ack.Accepted, ack.Rejections.Count, ack.Duplicates);
            }
        }
    }

    private UsageBatch NextBatch(ulong seq)
    {
        var batch = new UsageBatch { BatchSeq = seq };
        var at = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);
        for (var i = 0; i < options.BatchSize; i++)
        {
            batch.Events.Add(new UsageEvent
            {
                EventId = Guid.CreateVersion7().ToString(),
                ModelId = LoadOptions.ModelId,
                WorkId = workIds[zipf.Next(_random)],
                Use = UseKind.Training,
                Units = 500 + _random.Next(4_500),
                UnitKind = "tokens",
                AttributionWeightPpm = 1_000_000,
                OccurredAt = at,
                AttributionMethod = "manifest",
                AttributionMethodVersion = "1",
            });
        }

        return batch;
    }
}
