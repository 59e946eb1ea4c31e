using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Which failures during projection are the environment's (retried with backoff, never blamed on a use): storage's
/// transient failures (<see cref="StorageFaults"/>), cancellation, and a cluster that cannot reach a grain for now.
/// Anything else met while rating or posting one use is that use's, and quarantines it.
/// </summary>
internal static class ProjectionFailures
{
    public static bool IsTransient(Exception exception)
    {
        if (StorageFaults.IsTransient(exception))
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
    public static bool IsUses(Exception exception) => !IsTransient(exception);
}
