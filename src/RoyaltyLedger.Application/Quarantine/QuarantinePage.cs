namespace RoyaltyLedger.Application.Quarantine;

/// <summary>A page of quarantined uses in log order, whether another page follows, and how many uses are quarantined in all.</summary>
public sealed record QuarantinePage(IReadOnlyList<QuarantinedUse> Uses, bool More, long Total);
