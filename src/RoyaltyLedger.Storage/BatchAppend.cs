namespace RoyaltyLedger.Storage;

/// <summary>
/// One batch to store. <see cref="BuildAck"/> receives, per event, whether it was newly stored
/// (false: a duplicate id) and returns the acknowledgement bytes stored with the batch.
/// </summary>
public sealed record BatchAppend(
    string OperatorId,
    string StreamName,
    long BatchSeq,
    IReadOnlyList<StoredEvent> Events,
    Func<IReadOnlyList<bool>, byte[]> BuildAck);
