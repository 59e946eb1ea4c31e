namespace RoyaltyLedger.Application.Projection;

/// <summary>
/// Moves events out of suspense in one transaction: marks each matched, and applies the totals (the
/// "unidentified" rows lose them, the work's rows gain them).
/// </summary>
public sealed record MatchCommit(IReadOnlyList<SuspenseMatch> Matches, long MatchedAtUnixMs, IReadOnlyList<TotalsDelta> Totals);
