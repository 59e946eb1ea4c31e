using System.Runtime.ExceptionServices;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Client;

/// <summary>Sending, acks and recovery: everything runs on the caller's flow, one call at a time.</summary>
public sealed partial class UsageStreamWriter
{
    private ulong _nextSeq;
    private ulong _highestSeq;
    private bool _numbered;
    private int _failures;

    private async Task FlushCoreAsync(CancellationToken cancellationToken)
    {
        if (_building.Count > 0)
        {
            await SealAndSendAsync(cancellationToken).ConfigureAwait(false);
        }

        while (_unacked.Count > 0)
        {
            await ReceiveAckAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SealAndSendAsync(CancellationToken cancellationToken)
    {
        var seq = _nextSeq++;
        var replayed = _numbering == BatchNumbering.Replay && seq <= LastBatchSeqAtOpen;
        var batch = _building.Seal(seq, heldBeforeOpen: replayed);
        _highestSeq = Math.Max(_highestSeq, seq);
        if (replayed && seq < LastBatchSeqAtOpen)
        {
            // Held before this writer opened: skipped. The last held batch alone is sent again, as the check.
            _progress = _progress with { Held = _progress.Held + batch.EventCount, LastAckedBatchSeq = seq };
            ProgressChanged?.Invoke(this, _progress);
            return;
        }

        while (_unacked.Count >= _maxInFlight)
        {
            await ReceiveAckAsync(cancellationToken).ConfigureAwait(false);
        }

        _unacked.Enqueue(batch);
        if (!batch.HeldBeforeOpen)
        {
            _progress = _progress with { Sent = _progress.Sent + batch.EventCount };
        }

        try
        {
            await _connection!.SendAsync(batch.Batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (UsageRetryPolicy.IsRetryable(ex) && !cancellationToken.IsCancellationRequested)
        {
            // The batch is kept: recovery sends it again with the others.
            await RecoverAsync(ex, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ReceiveAckAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            BatchAck ack;
            try
            {
                ack = await _connection!.ReadAckAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (UsageRetryPolicy.IsRetryable(ex) && !cancellationToken.IsCancellationRequested)
            {
                await RecoverAsync(ex, cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.AlreadyExists)
            {
                // The ledger holds this batch number with other content and refused it: retrying cannot help.
                throw new UsageStreamConflictException($"stream {StreamKey}: {ex.Status.Detail}", ex);
            }

            Apply(ack);
            return;
        }
    }

    private void Apply(BatchAck ack)
    {
        if (!_unacked.TryDequeue(out var batch) || ack.BatchSeq != batch.Seq)
        {
            throw new UsageStreamConflictException(
                $"stream {StreamKey}: the server acknowledged batch {ack.BatchSeq}, but the oldest batch this writer awaits is {(batch is null ? "none" : batch.Seq)}");
        }

        var total = (long)ack.Accepted + ack.Duplicates + ack.Rejections.Count;
        if (total != batch.EventCount || ack.Rejections.Any(r => r.Index >= batch.EventCount))
        {
            throw new UsageStreamConflictException(
                $"stream {StreamKey} batch {batch.Seq}: the ledger's ack covers {total:N0} events, this writer's batch has {batch.EventCount:N0}; " +
                "another producer writes to this stream, or the input differs from the one that first sent this batch");
        }

        _failures = 0;
        if (batch.HeldBeforeOpen)
        {
            _progress = _progress with { Held = _progress.Held + batch.EventCount, LastAckedBatchSeq = batch.Seq };
            ProgressChanged?.Invoke(this, _progress);
            return;
        }

        _progress = _progress with
        {
            Accepted = _progress.Accepted + ack.Accepted,
            Duplicates = _progress.Duplicates + ack.Duplicates,
            Rejected = _progress.Rejected + ack.Rejections.Count,
            LastAckedBatchSeq = batch.Seq,
        };
        foreach (var r in ack.Rejections)
        {
            var i = (int)r.Index;
            Rejected?.Invoke(this, new UsageRejection(batch.Seq, i, r.Reason, r.Field, r.Message, batch.Batch.Events[i], batch.States[i]));
        }

        ProgressChanged?.Invoke(this, _progress);
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            _connection = await IngestConnection.OpenAsync(_client, _operatorId, _streamName, cancellationToken).ConfigureAwait(false);
            OnOpened(_connection.LastBatchSeq);
        }
        catch (Exception ex) when (UsageRetryPolicy.IsRetryable(ex) && !cancellationToken.IsCancellationRequested)
        {
            await RecoverAsync(ex, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits as the retry policy says, reopens the stream and sends every kept batch again in order; the server
    /// answers those it already stored with their stored acks. Throws the last error when the policy gives up.
    /// </summary>
    private async Task RecoverAsync(Exception cause, CancellationToken cancellationToken)
    {
        while (true)
        {
            _failures++;
            var delay = _retry.DelayBefore(_failures, cause, Random.Shared.NextDouble());
            if (delay is null)
            {
                ExceptionDispatchInfo.Throw(cause);
            }

            await DisconnectAsync().ConfigureAwait(false);
            await Task.Delay(delay.Value, _time, cancellationToken).ConfigureAwait(false);
            try
            {
                _connection = await IngestConnection.OpenAsync(_client, _operatorId, _streamName, cancellationToken).ConfigureAwait(false);
                OnOpened(_connection.LastBatchSeq);
                foreach (var batch in _unacked)
                {
                    await _connection.SendAsync(batch.Batch, cancellationToken).ConfigureAwait(false);
                }

                _progress = _progress with { Reconnects = _progress.Reconnects + 1 };
                ProgressChanged?.Invoke(this, _progress);
                return;
            }
            catch (Exception ex) when (UsageRetryPolicy.IsRetryable(ex) && !cancellationToken.IsCancellationRequested)
            {
                cause = ex;
            }
        }
    }

    /// <summary>Numbers batches on the first open; on every later one, checks that the stream is where this writer left it.</summary>
    private void OnOpened(ulong last)
    {
        if (!_numbered)
        {
            _numbered = true;
            LastBatchSeqAtOpen = last;
            _highestSeq = last;
            _nextSeq = _numbering == BatchNumbering.Replay ? 1 : last + 1;
            return;
        }

        if (last > _highestSeq)
        {
            throw new UsageStreamConflictException(
                $"stream {StreamKey} holds batches up to {last}, but this writer numbered only up to {_highestSeq}: another producer writes to this stream");
        }

        if (_unacked.TryPeek(out var oldest) && last + 1 < oldest.Seq)
        {
            throw new UsageStreamConflictException(
                $"stream {StreamKey} holds batches up to {last}, but batch {oldest.Seq - 1} was already acknowledged to this writer");
        }
    }

    /// <summary>Replay must have gone past every batch the stream held, or the input is shorter than the one first sent.</summary>
    private void CheckReplayCovered()
    {
        var numbered = _nextSeq - 1;
        if (_numbering == BatchNumbering.Replay && numbered < LastBatchSeqAtOpen)
        {
            throw new UsageStreamConflictException(
                $"stream {StreamKey} held {LastBatchSeqAtOpen:N0} batches when this writer opened, but the input made only {numbered:N0}: it is not the input first sent on this stream");
        }
    }

    /// <summary>Ends the call cleanly once every batch is acked; a connection lost now loses nothing.</summary>
    private async Task CloseAsync()
    {
        try
        {
            await (_connection?.CompleteAsync() ?? Task.CompletedTask).ConfigureAwait(false);
        }
        catch (Exception ex) when (UsageRetryPolicy.IsRetryable(ex))
        {
            // Every batch was acked before the close began.
        }
    }

    private async Task DisconnectAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Runs one public operation; an error that escapes it leaves the writer failed.</summary>
    private async Task RunAsync(Func<Task> operation)
    {
        try
        {
            await operation().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            _failure = ex;
            throw;
        }
    }

    private Turn Enter()
    {
        if (_failure is not null)
        {
            throw new InvalidOperationException($"the writer of stream {StreamKey} failed earlier and sends no more: {_failure.Message}", _failure);
        }

        if (_completed)
        {
            throw new InvalidOperationException($"the writer of stream {StreamKey} is completed or disposed");
        }

        if (Interlocked.Exchange(ref _busy, 1) == 1)
        {
            throw new InvalidOperationException($"the writer of stream {StreamKey} is already in use: call it from one flow at a time");
        }

        return new Turn(this);
    }

    /// <summary>Marks the writer free again when a public operation ends.</summary>
    private readonly struct Turn(UsageStreamWriter writer) : IDisposable
    {
        public void Dispose() => Volatile.Write(ref writer._busy, 0);
    }
}
