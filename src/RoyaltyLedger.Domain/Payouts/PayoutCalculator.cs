using System.Diagnostics;
using RoyaltyLedger.Domain.Money;

namespace RoyaltyLedger.Domain.Payouts;

/// <summary>
/// Computes a payout cycle from members' balances: commission is floor(gross × bps / 10,000) nanos, the net is paid
/// in whole minor units (rounded down), and what is left of a minor unit stays owed. Nothing is lost or invented:
/// for every member, paid + commission + carried = gross. Members are processed in ordinal id order, so the result
/// does not depend on the order balances were read in.
/// </summary>
public static class PayoutCalculator
{
    public static (IReadOnlyList<PayoutLine> Lines, PayoutSummary Summary) Compute(PayoutPolicy policy, IEnumerable<MemberBalance> balances)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(balances);
        ArgumentOutOfRangeException.ThrowIfNegative(policy.CommissionBasisPoints);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(policy.CommissionBasisPoints, Scales.BasisPointsWhole);
        ArgumentOutOfRangeException.ThrowIfNegative(policy.MinimumPayoutMinor);
        var nanosPerMinor = MinorUnits.NanosPerMinor(policy.Currency);
        var lines = balances.Where(b => b.OwedNanos > 0).OrderBy(b => b.PartyId, StringComparer.Ordinal)
            .Select(b => Line(policy, nanosPerMinor, b)).ToList();
        var summary = Summarize(policy.Currency, lines);
        if (summary.PaidNanos + summary.CommissionNanos + summary.CarriedNanos + summary.HeldNanos != summary.PayableNanos)
        {
            throw new UnreachableException($"payout of {policy.SocietyId} in {policy.Currency} does not reconcile: {summary}");
        }

        return (lines, summary);
    }

    /// <summary>A cycle's totals from its lines.</summary>
    public static PayoutSummary Summarize(string currency, IReadOnlyList<PayoutLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return new PayoutSummary(
            currency,
            checked(lines.Sum(l => l.GrossNanos)),
            checked(lines.Sum(l => l.PaidNanos)),
            checked(lines.Sum(l => l.PaidMinor)),
            checked(lines.Sum(l => l.CommissionNanos)),
            checked(lines.Where(l => !l.Held).Sum(l => l.CarriedNanos)),
            checked(lines.Where(l => l.Held).Sum(l => l.CarriedNanos)),
            lines.Count(l => !l.Held),
            lines.Count(l => l.Held));
    }

    private static PayoutLine Line(PayoutPolicy policy, long nanosPerMinor, MemberBalance balance)
    {
        var gross = balance.OwedNanos;
        var commission = (long)((Int128)gross * policy.CommissionBasisPoints / Scales.BasisPointsWhole);
        var net = gross - commission;
        var paidMinor = net / nanosPerMinor;
        if (paidMinor < Math.Max(1, policy.MinimumPayoutMinor))
        {
            return new PayoutLine(balance.PartyId, policy.Currency, gross, 0, 0, 0, gross, Held: true);
        }

        var paid = paidMinor * nanosPerMinor;
        return new PayoutLine(balance.PartyId, policy.Currency, gross, commission, paidMinor, paid, net - paid, Held: false);
    }
}
