using RoyaltyLedger.Domain.Money;
using CsCheck;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Rating;
using RoyaltyLedger.Domain.Registry;

namespace RoyaltyLedger.Domain.Tests.Ledger;

/// <summary>
/// Conservation of money over random works, splits, tariffs and event streams: every use is rated, split and posted
/// as the projector does it, the uses are grouped into entries at random (per-batch aggregation), and the books must
/// balance to the nano.
/// </summary>
public class PostingProperties
{
    private sealed record Use(string OperatorId, int Work, long Units, int WeightPpm, long? RevenueMicros);

    private sealed record Scenario(List<Contributor>[] Works, Tariff[] Tariffs, int[] ShareBps, Use[] Uses, int EntrySize);

    private static readonly string[] Currencies = ["EUR", "USD"];

    private static readonly Gen<List<Contributor>> GenSplit =
        Gen.Int[1, 5].SelectMany(n => Gen.Int[1, 10_000].Array[n]).Select(weights =>
        {
            // Scale arbitrary weights to basis points summing to exactly 10,000 (the last takes the rest).
            var total = weights.Sum();
            var bps = weights.Select(w => (int)((long)w * 10_000 / total)).ToArray();
            bps[^1] += 10_000 - bps.Sum();
            return bps.Select((b, i) => new Contributor($"creator-{i * 7 % 11}", "author", b))
                .Where(c => c.ShareBasisPoints > 0).GroupBy(c => c.CreatorId).Select(g => g.First() with { ShareBasisPoints = g.Sum(c => c.ShareBasisPoints) })
                .ToList();
        });

    private static readonly Gen<Tariff> GenTariff =
        Gen.Select(Gen.Int[0, 1], Gen.Long[0, 5_000_000], Gen.Long[1, 1_000_000])
            .Select((c, price, per) => new Tariff(Currencies[c], price, per, "tokens"));

    private static readonly Gen<Scenario> GenScenario =
        Gen.Select(GenSplit.Array[1, 6], Gen.Int[1, 3], Gen.Int[1, 50])
            .SelectMany((works, operators, entrySize) => Gen.Select(
                    GenTariff.Array[works.Length],
                    Gen.Int[0, 10_000].Array[works.Length],
                    Gen.Select(Gen.Int[0, operators - 1], Gen.Int[0, works.Length - 1], Gen.Long[0, 10_000_000], Gen.Int[0, 1_000_000], Gen.Select(Gen.Bool, Gen.Long[0, 100_000_000]).Select((has, v) => has ? v : (long?)null))
                        .Select((o, w, units, weight, revenue) => new Use($"op-{o}", w, units, weight, revenue)).Array[1, 200])
                .Select((tariffs, shares, uses) => new Scenario(works, tariffs, shares, uses, entrySize)));

    /// <summary>Rates, splits and posts every use; returns the entries and each use's amount.</summary>
    private static (List<IReadOnlyList<PostingLine>> Entries, Int128[] Amounts) Post(Scenario s)
    {
        var entries = new List<IReadOnlyList<PostingLine>>();
        var amounts = new Int128[s.Uses.Length];
        foreach (var chunk in s.Uses.Select((u, i) => (u, i)).Chunk(s.EntrySize))
        {
            var book = new PostingBook();
            foreach (var (use, i) in chunk)
            {
                var tariff = s.Tariffs[use.Work];
                var amount = UsageRater.AmountNanos(use.Units, tariff, use.WeightPpm);
                if (use.RevenueMicros is { } revenue)
                {
                    amount += UsageRater.RevenueShareNanos(revenue, s.ShareBps[use.Work], use.WeightPpm);
                }

                amounts[i] = amount;
                var contributors = s.Works[use.Work];
                var parts = UsageRater.SplitNanos(amount, contributors);
                Assert.Equal(amount, parts.Sum());
                UsePostings.Post(book, Accounts.Operator(use.OperatorId), Accounts.Party, $"work-{use.Work}",
                    [.. contributors.Select((c, k) => new PartAmount(c.CreatorId, tariff.Currency, parts[k]))]);
            }

            entries.Add(book.Lines());
        }

        return (entries, amounts);
    }

