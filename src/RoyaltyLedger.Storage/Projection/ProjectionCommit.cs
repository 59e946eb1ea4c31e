namespace RoyaltyLedger.Storage.Projection;

/// <summary>One projection round's writes: the log rows it consumed, the totals to add and the events put in suspense.</summary>
public sealed record ProjectionCommit(
    IReadOnlyList<long> LogSeqs,
    IReadOnlyList<TotalsDelta> Totals,
    IReadOnlyList<UnidentifiedUse> Unidentified);
