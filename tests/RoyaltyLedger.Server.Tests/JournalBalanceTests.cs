using RoyaltyLedger.Domain.Money;
using CsCheck;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Journal;
using static RoyaltyLedger.Server.Tests.Infrastructure.Journals;
using RoyaltyLedger.Application.Journal;

namespace RoyaltyLedger.Server.Tests;

/// <summary>The account_balances projection, its rebuild, and a work's rating sums, on both databases.</summary>
public abstract class JournalBalanceTests(StoreFixture fixture)
{
    private const string Seed = "0N0XIzNsQ0O2";

    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly string[] Currencies = ["EUR", "USD", "JPY"];

    private static int s_case;

    private SqlJournalStore Journal => new(fixture.Database);

    /// <summary>The sums of journal_lines for accounts starting with the prefix, read straight from the table.</summary>
    private async Task<List<AccountBalance>> LineSumsAsync(string prefix)
    {
        var rows = await fixture.QueryAsync(
            "SELECT account, currency, i128_text(i128_sum(amount_nanos)) FROM journal_lines WHERE substr(account, 1, length(@p)) = @p GROUP BY account, currency",
            ("p", prefix));
        return [.. rows.Select(r => new AccountBalance((string)r[0], (string)r[1], Int128.Parse((string)r[2], System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(b => b.Account, StringComparer.Ordinal).ThenBy(b => b.Currency, StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Balances_RandomBalancedDrafts_EqualTheLineSumsAndVerifyAndRebuildFindNothingWrong()
    {
        // A draft: up to 12 lines over five parties and three currencies, each currency balanced by an operator line.
        var genLine = Gen.Select(Gen.Int[0, 4], Gen.Int[0, 2], Gen.Long[-5_000_000_000_000, 5_000_000_000_000], Gen.Bool);
        var genDraft = Gen.Select(genLine.Array[1, 12], Gen.Bool, (lines, adjustment) => (Lines: lines, Adjustment: adjustment));
        await genDraft.Array[1, 5].SampleAsync(async drafts =>
        {
            var prefix = $"party:jb{Interlocked.Increment(ref s_case)}-";
            var expected = new Dictionary<(string, string), Int128>();
            var built = drafts.Select((d, i) => Build(prefix, i, d.Lines, d.Adjustment, expected)).ToList();

            await Journal.AppendAsync(built, RecordedAtUnixMs, None);

            var balances = await Journal.GetBalancesAsync(prefix, None);
            Assert.Equal(expected.Select(e => new AccountBalance(e.Key.Item1, e.Key.Item2, e.Value))
                .OrderBy(b => b.Account, StringComparer.Ordinal).ThenBy(b => b.Currency, StringComparer.Ordinal), balances);
            Assert.Equal(await LineSumsAsync(prefix), balances);
            var verification = await Journal.VerifyAsync(None);
            Assert.True(verification.Intact, verification.Problem);
            var rebuild = await Journal.RebuildBalancesAsync(None);
            Assert.Equal((0L, rebuild.RowsBefore), (rebuild.RowsDiffered, rebuild.RowsAfter));
        }, seed: Seed, iter: 30, threads: 1);
    }

    private static JournalEntryDraft Build(
        string prefix, int index, (int Party, int Currency, long Amount, bool HasWork)[] raw, bool adjustment, Dictionary<(string, string), Int128> expected)
    {
        var lines = raw.Select(r => new PostingLine($"{prefix}p{r.Party}", r.HasWork ? $"jb-w{r.Party}" : "", Currencies[r.Currency], r.Amount)).ToList();
        lines.AddRange(raw.GroupBy(r => Currencies[r.Currency]).Select(g => new PostingLine($"{prefix}operator", "", g.Key, -g.Sum(r => r.Amount))));
        foreach (var line in lines)
        {
            expected[(line.Account, line.Currency)] = expected.GetValueOrDefault((line.Account, line.Currency)) + line.AmountNanos;
        }

        return new JournalEntryDraft(adjustment ? EntryKinds.Adjustment : EntryKinds.Usage, $"property draft {index}", lines);
    }

    [Fact]
    public async Task Rebuild_AfterBalancesTampered_ReportsTheRowsThatDifferedAndRepairsThem()
    {
        await Journal.AppendAsync([Usage("jb-rebuild", 1_000), Usage("jb-rebuild", 40, "USD")], RecordedAtUnixMs, None);
        var sums = await LineSumsAsync("");

        await fixture.ExecuteAsync("UPDATE account_balances SET amount_nanos = i128_add(amount_nanos, 5) WHERE account = 'party:jb-rebuild-a' AND currency = 'EUR'");
        await fixture.ExecuteAsync("DELETE FROM account_balances WHERE account = 'party:jb-rebuild-b' AND currency = 'USD'");
        await fixture.ExecuteAsync("INSERT INTO account_balances (account, currency, amount_nanos) VALUES ('party:jb-ghost', 'EUR', i128(77))");
        var repaired = await Journal.RebuildBalancesAsync(None);
        var again = await Journal.RebuildBalancesAsync(None);

        Assert.Equal(new BalanceRebuild(sums.Count, sums.Count, 3), repaired);
        Assert.Equal(new BalanceRebuild(sums.Count, sums.Count, 0), again);
        Assert.Equal(sums, await Journal.GetBalancesAsync("", None));
    }

    [Fact]
    public async Task Append_ABalancePastTheStoredBound_IsRefusedAndAppendsNothing()
    {
        await Journal.AppendAsync([Move(EntryKinds.Usage, "operator:jb-huge", "party:jb-huge", "", LedgerAmounts.Max)], RecordedAtUnixMs, None);
        var before = await Journal.VerifyAsync(None);
        var twice = new JournalEntryDraft(EntryKinds.Usage, "twice",
        [
            new("operator:jb-huge2", "", "EUR", LedgerAmounts.Max), new("operator:jb-huge2", "", "EUR", LedgerAmounts.Max),
            new("party:jb-huge2", "", "EUR", -LedgerAmounts.Max), new("party:jb-huge2", "", "EUR", -LedgerAmounts.Max),
        ]);

        // Within one append the sum is checked before writing; across appends the database refuses (SQLite's i128_add,
        // PostgreSQL's numeric(38,0)), and the store reports both as the same overflow, never a wrapped balance.
        var inOneAppend = await Assert.ThrowsAsync<LedgerAmountOverflowException>(() => Journal.AppendAsync([twice], RecordedAtUnixMs, None));
        await Assert.ThrowsAsync<LedgerAmountOverflowException>(() =>
            Journal.AppendAsync([Move(EntryKinds.Usage, "operator:jb-huge", "party:jb-huge", "", 1)], RecordedAtUnixMs, None));

        Assert.StartsWith("account operator:jb-huge2's change in EUR in one append would be 199999999999999999999999999999999999998 nanos", inOneAppend.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Journal.VerifyAsync(None));
        Assert.Equal([new AccountBalance("operator:jb-huge", "EUR", LedgerAmounts.Max)], await Journal.GetBalancesAsync("operator:jb-huge", None));
    }

    [Fact]
    public async Task GetWorkRatingSums_UsageAdjustmentAndOtherKinds_CountsOnlyRatingKinds()
    {
        await Journal.AppendAsync(
        [
            Move(EntryKinds.Usage, "operator:jb-rate-op", "party:jb-rate-a", "jb-rate-w", 1_000),
            Move(EntryKinds.Usage, "operator:jb-rate-op", "party:jb-rate-a", "jb-rate-w", 500, "USD"),
            Move(EntryKinds.Adjustment, "party:jb-rate-a", "operator:jb-rate-op", "jb-rate-w", 200),
            Move("payout", "party:jb-rate-a", "bank:jb-rate", "jb-rate-w", 800),
            Move(EntryKinds.Adjustment, "party:jb-rate-a", "operator:jb-rate-op", "jb-rate-w", 300, "USD"),
            Move(EntryKinds.Usage, "operator:jb-rate-op", "party:jb-rate-a", "jb-rate-other", 9),
        ], RecordedAtUnixMs, None);

        var sums = await Journal.GetWorkRatingSumsAsync("jb-rate-w", None);

        // USD nets to 200 each way; EUR to 800; the payout's 800 is not rating and is left out.
        Assert.Equal(
            [
                new AccountBalance("operator:jb-rate-op", "EUR", 800),
                new AccountBalance("operator:jb-rate-op", "USD", 200),
                new AccountBalance("party:jb-rate-a", "EUR", -800),
                new AccountBalance("party:jb-rate-a", "USD", -200),
            ], sums);
        Assert.Empty(await Journal.GetWorkRatingSumsAsync("jb-rate-nothing", None));
    }

    [Fact]
    public async Task GetWorkRatingSums_SumsThatCancel_AreLeftOut()
    {
        await Journal.AppendAsync(
        [
            Move(EntryKinds.Usage, "operator:jb-zero-op", "party:jb-zero-a", "jb-zero-w", 70),
            Move(EntryKinds.Adjustment, "party:jb-zero-a", "operator:jb-zero-op", "jb-zero-w", 70),
        ], RecordedAtUnixMs, None);

        Assert.Empty(await Journal.GetWorkRatingSumsAsync("jb-zero-w", None));
    }

    [Fact]
    public async Task GetBalances_Prefix_ReturnsOnlyThoseAccountsByAccountThenCurrency()
    {
        await Journal.AppendAsync(
        [
            Move(EntryKinds.Usage, "operator:jb-pre", "party:jb-pre-b", "", 10, "USD"),
            Move(EntryKinds.Usage, "operator:jb-pre", "party:jb-pre-b", "", 20),
            Move(EntryKinds.Usage, "operator:jb-pre", "party:jb-pre-a", "", 30),
            Move(EntryKinds.Usage, "operator:jb-pre", "party:jb-prefixed", "", 40),
            Move(EntryKinds.Usage, "operator:jb-pre", "party:JB-PRE-c", "", 50),
        ], RecordedAtUnixMs, None);

        var balances = await Journal.GetBalancesAsync("party:jb-pre-", None);

        Assert.Equal(
            [new("party:jb-pre-a", "EUR", -30), new("party:jb-pre-b", "EUR", -20), new AccountBalance("party:jb-pre-b", "USD", -10)],
            balances);
        Assert.Equal([new("operator:jb-pre", "EUR", 140), new AccountBalance("operator:jb-pre", "USD", 10)], await Journal.GetBalancesAsync("operator:jb-pre", None));
    }
}

public sealed class SqliteJournalBalanceTests(SqliteStoreFixture fixture) : JournalBalanceTests(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresJournalBalanceTests(PostgresStoreFixture fixture) : JournalBalanceTests(fixture), IClassFixture<PostgresStoreFixture>;
