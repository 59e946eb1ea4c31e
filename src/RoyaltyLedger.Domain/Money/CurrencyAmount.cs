namespace RoyaltyLedger.Domain.Money;

/// <summary>An amount in nanos (10^-9) of one currency.</summary>
public readonly record struct CurrencyAmount(string Currency, Int128 AmountNanos);
