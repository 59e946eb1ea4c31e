using System.Diagnostics;

namespace RoyaltyLedger.Domain.Money;

/// <summary>
/// Splits an integer amount among parties by weights with the largest-remainder method, so the
/// parts always add up to exactly the whole. Ties in the remainder go to the party whose id sorts
/// first (ordinal), which makes the result independent of input order.
/// </summary>
public static class Allocation
{
    /// <summary>Returns one part per share, in the order given.</summary>
    public static long[] LargestRemainder(long total, IReadOnlyList<Share> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (shares.Count == 0)
        {
            throw new ArgumentException("at least one share is needed to allocate an amount", nameof(shares));
        }

        Int128 weightSum = 0;
        foreach (var share in shares)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(share.Weight, nameof(shares));
            weightSum += share.Weight;
        }

        if (weightSum == 0)
        {
            throw new ArgumentException("the shares' weights sum to zero", nameof(shares));
        }

        var parts = new long[shares.Count];
        Span<Int128> remainders = shares.Count <= 64 ? stackalloc Int128[shares.Count] : new Int128[shares.Count];
        long allocated = 0;
        for (var i = 0; i < shares.Count; i++)
        {
            var exact = (Int128)total * shares[i].Weight;
            parts[i] = (long)(exact / weightSum);
            remainders[i] = exact % weightSum;
            allocated += parts[i];
        }

        var leftover = total - allocated;
        Debug.Assert(leftover >= 0 && leftover < shares.Count, "largest remainder leaves less than one unit per party");
        for (; leftover > 0; leftover--)
        {
            var best = NextLargestRemainder(remainders, shares);
            parts[best]++;
            // Remainders are never negative, so -1 takes this party out of the running.
            remainders[best] = -1;
        }

        if (parts.Sum() != total)
        {
            throw new UnreachableException($"allocation of {total} produced parts summing to {parts.Sum()}");
        }

        return parts;
    }

    private static int NextLargestRemainder(ReadOnlySpan<Int128> remainders, IReadOnlyList<Share> shares)
    {
        var best = 0;
        for (var i = 1; i < remainders.Length; i++)
        {
            if (remainders[i] > remainders[best]
                || (remainders[i] == remainders[best] && string.CompareOrdinal(shares[i].PartyId, shares[best].PartyId) < 0))
            {
                best = i;
            }
        }

        return best;
    }
}
