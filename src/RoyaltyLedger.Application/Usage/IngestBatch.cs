using System.Collections.Immutable;
using System.Diagnostics;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Application.UsageLog;
using RoyaltyLedger.Domain.Usage;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Usage;

namespace RoyaltyLedger.Application.Usage;

/// <summary>
/// Checks a batch and appends it to its producer stream: every event on its own and against its model's owner, so
/// that the stream's grain and the log only see what can be counted. Shared by the ingest stream and by training
/// manifests, which arrive as batches of their own stream.
/// </summary>
public sealed class IngestBatch(ModelOwners models, WorkPartitions partitions, IIngestObserver observer, TimeProvider clock)
{
    /// <summary>Events dated further ahead than this are taken for a wrong clock, not a real use.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromHours(24);

    /// <summary>The batch's ack once durable; a refusal of the whole batch throws a <see cref="UseCaseException"/>.</summary>
    public async Task<BatchAckRecord> AppendAsync(IProducerStreamGrain stream, string operatorId, string streamName, IncomingBatch batch)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Events.Count > IProducerStreamGrain.MaxEventsPerBatch)
        {
            throw new InvalidRequestException("batch.events",
                $"batch {batch.BatchSeq} carries {batch.Events.Count:N0} events, at most {IProducerStreamGrain.MaxEventsPerBatch:N0} are allowed");
        }

        if (batch.BatchSeq is 0 or > long.MaxValue)
        {
            throw new InvalidRequestException("batch.batch_seq", $"batch.batch_seq is {batch.BatchSeq}, expected 1 or more");
        }

        var started = Stopwatch.GetTimestamp();
        observer.BatchArrived(batch.Events.Count);
        var checkedBatch = await CheckAsync(operatorId, batch);
        var result = await stream.Append(checkedBatch);
        if (result.Busy is { } busy)
        {
            observer.TurnedAway("write_queue");
            throw new BusyException(busy.Message, busy.RetryAfter);
        }

        if (result.ContentConflict is { } conflict)
        {
            throw new ConflictException(conflict);
        }

        if (result.Ack is not { } ack)
        {
            throw new PreconditionFailedException(
                $"batch_seq {batch.BatchSeq} skips ahead: stream {operatorId}/{streamName} holds batches up to {result.LastBatchSeq}; send {result.LastBatchSeq + 1} next");
        }

        if (result.Replayed)
        {
            // Counted when first acked; a resend answered from the stored ack counts apart, never as accepted again.
            observer.BatchReplayed(checkedBatch.EventCount);
            return ack;
        }

        observer.BatchAcked(ack.Accepted, ack.Duplicates, ack.Rejections.Select(r => r.Reason.ToString()), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return ack;
    }

    /// <summary>Checks each event alone and its model's owner; what passes becomes a candidate keyed by its event id.</summary>
    private async Task<LogBatch> CheckAsync(string operatorId, IncomingBatch batch)
    {
        var now = clock.GetUtcNow();
        var events = batch.Events;
        var owners = await models.OwnersOfAsync(events.Select(e => e.Event).OfType<UsageEvent>().Where(e => EntityIds.IsValid(e.ModelId)).Select(e => e.ModelId));
        var rejections = ImmutableArray.CreateBuilder<EventRejectionRecord>();
        var repeated = ImmutableArray.CreateBuilder<int>();
        var candidates = ImmutableArray.CreateBuilder<int>(events.Count);
        var keys = ImmutableArray.CreateBuilder<byte[]>(events.Count);
        var seen = new HashSet<string>(events.Count, StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var incoming = events[i];
            if ((incoming.Rejection ?? Check(i, incoming.Event!, operatorId, owners, now)) is { } rejection)
            {
                rejections.Add(rejection);
            }
            else if (!seen.Add(incoming.Event!.EventId))
            {
                repeated.Add(i);
            }
            else
            {
                candidates.Add(i);
                keys.Add(EventKeys.Of(incoming.Event.EventId));
            }
        }

        // Each candidate's partition (docs/partitions.md): the log files the counted ones into their partitions' queues.
        var filed = await partitions.OfAsync([.. candidates.Select(i => events[i].Event!)], CancellationToken.None);
        return new LogBatch((long)batch.BatchSeq, events.Count, batch.Payload, candidates.ToImmutable(), keys.ToImmutable(),
            rejections.ToImmutable(), repeated.ToImmutable()) { ContentSha256 = batch.ContentSha256, Partitions = filed };
    }

    private static EventRejectionRecord? Check(int i, UsageEvent e, string operatorId, Dictionary<string, string?> owners, DateTimeOffset now)
    {
        if (UsageEventRules.Validate(i, e) is { } r)
        {
            return new EventRejectionRecord(r.Index, r.Reason, r.Field, r.Message);
        }

        if (e.OccurredAt > now + MaxClockSkew)
        {
            return new EventRejectionRecord(i, RejectionReason.InvalidValue, $"events[{i}].occurred_at",
                $"events[{i}].occurred_at {e.OccurredAt:O} is more than {MaxClockSkew.TotalHours:N0} hours after the server's clock ({now:O})");
        }

        return owners.GetValueOrDefault(e.ModelId) switch
        {
            null => new EventRejectionRecord(i, RejectionReason.UnknownModel, $"events[{i}].model_id",
                $"events[{i}].model_id '{e.ModelId}' is not a registered model"),
            var owner when owner != operatorId => new EventRejectionRecord(i, RejectionReason.WrongOperator, $"events[{i}].model_id",
                $"events[{i}].model_id '{e.ModelId}' belongs to operator {owner}, not {operatorId}"),
            _ => null,
        };
    }
}
