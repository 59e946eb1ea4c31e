using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Application.Payouts;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Payouts;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Journal;
using RoyaltyLedger.Storage.Payouts;
using static RoyaltyLedger.Server.Tests.Infrastructure.Journals;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// The partitioned journal (docs/partitions.md) on both databases: each partition's chain and head verify on their own,
/// tampering in a partition other than 0 is named, balances are sums over partitions, a payout records and verify checks
/// its cut, and the partition count is a property of the ledger. Each test uses partitions and accounts of its own and
/// puts tampered rows back, so the shared journal stays intact for the next.
/// </summary>
public abstract class PartitionedJournalTests(StoreFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private SqlJournalStore Journal => new(fixture.Database);

    private JournalAppender Appender => new(fixture.Database);

    private Task<IReadOnlyList<long>> AppendAsync(int partition, params JournalEntryDraft[] drafts) =>
        fixture.Database.WriteAsync(async (connection, transaction) =>
        {
            await Appender.LockAsync(connection, transaction, partition, None);
            return await Appender.AppendAsync(connection, transaction, partition, drafts, RecordedAtUnixMs, None);
        }, None);

    private async Task<(long EntryNo, byte[] Hash)> HeadAsync(int partition)
    {
        var row = Assert.Single(await fixture.QueryAsync("SELECT entry_no, hash FROM journal_heads WHERE partition_no = @q", ("q", partition)));
        return (Convert.ToInt64(row[0], System.Globalization.CultureInfo.InvariantCulture), (byte[])row[1]);
    }

    private async Task<JournalEntry> EntryAsync(long entryNo) => Assert.Single(await Journal.ReadEntriesAsync(entryNo, 1, None));

    private static string Hex(byte[] hash) => JournalHash.ToHex(hash);

    [Fact]
    public async Task Verify_EntriesInterleavedAcrossPartitions_EachChainLinksItsOwnEntriesAndEndsAtItsHead()
    {
        var first = await AppendAsync(20, Usage("pj-chain-a", 1_000));
        await AppendAsync(21, Usage("pj-chain-b", 2_000));
        var second = await AppendAsync(20, Usage("pj-chain-a", 3_000), Usage("pj-chain-a", 4_000));

        var entries = new[] { await EntryAsync(first[0]), await EntryAsync(second[0]), await EntryAsync(second[1]) };
        var verification = await Journal.VerifyAsync(None);

        Assert.True(verification.Intact, verification.Problem);
        // The first entry of partition 20 starts from the genesis hash; the next links to it, not to partition 21's entry in between.
        Assert.Equal((Hex(new byte[32]), Hex(entries[0].Hash), Hex(entries[1].Hash)),
            (Hex(entries[0].PrevHash), Hex(entries[1].PrevHash), Hex(entries[2].PrevHash)));
        var head = await HeadAsync(20);
        Assert.Equal((second[1], Hex(entries[2].Hash)), (head.EntryNo, Hex(head.Hash)));
        Assert.True(verification.Partitions >= 3, $"partitions checked: {verification.Partitions}");
        var partitions = await fixture.QueryAsync("SELECT partition_no FROM journal_entries WHERE entry_no IN (@a, @b, @c) ORDER BY entry_no",
            ("a", first[0]), ("b", second[0]), ("c", second[1]));
        Assert.Equal([20L, 20L, 20L], partitions.Select(r => Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Verify_EntryEditedAndRehashedInPartition23_IsCaughtAtThatPartitionsNextEntry()
    {
        var target = await EntryAsync((await AppendAsync(23, Usage("pj-forge", 5_000)))[0]);
        await AppendAsync(22, Usage("pj-forge-other", 7_000));
        var next = (await AppendAsync(23, Usage("pj-forge", 6_000)))[0];
        PostingLine[] changed = [target.Lines[0] with { AmountNanos = target.Lines[0].AmountNanos + 5 }, target.Lines[1] with { AmountNanos = target.Lines[1].AmountNanos - 5 }, target.Lines[2]];
        var forged = JournalHash.Compute(target.PrevHash, target.EntryNo, target.Kind, target.RecordedAtUnixMs, target.Reference, changed);

        await SetLineAsync(target.EntryNo, 0, changed[0].AmountNanos);
        await SetLineAsync(target.EntryNo, 1, changed[1].AmountNanos);
        await fixture.ExecuteAsync("UPDATE journal_entries SET hash = @h WHERE entry_no = @e", ("h", forged), ("e", target.EntryNo));
        var verification = await Journal.VerifyAsync(None);
        await SetLineAsync(target.EntryNo, 0, target.Lines[0].AmountNanos);
        await SetLineAsync(target.EntryNo, 1, target.Lines[1].AmountNanos);
        await fixture.ExecuteAsync("UPDATE journal_entries SET hash = @h WHERE entry_no = @e", ("h", target.Hash), ("e", target.EntryNo));

        Assert.Equal((next, $"entry {next}: prev_hash does not match entry {target.EntryNo}'s hash (prev_hash {Hex(target.Hash)}, entry {target.EntryNo}'s hash {Hex(forged)})"),
            (verification.FirstBrokenEntryNo, verification.Problem));
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task Verify_LineAmountChangedInPartition27_NamesThatEntry()
    {
        var target = await EntryAsync((await AppendAsync(27, Usage("pj-amount", 9_000)))[0]);

        await SetLineAsync(target.EntryNo, 2, target.Lines[2].AmountNanos - 1);
        var verification = await Journal.VerifyAsync(None);
        await SetLineAsync(target.EntryNo, 2, target.Lines[2].AmountNanos);

        Assert.Equal(target.EntryNo, verification.FirstBrokenEntryNo);
        Assert.StartsWith($"entry {target.EntryNo}: its hash does not match its contents", verification.Problem, StringComparison.Ordinal);
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task Verify_HeadOfPartition24Moved_NamesThePartitionAndItsHead()
    {
        var last = (await AppendAsync(24, Usage("pj-head", 1_500)))[0];
        var (_, hash) = await HeadAsync(24);
        var edited = (byte[])hash.Clone();
        edited[31] ^= 1;

        await fixture.ExecuteAsync("UPDATE journal_heads SET hash = @h WHERE partition_no = 24", ("h", edited));
        var verification = await Journal.VerifyAsync(None);
        await fixture.ExecuteAsync("UPDATE journal_heads SET hash = @h WHERE partition_no = 24", ("h", hash));

        Assert.Equal((last, $"journal_heads holds hash {Hex(edited)} for entry {last} of partition 24, but entry {last}'s hash is {Hex(hash)}"),
            (verification.FirstBrokenEntryNo, verification.Problem));
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task Verify_EntryMovedToAnotherPartition_IsCaughtInBothChains()
    {
        var moved = (await AppendAsync(28, Usage("pj-move", 2_500), Usage("pj-move", 3_500)))[1];

        await fixture.ExecuteAsync("UPDATE journal_entries SET partition_no = 29 WHERE entry_no = @e", ("e", moved));
        var verification = await Journal.VerifyAsync(None);
        await fixture.ExecuteAsync("UPDATE journal_entries SET partition_no = 28 WHERE entry_no = @e", ("e", moved));

        Assert.Equal(moved, verification.FirstBrokenEntryNo);
        Assert.False(verification.Intact, "an entry moved out of its partition's chain verified");
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task GetBalances_AccountWithLinesInThreePartitions_IsTheSumOverPartitions()
    {
        var move = Move(EntryKinds.Usage, "operator:pj-sum-op", "party:pj-sum-a", "pj-sum-w", 1_000);
        await AppendAsync(0, move);
        await AppendAsync(10, move with { Lines = [.. move.Lines.Select(l => l with { AmountNanos = l.AmountNanos * 20 })] });
        await AppendAsync(11, move with { Lines = [.. move.Lines.Select(l => l with { AmountNanos = l.AmountNanos * 300 })] });

        var balances = await Journal.GetBalancesAsync("party:pj-sum-", None);
        var rows = await fixture.QueryAsync("SELECT partition_no FROM account_balances WHERE account = 'party:pj-sum-a' ORDER BY partition_no");
        var rebuild = await Journal.RebuildBalancesAsync(None);

        Assert.Equal([new AccountBalance("party:pj-sum-a", "EUR", -321_000)], balances);
        Assert.Equal([0L, 10L, 11L], rows.Select(r => Convert.ToInt64(r[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(0L, rebuild.RowsDiffered);
    }

    [Fact]
    public async Task RebuildBalances_RowOfOnePartitionWrong_RewritesOnlyThatRow()
    {
        var move = Move(EntryKinds.Usage, "operator:pj-rebuild-op", "party:pj-rebuild-a", "pj-rebuild-w", 4_000);
        await AppendAsync(12, move);
        await AppendAsync(13, move);

        await fixture.ExecuteAsync("DELETE FROM account_balances WHERE partition_no = 13 AND account = 'party:pj-rebuild-a'");
        var broken = await Journal.GetBalancesAsync("party:pj-rebuild-", None);
        var rebuild = await Journal.RebuildBalancesAsync(None);

        Assert.Equal([new AccountBalance("party:pj-rebuild-a", "EUR", -4_000)], broken);
        Assert.Equal(1L, rebuild.RowsDiffered);
        Assert.Equal([new AccountBalance("party:pj-rebuild-a", "EUR", -8_000)], await Journal.GetBalancesAsync("party:pj-rebuild-", None));
    }

    [Fact]
    public async Task CommitCycle_EightPartitions_RecordsEveryHeadAsTheCutAppendsToPartition0AndVerifyChecksTheCut()
    {
        await fixture.ExecuteAsync("INSERT INTO society_members (society_id, member_id, member_kind, joined_at_ms) VALUES ('pj-soc', 'pj-cut-a', 'creator', 0)");
        await AppendAsync(1, Move(EntryKinds.Usage, "operator:pj-cut-op", "party:pj-cut-a", "pj-cut-w1", 700_000_000_000));
        await AppendAsync(6, Move(EntryKinds.Usage, "operator:pj-cut-op", "party:pj-cut-a", "pj-cut-w6", 300_000_000_000));
        var heads = new List<(long EntryNo, byte[] Hash)>();
        for (var p = 0; p < 8; p++)
        {
            heads.Add(await HeadAsync(p));
        }

        var store = new SqlPayoutStore(fixture.Database, new LedgerPartitioning(8));
        var request = new CycleRequest("pj-cycle", "pj-soc", "EUR", RecordedAtUnixMs + 1, 0, 1_000) { Period = new PayoutPeriod("2026-11", "2026-11") };
        var (cycle, created) = await store.CommitCycleAsync(request, allowEmpty: false, RecordedAtUnixMs + 2, None);

        var cut = await fixture.QueryAsync("SELECT partition_no, entry_no, hash FROM payout_cycle_heads WHERE cycle_id = 'pj-cycle' ORDER BY partition_no");
        var root = (byte[])Assert.Single(await fixture.QueryAsync("SELECT heads_root FROM payout_cycles WHERE cycle_id = 'pj-cycle'"))[0];
        var payoutPartition = Assert.Single(await fixture.QueryAsync("SELECT partition_no FROM journal_entries WHERE entry_no = @e", ("e", cycle.JournalEntryNo)))[0];
        Assert.True(created);
        Assert.Equal(900_000_000_000, cycle.Lines.Single(l => l.PartyId == "pj-cut-a").PaidNanos);
        Assert.Equal(heads.Select((h, p) => (p, h.EntryNo, Hex(h.Hash))),
            cut.Select(r => (Convert.ToInt32(r[0], System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt64(r[1], System.Globalization.CultureInfo.InvariantCulture), Hex((byte[])r[2]))));
        Assert.Equal(Hex(PartitionCut.Root([.. heads.Select(h => h.Hash)])), Hex(root));
        Assert.Equal(0L, Convert.ToInt64(payoutPartition, System.Globalization.CultureInfo.InvariantCulture));
        var verification = await Journal.VerifyAsync(None);
        Assert.True(verification.Intact, verification.Problem);
        Assert.True(verification.PayoutCutsChecked >= 1, $"payout cuts checked: {verification.PayoutCutsChecked}");

        // A cut naming a hash partition 6 never had is caught, naming the cycle.
        var edited = (byte[])heads[6].Hash.Clone();
        edited[0] ^= 0x40;
        await fixture.ExecuteAsync("UPDATE payout_cycle_heads SET hash = @h WHERE cycle_id = 'pj-cycle' AND partition_no = 6", ("h", edited));
        var tampered = await Journal.VerifyAsync(None);
        await fixture.ExecuteAsync("UPDATE payout_cycle_heads SET hash = @h WHERE cycle_id = 'pj-cycle' AND partition_no = 6", ("h", heads[6].Hash));

        Assert.Equal((heads[6].EntryNo, $"payout cycle pj-cycle: its cut names entry {heads[6].EntryNo} of partition 6 with hash {Hex(edited)}, but that entry's hash is {Hex(heads[6].Hash)}"),
            (tampered.FirstBrokenEntryNo, tampered.Problem));

        // So is a root that is not the root over the cut.
        await fixture.ExecuteAsync("UPDATE payout_cycles SET heads_root = @r WHERE cycle_id = 'pj-cycle'", ("r", new byte[32]));
        var rootTampered = await Journal.VerifyAsync(None);
        await fixture.ExecuteAsync("UPDATE payout_cycles SET heads_root = @r WHERE cycle_id = 'pj-cycle'", ("r", root));

        Assert.Equal($"payout cycle pj-cycle: its heads_root {Hex(new byte[32])} is not the root over its cut's 8 heads ({Hex(root)})", rootTampered.Problem);
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task EnsurePartitionCount_FirstStartThenSameThenOther_RecordsAcceptsAndRefusesNamingBoth()
    {
        await fixture.ExecuteAsync("DELETE FROM ledger_settings WHERE name = 'partitions'");

        var recorded = await LedgerSettings.EnsurePartitionCountAsync(fixture.Database, new LedgerPartitioning(4), None);
        var again = await LedgerSettings.EnsurePartitionCountAsync(fixture.Database, new LedgerPartitioning(4), None);
        var refused = await Assert.ThrowsAsync<LedgerPartitionCountException>(() => LedgerSettings.EnsurePartitionCountAsync(fixture.Database, new LedgerPartitioning(8), None));
        var stored = Assert.Single(await fixture.QueryAsync("SELECT value FROM ledger_settings WHERE name = 'partitions'"))[0];
        await fixture.ExecuteAsync("DELETE FROM ledger_settings WHERE name = 'partitions'");

        Assert.Equal((4, 4, "4"), (recorded, again, (string)stored));
        Assert.Equal("this ledger was created with 4 partitions (ledger_settings 'partitions'), but Ledger:Partitions is 8: set Ledger:Partitions to 4 " +
            "to run it, or rebuild the ledger from its usage log into a new database to change the count (docs/partitions.md)", refused.Message);
    }

    [Fact]
    public async Task Migration_EveryPartitionHasAHead_UnusedOnesAtEntry0WithTheGenesisHash()
    {
        var heads = await fixture.QueryAsync("SELECT partition_no, entry_no, hash FROM journal_heads ORDER BY partition_no");

        Assert.Equal(Enumerable.Range(0, LedgerPartitioning.MaxCount), heads.Select(r => Convert.ToInt32(r[0], System.Globalization.CultureInfo.InvariantCulture)));
        var unused = heads.Where(r => Convert.ToInt64(r[1], System.Globalization.CultureInfo.InvariantCulture) == 0).ToList();
        Assert.All(unused, r => Assert.Equal(Hex(new byte[32]), Hex((byte[])r[2])));
        Assert.Contains(heads, r => Convert.ToInt32(r[0], System.Globalization.CultureInfo.InvariantCulture) == 63);
    }

    [Fact]
    public async Task RequestAndAttestRemoval_WorkOutsidePartition0_AppendBothEntriesToTheWorksPartition()
    {
        var partitioning = new LedgerPartitioning(8);
        var work = Enumerable.Range(0, 100).Select(i => $"pj-rm-w{i}").First(w => partitioning.PartitionOf(w) != 0);
        var store = new RoyaltyLedger.Storage.Removals.SqlRemovalStore(fixture.Database, partitioning);

        var request = await store.RequestRemovalAsync(new("pj-rm-r", work, "pj-rm-op", "pj-rm-m", "pj-rm-c", "creator", "please remove",
            RoyaltyLedger.Domain.Removals.RemovalOrigins.Request, RoyaltyLedger.Domain.Removals.RemovalStates.Open, RecordedAtUnixMs, 0), None);
        var attest = await store.AttestRemovalAsync(new("pj-rm-r", "dataset-2026-11", "retrained", RecordedAtUnixMs, new string('a', 64),
            "operator pj-rm-op", RecordedAtUnixMs + 1, 0), None);

        var entries = new[] { request.Removal!.Request.JournalEntryNo, attest.Removal!.Attestation!.JournalEntryNo };
        var partitions = await fixture.QueryAsync("SELECT partition_no FROM journal_entries WHERE entry_no IN (@a, @b)", ("a", entries[0]), ("b", entries[1]));
        Assert.Equal([partitioning.PartitionOf(work), partitioning.PartitionOf(work)],
            partitions.Select(r => Convert.ToInt32(r[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    private Task<int> SetLineAsync(long entryNo, int lineNo, Int128 amountNanos) => fixture.ExecuteAsync(
        "UPDATE journal_lines SET amount_nanos = @x WHERE entry_no = @e AND line_no = @l", ("x", amountNanos), ("e", entryNo), ("l", lineNo));
}

public sealed class SqlitePartitionedJournalTests(SqliteStoreFixture fixture) : PartitionedJournalTests(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresPartitionedJournalTests(PostgresStoreFixture fixture) : PartitionedJournalTests(fixture), IClassFixture<PostgresStoreFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly PostgresStoreFixture _fixture = fixture;

    [Fact]
    public async Task AppendAsync_Partition1HeldOpen_Partition2AppendsAndCommitsWhilePartition1StaysLocked()
    {
        var appender = new JournalAppender(_fixture.Database);
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = _fixture.Database.WriteAsync(async (c, t) =>
        {
            await appender.LockAsync(c, t, 1, None);
            var numbers = await appender.AppendAsync(c, t, 1, [Usage("pl-held", 1_000)], RecordedAtUnixMs, None);
            holding.SetResult();
            await release.Task;
            return numbers;
        }, None);
        await holding.Task.WaitAsync(TimeSpan.FromSeconds(30));

        try
        {
            // Bounded: were partition 2 to wait on partition 1's lock, this would fail instead of hanging.
            using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var other = await _fixture.Database.WriteAsync(async (c, t) =>
            {
                await appender.LockAsync(c, t, 2, bounded.Token);
                return await appender.AppendAsync(c, t, 2, [Usage("pl-other", 2_000)], RecordedAtUnixMs, bounded.Token);
            }, bounded.Token);
            // Partition 1 itself is still locked: a writer that will not wait is refused with lock_not_available.
            var same = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => _fixture.Database.WriteAsync(async (c, t) =>
            {
                await using (var noWait = LedgerDatabase.Command(c, t, "SET LOCAL lock_timeout = '200ms'"))
                {
                    await noWait.ExecuteNonQueryAsync();
                }

                await appender.LockAsync(c, t, 1, None);
                return 0;
            }, None));

            Assert.Equal("55P03", same.SqlState);
            release.SetResult();
            var heldNumbers = await held;
            Assert.True(other[0] > heldNumbers[0], $"partition 2's entry {other[0]} was numbered before partition 1's {heldNumbers[0]}, which took its number first");
        }
        finally
        {
            release.TrySetResult();
        }

        Assert.True((await new SqlJournalStore(_fixture.Database).VerifyAsync(None)).Intact);
    }
}
