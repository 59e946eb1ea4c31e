namespace RoyaltyLedger.Application.UsageLog;

/// <summary>The log's write queue stayed full for longer than the caller may wait: the client should retry later.</summary>
public sealed class LedgerBusyException(string message, TimeSpan retryAfter) : Exception(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
