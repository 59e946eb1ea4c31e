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
/// Removal requests and attestations on both databases: each a journal entry with no lines, idempotent by id, and
/// the count of training after an attested removal read from usage_totals rows written here directly.
/// </summary>
public abstract class RemovalStoreTests(StoreFixture fixture)
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>2026-11-10T00:00:00Z.</summary>
    private const long RemovedAt = 1_794_268_800_000;

    private const long Day = 86_400_000;

    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private SqlJournalStore Journal => new(fixture.Database);

    private SqlRemovalStore RemovalStore => new(fixture.Database);

    private static RemovalRequestRecord Request(string prefix, string model = "m", string reason = "please remove") =>
        new($"{prefix}-r", $"{prefix}-w", $"{prefix}-op", model == "" ? "" : $"{prefix}-{model}", $"{prefix}-c", "creator", reason,
            RemovalOrigins.Request, RemovalStates.Open, Journals.RecordedAtUnixMs, 0);

    private static RemovalAttestationRecord Attestation(string prefix, string hash = Hash) =>
        new($"{prefix}-r", "dataset-2026-11", "filtered from the corpus and retrained", RemovedAt, hash, $"operator {prefix}-op (key k)",
            Journals.RecordedAtUnixMs + 1_000, 0);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private Task<int> TotalsRowAsync(string party, string work, string op, string model, int use, string status, string currency, string period,
        long events, long firstAt, long lastAt) => fixture.ExecuteAsync(
        "INSERT INTO usage_totals (party_id, work_id, operator_id, model_id, use_kind, status, unit_kind, currency, period, event_count, units, " +
        "amount_nanos, first_at_ms, last_at_ms) VALUES (@p, @w, @o, @m, @u, @s, 'tokens', @c, @period, @n, i128(100), i128(0), @f, @l)",
        ("p", party), ("w", work), ("o", op), ("m", model), ("u", use), ("s", status), ("c", currency), ("period", period), ("n", events),
        ("f", firstAt), ("l", lastAt));

    [Fact]
    public async Task RequestRemoval_NewId_StoresItWithAJournalEntryThatHoldsNoLines()
    {
        var before = await Journal.VerifyAsync(None);
        var balances = await Journal.GetBalancesAsync("", None);

        var write = await RemovalStore.RequestRemovalAsync(Request("rs-new"), None);
        var entry = (await Journal.ReadEntriesAsync(write.Removal!.Request.JournalEntryNo, 1, None)).Single();

        Assert.Equal((RemovalOutcome.Created, before.HeadEntryNo + 1, RemovalStates.Open), (write.Outcome, write.Removal.Request.JournalEntryNo, write.Removal.Request.Status));
        Assert.Equal(write.Removal, await RemovalStore.GetRemovalAsync("rs-new-r", None));
        Assert.Equal((EntryKinds.RemovalRequest, Journals.RecordedAtUnixMs, 0), (entry.Kind, entry.RecordedAtUnixMs, entry.Lines.Count));
        Assert.Equal("{\"request\":\"rs-new-r\",\"work\":\"rs-new-w\",\"operator\":\"rs-new-op\",\"model\":\"rs-new-m\",\"origin\":\"request\"," +
            $"\"requested_by\":\"rs-new-c\",\"requested_by_role\":\"creator\",\"reason_sha256\":\"{Sha256("please remove")}\",\"requested_at_ms\":{Journals.RecordedAtUnixMs}}}",
            entry.Reference);
        Assert.True((await Journal.VerifyAsync(None)).Intact);
        Assert.Equal(balances, await Journal.GetBalancesAsync("", None));
    }

    [Fact]
    public async Task RequestRemoval_SameIdTwice_RepeatedReturnsTheFirstAndAppendsNothing()
    {
        var first = await RemovalStore.RequestRemovalAsync(Request("rs-twice"), None);
        var head = (await Journal.VerifyAsync(None)).HeadEntryNo;

        var again = await RemovalStore.RequestRemovalAsync(Request("rs-twice") with { RequestedAtUnixMs = Journals.RecordedAtUnixMs + 5_000 }, None);

        Assert.Equal((RemovalOutcome.Repeated, first.Removal, (RemovalConflict?)null), (again.Outcome, again.Removal, again.Conflict));
        Assert.Equal(head, (await Journal.VerifyAsync(None)).HeadEntryNo);
    }

    [Fact]
    public async Task RequestRemoval_SameIdOtherContent_ConflictNamesTheFirstFieldThatDiffers()
    {
        await RemovalStore.RequestRemovalAsync(Request("rs-clash"), None);

        var reason = await RemovalStore.RequestRemovalAsync(Request("rs-clash", reason: "another reason"), None);
        var model = await RemovalStore.RequestRemovalAsync(Request("rs-clash", model: ""), None);
        var requester = await RemovalStore.RequestRemovalAsync(Request("rs-clash") with { RequestedBy = "rs-soc", RequestedByRole = "society" }, None);

        Assert.Equal(
            [
                (RemovalOutcome.Conflict, new RemovalConflict("reason", "please remove", "another reason")),
                (RemovalOutcome.Conflict, new RemovalConflict("model_id", "rs-clash-m", "")),
                (RemovalOutcome.Conflict, new RemovalConflict("requested_by", "creator rs-clash-c", "society rs-soc")),
            ],
            new[] { reason, model, requester }.Select(w => (w.Outcome, w.Conflict!)));
    }

    [Fact]
    public async Task AttestRemoval_OpenRequest_AttestsItWithAnEntryAndARepeatIsANoOp()
    {
        await RemovalStore.RequestRemovalAsync(Request("rs-attest"), None);

        var write = await RemovalStore.AttestRemovalAsync(Attestation("rs-attest"), None);
        var entry = (await Journal.ReadEntriesAsync(write.Removal!.Attestation!.JournalEntryNo, 1, None)).Single();
        var again = await RemovalStore.AttestRemovalAsync(Attestation("rs-attest") with { AttestedAtUnixMs = 1 }, None);
        var otherHash = await RemovalStore.AttestRemovalAsync(Attestation("rs-attest", new string('0', 64)), None);
        var unknown = await RemovalStore.AttestRemovalAsync(Attestation("rs-ghost"), None);

        Assert.Equal((RemovalOutcome.Created, RemovalStates.Attested, UsesAfterRemoval.None), (write.Outcome, write.Removal.Request.Status, write.Removal.UsesAfter));
        Assert.Equal((EntryKinds.RemovalAttestation, Journals.RecordedAtUnixMs + 1_000, 0), (entry.Kind, entry.RecordedAtUnixMs, entry.Lines.Count));
        Assert.Equal("{\"request\":\"rs-attest-r\",\"work\":\"rs-attest-w\",\"operator\":\"rs-attest-op\",\"model\":\"rs-attest-m\"," +
            $"\"model_version\":\"dataset-2026-11\",\"method_sha256\":\"{Sha256("filtered from the corpus and retrained")}\",\"removed_at_ms\":{RemovedAt}," +
            $"\"content_sha256\":\"{Hash}\",\"attested_by\":\"operator rs-attest-op (key k)\",\"attested_at_ms\":{Journals.RecordedAtUnixMs + 1_000}}}",
            entry.Reference);
        Assert.Equal((RemovalOutcome.Repeated, write.Removal), (again.Outcome, again.Removal));
        Assert.Equal((RemovalOutcome.Conflict, new RemovalConflict("content_hash_hex", Hash, new string('0', 64))), (otherHash.Outcome, otherHash.Conflict));
        Assert.Equal((RemovalOutcome.NotFound, (StoredRemoval?)null), (unknown.Outcome, unknown.Removal));
        Assert.Equal(write.Removal, await RemovalStore.GetRemovalAsync("rs-attest-r", None));
        Assert.True((await Journal.VerifyAsync(None)).Intact);
    }

    [Fact]
    public async Task GetRemoval_TrainingRowsAroundTheRemoval_CountsUsesAfterItAtLeast()
    {
        const string p = "rs-uses";
        (string W, string O, string M) k = ($"{p}-w", $"{p}-op", $"{p}-m");
        await TotalsRowAsync("", k.W, k.O, k.M, 1, "licensed", "EUR", "2026-10", 4, RemovedAt - (30 * Day), RemovedAt - (20 * Day));   // all before
        await TotalsRowAsync("", k.W, k.O, k.M, 1, "licensed", "EUR", "2026-11", 3, RemovedAt - (5 * Day), RemovedAt + (10 * Day));   // straddles: at least 1
        await TotalsRowAsync("", k.W, k.O, k.M, 1, "licensed", "USD", "2026-11", 0, RemovedAt - (5 * Day), RemovedAt + (10 * Day));   // second currency: no events
        await TotalsRowAsync("", k.W, k.O, k.M, 2, "refused", "", "2026-12", 2, RemovedAt + (25 * Day), RemovedAt + (26 * Day));      // fine-tuning, all after
        await TotalsRowAsync("", k.W, k.O, k.M, 4, "licensed", "EUR", "2026-12", 9, RemovedAt + (25 * Day), RemovedAt + (26 * Day));  // output: not training
        await TotalsRowAsync($"{p}-c", k.W, k.O, k.M, 1, "licensed", "EUR", "2026-12", 7, RemovedAt + (25 * Day), RemovedAt + (26 * Day)); // a creator's row
        await TotalsRowAsync("", k.W, k.O, $"{p}-m2", 1, "licensed", "EUR", "2026-12", 5, RemovedAt + (25 * Day), RemovedAt + (26 * Day)); // another model
        await RemovalStore.RequestRemovalAsync(Request(p), None);
        await RemovalStore.RequestRemovalAsync(Request(p, model: "") with { RequestId = $"{p}-all" }, None);
        await RemovalStore.AttestRemovalAsync(Attestation(p), None);
        await RemovalStore.AttestRemovalAsync(Attestation(p) with { RequestId = $"{p}-all" }, None);

        var oneModel = await RemovalStore.GetRemovalAsync($"{p}-r", None);
        var allModels = await RemovalStore.GetRemovalAsync($"{p}-all", None);

        Assert.Equal(new UsesAfterRemoval(3, AtLeast: true), oneModel!.UsesAfter);
        Assert.Equal(new UsesAfterRemoval(8, AtLeast: true), allModels!.UsesAfter);
    }

    [Fact]
    public async Task GetRemoval_OnlyUsesEntirelyAfterTheRemoval_CountIsExact()
    {
        const string p = "rs-exact";
        await TotalsRowAsync("", $"{p}-w", $"{p}-op", $"{p}-m", 1, "licensed", "EUR", "2026-10", 4, RemovedAt - (30 * Day), RemovedAt);
        await TotalsRowAsync("", $"{p}-w", $"{p}-op", $"{p}-m", 1, "licensed", "EUR", "2026-11", 1, RemovedAt + 1, RemovedAt + 1);
        await RemovalStore.RequestRemovalAsync(Request(p), None);

        var open = await RemovalStore.GetRemovalAsync($"{p}-r", None);
        await RemovalStore.AttestRemovalAsync(Attestation(p), None);
        var attested = await RemovalStore.GetRemovalAsync($"{p}-r", None);

        Assert.Equal(UsesAfterRemoval.None, open!.UsesAfter);
        Assert.Equal(new UsesAfterRemoval(1, AtLeast: false), attested!.UsesAfter);
    }

    [Fact]
    public async Task ListRemovals_ByScopeStatusAndPage_InJournalOrder()
    {
        const string p = "rs-list";
        await fixture.ExecuteAsync("INSERT INTO work_parties (party_id, relation, work_id) VALUES ('rs-list-c', 'contributor', 'rs-list-w')");
        await fixture.ExecuteAsync("INSERT INTO society_members (society_id, member_id, member_kind, joined_at_ms) VALUES ('rs-list-soc', 'rs-list-c', 'creator', 0)");
        var first = (await RemovalStore.RequestRemovalAsync(Request(p), None)).Removal!;
        var second = (await RemovalStore.RequestRemovalAsync(Request(p, model: "") with { RequestId = $"{p}-r2" }, None)).Removal!;
        await RemovalStore.RequestRemovalAsync(Request("rs-list-other"), None);
        await RemovalStore.AttestRemovalAsync(Attestation(p) with { RequestId = $"{p}-r2" }, None);

        var page1 = await RemovalStore.ListRemovalsAsync(RemovalScope.Creator($"{p}-c"), "", 0, 1, None);
        var page2 = await RemovalStore.ListRemovalsAsync(RemovalScope.Creator($"{p}-c"), "", page1.NextAfterEntryNo, 1, None);
        var open = await RemovalStore.ListRemovalsAsync(RemovalScope.Operator($"{p}-op"), RemovalStates.Open, 0, RemovalLimits.MaxPageSize, None);
        var society = await RemovalStore.ListRemovalsAsync(RemovalScope.Society($"{p}-soc"), "", 0, RemovalLimits.MaxPageSize, None);

        Assert.Equal((first.Request.RequestId, first.Request.JournalEntryNo), (Assert.Single(page1.Removals).Request.RequestId, page1.NextAfterEntryNo));
        Assert.Equal((second.Request.RequestId, 0L), (Assert.Single(page2.Removals).Request.RequestId, page2.NextAfterEntryNo));
        Assert.Equal([$"{p}-r"], open.Removals.Select(r => r.Request.RequestId));
        Assert.Equal([$"{p}-r", $"{p}-r2"], society.Removals.Select(r => r.Request.RequestId));
        Assert.True(await RemovalStore.InScopeAsync(RemovalScope.Creator($"{p}-c"), $"{p}-r2", None));
        Assert.False(await RemovalStore.InScopeAsync(RemovalScope.Creator($"{p}-c"), "rs-list-other-r", None));
        Assert.True(await RemovalStore.InScopeAsync(RemovalScope.All, "rs-list-other-r", None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RemovalStore.ListRemovalsAsync(RemovalScope.All, "", 0, RemovalLimits.MaxPageSize + 1, None));
    }

    [Fact]
    public async Task OpenDemandsForRefusedUses_RefusedTraining_OneDemandPerWorkAndModelEarliestFirst()
    {
        const string p = "rs-dem";
        await TotalsRowAsync("", $"{p}-late", $"{p}-op", $"{p}-m", 1, "refused", "EUR", "2026-11", 1, RemovedAt + Day, RemovedAt + Day);
        await TotalsRowAsync("", $"{p}-early", $"{p}-op", $"{p}-m", 2, "refused", "EUR", "2026-11", 2, RemovedAt, RemovedAt + Day);
        await TotalsRowAsync("", $"{p}-early", $"{p}-op", $"{p}-m", 1, "refused", "EUR", "2026-12", 1, RemovedAt + (30 * Day), RemovedAt + (30 * Day));
        await TotalsRowAsync("", $"{p}-output", $"{p}-op", $"{p}-m", 4, "refused", "EUR", "2026-11", 1, RemovedAt - Day, RemovedAt - Day);
        await TotalsRowAsync("", $"{p}-licensed", $"{p}-op", $"{p}-m", 1, "licensed", "EUR", "2026-11", 1, RemovedAt - Day, RemovedAt - Day);
        var head = (await Journal.VerifyAsync(None)).HeadEntryNo;

        var firstPass = await RemovalStore.OpenDemandsForRefusedUsesAsync(Journals.RecordedAtUnixMs, 1, None);
        var secondPass = await RemovalStore.OpenDemandsForRefusedUsesAsync(Journals.RecordedAtUnixMs, RemovalLimits.MaxDemandsPerPass, None);
        var thirdPass = await RemovalStore.OpenDemandsForRefusedUsesAsync(Journals.RecordedAtUnixMs, RemovalLimits.MaxDemandsPerPass, None);
        var entries = await Journal.ReadEntriesAsync(head + 1, 10, None);

        var early = Assert.Single(firstPass).Request;
        Assert.Equal(new RemovalRequestRecord($"refused:{p}-early:{p}-m", $"{p}-early", $"{p}-op", $"{p}-m", "", RemovalOrigins.LedgerRole,
                $"a creator of work {p}-early refused its use for training or fine-tuning, and operator {p}-op reported such a use by model {p}-m (the first at 2026-11-10T00:00:00Z)",
                RemovalOrigins.RefusedUse, RemovalStates.Open, Journals.RecordedAtUnixMs, head + 1), early);
        Assert.Equal([$"refused:{p}-late:{p}-m"], secondPass.Select(d => d.Request.RequestId));
        Assert.Empty(thirdPass);
        Assert.Equal([(EntryKinds.RemovalRequest, 0), (EntryKinds.RemovalRequest, 0)], entries.Select(e => (e.Kind, e.Lines.Count)));
        Assert.True((await Journal.VerifyAsync(None)).Intact);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RemovalStore.OpenDemandsForRefusedUsesAsync(0, RemovalLimits.MaxDemandsPerPass + 1, None));
    }

    [Fact]
    public async Task Verify_RemovalEntryReferenceEdited_NamesThatEntryAndRebuildFindsNothingToChange()
    {
        var request = (await RemovalStore.RequestRemovalAsync(Request("rs-tamper"), None)).Removal!.Request;
        var entry = (await Journal.ReadEntriesAsync(request.JournalEntryNo, 1, None)).Single();
        var forged = entry.Reference.Replace("rs-tamper-m", "rs-tamper-x", StringComparison.Ordinal);
        var recomputed = JournalHash.Compute(entry.PrevHash, entry.EntryNo, entry.Kind, entry.RecordedAtUnixMs, forged, []);

        Assert.Equal(1, await fixture.ExecuteAsync("UPDATE journal_entries SET reference = @f WHERE entry_no = @e", ("f", forged), ("e", entry.EntryNo)));
        var verification = await Journal.VerifyAsync(None);
        await fixture.ExecuteAsync("UPDATE journal_entries SET reference = @f WHERE entry_no = @e", ("f", entry.Reference), ("e", entry.EntryNo));

        Assert.Equal((entry.EntryNo, $"entry {entry.EntryNo}: its hash does not match its contents (stored {JournalHash.ToHex(entry.Hash)}, recomputed {JournalHash.ToHex(recomputed)})"),
            (verification.FirstBrokenEntryNo, verification.Problem));
        Assert.True((await Journal.VerifyAsync(None)).Intact);
        Assert.Equal(0, (await Journal.RebuildBalancesAsync(None)).RowsDiffered);
    }
}

public sealed class SqliteRemovalStoreTests(SqliteStoreFixture fixture) : RemovalStoreTests(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresRemovalStoreTests(PostgresStoreFixture fixture) : RemovalStoreTests(fixture), IClassFixture<PostgresStoreFixture>;
