using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Posts a priced use to the book: a licensed use is owed by its operator to the work's creators, each for their
/// part. A use priced at nothing (attribution only, or unlicensed without a tariff) posts no lines; it is still
/// counted and credited in the usage totals.
/// </summary>
internal static class PricedPostings
{
    public static void Post(PostingBook book, LoggedUse use, string workId, PricedUse priced)
    {
        ArgumentNullException.ThrowIfNull(use);
        ArgumentNullException.ThrowIfNull(priced);
        if (priced.AmountNanos == 0)
        {
            return;
        }

        var parts = priced.Credits.Select(c => new PartAmount(c.CreatorId, priced.Currency, c.AmountNanos)).ToList();
        if (priced.Status == EventStatus.Licensed)
        {
            UsePostings.Licensed(book, use.OperatorId, workId, parts);
        }
        else
        {
            UsePostings.Claim(book, use.OperatorId, workId, parts);
        }
    }
}
