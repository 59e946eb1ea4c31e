namespace RoyaltyLedger.Domain.Removals;

/// <summary>What a repeated withdrawal must match: the note and who withdrew, in what role.</summary>
public sealed record RemovalWithdrawalTerms(string Note, string WithdrawnBy, string WithdrawnByRole);
