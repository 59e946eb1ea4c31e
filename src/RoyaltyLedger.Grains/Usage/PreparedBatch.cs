using RoyaltyLedger.Grains.Abstractions.Usage;

namespace RoyaltyLedger.Grains.Usage;

/// <summary>A batch after validation and rating: what to store, what was refused, and repeats within the batch.</summary>
internal sealed record PreparedBatch(
    IReadOnlyList<PreparedEvent> Accepted,
    IReadOnlyList<EventRejectionRecord> Rejections,
    IReadOnlyList<int> RepeatedInBatch);
