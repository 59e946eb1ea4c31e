namespace RoyaltyLedger.Application.Quarantine;

/// <summary>How many uses are quarantined, and the oldest of them by log position (null when none is).</summary>
public sealed record QuarantineSummary(long Count, QuarantinedUse? Oldest)
{
    public static readonly QuarantineSummary Empty = new(0, null);
}
