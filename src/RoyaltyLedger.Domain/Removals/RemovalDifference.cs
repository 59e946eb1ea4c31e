namespace RoyaltyLedger.Domain.Removals;

/// <summary>The first field in which a repeated removal step's content differs from what was stored, with both values as shown.</summary>
public sealed record RemovalDifference(string Field, string Stored, string Given);
