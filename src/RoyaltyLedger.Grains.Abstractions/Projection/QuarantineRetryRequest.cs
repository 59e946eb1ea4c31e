namespace RoyaltyLedger.Grains.Abstractions.Projection;

/// <summary>
/// Which quarantined uses to project again: the one at (<see cref="LogSeq"/>, <see cref="EventIndex"/>), or, with
/// <see cref="All"/>, the oldest ones after that log position (0, 0 and earlier: from the first), at most
/// <see cref="IUsageProjectorGrain.MaxRetriedPerCall"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("rl.QuarantineRetryRequest.v1")]
public sealed record QuarantineRetryRequest(
    [property: Id(0)] bool All,
    [property: Id(1)] long LogSeq,
    [property: Id(2)] int EventIndex);
