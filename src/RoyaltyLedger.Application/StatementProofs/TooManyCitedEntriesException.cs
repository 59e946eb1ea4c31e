namespace RoyaltyLedger.Application.StatementProofs;

/// <summary>A statement with proofs would cite more than <see cref="StatementProofLimits.MaxCitedEntries"/> journal entries.</summary>
public sealed class TooManyCitedEntriesException : Exception
{
    public TooManyCitedEntriesException()
    {
    }

    public TooManyCitedEntriesException(string message)
        : base(message)
    {
    }

    public TooManyCitedEntriesException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
