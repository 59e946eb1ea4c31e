using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage.Migrations;

namespace RoyaltyLedger.Server.Tests.Migrations;

/// <summary>
/// Today's server on data the previous release wrote, before versioned migrations: it migrates on start, and everything
/// the release stored reads back exactly (statements, the journal's chain, the payout cycle), and new usage still flows.
/// </summary>
public abstract class ReleaseUpgradeTests(ServerFixture fixture)
{
    private bool Postgres => fixture.Settings["Storage:Provider"] == "postgres";

    [Fact]
    public async Task Start_OnReleaseData_MigratesEveryComponentToTheLatestVersion()
    {
        foreach (var component in new[] { SchemaComponent.Ledger, SchemaComponent.Orleans })
        {
            var expected = SchemaJournal.Latest(fixture.Settings, component);
            Assert.Equal(expected, await SchemaJournal.ScriptsAsync(fixture.Settings, component));
        }

        // The follow-up after the baseline really ran on the release's database, not only its journal row.
        await SchemaJournal.ExecuteAsync(fixture.Settings, SchemaComponent.Ledger,
            Postgres ? "SELECT 'rerate_queue_by_age'::regclass" : "SELECT * FROM rerate_queue INDEXED BY rerate_queue_by_age");
    }

    [Fact]
    public async Task Restart_AfterUpgrade_RunsNoMigrationAndKeepsTheData()
    {
        await fixture.RestartAsync();

        Assert.Equal(SchemaJournal.Latest(fixture.Settings, SchemaComponent.Ledger), await SchemaJournal.ScriptsAsync(fixture.Settings, SchemaComponent.Ledger));
        var statement = await fixture.Server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = ReleaseData.Creator });
        Assert.Equal(ReleaseData.CreatorTotalNanos, Assert.Single(statement.Totals).AmountNanos);
    }

    [Fact]
    public async Task Statement_AfterUpgrade_ReadsExactlyAsTheReleaseWroteIt()
    {
        var statement = await fixture.Server.Statements.GetCreatorStatementAsync(
            new GetCreatorStatementRequest { CreatorId = ReleaseData.Creator, WaitForProjection = true });

        var total = Assert.Single(statement.Totals);
        Assert.Equal(("EUR", ReleaseData.CreatorTotalNanos), (total.Currency, total.AmountNanos));
        Assert.Equal(264UL, statement.UnlicensedEventCount);
        var account = Assert.Single(statement.Accounts);
        Assert.Equal(
            ("105078687307", "0", "10507868730", "94570000000", "9457", "818577"),
            (account.AccruedNanos, account.AdjustmentsNanos, account.CommissionNanos, account.PaidNanos, account.PaidMinor, account.OwedNanos));
        var training = Assert.Single(statement.Lines, l => l.WorkId == "tides-of-lagos" && l.Use == UseKind.Training);
        Assert.Equal((270UL, "48169011", "96338022000", "licensed"), (training.EventCount, training.Units, training.AmountNanos, training.LicenceStatus));
        Assert.Equal("ada-tides-1", Assert.Single(statement.Removals).RequestId);
    }

    [Fact]
    public async Task VerifyJournal_AfterUpgrade_ChainIsIntactThroughTheReleaseEntries()
    {
        var (entries, headHash, _) = ReleaseData.Journal(Postgres);

        var verified = await fixture.Server.Admin.Ledger.VerifyJournalAsync(new VerifyJournalRequest());

        Assert.True(verified.Intact, $"the journal broke after the upgrade: {verified.Problem}");
        Assert.True(verified.EntriesChecked >= entries, $"checked {verified.EntriesChecked} entries, the release wrote {entries}");
        // Another test here may have appended since; the release's last entry is unchanged either way.
        var page = await fixture.Server.Admin.Ledger.ListJournalEntriesAsync(new ListJournalEntriesRequest { FromEntryNo = entries, Limit = 1 });
        Assert.Equal((entries, headHash), (page.Entries[0].EntryNo, page.Entries[0].HashHex));
    }

    [Fact]
    public async Task PayoutCycle_AfterUpgrade_IsCommittedWithTheReleaseMerkleRoot()
    {
        var payouts = new Payouts.PayoutsClient(fixture.Server.Admin.Invoker);

        var cycle = await payouts.GetCycleAsync(new GetCycleRequest { CycleId = ReleaseData.CycleId });

        Assert.Equal(("committed", ReleaseData.MerkleRoot, ReleaseData.Journal(Postgres).PayoutEntry), (cycle.Status, cycle.MerkleRoot, cycle.JournalEntryNo));
        Assert.Equal(5, cycle.Lines.Count);
        Assert.Equal("9457", Assert.Single(cycle.Lines, l => l.PartyId == ReleaseData.Creator).PaidMinor);
    }

    [Fact]
    public async Task PreviewCycle_AfterUpgrade_LinesFromBeforePeriodsCountAsBroughtForward()
    {
        var payouts = new Payouts.PayoutsClient(fixture.Server.Admin.Invoker);

        // The release's lines have no month of use (period ''): every cycle counts them, as every cycle did before. Its
        // cycle paid Ada all but 0.000818577 EUR, which November's cycle brings forward (held: under the 1.00 EUR minimum).
        var cycle = await payouts.PreviewCycleAsync(new RunCycleRequest
        {
            CycleId = "after-upgrade-2026-11", SocietyId = "demo-society", Currency = "EUR", Period = "2026-11", MinimumPayoutMinor = 100,
        });

        var ada = Assert.Single(cycle.Lines, l => l.PartyId == ReleaseData.Creator);
        Assert.Equal(("818577", "818577", true), (ada.GrossNanos, ada.BroughtForwardNanos, ada.Held));
        Assert.Empty(ada.Parts);
    }

    [Fact]
    public async Task Ingest_AfterUpgrade_NewBatchIsCountedAndProjected()
    {
        var statements = fixture.Server.Statements;
        var request = new GetCreatorStatementRequest { CreatorId = "mei-tanaka", WaitForProjection = true };
        var before = await statements.GetCreatorStatementAsync(request);

        var ack = await SendAsync(new UsageEvent
        {
            EventId = "after-upgrade-1",
            ModelId = "lumen-7b",
            WorkId = "foxes-at-dusk",
            Use = UseKind.Training,
            Units = 2,
            UnitKind = "images",
            AttributionWeightPpm = 1_000_000,
            OccurredAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)),
            AttributionMethod = "manifest",
            AttributionMethodVersion = "1",
        });
        var after = await statements.GetCreatorStatementAsync(request);

        Assert.Equal(1U, ack.Accepted);
        // lic-lumen-foxes prices training at 0.05 EUR an image: two images are 100,000,000 nanos more.
        Assert.Equal(100_000_000L, Nanos(after) - Nanos(before));
        Assert.Equal(1UL, Events(after) - Events(before));
    }

    private static long Nanos(CreatorStatement statement) =>
        long.Parse(Assert.Single(statement.Totals).AmountNanos, System.Globalization.CultureInfo.InvariantCulture);

    private static ulong Events(CreatorStatement statement) =>
        statement.Lines.Where(l => l.WorkId == "foxes-at-dusk" && l.Use == UseKind.Training && l.LicenceStatus == "licensed").Aggregate(0UL, (sum, l) => sum + l.EventCount);

    private async Task<BatchAck> SendAsync(UsageEvent usage)
    {
        using var call = fixture.Server.Ingest.Ingest();
        await call.RequestStream.WriteAsync(new IngestRequest { Open = new OpenStream { OperatorId = "lumen-ai", StreamName = "after-upgrade" } });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None), "the server closed the stream before confirming open");
        var batch = new UsageBatch { BatchSeq = call.ResponseStream.Current.Opened.LastBatchSeq + 1 };
        batch.Events.Add(usage);
        await call.RequestStream.WriteAsync(new IngestRequest { Batch = batch });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None), "no ack for the batch");
        var ack = call.ResponseStream.Current.Ack;
        await call.RequestStream.CompleteAsync();
        return ack;
    }
}

public sealed class SqliteReleaseUpgradeTests(SqliteReleaseServerFixture fixture) : ReleaseUpgradeTests(fixture), IClassFixture<SqliteReleaseServerFixture>;

public sealed class PostgresReleaseUpgradeTests(PostgresReleaseServerFixture fixture) : ReleaseUpgradeTests(fixture), IClassFixture<PostgresReleaseServerFixture>;
