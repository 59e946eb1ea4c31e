namespace RoyaltyLedger.Domain.Licensing;

/// <summary>No licence covers the use; <see cref="Reason"/> names what failed and the values involved.</summary>
public sealed record Unlicensed(string Reason) : LicenceDecision;
