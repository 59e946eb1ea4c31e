using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Prices rated uses and adds each to the usage totals and the postings of one projection round or re-rating pass.
/// What many uses share is worked out once here: a rating's contributors and tariff (<see cref="UsagePricer"/>), the
/// accounts posted to (<see cref="AccountNames"/>) and the months counted in (<see cref="TotalsBuilder"/>).
/// </summary>
internal sealed class PricedRound
{
    private readonly UsagePricer _pricer = new();
    private readonly AccountNames _accounts = new();

    public TotalsBuilder Totals { get; } = new();

    public PostingBook Book { get; } = new();

    /// <summary>Adds one use and returns its status.</summary>
    /// <param name="settledThroughUnixMs">When the operator settled its claims on the work through some time, uses up to then are paid.</param>
    public UseStatus Add(LoggedUse use, string workId, UseRating rating, long? settledThroughUnixMs)
    {
        var priced = _pricer.Price(use, workId, rating, settledThroughUnixMs);
        Totals.AddPriced(use, workId, priced);
        PricedPostings.Post(Book, _accounts, use, workId, Totals.PeriodOf(use.OccurredAt), priced);
        return priced.Status;
    }
}
