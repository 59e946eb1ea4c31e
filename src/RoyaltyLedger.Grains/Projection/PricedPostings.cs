using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Posts a priced use to the book: a licensed use is owed by its operator to the work's creators, each for their
/// part; an unlicensed or refused use is a claim against the operator that the creators hold until it is settled,
/// after which it is owed like a licensed use.
/// Unpriced parts (attribution only, no unlicensed tariff) post nothing; the use is still counted and credited in
/// the usage totals.
/// </summary>
internal static class PricedPostings
{
    public static void Post(PostingBook book, LoggedUse use, string workId, PricedUse priced)
    {
        ArgumentNullException.ThrowIfNull(use);
        ArgumentNullException.ThrowIfNull(priced);
        var parts = priced.Parts.Where(p => p.AmountNanos != 0).ToList();
        if (parts.Count == 0)
        {
            return;
        }

        if (priced.Status == EventStatus.Licensed || priced.Settled)
        {
            UsePostings.Licensed(book, use.OperatorId, workId, parts);
        }
        else
        {
            UsePostings.Claim(book, use.OperatorId, workId, parts);
        }
    }
}
