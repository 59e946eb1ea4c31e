using System.Collections.Immutable;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Domain.Statements;
using RoyaltyLedger.Grains.Abstractions.Statements;
using RoyaltyLedger.Application.Removals;

namespace RoyaltyLedger.Application.Statements;

/// <summary>
/// A creator's statement, read from the projection alone: one snapshot of the creator's lines, titles, name, money and
/// lag, then the removal requests. It calls no grain, so concurrent readers never queue behind the projector; a reader
/// that asks to wait polls the store (<see cref="ProjectionWait"/>) and never drives the projector either.
/// </summary>
public sealed class StatementQuery(IStatementReadStore store, IRemovalStore removals, ProjectionWait projection)
{
    /// <summary>The statement for the months asked for, after waiting at most <paramref name="wait"/>; null when the creator is not registered.</summary>
    public async Task<StatementResult?> ReadAsync(string creatorId, PeriodRange periods, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (wait > TimeSpan.Zero)
        {
            await projection.UntilCaughtUpAsync(creatorId, wait, cancellationToken);
        }

        var snapshot = await store.ReadStatementAsync(creatorId, periods.From, periods.To, cancellationToken);
        if (snapshot.DisplayName is null)
        {
            return null;
        }

        var lines = snapshot.Rows.Select(t => StatementLines.FromRow(t.Row, t.WorkTitle)).Order(StatementLines.Ordering).ToImmutableArray();
        var page = await removals.ListRemovalsAsync(RemovalScope.Creator(creatorId), "", 0, RemovalLimits.MaxPerStatement, cancellationToken);
        return new StatementResult(new CreatorStatementView(creatorId, snapshot.DisplayName, lines), snapshot.Lag, snapshot.Accounts, page);
    }
}
