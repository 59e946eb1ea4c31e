using System.Diagnostics;

namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// How a rated use moves money, as balanced lines: the payer's account is debited with the sum of the parties'
/// parts, per currency, and each party's account is credited with its part. A licensed use is owed by the
/// operator to the parties; an unlicensed or refused one is a claim against the operator that the parties hold
/// until it is settled.
/// </summary>
public static class UsePostings
{
    public static void Licensed(PostingBook book, string operatorId, string workId, IReadOnlyList<PartAmount> parts) =>
        Post(book, Accounts.Operator(operatorId), Accounts.Party, workId, parts);

    public static void Claim(PostingBook book, string operatorId, string workId, IReadOnlyList<PartAmount> parts) =>
        Post(book, Accounts.Claims(operatorId), Accounts.Claimed, workId, parts);

    /// <summary>
    /// Posts the parts from <paramref name="payer"/>'s account to each party's account as <paramref name="party"/> names
    /// it: <see cref="Licensed"/> and <see cref="Claim"/> with account names the caller already holds.
    /// </summary>
    public static void Post(PostingBook book, string payer, Func<string, string> party, string workId, IReadOnlyList<PartAmount> parts)
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentException.ThrowIfNullOrEmpty(payer);
        ArgumentNullException.ThrowIfNull(party);
        ArgumentNullException.ThrowIfNull(parts);
        foreach (var part in parts)
        {
            if (part.AmountNanos < 0)
            {
                throw new UnreachableException($"{part.PartyId}'s part of a use of work {workId} is {part.AmountNanos} nanos {part.Currency}");
            }

            book.Post(party(part.PartyId), workId, part.Currency, -part.AmountNanos);
            book.Post(payer, workId, part.Currency, part.AmountNanos);
        }
    }
}
