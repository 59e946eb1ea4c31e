using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Which failures during projection are the environment's (retried with backoff, never blamed on a use): storage's
/// transient failures (<see cref="IStorageFaults"/>), cancellation, and a cluster that cannot reach a grain for now.
/// Anything else met while rating or posting one use is that use's, and quarantines it.
/// </summary>
public sealed class ProjectionFailures(IStorageFaults storage)
{
    public bool IsTransient(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (storage.IsTransient(exception))
        {
            return true;
        }

        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is OperationCanceledException or SiloUnavailableException or OrleansMessageRejectionException or GatewayTooBusyException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The use's fault: neither transient nor a cancellation.</summary>
    public bool IsUses(Exception exception) => !IsTransient(exception);
}
