namespace RoyaltyLedger.Domain.Money;

/// <summary>
/// A balance, total or journal sum would leave ±(10^38 − 1) nanos, the range every amount column stores
/// (PostgreSQL numeric(38,0)); thrown instead of wrapping or truncating. It names what overflowed, so that a
/// projection can quarantine the one use that caused it and move on.
/// </summary>
public sealed class LedgerAmountOverflowException : OverflowException
{
    public LedgerAmountOverflowException()
    {
    }

    public LedgerAmountOverflowException(string message)
        : base(message)
    {
    }

    public LedgerAmountOverflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
