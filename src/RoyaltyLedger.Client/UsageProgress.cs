namespace RoyaltyLedger.Client;

/// <summary>
/// A <see cref="UsageStreamWriter"/>'s running totals since it opened, in events. Every acknowledged event is exactly
/// one of accepted, duplicate or rejected; events of batches the ledger held before the writer opened (see
/// <see cref="BatchNumbering.Replay"/>) are counted only as held.
/// </summary>
/// <param name="Written">Events passed to <see cref="UsageStreamWriter.WriteAsync"/>.</param>
/// <param name="Sent">Events in new batches sent at least once (not Replay's check of a held batch).</param>
/// <param name="Accepted">Events the ledger counted now.</param>
/// <param name="Duplicates">Events whose event_id the ledger had already counted.</param>
/// <param name="Rejected">Events the ledger refused (see <see cref="UsageStreamWriter.Rejected"/>).</param>
/// <param name="Held">Events of batches the ledger held before this writer opened, not counted again.</param>
/// <param name="LastAckedBatchSeq">The number of the last batch acknowledged or found held; 0 before any.</param>
/// <param name="Reconnects">How often the writer reopened the stream after a failure.</param>
public readonly record struct UsageProgress(
    long Written,
    long Sent,
    long Accepted,
    long Duplicates,
    long Rejected,
    long Held,
    ulong LastAckedBatchSeq,
    int Reconnects)
{
    /// <summary>Events whose outcome the ledger has given: accepted, duplicate or rejected.</summary>
    public long Acked => Accepted + Duplicates + Rejected;
}
