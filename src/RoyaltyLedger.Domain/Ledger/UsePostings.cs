using System.Diagnostics;

namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// How a rated use moves money, as balanced lines: the payer's account is debited with the sum of the parties'
/// parts, per currency, and each party's account is credited with its part. A licensed use is owed by the
/// operator to the parties (<see cref="Accounts.Operator"/> to <see cref="Accounts.Party"/>); an unlicensed or
/// refused one is a claim against the operator that the parties hold until it is settled (<see cref="Accounts.Claims"/>
/// to <see cref="Accounts.Claimed"/>).
/// </summary>
public static class UsePostings
{
    /// <summary>
    /// Posts the parts from <paramref name="payer"/>'s account to each party's account as <paramref name="party"/> names
    /// it. The caller names the accounts, so that a round posting many uses can name each account once.
    /// </summary>
    public static void Post(PostingBook book, string payer, Func<string, string> party, string workId, IReadOnlyList<PartAmount> parts) =>
        Post(book, payer, party, workId, "", LineUse.None, parts);

    /// <summary>As above, on the lines of the uses' month of use (<see cref="PostingLine.Period"/>, "yyyy-MM").</summary>
    public static void Post(PostingBook book, string payer, Func<string, string> party, string workId, string period, IReadOnlyList<PartAmount> parts) =>
        Post(book, payer, party, workId, period, LineUse.None, parts);

    /// <summary>
    /// As above, on the lines of the uses' month and of the uses they price (<see cref="PostingLine.Use"/>), so that a
    /// statement line's amount is the sum of the journal lines with its keys.
    /// </summary>
    public static void Post(PostingBook book, string payer, Func<string, string> party, string workId, string period, LineUse use, IReadOnlyList<PartAmount> parts)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentException.ThrowIfNullOrEmpty(payer);
        ArgumentNullException.ThrowIfNull(party);
        ArgumentNullException.ThrowIfNull(parts);
        foreach (var part in parts)
        {
            // A zero part posts nothing: no zero lines, whatever its currency. An unpriced part (no tariff, or a share
            // too small to reach a nano) carries currency '', which no line may hold (bug 2 of issue 11).
            if (part.AmountNanos == 0)
            {
                continue;
            }

            if (part.AmountNanos < 0)
            {
                throw new UnreachableException($"{part.PartyId}'s part of a use of work {workId} is {part.AmountNanos} nanos {part.Currency}");
            }

            book.Post(party(part.PartyId), workId, part.Currency, -part.AmountNanos, period, use);
            book.Post(payer, workId, part.Currency, part.AmountNanos, period, use);
        }
    }
}
