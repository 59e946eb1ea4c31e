using System.Diagnostics;
using RoyaltyLedger.Grains.Abstractions.Usage;
using RoyaltyLedger.Application.UsageLog;

namespace RoyaltyLedger.Grains.Usage;

/// <summary>
/// Orders one producer's batches and appends each to the usage log before acking. The stream's position lives in
/// the database and moves by compare-and-set inside the append, so even two activations of this grain cannot both
/// store the same batch number; the grain's own copy of the position only answers resends and gaps quickly.
/// </summary>
public sealed class ProducerStreamGrain(IUsageLog log, TimeProvider clock) : Grain, IProducerStreamGrain
{
    /// <summary>The most events one batch may carry; the ingest use case enforces the same bound.</summary>
    public const int MaxEventsPerBatch = IProducerStreamGrain.MaxEventsPerBatch;

    private long? _lastBatchSeq;

    private string OperatorId => this.GetPrimaryKeyString().Split('/', 2)[0];

    private string StreamName => this.GetPrimaryKeyString().Split('/', 2)[1];

    public async Task<long> Open()
    {
        _lastBatchSeq = await log.GetLastBatchSeqAsync(OperatorId, StreamName, CancellationToken.None);
        return _lastBatchSeq.Value;
    }

    public async Task<AppendResult> Append(LogBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batch.EventCount, MaxEventsPerBatch);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch.BatchSeq, 1);
        try
        {
            return await AppendOnceAsync(batch);
        }
        catch (StreamPositionConflictException)
        {
            // Another activation moved the stream. Re-read the position and answer from the database.
            _lastBatchSeq = null;
            return await AppendOnceAsync(batch);
        }
    }

    /// <summary>
    /// Why a resend may not be answered from the stored ack: the number was first stored with other content. A row
    /// stored before digests were kept, or a batch sent without one, is answered as before.
    /// </summary>
    private string? ResendConflict(LogBatch batch, HeldBatch held, long last) =>
        held.ContentSha256 is { } stored && batch.ContentSha256 is { } sent && !stored.AsSpan().SequenceEqual(sent)
            ? $"stream {OperatorId}/{StreamName} already holds batch {batch.BatchSeq} with other content (SHA-256 {Convert.ToHexStringLower(stored)[..16]}…, " +
              $"this one {Convert.ToHexStringLower(sent)[..16]}…): the batch was not stored and its {batch.EventCount:N0} events were not counted; " +
              $"resend a batch number only with the events first sent in it, and send new events as batch {last + 1}"
            : null;

    private async Task<AppendResult> AppendOnceAsync(LogBatch batch)
    {
        var last = _lastBatchSeq ?? await Open();
        if (batch.BatchSeq <= last)
        {
            var held = await log.GetHeldBatchAsync(OperatorId, StreamName, batch.BatchSeq, CancellationToken.None)
                ?? throw new UnreachableException($"stream {this.GetPrimaryKeyString()} is at {last} but holds no ack for batch {batch.BatchSeq}");
            return ResendConflict(batch, held, last) is { } conflict
                ? new AppendResult(null, last) { ContentConflict = conflict }
                : new AppendResult(AckCodec.Decode(held.Ack), last) { Replayed = true };
        }

        if (batch.BatchSeq > last + 1)
        {
            return new AppendResult(null, last);
        }

        BatchAckRecord? ack = null;
        try
        {
            await log.AppendAsync(new LogAppend(OperatorId, StreamName, batch.BatchSeq, clock.GetUtcNow().ToUnixTimeMilliseconds(), batch.EventCount,
                batch.Payload, batch.Candidates, batch.Keys, duplicates =>
                {
                    ack = AckCodec.Build(batch, duplicates);
                    return AckCodec.Encode(ack);
                }) { ContentSha256 = batch.ContentSha256, Partitions = batch.Partitions.IsDefault ? [] : batch.Partitions }, CancellationToken.None);
        }
        catch (LedgerBusyException busy)
        {
            return new AppendResult(null, last) { Busy = new TurnedAway(busy.Message, busy.RetryAfter) };
        }

        _lastBatchSeq = batch.BatchSeq;
        return new AppendResult(ack ?? throw new UnreachableException("the log committed a batch without building its ack"), batch.BatchSeq);
    }
}
