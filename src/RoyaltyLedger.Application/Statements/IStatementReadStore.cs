namespace RoyaltyLedger.Application.Statements;

/// <summary>
/// Reads what a creator's statement shows straight from the projection's tables, without any grain: the creator's
/// lines (with their works' titles), name and money, in one consistent snapshot that also says how far the projection
/// has got. Reads never take a write lock, so that they stay fast while ingest and the projector write.
/// </summary>
public interface IStatementReadStore
{
    /// <summary>The creator's statement as projected, for the months asked for ("" is open); null name: not registered.</summary>
    Task<StatementSnapshot> ReadStatementAsync(string creatorId, string periodFrom, string periodTo, CancellationToken cancellationToken);

    /// <summary>How far the projection has got, for a read that waits for it to catch up.</summary>
    Task<ProjectionProgress> ReadProgressAsync(CancellationToken cancellationToken);
}
