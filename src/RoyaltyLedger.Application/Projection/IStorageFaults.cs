namespace RoyaltyLedger.Application.Projection;

/// <summary>
/// Tells the storage's failures of the environment (an outage, a full disk, a serialization failure) apart from the
/// others, for callers that must not depend on a database driver: the projector retries the first with backoff and
/// blames only the others on a use (its quarantine). Storage implements it over its drivers' exceptions.
/// </summary>
public interface IStorageFaults
{
    /// <summary>True when the exception, or one it wraps, is a storage failure a later attempt may not meet.</summary>
    bool IsTransient(Exception exception);
}
