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
/// </summary>
internal sealed class UsageIngestService(OpenIngestSession sessions)
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
        using var session = await sessions.OpenAsync(open.OperatorId, open.StreamName);
        await responseStream.WriteAsync(new IngestResponse
        {
            Opened = new StreamOpened { OperatorId = open.OperatorId, StreamName = open.StreamName, LastBatchSeq = (ulong)session.LastBatchSeq },
        }, cancellation);

        while (await requestStream.MoveNext(cancellation))
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
}
