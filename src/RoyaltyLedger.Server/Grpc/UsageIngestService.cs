using System.Collections.Immutable;
using System.Diagnostics;
using Google.Protobuf;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Usage;
using RejectionReason = RoyaltyLedger.Domain.Usage.RejectionReason;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Abstractions.Usage;
using RoyaltyLedger.Grains.Usage;
using RoyaltyLedger.Server.Diagnostics;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage.UsageLog;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// The ingest stream: one open, then batches answered in order, each only once durable. The edge checks every
/// event on its own and against the model's owner, so that the stream's grain and the log only see what can be
/// counted. One batch is in flight per stream: a slow ledger slows the client through HTTP/2 flow control, and a
/// full write queue or too many streams turn the client away with RESOURCE_EXHAUSTED and a retry delay.
/// </summary>
internal sealed class UsageIngestService(IGrainFactory grains, BatchAppender appender, IngestGate gate, LedgerMetrics metrics)
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
        var stream = await OpenAsync(open);
        if (!gate.TryEnter())
        {
            metrics.TurnedAway("streams");
            RpcErrors.ResourceExhausted($"the server has {gate.MaxOpenStreams:N0} ingest streams open, the most it serves; retry shortly", gate.RetryAfter);
        }

        metrics.StreamOpened();
        try
        {
            var last = await stream.Open();
            await responseStream.WriteAsync(new IngestResponse
            {
                Opened = new StreamOpened { OperatorId = open.OperatorId, StreamName = open.StreamName, LastBatchSeq = (ulong)last },
            }, cancellation);

            while (await requestStream.MoveNext(cancellation))
            {
                var message = requestStream.Current;
                var (request, malformed) = message;
                var batch = request.Batch;
                if (batch is null)
                {
                    RpcErrors.BadRequest("open", $"stream {open.OperatorId}/{open.StreamName} is already open; send batches only");
                }

                var ack = await appender.AppendAsync(stream, open.OperatorId, open.StreamName, batch, malformed, message.MalformedBytes);
                await responseStream.WriteAsync(new IngestResponse { Ack = ack }, cancellation);
            }
        }
        finally
        {
            gate.Exit();
            metrics.StreamClosed();
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
}
