using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Domain.Statements;
using RoyaltyLedger.Grains.Abstractions.Projection;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Grpc;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Removals;

namespace RoyaltyLedger.Server.Reports;

/// <summary>
/// Reads a creator's statement for gRPC and for the statement page alike, so both show the same figures: the creator
/// grain's lines and totals, and the requests to remove the creator's works with how each stands.
/// </summary>
internal sealed class StatementReader(IGrainFactory grains, IRemovalStore removals, IJournalStore journal)
{
    /// <summary>The longest a statement read waits for the projection to catch up; below the 30 s grain call timeout.</summary>
    public static readonly TimeSpan MaxProjectionWait = TimeSpan.FromSeconds(10);

    /// <summary>The statement for the months asked for, or null when the creator is not registered.</summary>
    public async Task<CreatorStatement?> ReadAsync(string creatorId, PeriodRange periods, bool waitForProjection)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var projector = grains.GetGrain<IUsageProjectorGrain>(IUsageProjectorGrain.Key);
        if (waitForProjection)
        {
            await projector.ProjectUntilIdle(MaxProjectionWait);
        }

        var pending = await projector.Lag();
        var statement = await grains.GetGrain<ICreatorGrain>(creatorId).GetStatementFor(periods.From, periods.To);
        if (statement.DisplayName is null)
        {
            return null;
        }

        var wire = statement.ToWire();
        wire.PendingBatches = (ulong)pending;
        wire.PeriodFrom = periods.From;
        wire.PeriodTo = periods.To;
        foreach (var a in await journal.GetPartyAccountsAsync(creatorId, CancellationToken.None))
        {
            wire.Accounts.Add(new StatementAccount
            {
                Currency = a.Currency, AccruedNanos = Int128Wire.Format(a.AccruedNanos), AdjustmentsNanos = Int128Wire.Format(a.AdjustmentsNanos),
                CommissionNanos = Int128Wire.Format(a.CommissionNanos), PaidNanos = Int128Wire.Format(a.PaidNanos),
                PaidMinor = Int128Wire.Format(a.PaidMinor), OwedNanos = Int128Wire.Format(a.OwedNanos), ClaimsNanos = Int128Wire.Format(a.ClaimsNanos),
            });
        }

        var page = await removals.ListRemovalsAsync(RemovalScope.Creator(creatorId), "", 0, RemovalLimits.MaxPerStatement, CancellationToken.None);
        wire.Removals.AddRange(page.Removals.Select(r => r.ToWire()));
        wire.MoreRemovals = page.NextAfterEntryNo != 0;
        return wire;
    }
}
