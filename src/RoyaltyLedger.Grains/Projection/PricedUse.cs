using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// A rated and priced use: its status (licensed, unlicensed, refused), why it is not licensed (empty when it is),
/// and each creator's part, once per creator. A licensed use's parts share the licence's currency; an unlicensed or
/// refused use's parts carry each creator's society's currency. A creator whose part is unpriced (attribution only,
/// or no unlicensed tariff) has currency '' and amount 0: the use is still credited to them. A claim the operator
/// settled (<see cref="Settled"/>) is paid like a licensed use.
/// </summary>
internal sealed record PricedUse(string Status, string Reason, IReadOnlyList<PartAmount> Parts)
{
    public bool Settled { get; init; }

    private static readonly IReadOnlyList<(string Currency, long AmountNanos)> Unpriced = [("", 0L)];

    /// <summary>The work's amount per currency, ordinal order; one ('', 0) entry when nothing is priced.</summary>
    public IReadOnlyList<(string Currency, long AmountNanos)> Totals()
    {
        // Nearly every use is priced in one currency (or not at all): summed without grouping, as this runs per use.
        var currency = Parts.Count == 0 ? "" : Parts[0].Currency;
        long sum = 0;
        var single = true;
        foreach (var part in Parts)
        {
            single &= part.Currency == currency;
            sum += part.AmountNanos;
        }

        if (single)
        {
            return currency.Length == 0 ? Unpriced : [(currency, sum)];
        }

        var totals = Parts.Where(p => p.Currency.Length > 0)
            .GroupBy(p => p.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(p => p.AmountNanos)))
            .ToList();
        return totals.Count == 0 ? [("", 0L)] : totals;
    }
}
