using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Client;

/// <summary>A sealed batch with the callers' states of its events, kept until the ledger acknowledges it.</summary>
internal sealed class OutgoingBatch(UsageBatch batch, object?[] states, bool heldBeforeOpen)
{
    public UsageBatch Batch { get; } = batch;

    public ulong Seq => Batch.BatchSeq;

    public int EventCount => Batch.Events.Count;

    /// <summary>The caller's state of each event, by index; null entries for events written without one.</summary>
    public IReadOnlyList<object?> States { get; } = states;

    /// <summary>Replay's check batch: the ledger held it before the writer opened, so its ack is the stored one.</summary>
    public bool HeldBeforeOpen { get; } = heldBeforeOpen;

    /// <summary>Whether it went out at least once, so that resends are not counted as sent again.</summary>
    public bool Sent { get; set; }
}
