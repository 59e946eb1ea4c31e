using RoyaltyLedger.Domain;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// Posts a priced use to the book: a licensed use is owed by its operator to the work's creators, each for their
/// part; an unlicensed or refused use is a claim against the operator that the creators hold until it is settled,
/// after which it is owed like a licensed use.
/// Unpriced parts (attribution only, no unlicensed tariff) post nothing; the use is still counted and credited in
/// the usage totals. Every line carries the use's month of use, so that payouts pay by time of use (docs/payouts.md), and
/// the use's operator, model, use kind, status and unit kind, the keys of the statement line it adds to, so that each
/// statement line's amount is the sum of the journal lines with its keys (docs/statement-proofs.md).
/// </summary>
internal static class PricedPostings
{
    public static void Post(PostingBook book, AccountNames accounts, LoggedUse use, string workId, string period, PricedUse priced)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(use);
        ArgumentNullException.ThrowIfNull(priced);
        // A zero part posts no line (the book drops zero amounts), so the parts go as they are.
        var parts = priced.Parts;
        if (!HasAmount(parts))
        {
            return;
        }

        var keys = new LineUse(use.OperatorId, use.ModelId, (int)use.Use, UseStatusNames.Of(priced.Status), use.UnitKind);
        if (priced.Status == UseStatus.Licensed || priced.Settled)
        {
            UsePostings.Post(book, accounts.Operator(use.OperatorId), accounts.Party, workId, period, keys, parts);
        }
        else
        {
            UsePostings.Post(book, accounts.Claims(use.OperatorId), accounts.Claimed, workId, period, keys, parts);
        }
    }

    private static bool HasAmount(IReadOnlyList<PartAmount> parts)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].AmountNanos != 0)
            {
                return true;
            }
        }

        return false;
    }
}
