using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Cli;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Server.Extensions;
using RoyaltyLedger.Server.Grpc;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage;
using static RoyaltyLedger.Server.Tests.Infrastructure.Journals;
using RoyaltyLedger.Application.Journal;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// `royalty ledger verify|entries|balances|rebuild` against the real server on both databases. Entries are appended
/// through the server's own journal store, since nothing posts to the journal over gRPC.
/// </summary>
public abstract class LedgerCliTests(ServerFixture fixture)
{
    private LedgerServer Server => fixture.Server;

    private IJournalStore Journal => Server.Services.GetRequiredService<IJournalStore>();

    private Task<(int Exit, string Output, string Error)> RoyaltyAsync(params string[] args) => Server.RoyaltyAsync(Server.Admin.ApiKey, args);

    private async Task<Domain.Ledger.JournalEntry[]> AppendAsync(params JournalEntryDraft[] drafts)
    {
        var numbers = await Journal.AppendAsync(drafts, RecordedAtUnixMs, CancellationToken.None);
        return [.. await Journal.ReadEntriesAsync(numbers[0], drafts.Length, CancellationToken.None)];
    }

    [Fact]
    public async Task Verify_AmountUpdatedInTheDatabase_NamesThatEntryAndExitsTwo()
    {
        var entries = await AppendAsync(Usage("lc-tamper", 1_000), Usage("lc-tamper", 2_000), Usage("lc-tamper", 3_000));
        var (target, head) = (entries[1], entries[2]);
        var intact = await RoyaltyAsync("ledger", "verify");
        PostingLine[] changed = [target.Lines[0] with { AmountNanos = target.Lines[0].AmountNanos + 1 }, .. target.Lines.Skip(1)];
        var recomputed = JournalHash.Compute(target.PrevHash, target.EntryNo, target.Kind, target.RecordedAtUnixMs, target.Reference, changed);

        var updated = await IntruderSql.ExecuteAsync(fixture, "UPDATE journal_lines SET amount_nanos = i128_add(amount_nanos, 1) WHERE entry_no = @e AND line_no = 0",
            ("e", target.EntryNo));
        var broken = await RoyaltyAsync("ledger", "verify");
        var brokenJson = await RoyaltyAsync("ledger", "verify", "--json");
        await IntruderSql.ExecuteAsync(fixture, "UPDATE journal_lines SET amount_nanos = i128_add(amount_nanos, -1) WHERE entry_no = @e AND line_no = 0", ("e", target.EntryNo));
        var repaired = await RoyaltyAsync("ledger", "verify");

        var headLine = $"head: entry {head.EntryNo}, hash {JournalHash.ToHex(head.Hash)}";
        Assert.Equal((0, $"entries checked: {head.EntryNo:N0}\n{headLine}\njournal intact\n", ""), intact);
        Assert.Equal(1, updated);
        Assert.Equal((2, $"entries checked: {target.EntryNo:N0}\n{headLine}\n" +
                $"journal broken at entry {target.EntryNo}: entry {target.EntryNo}: its hash does not match its contents " +
                $"(stored {JournalHash.ToHex(target.Hash)}, recomputed {JournalHash.ToHex(recomputed)}); " +
                "its lines do not balance: EUR lines sum to 1 nanos, not 0 (debits and credits differ)\n", ""),
            broken);
        Assert.Equal(2, brokenJson.Exit);
        Assert.Contains($"\"firstBrokenEntryNo\": \"{target.EntryNo}\"", brokenJson.Output, StringComparison.Ordinal);
        Assert.Equal(intact, repaired);
    }

