namespace RoyaltyLedger.Application.BankPayments;

/// <summary>
/// A cycle's pain.001 file and what it holds: the number of transfers, their sum in minor units, and the paid parties
/// left out because no bank account is held for them (only when the caller asked to skip them).
/// </summary>
public sealed record PaymentFile(byte[] Xml, string MessageId, int Transfers, Int128 TotalMinor, IReadOnlyList<string> SkippedPartyIds);
