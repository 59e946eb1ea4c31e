namespace RoyaltyLedger.Domain.Payouts.Transfers;

/// <summary>A payment batch a pain.001 file cannot carry (no payment, an amount past the format's digits); the message names it.</summary>
public sealed class PaymentFileException(string message) : Exception(message);
