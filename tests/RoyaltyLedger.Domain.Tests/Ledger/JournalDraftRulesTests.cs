using CsCheck;
using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Domain.Tests.Ledger;

public class JournalDraftRulesTests
{
    private const string Seed = "0N0XIzNsQ0O2";

    private static readonly string[] Currencies = ["EUR", "USD", "GBP"];

    private static JournalEntryDraft Draft(params PostingLine[] lines) => new(EntryKinds.Usage, "log 1-2", lines);

    private static PostingLine Line(string account, long amountNanos, string currency = "EUR", string workId = "w-1") =>
        new(account, workId, currency, amountNanos);

    [Fact]
    public void Problem_BalancedPerCurrency_IsNull()
    {
        var draft = Draft(Line("operator:o", 300), Line("party:a", -200), Line("party:b", -100), Line("operator:o", 5, "USD"), Line("party:a", -5, "USD"));

        Assert.Null(JournalDraftRules.Problem(draft));
    }

    [Fact]
    public void Problem_OneCurrencyUnbalanced_NamesItAndTheSum()
    {
        var draft = Draft(Line("operator:o", 300), Line("party:a", -300), Line("operator:o", 5, "USD"), Line("party:a", -4, "USD"));

        Assert.Equal("USD lines sum to 1 nanos, not 0 (debits and credits differ)", JournalDraftRules.Problem(draft));
    }

    [Fact]
    public void Problem_MaxLinesPerEntry_IsAcceptedAndOneMoreIsNot()
    {
        var atLimit = Enumerable.Range(0, JournalLimits.MaxLinesPerEntry).Select(i => Line($"party:p{i % 7}", i % 2 == 0 ? 3 : -3)).ToArray();
        PostingLine[] overLimit = [.. atLimit, Line("party:p0", 0)];

        Assert.Equal(100_000, atLimit.Length);
        Assert.Null(JournalDraftRules.Problem(Draft(atLimit)));
        Assert.Equal("it has 100,001 lines, more than the 100,000 an entry may hold", JournalDraftRules.Problem(Draft(overLimit)));
    }

    [Theory]
    [InlineData("", "kind '' must be 1 to 32 lower-case letters, digits or -")]
    [InlineData("Usage", "kind 'Usage' must be 1 to 32 lower-case letters, digits or -")]
    [InlineData("a-very-long-kind-of-entry-over-32c", "kind 'a-very-long-kind-of-entry-over-32c' must be 1 to 32 lower-case letters, digits or -")]
    public void Problem_BadKind_NamesIt(string kind, string expected)
    {
        Assert.Equal(expected, JournalDraftRules.Problem(Draft(Line("a:x", 1), Line("b:y", -1)) with { Kind = kind }));
    }

    [Fact]
    public void Problem_BadReference_NamesIt()
    {
        var balanced = Draft(Line("a:x", 1), Line("b:y", -1));

        Assert.Equal("the reference is 8,193 characters, more than 8,192", JournalDraftRules.Problem(balanced with { Reference = new string('r', JournalLimits.MaxReferenceLength + 1) }));
        Assert.Null(JournalDraftRules.Problem(balanced with { Reference = new string('r', JournalLimits.MaxReferenceLength) }));
        Assert.Equal("the reference 'log?1' holds a control character or an unpaired surrogate", JournalDraftRules.Problem(balanced with { Reference = "log\n1" }));
        Assert.Equal("the reference 'log \uD800' holds a control character or an unpaired surrogate", JournalDraftRules.Problem(balanced with { Reference = "log \uD800" }));
        Assert.Null(JournalDraftRules.Problem(balanced with { Reference = "Übersicht 🎵" }));
    }

