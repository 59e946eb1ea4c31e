using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage;
using static RoyaltyLedger.Server.Tests.Infrastructure.Journals;
using RoyaltyLedger.Storage.Journal;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Rows changed behind the ledger's back, on both databases: verify names the first entry that no longer holds and
/// what is wrong with it. Each test puts the rows back, so that the journal is intact for the next.
/// </summary>
public abstract class JournalTamperingTests(StoreFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private SqlJournalStore Journal => new(fixture.Database);

    private async Task<JournalEntry[]> AppendAsync(string prefix, int count)
    {
        var numbers = await Journal.AppendAsync([.. Enumerable.Range(1, count).Select(i => Usage(prefix, 1_000 * i))], RecordedAtUnixMs, None);
        return [.. await Journal.ReadEntriesAsync(numbers[0], count, None)];
    }

    private Task<int> SetAmountAsync(long entryNo, int lineNo, Int128 amountNanos) => fixture.ExecuteAsync(
        "UPDATE journal_lines SET amount_nanos = @x WHERE entry_no = @e AND line_no = @l", ("x", amountNanos), ("e", entryNo), ("l", lineNo));

    private Task<int> SetHashAsync(long entryNo, byte[] hash) =>
        fixture.ExecuteAsync("UPDATE journal_entries SET hash = @h WHERE entry_no = @e", ("h", hash), ("e", entryNo));

    private static string Hex(byte[] hash) => JournalHash.ToHex(hash);

    [Fact]
    public async Task Verify_LineAmountUpdatedInTheDatabase_NamesThatEntry()
    {
        var entries = await AppendAsync("jt-amount", 3);
        var target = entries[1];
        PostingLine[] changed = [target.Lines[0] with { AmountNanos = target.Lines[0].AmountNanos + 1 }, .. target.Lines.Skip(1)];
        var recomputed = JournalHash.Compute(target.PrevHash, target.EntryNo, target.Kind, target.RecordedAtUnixMs, target.Reference, changed);

        Assert.Equal(1, await SetAmountAsync(target.EntryNo, 0, changed[0].AmountNanos));
        var verification = await Journal.VerifyAsync(None);
        Assert.Equal(1, await SetAmountAsync(target.EntryNo, 0, target.Lines[0].AmountNanos));

        Assert.Equal((target.EntryNo, target.EntryNo,
                $"entry {target.EntryNo}: its hash does not match its contents (stored {Hex(target.Hash)}, recomputed {Hex(recomputed)}); " +
                "its lines do not balance: EUR lines sum to 1 nanos, not 0 (debits and credits differ)"),
            (verification.FirstBrokenEntryNo, verification.EntriesChecked, verification.Problem));
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task Verify_EntryEditedAndRehashed_IsCaughtAtTheNextEntry()
    {
        var entries = await AppendAsync("jt-rehash", 2);
        var target = entries[0];
        // A careful forger keeps the entry balanced and gives it the hash of its new contents; only the chain gives it away.
        PostingLine[] changed = [target.Lines[0] with { AmountNanos = target.Lines[0].AmountNanos + 5 }, target.Lines[1] with { AmountNanos = target.Lines[1].AmountNanos - 5 }, target.Lines[2]];
        var forged = JournalHash.Compute(target.PrevHash, target.EntryNo, target.Kind, target.RecordedAtUnixMs, target.Reference, changed);

        await SetAmountAsync(target.EntryNo, 0, changed[0].AmountNanos);
        await SetAmountAsync(target.EntryNo, 1, changed[1].AmountNanos);
        await SetHashAsync(target.EntryNo, forged);
        var verification = await Journal.VerifyAsync(None);
        await SetAmountAsync(target.EntryNo, 0, target.Lines[0].AmountNanos);
        await SetAmountAsync(target.EntryNo, 1, target.Lines[1].AmountNanos);
        await SetHashAsync(target.EntryNo, target.Hash);

        var next = entries[1].EntryNo;
        Assert.Equal((next, $"entry {next}: prev_hash does not match entry {target.EntryNo}'s hash (prev_hash {Hex(target.Hash)}, entry {target.EntryNo}'s hash {Hex(forged)})"),
            (verification.FirstBrokenEntryNo, verification.Problem));
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task Verify_HashColumnEdited_NamesThatEntry()
    {
        var target = (await AppendAsync("jt-hash", 2))[0];
        var edited = (byte[])target.Hash.Clone();
        edited[0] ^= 0x80;

        await SetHashAsync(target.EntryNo, edited);
        var verification = await Journal.VerifyAsync(None);
        await SetHashAsync(target.EntryNo, target.Hash);

        Assert.Equal((target.EntryNo,
                $"entry {target.EntryNo}: its hash does not match its contents (stored {Hex(edited)}, recomputed {Hex(target.Hash)})"),
            (verification.FirstBrokenEntryNo, verification.Problem));
    }

    [Fact]
    public async Task Verify_LastEntryRehashed_IsCaughtAtTheHead()
    {
        var last = (await AppendAsync("jt-head", 1))[0];
        PostingLine[] changed = [last.Lines[0] with { AmountNanos = 2 }, last.Lines[1] with { AmountNanos = -2 }, last.Lines[2] with { AmountNanos = 0 }];
        var forged = JournalHash.Compute(last.PrevHash, last.EntryNo, last.Kind, last.RecordedAtUnixMs, last.Reference, changed);

        for (var i = 0; i < 3; i++)
        {
            await SetAmountAsync(last.EntryNo, i, changed[i].AmountNanos);
        }

        await SetHashAsync(last.EntryNo, forged);
        var verification = await Journal.VerifyAsync(None);
        for (var i = 0; i < 3; i++)
        {
            await SetAmountAsync(last.EntryNo, i, last.Lines[i].AmountNanos);
        }

        await SetHashAsync(last.EntryNo, last.Hash);

        Assert.Equal((last.EntryNo, $"journal_heads holds hash {Hex(last.Hash)} for entry {last.EntryNo} of partition 0, but entry {last.EntryNo}'s hash is {Hex(forged)}"),
            (verification.FirstBrokenEntryNo, verification.Problem));
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task Verify_EntryRowDeleted_NamesTheGap()
    {
        var entries = await AppendAsync("jt-gap", 2);
        var gone = entries[0];

        await fixture.ExecuteAsync("DELETE FROM journal_entries WHERE entry_no = @e", ("e", gone.EntryNo));
        var verification = await Journal.VerifyAsync(None);
        await fixture.ExecuteAsync(
            "INSERT INTO journal_entries (entry_no, kind, recorded_at_ms, reference, prev_hash, hash) VALUES (@e, @k, @r, @f, @p, @h)",
            ("e", gone.EntryNo), ("k", gone.Kind), ("r", gone.RecordedAtUnixMs), ("f", gone.Reference), ("p", gone.PrevHash), ("h", gone.Hash));

        Assert.Equal((gone.EntryNo, $"entry {gone.EntryNo} is missing: the entry after {gone.EntryNo - 1} is {gone.EntryNo + 1}"),
            (verification.FirstBrokenEntryNo, verification.Problem));
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task Verify_LineRenumbered_NamesThatEntry()
    {
        var target = (await AppendAsync("jt-renumber", 2))[0];

        await fixture.ExecuteAsync("UPDATE journal_lines SET line_no = 7 WHERE entry_no = @e AND line_no = 2", ("e", target.EntryNo));
        var verification = await Journal.VerifyAsync(None);
        await fixture.ExecuteAsync("UPDATE journal_lines SET line_no = 2 WHERE entry_no = @e AND line_no = 7", ("e", target.EntryNo));

        Assert.Equal((target.EntryNo, $"entry {target.EntryNo}: its line numbers do not run from 0 (line 2 is numbered 7)"),
            (verification.FirstBrokenEntryNo, verification.Problem));
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }
}

public sealed class SqliteJournalTamperingTests(SqliteStoreFixture fixture) : JournalTamperingTests(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresJournalTamperingTests(PostgresStoreFixture fixture) : JournalTamperingTests(fixture), IClassFixture<PostgresStoreFixture>;
