using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Domain.Statements;
using RoyaltyLedger.Grains.Abstractions.Projection;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Grpc;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Removals;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Removals;

namespace RoyaltyLedger.Server.Reports;

/// <summary>
/// Reads a creator's statement for gRPC and for the statement page alike, so both show the same figures: the creator
/// grain's lines and totals, and the requests to remove the creator's works with how each stands.
/// </summary>
internal sealed partial class StatementReader(IGrainFactory grains, IRemovalStore removals, IJournalStore journal, IUsageProjectionStore projection, IConfiguration configuration, ILogger<StatementReader> logger)
{
    /// <summary>The longest a statement read waits for the projection to catch up by default; below the 30 s grain call timeout.</summary>
    public static readonly TimeSpan MaxProjectionWait = TimeSpan.FromSeconds(10);

    /// <summary>The most the wait may be configured to (Statements:MaxProjectionWait), well below the grain call timeout.</summary>
    public static readonly TimeSpan MostProjectionWait = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How much longer than the wait a read gives the projector to answer: a round it is in finishes first (rounds are
    /// bounded), but the read does not wait on it past this.
    /// </summary>
    public static readonly TimeSpan AnswerGrace = TimeSpan.FromSeconds(2);

    private readonly TimeSpan _wait = ProjectionWait(configuration);

    /// <summary>The statement for the months asked for, or null when the creator is not registered.</summary>
    public async Task<CreatorStatement?> ReadAsync(string creatorId, PeriodRange periods, bool waitForProjection)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var projector = grains.GetGrain<IUsageProjectorGrain>(IUsageProjectorGrain.Key);
        if (waitForProjection)
        {
            await WaitForProjectionAsync(projector, creatorId);
        }

        // Counted from the store, not asked of the projector: a projector still activating or deep in a round cannot hold the read up.
        var pending = await projection.CountPendingAsync(CancellationToken.None);
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

    /// <summary>
    /// Waits for the projection at most the configured time (and <see cref="AnswerGrace"/>), then reads what is
    /// projected, whatever the projector is doing: busy with a long round, held up by storage, or failing. The
    /// statement's pending_batches says how much it does not yet include. Before, a busy or failing projector turned
    /// every waiting read into "Exception was thrown by handler".
    /// </summary>
    private async Task WaitForProjectionAsync(IUsageProjectorGrain projector, string creatorId)
    {
        try
        {
            if (!await projector.ProjectUntilIdle(_wait).WaitAsync(_wait + AnswerGrace))
            {
                LogNotCaughtUp(logger, creatorId, _wait);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogWaitFailed(logger, exception, creatorId, _wait);
        }
    }

    private static TimeSpan ProjectionWait(IConfiguration configuration)
    {
        var wait = configuration.GetValue("Statements:MaxProjectionWait", MaxProjectionWait);
        return wait > TimeSpan.Zero && wait <= MostProjectionWait
            ? wait
            : throw new InvalidOperationException($"Statements:MaxProjectionWait is {wait}, expected more than 0 and at most {MostProjectionWait}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Statement of {CreatorId}: projection did not catch up within {Wait}; reading what is projected")]
    private static partial void LogNotCaughtUp(ILogger logger, string creatorId, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Statement of {CreatorId}: waiting for projection failed or took longer than {Wait}; reading what is projected")]
    private static partial void LogWaitFailed(ILogger logger, Exception exception, string creatorId, TimeSpan wait);
}
