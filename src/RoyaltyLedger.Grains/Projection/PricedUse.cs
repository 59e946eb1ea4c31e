using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// A rated and priced use: its status (licensed, unlicensed, refused), why it is not licensed (empty when it is),
/// and each creator's part, once per creator. A licensed use's parts share the licence's currency; an unlicensed or
/// refused use's parts carry each creator's society's currency. A creator whose part is unpriced (attribution only,
/// or no unlicensed tariff) has currency '' and amount 0: the use is still credited to them. A claim the operator
/// settled (<see cref="Settled"/>) is paid like a licensed use.
/// </summary>
internal sealed record PricedUse(UseStatus Status, string Reason, IReadOnlyList<PartAmount> Parts)
{
    public bool Settled { get; init; }

    /// <summary>
    /// The work's amount when its parts share one currency, as nearly every use's do (or none: ('', 0) when nothing is
    /// priced); null when they are in several. Summed without allocating, as this runs per use.
    /// </summary>
    public (string Currency, Int128 AmountNanos)? SingleCurrencyTotal()
    {
        var currency = Parts.Count == 0 ? "" : Parts[0].Currency;
        Int128 sum = 0;
        for (var i = 0; i < Parts.Count; i++)
        {
            if (Parts[i].Currency != currency)
            {
                return null;
            }

            sum += Parts[i].AmountNanos;
        }

        return (currency, currency.Length == 0 ? 0 : sum);
    }

    /// <summary>The work's amount per currency, ordinal order; one ('', 0) entry when nothing is priced.</summary>
    public IReadOnlyList<(string Currency, Int128 AmountNanos)> Totals()
    {
        if (SingleCurrencyTotal() is { } single)
        {
            return [single];
        }

        var totals = Parts.Where(p => p.Currency.Length > 0)
            .GroupBy(p => p.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, Int128Sums.Sum(g, p => p.AmountNanos)))
            .ToList();
        return totals.Count == 0 ? [("", Int128.Zero)] : totals;
    }
}
