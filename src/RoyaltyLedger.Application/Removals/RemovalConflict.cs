namespace RoyaltyLedger.Application.Removals;

/// <summary>The first field in which a repeated id's content differs from what was stored, with both values.</summary>
public sealed record RemovalConflict(string Field, string Stored, string Given);
