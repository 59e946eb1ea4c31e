using System.Diagnostics;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Abstractions.Usage;
using RoyaltyLedger.Grains.Usage;
using RoyaltyLedger.Server.Diagnostics;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// The ingest stream: one open, then batches answered in order, each only once durable. One batch
/// is in flight per stream, so a slow ledger slows the client through HTTP/2 flow control.
/// </summary>
internal sealed class UsageIngestService(IGrainFactory grains, LedgerMetrics metrics) : UsageIngest.UsageIngestBase
{
    public override async Task Ingest(IAsyncStreamReader<IngestRequest> requestStream, IServerStreamWriter<IngestResponse> responseStream, ServerCallContext context)
    {
        var cancellation = context.CancellationToken;
        if (!await requestStream.MoveNext(cancellation))
        {
            return;
        }

        var open = requestStream.Current.Open;
        if (open is null)
        {
            RpcErrors.BadRequest("open", "the first message of an ingest stream must be 'open' naming operator_id and stream_name");
        }

        context.RequireRole("report usage", Roles.Operator)
            .RequireParty(Roles.Operator, open.OperatorId, $"report usage for operator {EntityIds.Printable(open.OperatorId)}");
        var stream = await OpenAsync(open);
        var last = await stream.Open();
        await responseStream.WriteAsync(new IngestResponse
        {
            Opened = new StreamOpened { OperatorId = open.OperatorId, StreamName = open.StreamName, LastBatchSeq = (ulong)last },
        }, cancellation);

        while (await requestStream.MoveNext(cancellation))
        {
            var batch = requestStream.Current.Batch;
            if (batch is null)
            {
                RpcErrors.BadRequest("open", $"stream {open.OperatorId}/{open.StreamName} is already open; send batches only");
            }

            var ack = await AppendAsync(stream, open, batch);
            await responseStream.WriteAsync(new IngestResponse { Ack = ack }, cancellation);
        }
    }

    private async Task<IProducerStreamGrain> OpenAsync(OpenStream open)
    {
        RpcErrors.ThrowIfAny([
            EntityIds.Check("open.operator_id", open.OperatorId),
            EntityIds.Check("open.stream_name", open.StreamName)]);
        if (await grains.GetGrain<IOperatorGrain>(open.OperatorId).Describe() is null)
        {
            RpcErrors.NotFound($"operator {open.OperatorId} is not registered");
        }

        return grains.GetGrain<IProducerStreamGrain>(IProducerStreamGrain.KeyFor(open.OperatorId, open.StreamName));
    }

    private async Task<BatchAck> AppendAsync(IProducerStreamGrain stream, OpenStream open, UsageBatch batch)
    {
        if (batch.Events.Count > ProducerStreamGrain.MaxEventsPerBatch)
        {
            RpcErrors.BadRequest("batch.events",
                $"batch {batch.BatchSeq} carries {batch.Events.Count:N0} events, at most {ProducerStreamGrain.MaxEventsPerBatch:N0} are allowed");
        }

        if (batch.BatchSeq is 0 or > long.MaxValue)
        {
            RpcErrors.BadRequest("batch.batch_seq", $"batch.batch_seq is {batch.BatchSeq}, expected 1 or more");
        }

        var started = Stopwatch.GetTimestamp();
        metrics.BatchReceived(batch.Events.Count);
        var result = await stream.Append(new IngestBatch((long)batch.BatchSeq, [.. batch.Events.Select(e => e.ToRecord())]));
        if (result.Ack is null)
        {
            RpcErrors.FailedPrecondition(
                $"batch_seq {batch.BatchSeq} skips ahead: stream {open.OperatorId}/{open.StreamName} holds batches up to {result.LastBatchSeq}; send {result.LastBatchSeq + 1} next");
        }

        var ack = result.Ack;
        metrics.BatchAcked(ack.Accepted, ack.Duplicates, ack.Unidentified, ack.Rejections.Select(r => r.Reason.ToString()),
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return ack.ToWire();
    }
}
