using System.Diagnostics;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Abstractions.Usage;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Usage;

/// <summary>
/// Orders one producer's batches and stores each in one transaction before acking. The stream's
/// position lives in the database and is advanced with a compare-and-set, so even two activations
/// of this grain cannot both store the same batch number.
/// </summary>
public sealed class ProducerStreamGrain(ILedgerStore ledger, TimeProvider clock) : Grain, IProducerStreamGrain
{
    /// <summary>The most events one batch may carry; the gRPC edge enforces the same bound.</summary>
    public const int MaxEventsPerBatch = 5_000;

    // Models never change owner, so a model looked up once stays valid for the activation.
    private readonly Dictionary<string, ModelProfile?> _models = new(StringComparer.Ordinal);
    private long? _lastBatchSeq;

    private string OperatorId => this.GetPrimaryKeyString().Split('/', 2)[0];

    private string StreamName => this.GetPrimaryKeyString().Split('/', 2)[1];

    public async Task<long> Open()
    {
        _lastBatchSeq = await ledger.GetLastBatchSeqAsync(OperatorId, StreamName, CancellationToken.None);
        return _lastBatchSeq.Value;
    }

    public async Task<AppendResult> Append(IngestBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(batch.Events.Length, MaxEventsPerBatch);
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

    private async Task<AppendResult> AppendOnceAsync(IngestBatch batch)
    {
        var last = _lastBatchSeq ?? await Open();
        if (batch.BatchSeq <= last)
        {
            var held = await ledger.GetBatchAckAsync(OperatorId, StreamName, batch.BatchSeq, CancellationToken.None)
                ?? throw new UnreachableException($"stream {this.GetPrimaryKeyString()} is at {last} but holds no ack for batch {batch.BatchSeq}");
            return new AppendResult(AckCodec.Decode(held), last);
        }

        if (batch.BatchSeq > last + 1)
        {
            return new AppendResult(null, last);
        }

        var prepared = await PrepareAsync(batch);
        var stored = prepared.Accepted.Select(p => p.Event).ToList();
        BatchAckRecord? ack = null;
        await ledger.AppendBatchAsync(new BatchAppend(OperatorId, StreamName, batch.BatchSeq, stored, flags =>
        {
            ack = AckCodec.Build(batch.BatchSeq, prepared, flags);
            return AckCodec.Encode(ack);
        }), CancellationToken.None);
        _lastBatchSeq = batch.BatchSeq;
        return new AppendResult(ack ?? throw new UnreachableException("the store committed a batch without building its ack"), batch.BatchSeq);
    }

    private async Task<PreparedBatch> PrepareAsync(IngestBatch batch)
    {
        var receivedAt = clock.GetUtcNow();
        var alone = BatchPreparer.CheckAlone(batch.Events, receivedAt);
        var rejected = alone.Select(r => r.Index).ToHashSet();
        var valid = batch.Events.Where((_, i) => !rejected.Contains(i)).ToList();
        await LoadModelsAsync(valid.Select(e => e.ModelId));
        var ratings = await RateAsync(batch.Events, rejected);
        return new BatchPreparer(OperatorId, _models, ratings, receivedAt).Prepare(batch.Events, alone);
    }

    private async Task LoadModelsAsync(IEnumerable<string> modelIds)
    {
        var missing = modelIds.Distinct(StringComparer.Ordinal).Where(id => _models.GetValueOrDefault(id) is null).ToList();
        var found = await Task.WhenAll(missing.Select(id => GrainFactory.GetGrain<IModelGrain>(id).Describe()));
        for (var i = 0; i < missing.Count; i++)
        {
            _models[missing[i]] = found[i];
        }
    }

    /// <summary>Rates each event with its work grain, one call per distinct work in the batch; null for an unregistered work.</summary>
    private async Task<Dictionary<int, UseRating?>> RateAsync(IReadOnlyList<UsageEventRecord> events, HashSet<int> rejected)
    {
        var byWork = Enumerable.Range(0, events.Count).Where(i => !rejected.Contains(i))
            .GroupBy(i => events[i].WorkId, StringComparer.Ordinal).ToList();
        var rated = await Task.WhenAll(byWork.Select(g => GrainFactory.GetGrain<IWorkGrain>(g.Key).Rate(OperatorId,
            [.. g.Select(i => new UseQuery(events[i].ModelId, events[i].Use, events[i].OccurredAt!.Value, events[i].TerritoryCode))])));
        var ratings = new Dictionary<int, UseRating?>(events.Count);
        for (var w = 0; w < byWork.Count; w++)
        {
            var j = 0;
            foreach (var i in byWork[w])
            {
                ratings[i] = rated[w] is { } r ? r[j] : null;
                j++;
            }
        }

        return ratings;
    }
}