    [Fact]
    public async Task Rebuild_AmountUpdatedInTheDatabase_RefusesNamingThatEntryExitsTwoAndLeavesBalances()
    {
        var entries = await AppendAsync(Usage("lc-rebuild", 1_000), Usage("lc-rebuild", 2_000), Usage("lc-rebuild", 3_000));
        var target = entries[1];
        var before = await Server.Admin.Ledger.GetBalancesAsync(new GetBalancesRequest());

        await IntruderSql.ExecuteAsync(fixture, "UPDATE journal_lines SET amount_nanos = i128_add(amount_nanos, 1) WHERE entry_no = @e AND line_no = 0",
            ("e", target.EntryNo));
        var refused = await RoyaltyAsync("ledger", "rebuild");
        var rpc = await Assert.ThrowsAsync<RpcException>(() => Server.Admin.Ledger.RebuildProjectionsAsync(new RebuildProjectionsRequest()).ResponseAsync);
        var during = await Server.Admin.Ledger.GetBalancesAsync(new GetBalancesRequest());
        await IntruderSql.ExecuteAsync(fixture, "UPDATE journal_lines SET amount_nanos = i128_add(amount_nanos, -1) WHERE entry_no = @e AND line_no = 0", ("e", target.EntryNo));

        Assert.Equal(2, refused.Exit);
        Assert.Equal("", refused.Output);
        Assert.StartsWith($"error: ledger rebuild refused: the journal is broken at entry {target.EntryNo}: entry {target.EntryNo}: its hash does not match its contents",
            refused.Error, StringComparison.Ordinal);
        Assert.Contains("account balances were not touched", refused.Error, StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition, rpc.StatusCode);
        Assert.Contains($"broken at entry {target.EntryNo}:", rpc.Status.Detail, StringComparison.Ordinal);
        // The projection kept what the appends put there, not the tampered sum.
        Assert.Equal(before.Balances, during.Balances);
        Assert.True((await Server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest())).Intact);
    }

    [Fact]
    public async Task EntriesBalancesAndRebuild_PrintTheJournal()
    {
        var entry = (await AppendAsync(new JournalEntryDraft(EntryKinds.Usage, "log 1-2 (lc-show)",
        [
            new("operator:lc-show-op", "lc-show-w", "EUR", 1_500_000_000),
            new("party:lc-show-a", "lc-show-w", "EUR", -1_125_000_000),
            new("party:lc-show-b", "lc-show-w", "EUR", -375_000_000),
        ])))[0];

        var entries = await RoyaltyAsync("ledger", "entries", "--from", $"{entry.EntryNo}", "--limit", "1");
        var balances = await RoyaltyAsync("ledger", "balances", "--prefix", "party:lc-show-");
        var rebuild = await RoyaltyAsync("ledger", "rebuild");

        Assert.Equal((0, string.Join("\n",
            $"entry {entry.EntryNo} (usage) recorded 2026-11-18T11:06:40.000Z: log 1-2 (lc-show)",
            $"  hash {JournalHash.ToHex(entry.Hash)}, prev {JournalHash.ToHex(entry.PrevHash)}",
            "  ACCOUNT              WORK       CURRENCY        DEBIT       CREDIT",
            "  operator:lc-show-op  lc-show-w  EUR       1.500000000",
            "  party:lc-show-a      lc-show-w  EUR                    1.125000000",
            "  party:lc-show-b      lc-show-w  EUR                    0.375000000",
            $"next page: royalty ledger entries --from {entry.EntryNo + 1}",
            "")), (entries.Exit, entries.Output));
        Assert.Equal((0, "ACCOUNT          CURRENCY       BALANCE\nparty:lc-show-a  EUR       -1.125000000\nparty:lc-show-b  EUR       -0.375000000\n"),
            (balances.Exit, balances.Output));
        // The entry was appended by hand, with no usage behind it: the balances match the journal, but the usage totals
        // (which only the projector writes, with its entries) do not, and rebuild says which work and by how much.
        Assert.Equal(2, rebuild.Exit);
        Assert.Matches("^account balances rebuilt from the journal: [0-9,]+ rows before, [0-9,]+ after, 0 differed \\(the projection matched the journal\\)\n" +
            "usage totals checked against the journal: [0-9,]+ work amounts, [0-9,]+ differed\n", rebuild.Output);
        Assert.Contains("  work lc-show-w EUR: usage totals 0 nanos, journal 1,500,000,000\n", rebuild.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entries_LimitOverAThousand_IsRefusedNamingTheField()
    {
        var result = await RoyaltyAsync("ledger", "entries", "--limit", "1001");
        var error = await Assert.ThrowsAsync<RpcException>(() => Server.Admin.Ledger.ListJournalEntriesAsync(new ListJournalEntriesRequest { FromEntryNo = -1 }).ResponseAsync);

        Assert.Equal((1, "", "error: the server refused the request: limit: limit is 1,001, expected 1 to 1,000 (0 means 100)\n"), result);
        Assert.Equal((StatusCode.InvalidArgument, "from_entry_no is -1, expected 1 or more (0 means 1)"), (error.StatusCode, error.Status.Detail));
    }

    [Fact]
    public async Task LedgerCalls_WithACreatorKey_ArePermissionDenied()
    {
        await Server.Admin.Registry.RegisterCreatorAsync(new RegisterCreatorRequest { CreatorId = "lc-nosy", DisplayName = "Nosy" });
        var creator = await Server.ClientsForAsync(Role.Creator, "lc-nosy");
        var keyId = (await creator.Access.WhoAmIAsync(new WhoAmIRequest())).KeyId;

        var verify = await Assert.ThrowsAsync<RpcException>(() => creator.Ledger.VerifyJournalAsync(new VerifyJournalRequest()).ResponseAsync);
        var balances = await Assert.ThrowsAsync<RpcException>(() => creator.Ledger.GetBalancesAsync(new GetBalancesRequest { AccountPrefix = "party:lc-nosy" }).ResponseAsync);
        var rebuild = await Assert.ThrowsAsync<RpcException>(() => creator.Ledger.RebuildProjectionsAsync(new RebuildProjectionsRequest()).ResponseAsync);

        Assert.Equal(
            [
                (StatusCode.PermissionDenied, $"creator lc-nosy (key {keyId}) may not verify the journal"),
                (StatusCode.PermissionDenied, $"creator lc-nosy (key {keyId}) may not read account balances"),
                (StatusCode.PermissionDenied, $"creator lc-nosy (key {keyId}) may not rebuild the ledger's projections"),
            ],
            new[] { verify, balances, rebuild }.Select(e => (e.StatusCode, e.Status.Detail)));
    }

    /// <summary>On one database only: what is measured is the wire, and it costs seconds.</summary>
    protected async Task ListJournalEntries_AnEntryOfTheMostLinesAtTheLongestIds_ArrivesWhole()
    {
        // 100,000 lines, 80-character accounts, 64-character work ids and 19-digit amounts: the largest page there is.
        var lines = Enumerable.Range(0, JournalLimits.MaxLinesPerEntry).Select(i => new PostingLine(
            $"claimed:lc-wide-{i / 2 % 100:D3}".PadRight(JournalLimits.MaxAccountLength, 'x'), $"lc-wide-{i % 50:D2}".PadRight(64, 'w'), "EUR",
            i % 2 == 0 ? 4_000_000_000_000_000_000 + i : -4_000_000_000_000_000_000 - i + 1)).ToList();
        var entry = (await AppendAsync(new JournalEntryDraft(EntryKinds.Usage, new string('r', JournalLimits.MaxReferenceLength), lines)))[0];
        using var channel = GrpcChannel.ForAddress(Server.Address, new() { MaxReceiveMessageSize = LedgerService.MaxResponseBytes });
        var client = new LedgerClients(channel, Server.Admin.ApiKey).Ledger;

        var page = await client.ListJournalEntriesAsync(new ListJournalEntriesRequest { FromEntryNo = entry.EntryNo, Limit = 1_000 });

        Assert.Equal([entry.EntryNo], page.Entries.Select(e => e.EntryNo));
        Assert.Equal(lines.Select(l => (l.Account, l.WorkId, l.AmountNanos.ToString(System.Globalization.CultureInfo.InvariantCulture))), page.Entries[0].Lines.Select(l => (l.Account, l.WorkId, l.AmountNanos)));
        Assert.Equal("-4000000000.000000000", page.Entries[0].Lines[1].Amount);
        Assert.Equal("4000000000.000000002", page.Entries[0].Lines[2].Amount);
        // Over the server's 4 MiB default for other services, within this service's limit.
        Assert.InRange(page.CalculateSize(), RoyaltyLedgerHostExtensions.MaxMessageBytes + 1, LedgerService.MaxResponseBytes);
    }
}

public sealed class SqliteLedgerCliTests(SqliteServerFixture fixture) : LedgerCliTests(fixture), IClassFixture<SqliteServerFixture>
{
    [Fact]
    public Task ListJournalEntries_AnEntryOfTheMostLinesAtTheLongestIds_ArrivesWholeOnSqlite() => ListJournalEntries_AnEntryOfTheMostLinesAtTheLongestIds_ArrivesWhole();
}

public sealed class PostgresLedgerCliTests(PostgresServerFixture fixture) : LedgerCliTests(fixture), IClassFixture<PostgresServerFixture>;
