using Google.Protobuf;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Client;

/// <summary>
/// Fills one batch up to a number of events and a message size. The size is counted as the events are added, from
/// protobuf's own size rules, so a batch is cut before its message would pass the server's limit. The cut depends
/// only on the events, so the same input always makes the same batches.
/// </summary>
internal sealed class BatchBuilder(int maxEvents, int maxBytes)
{
    /// <summary>
    /// Room for what wraps the events: the request's tag and length (at most 1 + 4 bytes under 4 MiB) and the
    /// batch_seq field (at most 1 + 10 bytes).
    /// </summary>
    internal const int EnvelopeBytes = 16;

    private readonly List<UsageEvent> _events = new(Math.Min(maxEvents, 1_024));
    private readonly List<object?> _states = new(Math.Min(maxEvents, 1_024));
    private long _eventBytes;

    public int Count => _events.Count;

    public bool IsFull => _events.Count >= maxEvents;

    /// <summary>The bytes an event adds to its batch: the field's tag, its length and the event itself.</summary>
    public static int SizeOf(UsageEvent usageEvent)
    {
        var size = usageEvent.CalculateSize();
        return 1 + CodedOutputStream.ComputeLengthSize(size) + size;
    }

    /// <summary>Whether an event of this size could travel at all, in a batch of its own.</summary>
    public bool FitsAlone(int eventBytes) => EnvelopeBytes + eventBytes <= maxBytes;

    public bool Fits(int eventBytes) => _events.Count < maxEvents && EnvelopeBytes + _eventBytes + eventBytes <= maxBytes;

    public void Add(UsageEvent usageEvent, object? state, int eventBytes)
    {
        _events.Add(usageEvent);
        _states.Add(state);
        _eventBytes += eventBytes;
    }

    /// <summary>Takes the events as batch <paramref name="seq"/> and starts an empty one.</summary>
    public OutgoingBatch Seal(ulong seq, bool heldBeforeOpen)
    {
        var batch = new UsageBatch { BatchSeq = seq };
        batch.Events.AddRange(_events);
        var states = _states.ToArray();
        _events.Clear();
        _states.Clear();
        _eventBytes = 0;
        return new OutgoingBatch(batch, states, heldBeforeOpen);
    }
}
