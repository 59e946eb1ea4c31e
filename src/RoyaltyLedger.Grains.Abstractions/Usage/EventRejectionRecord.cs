using RoyaltyLedger.Domain.Usage;

namespace RoyaltyLedger.Grains.Abstractions.Usage;

[GenerateSerializer, Immutable, Alias("rl.EventRejectionRecord.v1")]
public sealed record EventRejectionRecord(
    [property: Id(0)] int Index,
    [property: Id(1)] RejectionReason Reason,
    [property: Id(2)] string Field,
    [property: Id(3)] string Message);
