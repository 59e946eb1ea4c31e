using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Rating;

/// <summary>
/// Prices one use of one work:
/// amount = units × price_micros / per_units × weight_ppm / 10^6, in nanos (10^-9 currency units).
/// The product is formed in Int128 and divided once, truncating less than one nano per event. At the limits
/// (units 10^11, price 10^9 micros, weight 10^6 ppm) the numerator is at most 10^11 × 10^9 × 10^6 × 10^3 = 10^29 and the
/// amount at most 10^23 nanos (per_units 1); docs/money.md has the whole bound.
/// </summary>
public static class UsageRater
{
    public static Int128 AmountNanos(long units, Tariff tariff, int weightPpm)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        ArgumentOutOfRangeException.ThrowIfNegative(weightPpm);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weightPpm, Scales.PartsPerMillionWhole);

        var numerator = checked((Int128)units * tariff.PriceMicros * weightPpm * Scales.NanosPerMicro);
        var denominator = (Int128)tariff.PerUnits * Scales.PartsPerMillionWhole;
        return numerator / denominator;
    }

    /// <summary>
    /// Prices a revenue share: revenue_micros × share_bps / 10^4 × weight_ppm / 10^6, in nanos, formed in Int128
    /// and divided once.
    /// </summary>
    public static Int128 RevenueShareNanos(long revenueMicros, int shareBasisPoints, int weightPpm)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(revenueMicros);
        ArgumentOutOfRangeException.ThrowIfNegative(shareBasisPoints);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(shareBasisPoints, Scales.BasisPointsWhole);
        ArgumentOutOfRangeException.ThrowIfNegative(weightPpm);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(weightPpm, Scales.PartsPerMillionWhole);

        var numerator = checked((Int128)revenueMicros * shareBasisPoints * weightPpm * Scales.NanosPerMicro);
        var denominator = (Int128)Scales.BasisPointsWhole * Scales.PartsPerMillionWhole;
        return numerator / denominator;
    }

    /// <summary>Splits a work's amount among its contributors by their basis points; the parts sum to the amount.</summary>
    public static Int128[] SplitNanos(Int128 amountNanos, IReadOnlyList<Contributor> contributors)
    {
        ArgumentNullException.ThrowIfNull(contributors);
        var shares = new Share[contributors.Count];
        for (var i = 0; i < shares.Length; i++)
        {
            shares[i] = new Share(contributors[i].CreatorId, contributors[i].ShareBasisPoints);
        }

        return Allocation.LargestRemainder(amountNanos, shares);
    }
}
