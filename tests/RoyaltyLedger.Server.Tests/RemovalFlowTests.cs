using System.Globalization;
using System.Net.Http.Headers;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Removals;
using RoyaltyLedger.Server.Demands;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Application.Removals;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// Removal with evidence end to end on both databases: a creator asks through the CLI, the operator lists and attests
/// through the CLI, training reported after the removal shows on the creator's statement as a violation, and the
/// journal holds each step. And the ledger's own demand when a creator's refusal of training is ignored.
/// </summary>
public abstract class RemovalFlowTests(ServerFixture fixture)
{
    private const string ContentHash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static readonly Timestamp BeforeRemoval = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 10, 20, 9, 0, 0, TimeSpan.Zero));

    private LedgerServer Server => fixture.Server;

    private async Task<(int Exit, string Output, string Error)> RoyaltyAsync(string apiKey, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RoyaltyCli.RunAsync([.. args, "--server", Server.Address, "--api-key", apiKey], output, error);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>An instant as the CLI prints it: a bare date at midnight UTC, else to the second.</summary>
    private static string Cli(Timestamp at)
    {
        var utc = at.ToDateTimeOffset().UtcDateTime;
        return utc.TimeOfDay == TimeSpan.Zero
            ? utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task RemovalsCli_RequestAttestThenTrainingAfterTheRemoval_StatementShowsItViolated()
    {
        var s = await new Slice("rmf").RegisterAsync(Server.Admin);
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);
        var op = await Server.ClientsForAsync(Role.Operator, s.Operator);
        var id = $"{s.Prefix}-rm";

        var requested = await RoyaltyAsync(composer.ApiKey, "removals", "request", "--work", s.Work, "--operator", s.Operator, "--model", s.Model,
            "--reason", "I withdraw this song from AI training", "--id", id);
        var listed = await RoyaltyAsync(op.ApiKey, "removals", "list", "--status", "open");
        var attested = await RoyaltyAsync(op.ApiKey, "removals", "attest", id, "--model-version", "corpus-2026-11", "--method",
            "deleted from the corpus and retrained from the last clean checkpoint", "--removed-at", "2026-11-01", "--content-hash", ContentHash.ToUpperInvariant());
        var before = s.Event($"{s.Prefix}-before");
        before.OccurredAt = BeforeRemoval;
        await s.SendAsync(op.Ingest, "rm", Slice.Batch(1, before, s.Event($"{s.Prefix}-after")));
        var statement = await composer.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        var printed = await RoyaltyAsync(composer.ApiKey, "statement", "--creator", s.Composer);
        var shown = await RoyaltyAsync(composer.ApiKey, "removals", "show", id);
        var verified = await RoyaltyAsync(Server.Admin.ApiKey, "ledger", "verify");

        var removal = Assert.Single(statement.Removals);
        var a = removal.Attestation;
        Assert.True(requested.Exit == 0, requested.Error);
        Assert.Equal(string.Join("\n",
            $"Removal request {id} (open)",
            $"  work:      {s.Work}",
            $"  operator:  {s.Operator}",
            $"  model:     {s.Model}",
            $"  asked by:  creator {s.Composer}, {Cli(removal.RequestedAt)} (journal entry {removal.JournalEntryNo})",
            "  reason:    I withdraw this song from AI training",
            "  removal:   not attested yet",
            ""), requested.Output);
        Assert.Equal((0, string.Join("\n",
            "REQUEST  WORK      OPERATOR  MODEL      STATUS  REQUESTED             USES AFTER REMOVAL",
            $"rmf-rm   rmf-song  rmf-op    rmf-model  open    {Cli(removal.RequestedAt)}",
            "")), (listed.Exit, listed.Output));
        Assert.True(attested.Exit == 0, attested.Error);
        Assert.Equal(("violated", 1UL, false), (removal.Status, removal.UsesAfterRemoval, removal.UsesAfterRemovalAtLeast));
        Assert.Equal(("corpus-2026-11", ContentHash, "2026-11-01", $"operator {s.Operator} (key {op.ApiKey.Split('_')[1]})"),
            (a.ModelVersion, a.ContentHashHex, Cli(a.RemovedAt), a.AttestedBy));
        Assert.Equal(string.Join("\n",
            $"Removal request {id} (VIOLATED)",
            $"  work:      {s.Work}",
            $"  operator:  {s.Operator}",
            $"  model:     {s.Model}",
            $"  asked by:  creator {s.Composer}, {Cli(removal.RequestedAt)} (journal entry {removal.JournalEntryNo})",
            "  reason:    I withdraw this song from AI training",
            "  removed:   2026-11-01 from corpus-2026-11",
            "  method:    deleted from the corpus and retrained from the last clean checkpoint",
            $"  content:   SHA-256 {ContentHash}",
            $"  attested:  {Cli(a.AttestedAt)} by {a.AttestedBy} (journal entry {a.JournalEntryNo})",
            "  training or fine-tuning after the removal: 1 (a violation)",
            ""), shown.Output);
        Assert.Equal(string.Join("\n",
            $"Statement for Composer Person ({s.Composer})",
            $"As of log position {statement.AsOfLogPosition:N0}, 0 batches pending",
            "WORK      TITLE     OPERATOR  MODEL      USE       STATUS    MONTH    EVENTS             UNITS             OWED",
            "rmf-song  The Song  rmf-op    rmf-model  training  licensed  2026-10       1  1,000,000 tokens  EUR 1.200000000",
            "rmf-song  The Song  rmf-op    rmf-model  training  licensed  2026-11       1  1,000,000 tokens  EUR 1.200000000",
            "Total owed: EUR 2.400000000",
            "Account EUR: accrued 2.400000000 + adjustments for past uses 0.000000000 - commission 0.000000000 - paid 0.000000000 = owed (carried forward) 2.400000000",
            "Removal requests:",
            "REQUEST  WORK      OPERATOR  MODEL      STATUS    REQUESTED             USES AFTER REMOVAL",
            $"rmf-rm   rmf-song  rmf-op    rmf-model  VIOLATED  {Cli(removal.RequestedAt),-20}     1 (a violation)",
            "Violations: 1 of these removals were followed by training or fine-tuning on the work",
            "",
            ""), printed.Output);
        Assert.Equal((0, "journal intact"), (verified.Exit, verified.Output.Split('\n')[2]));
        await AssertJournalHoldsAsync(removal, id);
        await AssertPageFlagsAsync(s.Composer, composer.ApiKey, id);
    }

    /// <summary>The request's and the attestation's entries: records with no lines that name the request.</summary>
    private async Task AssertJournalHoldsAsync(RemovalRequest removal, string id)
    {
        var request = (await Server.Admin.Ledger.ListJournalEntriesAsync(new ListJournalEntriesRequest { FromEntryNo = removal.JournalEntryNo, Limit = 1 })).Entries.Single();
        var attestation = (await Server.Admin.Ledger.ListJournalEntriesAsync(new ListJournalEntriesRequest { FromEntryNo = removal.Attestation.JournalEntryNo, Limit = 1 })).Entries.Single();
        var printed = await RoyaltyAsync(Server.Admin.ApiKey, "ledger", "entries", "--from", $"{removal.JournalEntryNo}", "--limit", "1");

        Assert.Equal([("removal-request", 0), ("removal-attestation", 0)], new[] { request, attestation }.Select(e => (e.Kind, e.Lines.Count)));
        Assert.StartsWith($"{{\"request\":\"{id}\",", request.Reference, StringComparison.Ordinal);
        Assert.Contains($"\"content_sha256\":\"{ContentHash}\"", attestation.Reference, StringComparison.Ordinal);
        Assert.Equal("  no lines: a record that moves no money", printed.Output.Split('\n')[2]);
    }

    private async Task AssertPageFlagsAsync(string creatorId, string apiKey, string id)
    {
        using var http = new HttpClient();
        using var get = new HttpRequestMessage(HttpMethod.Get, $"{Server.Address}/statements/{creatorId}");
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        var page = await (await http.SendAsync(get)).Content.ReadAsStringAsync();

        Assert.Contains($"<tr class=\"violation\" data-removal-id=\"{id}\" data-status=\"violated\" data-uses-after=\"1\">", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" id=\"removal-violations\">1 removal was violated:", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemovalsCli_RequestWithdrawTwiceThenTraining_ShowsWithdrawnNotViolatedAndTheJournalVerifies()
    {
        var s = await new Slice("rwf").RegisterAsync(Server.Admin);
        var composer = await Server.ClientsForAsync(Role.Creator, s.Composer);
        var op = await Server.ClientsForAsync(Role.Operator, s.Operator);
        var id = $"{s.Prefix}-rm";
        await RoyaltyAsync(composer.ApiKey, "removals", "request", "--id", id, "--work", s.Work, "--operator", s.Operator, "--model", s.Model,
            "--reason", "I withdraw this song from AI training");

        var withdrawn = await RoyaltyAsync(composer.ApiKey, "removals", "withdraw", "--id", id, "--note", "we agreed a licence instead");
        var again = await RoyaltyAsync(composer.ApiKey, "removals", "withdraw", "--id", id, "--note", "we agreed a licence instead");
        var byOperator = await RoyaltyAsync(op.ApiKey, "removals", "withdraw", "--id", id, "--note", "not mine to withdraw");
        var w = (await composer.Removals.GetRemovalRequestAsync(new GetRemovalRequestRequest { RequestId = id })).Withdrawal;
        var after = s.Event($"{s.Prefix}-after");
        after.OccurredAt = Timestamp.FromDateTimeOffset(w.WithdrawnAt.ToDateTimeOffset().AddSeconds(1));
        await s.SendAsync(op.Ingest, "rw", Slice.Batch(1, after));
        var statement = await composer.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer, WaitForProjection = true });
        var printed = await RoyaltyAsync(composer.ApiKey, "statement", "--creator", s.Composer);
        var listed = await RoyaltyAsync(op.ApiKey, "removals", "list", "--status", "withdrawn");
        var stillOpen = await RoyaltyAsync(op.ApiKey, "removals", "list", "--status", "open");
        var verified = await RoyaltyAsync(Server.Admin.ApiKey, "ledger", "verify");

        var removal = Assert.Single(statement.Removals);
        Assert.Equal((0, string.Join("\n",
            $"Removal request {id} (withdrawn)",
            $"  work:      {s.Work}",
            $"  operator:  {s.Operator}",
            $"  model:     {s.Model}",
            $"  asked by:  creator {s.Composer}, {Cli(removal.RequestedAt)} (journal entry {removal.JournalEntryNo})",
            "  reason:    I withdraw this song from AI training",
            $"  withdrawn: {Cli(w.WithdrawnAt)} by creator {s.Composer} (journal entry {w.JournalEntryNo})",
            "  note:      we agreed a licence instead",
            "")), (withdrawn.Exit, withdrawn.Output));
        Assert.Equal(withdrawn, again);
        Assert.Contains($"operator {s.Operator} (key {op.ApiKey.Split('_')[1]}) may not withdraw removal requests", byOperator.Error, StringComparison.Ordinal);
        var line = statement.Lines.Single();
        Assert.Equal(("withdrawn", 0UL, w, (UseKind.Training, "licensed", 1UL)), (removal.Status, removal.UsesAfterRemoval, removal.Withdrawal,
            (line.Use, line.LicenceStatus, line.EventCount)));
        var status = $"withdrawn {Cli(w.WithdrawnAt)}";
        Assert.EndsWith(string.Join("\n",
            "Removal requests:",
            $"REQUEST  WORK      OPERATOR  MODEL      {"STATUS".PadRight(status.Length)}  {"REQUESTED",-20}  USES AFTER REMOVAL",
            $"rwf-rm   rwf-song  rwf-op    rwf-model  {status}  {Cli(removal.RequestedAt)}",
            "",
            ""), printed.Output, StringComparison.Ordinal);
        Assert.Contains($"rwf-rm   rwf-song  rwf-op    rwf-model  {status}", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(id, stillOpen.Output, StringComparison.Ordinal);
        Assert.Equal((0, "journal intact"), (verified.Exit, verified.Output.Split('\n')[2]));
        await AssertOneWithdrawalEntryAsync(removal, id);
        await AssertPageShowsWithdrawnAsync(s.Composer, composer.ApiKey, id, w);
    }

    /// <summary>Two withdrawals by the CLI, one removal-withdrawal entry: a record with no lines that names the request.</summary>
    private async Task AssertOneWithdrawalEntryAsync(RemovalRequest removal, string id)
    {
        var entries = await Server.Admin.Ledger.ListJournalEntriesAsync(new ListJournalEntriesRequest { FromEntryNo = removal.JournalEntryNo, Limit = 1_000 });

        var entry = Assert.Single(entries.Entries, e => e.Kind == "removal-withdrawal" && e.Reference.StartsWith($"{{\"request\":\"{id}\",", StringComparison.Ordinal));
        Assert.Equal((removal.Withdrawal.JournalEntryNo, 0), (entry.EntryNo, entry.Lines.Count));
        Assert.Contains($"\"note_sha256\":\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("we agreed a licence instead"u8))}\"",
            entry.Reference, StringComparison.Ordinal);
    }

    private async Task AssertPageShowsWithdrawnAsync(string creatorId, string apiKey, string id, RemovalWithdrawal w)
    {
        using var http = new HttpClient();
        using var get = new HttpRequestMessage(HttpMethod.Get, $"{Server.Address}/statements/{creatorId}");
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        var page = await (await http.SendAsync(get)).Content.ReadAsStringAsync();

        Assert.Contains($"<tr data-removal-id=\"{id}\" data-status=\"withdrawn\" data-uses-after=\"0\">", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge withdrawn\">withdrawn</span>", page, StringComparison.Ordinal);
        var day = w.WithdrawnAt.ToDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        Assert.Contains($"<span class=\"muted\">withdrawn {day} by creator {creatorId}</span><br><small>we agreed a licence instead</small>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("removal-violations", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPass_RefusedTrainingReported_OpensOneDemandShownToTheCreatorAndTheOperator()
    {
        var s = await new Slice("rmd").RegisterAsync(Server.Admin);
        var lyricist = await Server.ClientsForAsync(Role.Creator, s.Lyricist);
        var op = await Server.ClientsForAsync(Role.Operator, s.Operator);
        await lyricist.Consents.RecordConsentAsync(new RecordConsentRequest
        {
            CreatorId = s.Lyricist, WorkId = s.Work, Use = UseKind.Training, OperatorId = s.Operator, Decision = ConsentDecision.Refused,
            EffectiveFrom = Slice.LicenceStart,
        });
        await s.SendAsync(op.Ingest, "rmd", Slice.Batch(1, s.Event($"{s.Prefix}-a"), s.Event($"{s.Prefix}-b")));
        var before = await lyricist.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Lyricist, WaitForProjection = true });

        // The server's own pass may open the demand first; either way, one pass later exactly one demand exists.
        await Server.Services.GetRequiredService<RefusedUseDemands>().RunPassAsync(CancellationToken.None);
        var again = await Server.Services.GetRequiredService<RefusedUseDemands>().RunPassAsync(CancellationToken.None);
        var demandId = RemovalIds.RefusedUseDemand(s.Work, s.Model);
        var demand = await op.Removals.GetRemovalRequestAsync(new GetRemovalRequestRequest { RequestId = demandId });
        var statement = await lyricist.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Lyricist });
        var operatorOpen = await op.Removals.ListRemovalRequestsAsync(new ListRemovalRequestsRequest { Status = "open" });

        Assert.Equal(("refused", 2UL), (before.Lines.Single().LicenceStatus, before.Lines.Single().EventCount));
        Assert.DoesNotContain(again, d => d.Request.WorkId == s.Work);
        Assert.Equal((demandId, s.Work, s.Operator, s.Model, "refused-use", "", "ledger", "open"),
            (demand.RequestId, demand.WorkId, demand.OperatorId, demand.ModelId, demand.Origin, demand.RequestedBy, demand.RequestedByRole, demand.Status));
        Assert.StartsWith($"a creator of work {s.Work} refused its use for training or fine-tuning, and operator {s.Operator} reported such a use by model {s.Model}",
            demand.Reason, StringComparison.Ordinal);
        Assert.Equal([demandId], statement.Removals.Select(r => r.RequestId));
        Assert.Equal([demandId], operatorOpen.Requests.Select(r => r.RequestId));
    }
}

public sealed class SqliteRemovalFlowTests(SqliteServerFixture fixture) : RemovalFlowTests(fixture), IClassFixture<SqliteServerFixture>;

public sealed class PostgresRemovalFlowTests(PostgresServerFixture fixture) : RemovalFlowTests(fixture), IClassFixture<PostgresServerFixture>;
