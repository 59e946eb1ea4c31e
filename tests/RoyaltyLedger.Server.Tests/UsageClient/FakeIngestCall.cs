using System.Threading.Channels;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Tests.UsageClient;

/// <summary>One call of <see cref="FakeIngest"/>: responses are queued as requests arrive; an error ends the call.</summary>
internal sealed class FakeIngestCall(Func<IngestRequest, IngestResponse?> respond, List<UsageBatch> received, CancellationToken callCancelled)
    : IClientStreamWriter<IngestRequest>, IAsyncStreamReader<IngestResponse>
{
    private readonly Channel<IngestResponse> _responses = Channel.CreateUnbounded<IngestResponse>();
    private RpcException? _ended;

    public WriteOptions? WriteOptions { get; set; }

    public IngestResponse Current { get; private set; } = null!;

    /// <summary>Sends a response the responder held back.</summary>
    public void Respond(IngestResponse response) => _responses.Writer.TryWrite(response);

    public Task WriteAsync(IngestRequest message) => WriteAsync(message, CancellationToken.None);

    public Task WriteAsync(IngestRequest message, CancellationToken cancellationToken)
    {
        if (_ended is not null)
        {
            return Task.FromException(_ended);
        }

        if (message.Batch is { } batch)
        {
            lock (received)
            {
                received.Add(batch);
            }
        }

        try
        {
            if (respond(message) is { } response)
            {
                _responses.Writer.TryWrite(response);
            }
        }
        catch (RpcException ex)
        {
            _ended = ex;
            _responses.Writer.TryComplete(ex);
        }

        return Task.CompletedTask;
    }

    public Task CompleteAsync()
    {
        _responses.Writer.TryComplete();
        return Task.CompletedTask;
    }

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, callCancelled);
        try
        {
            if (!await _responses.Reader.WaitToReadAsync(linked.Token))
            {
                return false;
            }
        }
        catch (ChannelClosedException closed) when (closed.InnerException is RpcException error)
        {
            throw error;
        }
        catch (OperationCanceledException)
        {
            throw new RpcException(new Status(StatusCode.Cancelled, "the call was cancelled"));
        }

        Current = _responses.Reader.TryRead(out var next) ? next : throw new InvalidOperationException("a response vanished");
        return true;
    }

    public void Dispose() => _responses.Writer.TryComplete(new RpcException(new Status(StatusCode.Cancelled, "the call was disposed")));
}
