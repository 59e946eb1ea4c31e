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
            Sum(lines, l => l.GrossNanos, "the cycle's payable"),
            Sum(lines, l => l.PaidNanos, "the cycle's paid"),
            Sum(lines, l => l.PaidMinor, "the cycle's paid minor units"),
            Sum(lines, l => l.CommissionNanos, "the cycle's commission"),
            Sum(lines, l => l.Held ? 0 : l.CarriedNanos, "the cycle's carried"),
            Sum(lines, l => l.Held ? l.CarriedNanos : 0, "the cycle's held"),
            lines.Count(l => !l.Held),
            lines.Count(l => l.Held));
    }

    private static Int128 Sum(IReadOnlyList<PayoutLine> lines, Func<PayoutLine, Int128> amount, string what)
    {
        Int128 sum = 0;
        foreach (var line in lines)
        {
            sum = LedgerAmounts.Add(sum, amount(line), what);
        }

        return sum;
    }

    /// <summary>
    /// One member's line. A gross of up to 10^38 − 1 times up to 10^4 bps could reach 10^42, past Int128's 1.7 × 10^38,
    /// so the commission is computed as floor(gross / 10^4) × bps + floor((gross mod 10^4) × bps / 10^4), the same floor
    /// exactly, with every intermediate below 10^38.
    /// </summary>
    private static PayoutLine Line(PayoutPolicy policy, long nanosPerMinor, MemberBalance balance)
    {
        var gross = LedgerAmounts.Check(balance.OwedNanos, $"{balance.PartyId}'s balance in {policy.Currency}");
        var commission = Commission(gross, policy.CommissionBasisPoints);
        var net = gross - commission;
        var paidMinor = net / nanosPerMinor;
        if (paidMinor < Math.Max(1, policy.MinimumPayoutMinor))
        {
            return new PayoutLine(balance.PartyId, policy.Currency, gross, 0, 0, 0, gross, Held: true);
        }

        var paid = paidMinor * nanosPerMinor;
        return new PayoutLine(balance.PartyId, policy.Currency, gross, commission, paidMinor, paid, net - paid, Held: false);
    }

    private static Int128 Commission(Int128 gross, int basisPoints)
    {
        var whole = gross / Scales.BasisPointsWhole;
        var rest = gross % Scales.BasisPointsWhole;
        return (whole * basisPoints) + (rest * basisPoints / Scales.BasisPointsWhole);
    }
}
