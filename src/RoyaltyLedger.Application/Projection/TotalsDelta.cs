namespace RoyaltyLedger.Application.Projection;

/// <summary>
/// What to add to one <c>usage_totals</c> row; negative when events leave it (suspense matched to a work). The row's
/// first and last use times widen to <see cref="FirstAtUnixMs"/> and <see cref="LastAtUnixMs"/>; a delta that only
/// removes events carries <see cref="long.MaxValue"/> and <see cref="long.MinValue"/>, which widen nothing.
/// </summary>
public sealed record TotalsDelta(TotalsKey Key, long EventCount, Int128 Units, Int128 AmountNanos, long FirstAtUnixMs, long LastAtUnixMs);
