using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Removals;
using RoyaltyLedger.Application.Removals;
using RoyaltyLedger.Storage.Journal;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Withdrawals of removal requests on both databases: a journal entry with no lines written with the row, one per
/// request however often or concurrently it is retried, only while the request is open; and the ledger's demand pass,
/// which a withdrawn demand holds back until the creator refuses again.
/// </summary>
public abstract class RemovalWithdrawalStoreTests(StoreFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>2026-11-10T00:00:00Z.</summary>
    private const long Start = 1_794_268_800_000;

    private const long Day = 86_400_000;

    private const long WithdrawnAt = Journals.RecordedAtUnixMs + 2_000;

    private SqlJournalStore Journal => new(fixture.Database);

    private SqlRemovalStore RemovalStore => new(fixture.Database);

    private static RemovalRequestRecord Request(string prefix) =>
        new($"{prefix}-r", $"{prefix}-w", $"{prefix}-op", $"{prefix}-m", $"{prefix}-c", "creator", "please remove", RemovalOrigins.Request,
            RemovalStates.Open, Journals.RecordedAtUnixMs, 0);

    private static RemovalWithdrawalRecord Withdrawal(string requestId, string note = "settled with the operator", string by = "c") =>
        new(requestId, note, by, "creator", WithdrawnAt, 0);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private async Task<int> WithdrawalEntriesAsync(long fromEntryNo, string requestId) =>
        (await Journal.ReadEntriesAsync(fromEntryNo, 1_000, None))
            .Count(e => e.Kind == EntryKinds.RemovalWithdrawal && e.Reference.StartsWith($"{{\"request\":\"{requestId}\",", StringComparison.Ordinal));

    [Fact]
    public async Task WithdrawRemoval_OpenRequest_WithdrawsItWithAnEntryThatHoldsNoLines()
    {
        var request = (await RemovalStore.RequestRemovalAsync(Request("ws-new"), None)).Removal!.Request;
        var balances = await Journal.GetBalancesAsync("", None);

        var write = await RemovalStore.WithdrawRemovalAsync(Withdrawal("ws-new-r", by: "ws-new-c"), None);
        var withdrawal = write.Removal!.Withdrawal!;
        var entry = (await Journal.ReadEntriesAsync(withdrawal.JournalEntryNo, 1, None)).Single();
        var withdrawn = await RemovalStore.ListRemovalsAsync(RemovalScope.Operator("ws-new-op"), RemovalStates.Withdrawn, 0, RemovalLimits.MaxPageSize, None);
        var open = await RemovalStore.ListRemovalsAsync(RemovalScope.Operator("ws-new-op"), RemovalStates.Open, 0, RemovalLimits.MaxPageSize, None);

        Assert.Equal((RemovalOutcome.Created, RemovalStates.Withdrawn, (RemovalAttestationRecord?)null, UsesAfterRemoval.None),
            (write.Outcome, write.Removal.Request.Status, write.Removal.Attestation, write.Removal.UsesAfter));
        Assert.Equal(new RemovalWithdrawalRecord("ws-new-r", "settled with the operator", "ws-new-c", "creator", WithdrawnAt, request.JournalEntryNo + 1), withdrawal);
        Assert.Equal((EntryKinds.RemovalWithdrawal, WithdrawnAt, 0), (entry.Kind, entry.RecordedAtUnixMs, entry.Lines.Count));
        Assert.Equal("{\"request\":\"ws-new-r\",\"work\":\"ws-new-w\",\"operator\":\"ws-new-op\",\"model\":\"ws-new-m\",\"withdrawn_by\":\"ws-new-c\"," +
            $"\"withdrawn_by_role\":\"creator\",\"note_sha256\":\"{Sha256("settled with the operator")}\",\"withdrawn_at_ms\":{WithdrawnAt}}}", entry.Reference);
        Assert.Equal(write.Removal, await RemovalStore.GetRemovalAsync("ws-new-r", None));
        Assert.Equal([write.Removal], withdrawn.Removals);
        Assert.Empty(open.Removals);
        Assert.True((await Journal.VerifyAsync(None)).Intact);
        Assert.Equal(balances, await Journal.GetBalancesAsync("", None));
    }

    [Fact]
    public async Task WithdrawRemoval_RetriedSequentiallyAndConcurrently_OneEntryAndEveryRetryReturnsTheFirst()
    {
        var request = (await RemovalStore.RequestRemovalAsync(Request("ws-retry"), None)).Removal!.Request;

        var first = await RemovalStore.WithdrawRemovalAsync(Withdrawal("ws-retry-r"), None);
        var again = await RemovalStore.WithdrawRemovalAsync(Withdrawal("ws-retry-r") with { WithdrawnAtUnixMs = WithdrawnAt + 60_000 }, None);
        var otherNote = await RemovalStore.WithdrawRemovalAsync(Withdrawal("ws-retry-r", note: "changed my mind"), None);
        var otherParty = await RemovalStore.WithdrawRemovalAsync(Withdrawal("ws-retry-r") with { WithdrawnBy = "soc", WithdrawnByRole = "society" }, None);
        await RemovalStore.RequestRemovalAsync(Request("ws-race"), None);
        var raced = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => RemovalStore.WithdrawRemovalAsync(Withdrawal("ws-race-r"), None))));

        Assert.Equal((RemovalOutcome.Repeated, first.Removal), (again.Outcome, again.Removal));
        Assert.Equal((RemovalOutcome.Conflict, new RemovalConflict("note", "settled with the operator", "changed my mind")), (otherNote.Outcome, otherNote.Conflict));
        Assert.Equal((RemovalOutcome.Conflict, new RemovalConflict("withdrawn_by", "creator c", "society soc")), (otherParty.Outcome, otherParty.Conflict));
        Assert.Equal([RemovalOutcome.Created, .. Enumerable.Repeat(RemovalOutcome.Repeated, 5)], raced.Select(w => w.Outcome).Order());
        Assert.Single(raced.Select(w => w.Removal).Distinct());
        Assert.Equal((1, 1), (await WithdrawalEntriesAsync(request.JournalEntryNo, "ws-retry-r"), await WithdrawalEntriesAsync(request.JournalEntryNo, "ws-race-r")));
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task RemovalWithdrawals_SecondRowForARequest_TheDatabaseRefusesIt()
    {
        await RemovalStore.RequestRemovalAsync(Request("ws-db"), None);
        await RemovalStore.WithdrawRemovalAsync(Withdrawal("ws-db-r"), None);

        var second = await Assert.ThrowsAnyAsync<DbException>(() => fixture.ExecuteAsync(
            "INSERT INTO removal_withdrawals (request_id, note, withdrawn_by, withdrawn_by_role, withdrawn_at_ms, journal_entry_no) " +
            "VALUES ('ws-db-r', 'again', 'c', 'creator', 1, 999999999)"));
        var reopened = await fixture.ExecuteAsync("UPDATE removal_requests SET status = 'withdrawn' WHERE request_id = 'ws-db-r' AND status = 'open'");
        var badStatus = await Assert.ThrowsAnyAsync<DbException>(() => fixture.ExecuteAsync(
            "UPDATE removal_requests SET status = 'cancelled' WHERE request_id = 'ws-db-r'"));

        Assert.Contains("removal_withdrawals", second.Message + (second.InnerException?.Message ?? ""), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, reopened);
        Assert.NotNull(badStatus);
    }

    [Fact]
    public async Task WithdrawAndAttest_NotOpenRequest_NotOpenAndNothingAppended()
    {
        await RemovalStore.RequestRemovalAsync(Request("ws-att"), None);
        await RemovalStore.RequestRemovalAsync(Request("ws-wd"), None);
        var attested = (await RemovalStore.AttestRemovalAsync(new RemovalAttestationRecord("ws-att-r", "v2", "deleted", Start, new string('a', 64), "operator ws-att-op (key k)",
            Journals.RecordedAtUnixMs + 1_000, 0), None)).Removal!;
        var withdrawn = (await RemovalStore.WithdrawRemovalAsync(Withdrawal("ws-wd-r"), None)).Removal!;
        var head = (await Journal.VerifyAsync(None)).HeadEntryNo;

        var withdrawAttested = await RemovalStore.WithdrawRemovalAsync(Withdrawal("ws-att-r"), None);
        var attestWithdrawn = await RemovalStore.AttestRemovalAsync(attested.Attestation! with { RequestId = "ws-wd-r" }, None);
        var unknown = await RemovalStore.WithdrawRemovalAsync(Withdrawal("ws-ghost-r"), None);

        Assert.Equal((RemovalOutcome.NotOpen, attested), (withdrawAttested.Outcome, withdrawAttested.Removal));
        Assert.Equal((RemovalOutcome.NotOpen, withdrawn), (attestWithdrawn.Outcome, attestWithdrawn.Removal));
        Assert.Equal((RemovalOutcome.NotFound, (StoredRemoval?)null), (unknown.Outcome, unknown.Removal));
        Assert.Equal(head, (await Journal.VerifyAsync(None)).HeadEntryNo);
    }
}

public sealed class SqliteRemovalWithdrawalStoreTests(SqliteStoreFixture fixture) : RemovalWithdrawalStoreTests(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresRemovalWithdrawalStoreTests(PostgresStoreFixture fixture) : RemovalWithdrawalStoreTests(fixture), IClassFixture<PostgresStoreFixture>;
