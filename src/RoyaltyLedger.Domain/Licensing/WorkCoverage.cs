namespace RoyaltyLedger.Domain.Licensing;

/// <summary>
/// Whether one licence covers one work at an instant: <see cref="Covered"/> when every use the licence lists is
/// authorised by every contributor in force then, which is exactly when <see cref="Gaps"/> is empty. Gaps that stop
/// every use come first, then consent gaps by use and by creator id in ordinal order; there are at most one per
/// (use, contributor) and one more for the licensor.
/// </summary>
public sealed record WorkCoverage(string WorkId, string LicenceId, bool Covered, IReadOnlyList<CoverageGap> Gaps);
