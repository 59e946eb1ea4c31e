namespace RoyaltyLedger.Domain.Payouts.Transfers;

/// <summary>One payment of a payment file: what a paid party receives, in whole minor units of the file's currency.</summary>
public sealed record CreditTransfer(string PartyId, BankAccount Creditor, Int128 AmountMinor);
