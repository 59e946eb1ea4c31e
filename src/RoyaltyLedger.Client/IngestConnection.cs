using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Client;

/// <summary>
/// One open ingest call. A reader task takes acks off the wire as soon as they arrive, so that the server is never
/// held up writing an ack while the writer is still sending the next batch (with several batches in flight, both
/// sides waiting on HTTP/2 flow control would otherwise deadlock). An error ends the call; the writer opens a new one.
/// </summary>
internal sealed class IngestConnection : IAsyncDisposable
{
    private readonly AsyncDuplexStreamingCall<IngestRequest, IngestResponse> _call;
    private readonly CancellationTokenSource _stop;
    private readonly Channel<BatchAck> _acks = Channel.CreateUnbounded<BatchAck>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Task _reader;

    private IngestConnection(AsyncDuplexStreamingCall<IngestRequest, IngestResponse> call, CancellationTokenSource stop, ulong lastBatchSeq)
    {
        _call = call;
        _stop = stop;
        LastBatchSeq = lastBatchSeq;
        _reader = Task.Run(ReadAcksAsync);
    }

    /// <summary>The last batch the ledger held for the stream when this call opened it.</summary>
    public ulong LastBatchSeq { get; }

    public static async Task<IngestConnection> OpenAsync(UsageIngest.UsageIngestClient client, string operatorId, string streamName, CancellationToken cancellationToken)
    {
        var stop = new CancellationTokenSource();
        var call = client.Ingest(cancellationToken: stop.Token);
        try
        {
            await call.RequestStream.WriteAsync(new IngestRequest { Open = new OpenStream { OperatorId = operatorId, StreamName = streamName } }, cancellationToken)
                .ConfigureAwait(false);
            if (!await call.ResponseStream.MoveNext(cancellationToken).ConfigureAwait(false) || call.ResponseStream.Current.Opened is not { } opened)
            {
                throw new IOException($"the server ended ingest stream {operatorId}/{streamName} without confirming it open");
            }

            return new IngestConnection(call, stop, opened.LastBatchSeq);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            call.Dispose();
            stop.Dispose();
            throw;
        }
    }

    public Task SendAsync(UsageBatch batch, CancellationToken cancellationToken) =>
        _call.RequestStream.WriteAsync(new IngestRequest { Batch = batch }, cancellationToken);

    /// <summary>The next ack, in the order the batches were sent; throws the error that ended the call.</summary>
    public async ValueTask<BatchAck> ReadAckAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _acks.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException closed) when (closed.InnerException is { } cause)
        {
            ExceptionDispatchInfo.Throw(cause);
            throw;
        }
    }

    /// <summary>Ends the call cleanly once every ack has been read: the server sees the end of the stream.</summary>
    public async Task CompleteAsync()
    {
        await _call.RequestStream.CompleteAsync().ConfigureAwait(false);
        await _reader.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _reader.ConfigureAwait(false);
        _call.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAcksAsync()
    {
        try
        {
            while (await _call.ResponseStream.MoveNext(_stop.Token).ConfigureAwait(false))
            {
                if (_call.ResponseStream.Current.Ack is not { } ack)
                {
                    throw new IOException($"the server sent {_call.ResponseStream.Current.KindCase} where a batch ack was expected");
                }

                _acks.Writer.TryWrite(ack);
            }

            // The server ended the call without an error: no more acks will come, whatever is still unacked.
            _acks.Writer.TryComplete(new IOException("the server ended the ingest stream"));
        }
#pragma warning disable CA1031 // Any error ends the call; it is handed to whoever reads the next ack.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _acks.Writer.TryComplete(ex);
        }
    }
}