    [Fact]
    public void Post_RandomUses_EveryEntryBalancesPerCurrency()
    {
        GenScenario.Sample(s =>
        {
            var (entries, _) = Post(s);
            foreach (var entry in entries)
            {
                Assert.Null(JournalBalance.Imbalance(entry));
            }
        }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Post_RandomUses_OperatorsOweExactlyWhatCreatorsAreOwedAndEachUseIsConserved()
    {
        GenScenario.Sample(s =>
        {
            var (entries, amounts) = Post(s);
            var lines = entries.SelectMany(e => e).ToList();
            foreach (var currency in Currencies)
            {
                var expected = s.Uses.Select((u, i) => (u, i)).Where(x => s.Tariffs[x.u.Work].Currency == currency).Aggregate(Int128.Zero, (sum, x) => sum + amounts[x.i]);
                var debited = lines.Where(l => l.Currency == currency && l.Account.StartsWith("operator:", StringComparison.Ordinal)).Aggregate(Int128.Zero, (sum, l) => sum + l.AmountNanos);
                var credited = lines.Where(l => l.Currency == currency && l.Account.StartsWith("party:", StringComparison.Ordinal)).Aggregate(Int128.Zero, (sum, l) => sum + l.AmountNanos);
                Assert.Equal(expected, debited);
                Assert.Equal(-expected, credited);
            }
        }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Post_RandomUses_EachPartyBalanceEqualsTheSumOfItsSplitParts()
    {
        GenScenario.Sample(s =>
        {
            var (entries, amounts) = Post(s);
            var expected = new Dictionary<(string, string), Int128>();
            for (var i = 0; i < s.Uses.Length; i++)
            {
                var contributors = s.Works[s.Uses[i].Work];
                var parts = UsageRater.SplitNanos(amounts[i], contributors);
                for (var k = 0; k < contributors.Count; k++)
                {
                    var key = (Accounts.Party(contributors[k].CreatorId), s.Tariffs[s.Uses[i].Work].Currency);
                    expected[key] = expected.GetValueOrDefault(key) - parts[k];
                }
            }

            var balances = entries.SelectMany(e => e).Where(l => l.Account.StartsWith("party:", StringComparison.Ordinal))
                .GroupBy(l => (l.Account, l.Currency)).ToDictionary(g => g.Key, g => g.Sum(l => l.AmountNanos));
            Assert.Equal(expected.Where(e => e.Value != 0).OrderBy(e => e.Key), balances.Where(b => b.Value != 0).OrderBy(b => b.Key));
        }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Difference_RerateUnderNewTariffs_PostingTheDifferenceOnceLeavesNothingToPostTheSecondTime()
    {
        Gen.Select(GenScenario, GenTariff.Array[6]).Sample((s, newTariffs) =>
        {
            var posted = Post(s).Entries.SelectMany(e => e).ToList();
            var rerated = s with { Tariffs = [.. s.Tariffs.Select((t, i) => newTariffs[i] with { Currency = t.Currency })], EntrySize = s.Uses.Length };
            var should = Post(rerated).Entries.SelectMany(e => e).ToList();

            var adjustment = PostingBook.Difference(should, posted);
            Assert.Null(JournalBalance.Imbalance(adjustment));
            var afterAdjustment = posted.Concat(adjustment).ToList();
            Assert.Empty(PostingBook.Difference(should, afterAdjustment));
            Assert.Equal(Sums(should), Sums(afterAdjustment));
        }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Difference_SameRatingTwice_PostsNothing()
    {
        GenScenario.Sample(s =>
        {
            var posted = Post(s).Entries.SelectMany(e => e).ToList();
            var again = Post(s with { EntrySize = 1 }).Entries.SelectMany(e => e).ToList();
            Assert.Empty(PostingBook.Difference(again, posted));
        }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    private static List<KeyValuePair<(string, string, string), Int128>> Sums(IEnumerable<PostingLine> lines) =>
        [.. lines.GroupBy(l => (l.Account, l.WorkId, l.Currency)).Select(g => KeyValuePair.Create(g.Key, g.Sum(l => l.AmountNanos)))
            .Where(p => p.Value != 0).OrderBy(p => p.Key)];
}
