using Grpc.Core;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// The no-op ceiling for the load client (<c>--target baseline</c>): same protocol and message sizes as the
/// ledger's ingest, same authentication, nothing validated or stored. Mapped only with Diagnostics:BaselineSink=true.
/// </summary>
internal sealed class BaselineIngestService : BaselineIngest.BaselineIngestBase
{
    public override async Task Ingest(IAsyncStreamReader<IngestRequest> requestStream, IServerStreamWriter<IngestResponse> responseStream, ServerCallContext context)
    {
        var cancellation = context.CancellationToken;
        ulong last = 0;
        while (await requestStream.MoveNext(cancellation))
        {
            var request = requestStream.Current;
            if (request.Open is { } open)
            {
                await responseStream.WriteAsync(new IngestResponse
                {
                    Opened = new StreamOpened { OperatorId = open.OperatorId, StreamName = open.StreamName, LastBatchSeq = 0 },
                }, cancellation);
                continue;
            }

            last = request.Batch.BatchSeq;
            await responseStream.WriteAsync(new IngestResponse
            {
                Ack = new BatchAck { BatchSeq = last, Accepted = (uint)request.Batch.Events.Count },
            }, cancellation);
        }
    }
}
