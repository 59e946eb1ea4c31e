using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage.Journal;
using static RoyaltyLedger.Server.Tests.Infrastructure.Journals;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Months of use on journal lines (docs/payouts.md): stored and read back, hashed as journal v3, and a period changed or
/// blanked behind the ledger's back is caught by verify. Each test puts the rows back.
/// </summary>
public abstract class JournalPeriodTamperingTests(StoreFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private SqlJournalStore Journal => new(fixture.Database);

    private static JournalEntryDraft UsageOf(string prefix, string period) => new(EntryKinds.Usage, $"{prefix} log 1-2",
    [
        new($"operator:{prefix}-op", $"{prefix}-w", "EUR", 1_000, period),
        new($"party:{prefix}-a", $"{prefix}-w", "EUR", -1_000, period),
    ]);

    [Fact]
    public async Task Append_LinesWithPeriods_ReadBackWithThemAndHashedAsVersionThree()
    {
        var numbers = await Journal.AppendAsync([UsageOf("jp-read", "2026-10"), UsageOf("jp-read-none", "")], RecordedAtUnixMs, None);
        var entries = await Journal.ReadEntriesAsync(numbers[0], 2, None);

        Assert.Equal(["2026-10", "2026-10"], entries[0].Lines.Select(l => l.Period));
        Assert.Equal(["", ""], entries[1].Lines.Select(l => l.Period));
        Assert.All(entries, e => Assert.Equal(JournalHash.Compute(e.PrevHash, e.EntryNo, e.Kind, e.RecordedAtUnixMs, e.Reference, e.Lines), e.Hash));
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-11")]
    public async Task Verify_PeriodChangedInTheDatabase_NamesThatEntry(string tampered)
    {
        var numbers = await Journal.AppendAsync([UsageOf($"jp-tamper-{tampered.Length}", "2026-10")], RecordedAtUnixMs, None);
        var entryNo = numbers[0];

        Assert.Equal(2, await fixture.ExecuteAsync("UPDATE journal_lines SET period = @p WHERE entry_no = @e", ("p", tampered), ("e", entryNo)));
        var verification = await Journal.VerifyAsync(None);
        Assert.Equal(2, await fixture.ExecuteAsync("UPDATE journal_lines SET period = '2026-10' WHERE entry_no = @e", ("e", entryNo)));

        Assert.False(verification.Intact);
        Assert.Equal(entryNo, verification.FirstBrokenEntryNo);
        Assert.StartsWith($"entry {entryNo}: its hash does not match its contents", verification.Problem, StringComparison.Ordinal);
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task Append_PeriodOnAPayoutOrMalformed_RefusedNamingTheLine()
    {
        var payout = new JournalEntryDraft("payout", "jp-bad", [new("party:jp-bad-a", "", "EUR", 5, "2026-11"), new("payouts:jp-bad", "", "EUR", -5, "2026-11")]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Journal.AppendAsync([payout], RecordedAtUnixMs, None));

        Assert.Contains("line 0: period '2026-11' is on a payout entry; only usage and adjustment lines carry a month of use", error.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteJournalPeriodTamperingTests(SqliteStoreFixture fixture) : JournalPeriodTamperingTests(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresJournalPeriodTamperingTests(PostgresStoreFixture fixture) : JournalPeriodTamperingTests(fixture), IClassFixture<PostgresStoreFixture>;
