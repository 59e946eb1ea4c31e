using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Domain.Payouts;

/// <summary>
/// Which of a member's lines a cycle pays (docs/payouts.md). A cycle of period P pays, cumulatively, every line of a
/// month in P, every line of a month an earlier cycle of the same society and currency closed (<c>closed</c>), and
/// every line without a month (payouts, which debit what was paid, and history from before periods). Months after P,
/// and earlier months no cycle covered, wait for their own cycle. Because every payout debits the party account and
/// every month once paid stays counted, the sum is what the member is owed for those months now, and no money is paid
/// twice. The breakdown names what is new: each month of P (<see cref="PayoutPart.PeriodKind"/>), and each closed
/// month's lines recorded since the society's last cycle (<see cref="PayoutPart.LateKind"/>).
/// </summary>
public static class PeriodEligibility
{
    public static (IReadOnlyList<MemberBalance> Balances, IReadOnlyList<PayoutPart> Parts) Apply(
        PayoutPeriod period, IReadOnlySet<string> closed, IEnumerable<PeriodSum> sums)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(closed);
        ArgumentNullException.ThrowIfNull(sums);
        var owed = new SortedDictionary<string, Int128>(StringComparer.Ordinal);
        var parts = new Dictionary<(string Party, string Period, string Kind), Int128>();
        foreach (var sum in sums)
        {
            var isClosed = sum.Period.Length > 0 && closed.Contains(sum.Period);
            var inPeriod = !isClosed && sum.Period.Length > 0 && period.Contains(sum.Period);
            if (sum.Period.Length > 0 && !isClosed && !inPeriod)
            {
                continue;
            }

            var nanos = -sum.AccountSumNanos;
            owed[sum.PartyId] = LedgerAmounts.Add(owed.GetValueOrDefault(sum.PartyId), nanos, $"{sum.PartyId}'s payable");
            if (inPeriod || (isClosed && sum.SinceLastCycle))
            {
                var key = (sum.PartyId, sum.Period, inPeriod ? PayoutPart.PeriodKind : PayoutPart.LateKind);
                parts[key] = LedgerAmounts.Add(parts.GetValueOrDefault(key), nanos, $"{sum.PartyId}'s {key.Item3} part of {sum.Period}");
            }
        }

        var balances = owed.Select(o => new MemberBalance(o.Key, o.Value)).ToList();
        var paid = balances.Where(b => b.OwedNanos > 0).Select(b => b.PartyId).ToHashSet(StringComparer.Ordinal);
        // Ordinal order (party, month, kind), so the stored breakdown does not depend on the order sums were read in.
        return (balances, [.. parts.Where(p => p.Value != 0 && paid.Contains(p.Key.Party))
            .Select(p => new PayoutPart(p.Key.Party, p.Key.Period, p.Key.Kind, p.Value))
            .OrderBy(p => p.PartyId, StringComparer.Ordinal).ThenBy(p => p.Period, StringComparer.Ordinal).ThenBy(p => p.Kind, StringComparer.Ordinal)]);
    }
}
