namespace RoyaltyLedger.Application.Journal;

/// <summary>A sum of journal lines for one account in one currency, in nanos: positive is a net debit.</summary>
public sealed record AccountBalance(string Account, string Currency, Int128 AmountNanos);
