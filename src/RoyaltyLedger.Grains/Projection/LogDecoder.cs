using System.Diagnostics;
using System.Numerics;
using RoyaltyLedger.Contracts.V1;
using DomainUseKind = RoyaltyLedger.Domain.UseKind;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Reads log rows back: the payload is the batch as received, the mask says which events counted (bit i of byte
/// i/8, least significant bit first). Counted events passed the ingest edge's checks, so a counted event without
/// a weight or a time is a broken invariant, not bad input.
/// </summary>
internal static class LogDecoder
{
    public static List<LoggedUse> CountedUses(PendingBatch row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var batch = UsageBatch.Parser.ParseFrom(row.Payload);
        CheckMask(row, batch.Events.Count);
        var uses = new List<LoggedUse>(row.Counted);
        for (var i = 0; i < batch.Events.Count; i++)
        {
            if (IsCounted(row.CountedMask, i))
            {
                uses.Add(ToUse(row.LogSeq, i, row.OperatorId, batch.Events[i]));
            }
        }

        return uses;
    }

    /// <summary>One event of a stored payload, for matching a suspense row back to what the operator reported.</summary>
    public static LoggedUse EventAt(long logSeq, string operatorId, UsageBatch batch, int index)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (index < 0 || index >= batch.Events.Count)
        {
            throw new UnreachableException($"suspense names event {index} of log row {logSeq}, which holds {batch.Events.Count} events");
        }

        return ToUse(logSeq, index, operatorId, batch.Events[index]);
    }

    public static bool IsCounted(byte[] mask, int index) =>
        index / 8 < mask.Length && (mask[index / 8] & (1 << (index % 8))) != 0;

    /// <summary>Pairs the mask with the row's count and the batch's length before anything is projected from it.</summary>
    private static void CheckMask(PendingBatch row, int events)
    {
        var bits = 0;
        for (var b = 0; b < row.CountedMask.Length; b++)
        {
            bits += BitOperations.PopCount(row.CountedMask[b]);
        }

        var beyond = Enumerable.Range(events, Math.Max(0, row.CountedMask.Length * 8 - events)).Any(i => IsCounted(row.CountedMask, i));
        if (bits != row.Counted || beyond)
        {
            throw new UnreachableException(
                $"log row {row.LogSeq} says {row.Counted} events counted, but its mask has {bits} bits set over {events} events{(beyond ? ", some past the last event" : "")}");
        }
    }

    private static LoggedUse ToUse(long logSeq, int index, string operatorId, UsageEvent e)
    {
        if (!e.HasAttributionWeightPpm || e.AttributionWeightPpm > 1_000_000 || e.OccurredAt is null)
        {
            throw new UnreachableException($"counted event {index} ('{e.EventId}') of log row {logSeq} has no valid weight or time");
        }

        return new LoggedUse(logSeq, index, operatorId, e.EventId, e.ModelId, e.WorkId, WorkRefs.FromWire(e.WorkRef),
            (DomainUseKind)(int)e.Use, e.Units, e.UnitKind, (int)e.AttributionWeightPpm, e.OccurredAt.ToDateTimeOffset(),
            e.Territory, e.HasRevenueMicros ? e.RevenueMicros : null, e.RevenueCurrency);
    }
}
