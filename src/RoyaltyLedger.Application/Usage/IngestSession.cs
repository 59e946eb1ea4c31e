using RoyaltyLedger.Grains.Abstractions.Usage;

namespace RoyaltyLedger.Application.Usage;

/// <summary>
/// An open ingest stream's session: its place among the server's open streams, held until disposed, and the stream's grain
/// that batches are appended to, one at a time and in order.
/// </summary>
public sealed class IngestSession : IDisposable
{
    private readonly IngestBatch _ingest;
    private readonly IProducerStreamGrain _stream;
    private readonly Action _close;
    private int _closed;

    internal IngestSession(IngestBatch ingest, IProducerStreamGrain stream, string operatorId, string streamName, long lastBatchSeq, Action close)
    {
        (_ingest, _stream, _close) = (ingest, stream, close);
        (OperatorId, StreamName, LastBatchSeq) = (operatorId, streamName, lastBatchSeq);
    }

    public string OperatorId { get; }

    public string StreamName { get; }

    /// <summary>The last batch number the ledger held for this stream when it was opened; 0 for a new stream.</summary>
    public long LastBatchSeq { get; }

    /// <summary>See <see cref="IngestBatch.AppendAsync"/>.</summary>
    public Task<BatchAckRecord> AppendAsync(IncomingBatch batch) => _ingest.AppendAsync(_stream, OperatorId, StreamName, batch);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            _close();
        }
    }
}
