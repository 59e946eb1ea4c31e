namespace RoyaltyLedger.Application.UsageLog;

/// <summary>
/// The producer stream's stored position is not the one the writer expected: another activation
/// wrote first. Nothing was stored; the writer must re-read the position.
/// </summary>
public sealed class StreamPositionConflictException : Exception
{
    public StreamPositionConflictException()
    {
    }

    public StreamPositionConflictException(string message)
        : base(message)
    {
    }

    public StreamPositionConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
