namespace RoyaltyLedger.Domain.Licensing;

/// <summary>A consent record for one operator, kept apart from the cells since few creators decide per operator.</summary>
internal readonly record struct OperatorConsent(int Cell, string OperatorId, int Rank, ConsentState State);
