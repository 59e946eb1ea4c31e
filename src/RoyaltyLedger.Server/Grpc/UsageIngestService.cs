using Grpc.Core;
using RoyaltyLedger.Application.Usage;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// The ingest stream: one open, then batches answered in order, each only once durable. The use cases check every
/// event on its own and against the model's owner (<see cref="IngestBatch"/>), so that the stream's grain and the log
/// only see what can be counted. One batch is in flight per stream: a slow ledger slows the client through HTTP/2 flow
/// control, and a full write queue or too many streams turn the client away with RESOURCE_EXHAUSTED and a retry delay.
/// A stopping server takes no new batch but finishes the one in flight (<see cref="IngestDrain"/>).
/// </summary>
internal sealed class UsageIngestService(OpenIngestSession sessions, IngestDrain drain)
{
    public async Task Ingest(IAsyncStreamReader<IngestMessage> requestStream, IServerStreamWriter<IngestResponse> responseStream, ServerCallContext context)
    {
        var cancellation = context.CancellationToken;
        if (!await requestStream.MoveNext(cancellation))
        {
            return;
        }

        var open = requestStream.Current.Request.Open;
        if (open is null)
        {
            RpcErrors.BadRequest("open", "the first message of an ingest stream must be 'open' naming operator_id and stream_name");
        }

        context.RequireRole("report usage", Roles.Operator)
            .RequireParty(Roles.Operator, open.OperatorId, $"report usage for operator {EntityIds.Printable(open.OperatorId)}");
        RpcErrors.ThrowIfAny([
            EntityIds.Check("open.operator_id", open.OperatorId),
            EntityIds.Check("open.stream_name", open.StreamName)]);
        var streamKey = $"{open.OperatorId}/{open.StreamName}";
        drain.ThrowIfStopping(streamKey);
        using var session = await sessions.OpenAsync(open.OperatorId, open.StreamName);
        await responseStream.WriteAsync(new IngestResponse
        {
            Opened = new StreamOpened { OperatorId = open.OperatorId, StreamName = open.StreamName, LastBatchSeq = (ulong)session.LastBatchSeq },
        }, cancellation);

        // Only the wait for the next batch ends when the server stops; a batch already read is stored and acked.
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellation, drain.Stopping);
        while (await NextBatchAsync(requestStream, streamKey, reading.Token, cancellation))
        {
            var message = requestStream.Current;
            var batch = message.Request.Batch;
            if (batch is null)
            {
                RpcErrors.BadRequest("open", $"stream {open.OperatorId}/{open.StreamName} is already open; send batches only");
            }

            var ack = await session.AppendAsync(batch.ToIncoming(message.Malformed, message.MalformedBytes));
            await responseStream.WriteAsync(new IngestResponse { Ack = ack.ToWire() }, cancellation);
        }
    }

    private async Task<bool> NextBatchAsync(IAsyncStreamReader<IngestMessage> requestStream, string streamKey, CancellationToken reading, CancellationToken call)
    {
        try
        {
            return await requestStream.MoveNext(reading);
        }
        catch (OperationCanceledException) when (drain.Stopping.IsCancellationRequested && !call.IsCancellationRequested)
        {
            throw IngestDrain.Unavailable(streamKey);
        }
    }
}
