using Grpc.Core;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Cli;

/// <summary>
/// One producer stream to the ledger: open, then send batches one at a time, each answered by its
/// durable ack before the next is sent.
/// </summary>
internal sealed class IngestStream : IAsyncDisposable
{
    private readonly AsyncDuplexStreamingCall<IngestRequest, IngestResponse> _call;

    private IngestStream(AsyncDuplexStreamingCall<IngestRequest, IngestResponse> call, ulong lastBatchSeq)
    {
        _call = call;
        LastBatchSeq = lastBatchSeq;
    }

    /// <summary>The last batch the ledger held when the stream was opened.</summary>
    public ulong LastBatchSeq { get; }

    public static async Task<IngestStream> OpenAsync(UsageIngest.UsageIngestClient client, string operatorId, string streamName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var call = client.Ingest(cancellationToken: cancellationToken);
        await call.RequestStream.WriteAsync(new IngestRequest { Open = new OpenStream { OperatorId = operatorId, StreamName = streamName } }, cancellationToken);
        if (!await call.ResponseStream.MoveNext(cancellationToken) || call.ResponseStream.Current.Opened is not { } opened)
        {
            call.Dispose();
            throw new InvalidOperationException($"the server did not confirm opening stream {operatorId}/{streamName}");
        }

        return new IngestStream(call, opened.LastBatchSeq);
    }

    public async Task<BatchAck> SendAsync(UsageBatch batch, CancellationToken cancellationToken)
    {
        await _call.RequestStream.WriteAsync(new IngestRequest { Batch = batch }, cancellationToken);
        if (!await _call.ResponseStream.MoveNext(cancellationToken) || _call.ResponseStream.Current.Ack is not { } ack)
        {
            throw new InvalidOperationException($"the server closed the stream before acknowledging batch {batch.BatchSeq}");
        }

        return ack;
    }

    public async ValueTask DisposeAsync()
    {
        await _call.RequestStream.CompleteAsync();
        while (await _call.ResponseStream.MoveNext(CancellationToken.None))
        {
            // Drain so that the call ends cleanly; no further messages are expected.
        }

        _call.Dispose();
    }
}
