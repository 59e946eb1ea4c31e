namespace RoyaltyLedger.Storage.Projection;

/// <summary>What to add to one <c>usage_totals</c> row; negative when events leave it (suspense matched to a work).</summary>
public sealed record TotalsDelta(TotalsKey Key, long EventCount, long Units, long AmountNanos);
