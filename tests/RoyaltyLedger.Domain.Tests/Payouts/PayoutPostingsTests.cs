using CsCheck;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Payouts;

namespace RoyaltyLedger.Domain.Tests.Payouts;

public class PayoutPostingsTests
{
    private static readonly PayoutPolicy Eur = new("soc", "EUR", 1_500, 100);

    private static PayoutLine Paid(string party, Int128 paidNanos, Int128 commissionNanos) =>
        new(party, "EUR", paidNanos + commissionNanos, commissionNanos, paidNanos / 10_000_000, paidNanos, 0, Held: false);

    private static PayoutLine Held(string party, Int128 grossNanos) => new(party, "EUR", grossNanos, 0, 0, 0, grossNanos, Held: true);

    [Fact]
    public void Entry_OnePaidMember_DebitsItsPartyAccountAndCreditsPayoutsAndCommission()
    {
        // The calculator's worked member: 12.345678901 EUR owed, 1.851851835 commission, 10.49 paid, the rest carried.
        var (lines, _) = PayoutCalculator.Compute(Eur, [new MemberBalance("ana", 12_345_678_901)]);

        var draft = PayoutPostings.Entry("c-1", "soc", "EUR", 7, lines)!;

        Assert.Equal(PayoutPostings.EntryKind, draft.Kind);
        Assert.Equal($$"""{"cycle":"c-1","society":"soc","cutoff_entry_no":7,"merkle_root":"{{Convert.ToHexStringLower(PayoutPostings.MerkleRoot("c-1", lines))}}"}""", draft.Reference);
        Assert.Equal(
            [
                new PostingLine("commission:soc", "", "EUR", -1_851_851_835),
                new PostingLine("party:ana", "", "EUR", 12_341_851_835),
                new PostingLine("payouts:soc", "", "EUR", -10_490_000_000),
            ],
            draft.Lines);
        Assert.Null(JournalDraftRules.Problem(draft));
    }

    [Fact]
    public void Entry_TwoPaidMembers_PostsOneLineEachAndSumsTheSocietyAccounts()
    {
        var draft = PayoutPostings.Entry("c-2", "soc", "EUR", 3, [Paid("ana", 8_000_000_000, 1_000_000_000), Paid("ben", 2_000_000_000, 500_000_000)])!;

        Assert.Equal(
            [
                new PostingLine("commission:soc", "", "EUR", -1_500_000_000),
                new PostingLine("party:ana", "", "EUR", 9_000_000_000),
                new PostingLine("party:ben", "", "EUR", 2_500_000_000),
                new PostingLine("payouts:soc", "", "EUR", -10_000_000_000),
            ],
            draft.Lines);
    }

    [Fact]
    public void Entry_HeldMemberBesideAPaidOne_PostsOnlyThePaidOne()
    {
        var draft = PayoutPostings.Entry("c-3", "soc", "EUR", 3, [Held("ana", 900_000_000), Paid("ben", 2_000_000_000, 500_000_000)])!;

        Assert.DoesNotContain(draft.Lines, l => l.Account == "party:ana");
        Assert.Equal(3, draft.Lines.Count);
    }

    [Fact]
    public void Entry_NoCommission_PostsNoCommissionLine()
    {
        var draft = PayoutPostings.Entry("c-4", "soc", "EUR", 3, [Paid("ana", 2_000_000_000, 0)])!;

        Assert.Equal([new PostingLine("party:ana", "", "EUR", 2_000_000_000), new PostingLine("payouts:soc", "", "EUR", -2_000_000_000)], draft.Lines);
    }

    [Fact]
    public void Entry_OnlyHeldMembers_WritesNoEntry()
    {
        Assert.Null(PayoutPostings.Entry("c-5", "soc", "EUR", 3, [Held("ana", 900_000_000), Held("ben", 1)]));
    }

    [Fact]
    public void Entry_NoLines_WritesNoEntry()
    {
        Assert.Null(PayoutPostings.Entry("c-6", "soc", "EUR", 0, []));
    }

    [Fact]
    public void Entry_AnyBalances_BalancesAndDebitsEachPaidMemberItsGrossLessCarried()
    {
        var gen = Gen.Long[0, 1_000_000_000_000].Array[1, 20];
        gen.Sample(owed =>
        {
            var (lines, _) = PayoutCalculator.Compute(Eur, owed.Select((o, i) => new MemberBalance($"p{i:D2}", o)));
            var draft = PayoutPostings.Entry("c", "soc", "EUR", 1, lines);
            if (draft is null)
            {
                return lines.All(l => l.Held || l.GrossNanos == 0);
            }

            var debits = lines.Where(l => !l.Held).ToDictionary(l => Accounts.Party(l.PartyId), l => l.GrossNanos - l.CarriedNanos);
            return JournalDraftRules.Problem(draft) is null
                && draft.Lines.Where(l => l.Account.StartsWith("party:", StringComparison.Ordinal)).All(l => debits[l.Account] == l.AmountNanos);
        }, seed: "0N0XIzNsQ0O2", iter: 500);
    }

    [Fact]
    public void Owed_PartyAccountCredited_IsOwedTheNegatedSum()
    {
        Assert.Equal(new MemberBalance("ana", 5_000), PayoutPostings.Owed("ana", -5_000));
        Assert.Equal(new MemberBalance("ben", 0), PayoutPostings.Owed("ben", 0));
    }

    [Fact]
    public void MerkleRoot_Lines_IsTheTreeOfTheirLeavesInOrder()
    {
        PayoutLine[] lines = [Paid("ana", 1_000_000_000, 0), Held("ben", 5)];

        var root = PayoutPostings.MerkleRoot("c-7", lines);

        Assert.Equal(MerkleTree.Root([PayoutLeaf.Hash("c-7", lines[0]), PayoutLeaf.Hash("c-7", lines[1])]), root);
        Assert.NotEqual(root, PayoutPostings.MerkleRoot("c-7", [lines[1], lines[0]]));
    }
}
