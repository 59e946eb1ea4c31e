namespace RoyaltyLedger.Client;

/// <summary>
/// The ledger's copy of a producer stream does not match what this writer sent: another producer writes to the same
/// stream, or a replayed input differs from the one first sent. Retrying cannot help; the message names the stream,
/// the batch and both counts.
/// </summary>
public sealed class UsageStreamConflictException : Exception
{
    /// <summary>Creates the exception with a default message.</summary>
    public UsageStreamConflictException()
        : base("the ledger's producer stream does not match what this writer sent")
    {
    }

    /// <summary>Creates the exception with a message naming the stream, the batch and the counts.</summary>
    public UsageStreamConflictException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that revealed the conflict.</summary>
    public UsageStreamConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
