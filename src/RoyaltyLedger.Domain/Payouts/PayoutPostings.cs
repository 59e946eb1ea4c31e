using System.Text.Json;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Domain.Payouts;

/// <summary>
/// What a committed payout cycle writes to the journal: one entry of kind <see cref="EntryKind"/> whose lines, per paid
/// member, debit the member's party account with what it was paid plus the commission charged, and credit the
/// society's payouts and commission accounts with each. Held members post nothing; a cycle that pays nobody writes no
/// entry. Also how a party account's sum reads as what the member is owed, and the cycle's Merkle root.
/// </summary>
public static class PayoutPostings
{
    /// <summary>The journal entry kind of a cycle's payments; the member balances count such entries after the cut-off too.</summary>
    public const string EntryKind = "payout";

    /// <summary>The account a society's payments are credited to.</summary>
    public static string PayoutsAccount(string societyId) => "payouts:" + societyId;

    /// <summary>The account a society's commission is credited to.</summary>
    public static string CommissionAccount(string societyId) => "commission:" + societyId;

    /// <summary>A party account is credited (negative) with what the party is owed, so what it is owed is the sum negated.</summary>
    public static MemberBalance Owed(string partyId, Int128 partyAccountSumNanos) => new(partyId, -partyAccountSumNanos);

    /// <summary>
    /// The cycle's payout entry, or null when no line is paid (all held, or none). Its reference is compact JSON of the
    /// cycle, the society, the cut-off entry and the cycle's Merkle root (<see cref="MerkleRoot"/>, hex):
    /// {"cycle":…,"society":…,"cutoff_entry_no":…,"merkle_root":…}. The entry's hash covers its reference, so the
    /// transparency log's leaf for this entry commits to every payout line's proof (docs/transparency-log.md). Payout
    /// entries written before issue 16 carry no merkle_root and still hash as they were written.
    /// </summary>
    public static JournalEntryDraft? Entry(string cycleId, string societyId, string currency, long cutoffEntryNo, IReadOnlyList<PayoutLine> lines)
    {
        ArgumentNullException.ThrowIfNull(cycleId);
        ArgumentNullException.ThrowIfNull(societyId);
        ArgumentNullException.ThrowIfNull(lines);
        var book = new PostingBook();
        foreach (var line in lines.Where(l => !l.Held))
        {
            book.Post(Accounts.Party(line.PartyId), "", currency, line.PaidNanos + line.CommissionNanos);
            book.Post(PayoutsAccount(societyId), "", currency, -line.PaidNanos);
            book.Post(CommissionAccount(societyId), "", currency, -line.CommissionNanos);
        }

        if (book.Count == 0)
        {
            return null;
        }

        var reference = JsonSerializer.Serialize(new
        {
            cycle = cycleId,
            society = societyId,
            cutoff_entry_no = cutoffEntryNo,
            merkle_root = Convert.ToHexStringLower(MerkleRoot(cycleId, lines)),
        });
        return new JournalEntryDraft(EntryKind, reference, book.Lines());
    }

    /// <summary>The root of the cycle's Merkle tree: one leaf per line (<see cref="PayoutLeaf"/>), in the lines' order.</summary>
    public static byte[] MerkleRoot(string cycleId, IReadOnlyList<PayoutLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return MerkleTree.Root([.. lines.Select(l => PayoutLeaf.Hash(cycleId, l))]);
    }
}
