namespace RoyaltyLedger.Domain.Ledger;

/// <summary>Checks double entry: per currency, an entry's lines sum to zero.</summary>
public static class JournalBalance
{
    /// <summary>Null when the lines balance; otherwise a sentence naming the first currency that does not and by how much.</summary>
    public static string? Imbalance(IEnumerable<PostingLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var sums = new SortedDictionary<string, Int128>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            sums[line.Currency] = sums.GetValueOrDefault(line.Currency) + line.AmountNanos;
        }

        foreach (var (currency, sum) in sums)
        {
            if (sum != 0)
            {
                return $"{currency} lines sum to {sum} nanos, not 0 (debits and credits differ)";
            }
        }

        return null;
    }
}
