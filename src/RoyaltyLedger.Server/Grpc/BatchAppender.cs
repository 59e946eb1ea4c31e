using System.Collections.Immutable;
using System.Diagnostics;
using Google.Protobuf;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Usage;
using RejectionReason = RoyaltyLedger.Domain.Usage.RejectionReason;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Usage;
using RoyaltyLedger.Grains.Projection;
using RoyaltyLedger.Grains.Usage;
using RoyaltyLedger.Server.Diagnostics;
using RoyaltyLedger.Storage.UsageLog;
using RoyaltyLedger.Application.UsageLog;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Checks a batch at the edge and appends it to its producer stream: every event on its own and against its
/// model's owner, so that the stream's grain and the log only see what can be counted. Shared by the ingest stream
/// and by training manifests, which arrive as batches of their own stream.
/// </summary>
internal sealed class BatchAppender(ModelOwners models, LedgerMetrics metrics, IngestActivity ingest, TimeProvider clock)
{
    /// <summary>Events dated further ahead than this are taken for a wrong clock, not a real use.</summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromHours(24);

    public async Task<BatchAck> AppendAsync(IProducerStreamGrain stream, string operatorId, string streamName, UsageBatch batch, IReadOnlyDictionary<int, string> malformed,
        IReadOnlyDictionary<int, ByteString>? malformedBytes = null)
    {
        if (batch.Events.Count > ProducerStreamGrain.MaxEventsPerBatch)
        {
            RpcErrors.BadRequest("batch.events",
                $"batch {batch.BatchSeq} carries {batch.Events.Count:N0} events, at most {ProducerStreamGrain.MaxEventsPerBatch:N0} are allowed");
        }

        if (batch.BatchSeq is 0 or > long.MaxValue)
        {
            RpcErrors.BadRequest("batch.batch_seq", $"batch.batch_seq is {batch.BatchSeq}, expected 1 or more");
        }

        var started = Stopwatch.GetTimestamp();
        metrics.BatchReceived(batch.Events.Count);
        ingest.BatchArrived();
        var checkedBatch = await CheckAsync(operatorId, batch, malformed);
        checkedBatch = checkedBatch with { ContentSha256 = BatchDigest.Of(checkedBatch.Payload, malformedBytes) };
        var result = await stream.Append(checkedBatch);
        if (result.Busy is { } busy)
        {
            metrics.TurnedAway("write_queue");
            RpcErrors.ResourceExhausted(busy.Message, busy.RetryAfter);
        }

        if (result.ContentConflict is { } conflict)
        {
            RpcErrors.AlreadyExists(conflict);
        }

        if (result.Ack is null)
        {
            RpcErrors.FailedPrecondition(
                $"batch_seq {batch.BatchSeq} skips ahead: stream {operatorId}/{streamName} holds batches up to {result.LastBatchSeq}; send {result.LastBatchSeq + 1} next");
        }

        var ack = result.Ack;
        if (result.Replayed)
        {
            // Counted when first acked; a resend answered from the stored ack counts apart, never as accepted again.
            metrics.BatchReplayed(checkedBatch.EventCount);
            return ack.ToWire();
        }

        metrics.BatchAcked(ack.Accepted, ack.Duplicates, ack.Rejections.Select(r => r.Reason.ToString()), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return ack.ToWire();
    }

    /// <summary>Checks each event alone and its model's owner; what passes becomes a candidate keyed by its event id.</summary>
    private async Task<LogBatch> CheckAsync(string operatorId, UsageBatch batch, IReadOnlyDictionary<int, string> malformed)
    {
        var now = clock.GetUtcNow();
        var events = batch.Events;
        var owners = await models.OwnersOfAsync(events.Where((e, i) => !malformed.ContainsKey(i) && EntityIds.IsValid(e.ModelId)).Select(e => e.ModelId));
        var rejections = ImmutableArray.CreateBuilder<EventRejectionRecord>();
        var repeated = ImmutableArray.CreateBuilder<int>();
        var candidates = ImmutableArray.CreateBuilder<int>(events.Count);
        var keys = ImmutableArray.CreateBuilder<byte[]>(events.Count);
        var seen = new HashSet<string>(events.Count, StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (malformed.TryGetValue(i, out var undecodable))
            {
                rejections.Add(new EventRejectionRecord(i, RejectionReason.InvalidValue, $"events[{i}]",
                    $"events[{i}] could not be decoded, so none of its fields were read: {undecodable} (protobuf text fields must be UTF-8)"));
            }
            else if ((UsageEventWireRules.Check(i, e) ?? Check(i, e.ToDomain(), operatorId, owners, now)) is { } rejection)
            {
                rejections.Add(rejection);
            }
            else if (!seen.Add(e.EventId))
            {
                repeated.Add(i);
            }
            else
            {
                candidates.Add(i);
                keys.Add(EventKeys.Of(e.EventId));
            }
        }

        return new LogBatch((long)batch.BatchSeq, events.Count, batch.ToByteArray(), candidates.ToImmutable(), keys.ToImmutable(),
            rejections.ToImmutable(), repeated.ToImmutable());
    }

    private static EventRejectionRecord? Check(int i, Domain.Usage.UsageEvent e, string operatorId, Dictionary<string, string?> owners, DateTimeOffset now)
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
