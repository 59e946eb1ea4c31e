namespace RoyaltyLedger.Domain.Registry;

/// <summary>One creator's part in a work, in basis points of the work's earnings.</summary>
public sealed record Contributor(string CreatorId, string Role, int ShareBasisPoints);
