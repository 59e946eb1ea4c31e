using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Statements;
using RoyaltyLedger.Server.Grpc;
using RoyaltyLedger.Application.Statements;

namespace RoyaltyLedger.Server.Reports;

/// <summary>
/// Reads a creator's statement for gRPC and for the statement page alike, so both show the same figures: the
/// projection's lines and totals with how far behind the usage log they are, the creator's accounts, and the requests
/// to remove the creator's works with how each stands, and the next payout of each of the creator's societies. The reading is <see cref="StatementQuery"/>'s; this maps it to the wire.
/// </summary>
internal sealed class StatementReader(StatementQuery query, NextPayoutQuery nextPayouts)
{
    /// <summary>The statement for the months asked for, after waiting at most <paramref name="wait"/> for the projection; null when the creator is not registered.</summary>
    public async Task<CreatorStatement?> ReadAsync(string creatorId, PeriodRange periods, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (await query.ReadAsync(creatorId, periods, wait, cancellationToken) is not { } result)
        {
            return null;
        }

        var wire = result.View.ToWire();
        wire.PendingBatches = (ulong)result.Lag.PendingBatches;
        wire.AsOfLogPosition = (ulong)result.Lag.AsOfLogPosition;
        wire.WorksPendingRerate = (ulong)result.Lag.WorksPendingRerate;
        wire.PeriodFrom = periods.From;
        wire.PeriodTo = periods.To;
        foreach (var a in result.Accounts)
        {
            wire.Accounts.Add(new StatementAccount
            {
                Currency = a.Currency, AccruedNanos = Int128Wire.Format(a.AccruedNanos), AdjustmentsNanos = Int128Wire.Format(a.AdjustmentsNanos),
                CommissionNanos = Int128Wire.Format(a.CommissionNanos), PaidNanos = Int128Wire.Format(a.PaidNanos),
                PaidMinor = Int128Wire.Format(a.PaidMinor), OwedNanos = Int128Wire.Format(a.OwedNanos), ClaimsNanos = Int128Wire.Format(a.ClaimsNanos),
            });
        }

        wire.Removals.AddRange(result.Removals.Removals.Select(r => r.ToWire()));
        wire.MoreRemovals = result.Removals.NextAfterEntryNo != 0;
        foreach (var next in await nextPayouts.ReadAsync(creatorId, cancellationToken))
        {
            wire.NextPayouts.Add(new NextPayout
            {
                SocietyId = next.SocietyId, SocietyName = next.SocietyName, Frequency = next.Schedule.Frequency,
                PeriodFrom = next.Expected.FirstMonth, PeriodTo = next.Expected.LastMonth,
                ExpectedOn = next.Expected.ExpectedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                MinimumPayoutMinor = next.Schedule.MinimumPayoutMinor,
            });
        }

        return wire;
    }
}
