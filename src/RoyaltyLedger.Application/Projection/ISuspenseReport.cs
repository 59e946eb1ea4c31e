
namespace RoyaltyLedger.Application.Projection;

/// <summary>The society's view of suspense: unidentified uses grouped by what the operator reported, largest first.</summary>
public interface ISuspenseReport
{
    /// <summary>The most groups one report lists.</summary>
    const int MaxSuspenseGroups = 1_000;

    /// <summary>At most <paramref name="limit"/> groups, by descending event count, then name (ordinal).</summary>
    Task<IReadOnlyList<SuspenseGroup>> ListSuspenseAsync(int limit, CancellationToken cancellationToken);
}
