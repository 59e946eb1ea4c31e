namespace RoyaltyLedger.Grains.Abstractions.Usage;

/// <summary>
/// The answer to an append: the batch's ack; or no ack when the batch number skips ahead of the stream, whose held
/// position is <see cref="LastBatchSeq"/>; or no ack and <see cref="Busy"/> when the ledger's write queue stayed full
/// and nothing was stored (an answer, not an exception, so that it crosses silos with its retry delay intact).
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.AppendResult.v1")]
public sealed record AppendResult([property: Id(0)] BatchAckRecord? Ack, [property: Id(1)] long LastBatchSeq)
{
    [Id(2)]
    public TurnedAway? Busy { get; init; }

    /// <summary>True when the ack is the one stored for an earlier send of this batch number: nothing was counted now.</summary>
    [Id(3)]
    public bool Replayed { get; init; }

    /// <summary>
    /// Set, with no ack, when the log holds this batch number with other content: why, naming the stream and the batch.
    /// The batch was not stored and must not be acked.
    /// </summary>
    [Id(4)]
    public string? ContentConflict { get; init; }
}

/// <summary>Why a batch was not stored and when to try again.</summary>
[GenerateSerializer, Immutable, Alias("rl.TurnedAway.v1")]
public sealed record TurnedAway([property: Id(0)] string Message, [property: Id(1)] TimeSpan RetryAfter);
