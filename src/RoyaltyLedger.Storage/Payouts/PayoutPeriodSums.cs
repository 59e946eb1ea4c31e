using System.Data.Common;
using System.Globalization;
using RoyaltyLedger.Domain.Payouts;
using RoyaltyLedger.Storage.Amounts;
using RoyaltyLedger.Storage.Database;

namespace RoyaltyLedger.Storage.Payouts;

/// <summary>
/// Reads what a cycle of a period pays (docs/payouts.md): the months the society's earlier cycles in the currency
/// closed, the cut of the latest of them, and each member's line sums per month of use, split at that cut; then
/// <see cref="PeriodEligibility"/> decides which count and how they break down.
/// </summary>
internal static class PayoutPeriodSums
{
    public static async Task<(IReadOnlyList<MemberBalance> Balances, IReadOnlyList<PayoutPart> Parts)> ReadAsync(
        DbConnection connection, DbTransaction transaction, string societyId, string currency, PayoutPeriod period, CancellationToken cancellationToken)
    {
        var closed = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = LedgerDatabase.Command(connection, transaction, PayoutSql.ClosedPeriods, ("s", societyId), ("c", currency)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                closed.UnionWith(new PayoutPeriod(reader.GetString(0), reader.GetString(1)).Months());
            }
        }

        long lastCut;
        await using (var command = LedgerDatabase.Command(connection, transaction, PayoutSql.LastCut, ("s", societyId), ("c", currency)))
        {
            lastCut = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        var sums = new List<PeriodSum>();
        await using (var command = LedgerDatabase.Command(connection, transaction, PayoutSql.MemberPeriodSums, ("k", lastCut), ("c", currency), ("s", societyId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                sums.Add(new PeriodSum(reader.GetString(0), reader.GetString(1), Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture) == 1,
                    reader.GetInt128(3)));
            }
        }

        return PeriodEligibility.Apply(period, closed, sums);
    }
}
