namespace RoyaltyLedger.Application.Removals;

/// <summary>The removal requests in a caller's scope, optionally of one status, a page at a time in journal order.</summary>
public sealed class ListRemovals(IRemovalStore removals)
{
    public Task<RemovalPage> ExecuteAsync(RemovalScope scope, string status, long afterEntryNo, int limit, CancellationToken cancellationToken) =>
        removals.ListRemovalsAsync(scope, status, afterEntryNo, limit, cancellationToken);
}
