namespace RoyaltyLedger.Application.Outcomes;

/// <summary>A limit on concurrent work was reached and nothing was stored; try again after <see cref="RetryAfter"/> (RESOURCE_EXHAUSTED).</summary>
public sealed class BusyException(string message, TimeSpan retryAfter) : UseCaseException(message)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
