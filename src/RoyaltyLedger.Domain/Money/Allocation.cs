using System.Diagnostics;

namespace RoyaltyLedger.Domain.Money;

/// <summary>
/// Splits an integer amount among parties by weights with the largest-remainder method, so the
/// parts always add up to exactly the whole. Ties in the remainder go to the party whose id sorts
/// first (ordinal), which makes the result independent of input order.
/// </summary>
public static class Allocation
{
    /// <summary>
    /// Returns one part per share, in the order given. The products total × weight are formed checked in Int128: at the
    /// ingest limits they stay below 10^27 (an amount of at most 10^23 nanos times at most 10^4 basis points).
    /// </summary>
    public static Int128[] LargestRemainder(Int128 total, IReadOnlyList<Share> shares)
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

        var parts = new Int128[shares.Count];
        Span<Int128> remainders = shares.Count <= 64 ? stackalloc Int128[shares.Count] : new Int128[shares.Count];
        Int128 allocated = 0;
        for (var i = 0; i < shares.Count; i++)
        {
            var exact = checked(total * shares[i].Weight);
            parts[i] = exact / weightSum;
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

        if (Sum(parts) != total)
        {
            throw new UnreachableException($"allocation of {total} produced parts summing to {Sum(parts)}");
        }

        return parts;
    }

    /// <summary>The sum of <paramref name="values"/>, checked.</summary>
    public static Int128 Sum(ReadOnlySpan<Int128> values)
    {
        Int128 sum = 0;
        foreach (var value in values)
        {
            sum = checked(sum + value);
        }

        return sum;
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