    [Fact]
    public void Problem_BadLine_NamesTheLineAndTheValue()
    {
        Assert.Equal("it has no lines; a usage entry moves money and posts at least one", JournalDraftRules.Problem(Draft()));
        Assert.Equal("line 1: account 'party: a' must be 1 to 80 printable ASCII characters without spaces",
            JournalDraftRules.Problem(Draft(Line("a:x", 1), Line("party: a", -1))));
        Assert.Equal("line 0: account '' must be 1 to 80 printable ASCII characters without spaces", JournalDraftRules.Problem(Draft(Line("", 0))));
        Assert.Equal("line 0: currency 'eur' is not an ISO 4217 code of three capital letters", JournalDraftRules.Problem(Draft(Line("a:x", 0, "eur"))));
        Assert.Equal("line 0: work id 'w 1' is neither empty nor a valid id", JournalDraftRules.Problem(Draft(Line("a:x", 0, workId: "w 1"))));
        Assert.Null(JournalDraftRules.Problem(Draft(Line("a:x", 0, workId: ""))));
        Assert.Null(JournalDraftRules.Problem(Draft(Line("claimed:" + new string('p', 64), 0))));
    }

    [Theory]
    [InlineData(EntryKinds.RemovalRequest)]
    [InlineData(EntryKinds.RemovalAttestation)]
    [InlineData(EntryKinds.RemovalWithdrawal)]
    public void Problem_RecordKindWithNoLines_IsNull(string kind)
    {
        Assert.Null(JournalDraftRules.Problem(new JournalEntryDraft(kind, "{\"request\":\"r-1\"}", [])));
    }

    [Fact]
    public void Problem_RecordKindWithLines_NamesTheKindAndTheCount()
    {
        var draft = Draft(Line("operator:o", 1), Line("party:a", -1)) with { Kind = EntryKinds.RemovalRequest };

        Assert.Equal("it has 2 lines; a removal-request entry records a fact and moves no money, so it holds none", JournalDraftRules.Problem(draft));
    }

    [Theory]
    [InlineData(EntryKinds.Usage)]
    [InlineData(EntryKinds.Adjustment)]
    [InlineData("payout")]
    public void Problem_MoneyKindWithNoLines_NamesTheKind(string kind)
    {
        Assert.Equal($"it has no lines; a {kind} entry moves money and posts at least one", JournalDraftRules.Problem(Draft() with { Kind = kind }));
    }

    [Fact]
    public void IsRecord_EveryKind_OnlyTheRemovalKinds()
    {
        string[] kinds = [EntryKinds.Usage, EntryKinds.Adjustment, "payout", EntryKinds.RemovalRequest, EntryKinds.RemovalAttestation, EntryKinds.RemovalWithdrawal];

        Assert.Equal([false, false, false, true, true, true], kinds.Select(EntryKinds.IsRecord));
        Assert.Equal([true, true, false, false, false, false], kinds.Select(EntryKinds.IsRating));
    }

    [Fact]
    public void Problem_AnyBalancedDraft_IsNullAndOneAmountChangedNamesItsCurrency()
    {
        var genLine = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 2], Gen.Long[-1_000_000_000_000, 1_000_000_000_000],
            (account, currency, amount) => (Account: $"party:p{account}", Currency: Currencies[currency], Amount: amount));
        Gen.Select(genLine.Array[1, 40], Gen.Long[1, 1_000]).Sample((raw, nudge) =>
        {
            // Balance each currency by one offsetting operator line.
            var lines = raw.Select(r => new PostingLine(r.Account, "w-1", r.Currency, r.Amount)).ToList();
            lines.AddRange(raw.GroupBy(r => r.Currency).Select(g => new PostingLine("operator:o", "w-1", g.Key, -g.Sum(r => r.Amount))));
            Assert.Null(JournalDraftRules.Problem(Draft([.. lines])));

            lines[0] = lines[0] with { AmountNanos = lines[0].AmountNanos + nudge };
            Assert.Equal($"{lines[0].Currency} lines sum to {nudge} nanos, not 0 (debits and credits differ)", JournalDraftRules.Problem(Draft([.. lines])));
        }, seed: Seed, iter: 500);
    }
}
