namespace RoyaltyLedger.Domain.Licensing;

/// <summary>A contributor in force has explicitly refused the use. This beats any licence, a catalogue licence included.</summary>
public sealed record Refused(string CreatorId, string Reason) : LicenceDecision;
