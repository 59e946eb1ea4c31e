using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Grains.Abstractions.Projection;
using RoyaltyLedger.Grains.Projection;
using static RoyaltyLedger.Grains.Tests.Projection.UsageLog;

namespace RoyaltyLedger.Grains.Tests.Projection;

/// <summary>
/// The projector never halts on one use: a use it cannot rate or post is quarantined in the round's own transaction,
/// the rest of the round is committed, and a retry after the fix posts it once.
/// </summary>
[Collection(ClusterGroup.Name)]
public class QuarantineTests(ClusterFixture fixture)
{
    private static int s_triggers;

    /// <summary>Switches the test hook on every silo (the projector may live on either).</summary>
    private void FailUsesOf(string? workId)
    {
        foreach (var silo in fixture.Cluster.Silos)
        {
            silo.ServiceProvider.GetRequiredService<ProjectionFaults>().FailUsesOfWork = workId;
        }
    }

    private async Task<(long Events, long Nanos)> WorkTotalAsync(ProjectionCatalogue c, string workId)
    {
        var rows = (await TotalsAsync(fixture, c.Operator)).Where(r => r.Party == "" && r.Work == workId).ToList();
        return (rows.Sum(r => r.Events), rows.Sum(r => r.Nanos));
    }

    private async Task<long> LastEntryNoAsync()
    {
        var last = 0L;
        while ((await fixture.Journal.ReadEntriesAsync(last + 1, 1_000, CancellationToken.None)) is { Count: > 0 } page)
        {
            last = page[^1].EntryNo;
        }

        return last;
    }

    private static Contracts.V1.UsageEvent RevenueUse(ProjectionCatalogue c, string id)
    {
        var revenue = Event(id, c.Model, c.RevenueWork, 10, unitKind: "queries");
        revenue.RevenueMicros = 1_000_001;
        revenue.RevenueCurrency = "EUR";
        return revenue;
    }

    [Fact]
    public async Task ProjectRound_UseOfAWorkWhoseRatingFails_QuarantinesItAndPostsTheRestOfTheRound()
    {
        var projector = await Projectors.ReadyAsync(fixture);
        var c = await Projectors.CatalogueAsync(fixture, "qr-rate");
        FailUsesOf(c.RevenueWork);
        try
        {
            var logSeq = await AppendAsync(fixture, c.Operator,
                [Event($"{c.Prefix}-e1", c.Model, c.TariffWork, 1_000_000), RevenueUse(c, $"{c.Prefix}-e2"), Event($"{c.Prefix}-e3", c.Model, c.TariffWork, 1_000_000)]);

            var report = await projector.ProjectRound(IUsageProjectorGrain.MaxBatchesPerRound);

            Assert.Equal((1, 3, false), (report.Batches, report.Events, report.Conflicted));
            Assert.Equal(0, await projector.Lag());
            Assert.Equal((2L, 4_000_000_000L), await WorkTotalAsync(c, c.TariffWork));
            Assert.Equal((0L, 0L), await WorkTotalAsync(c, c.RevenueWork));
            Assert.Equal([(logSeq, 1)], await fixture.Quarantines.ReadQuarantinedKeysAsync([logSeq], CancellationToken.None));
            var quarantined = (await fixture.Quarantines.GetQuarantinedAsync(logSeq, 1, CancellationToken.None))!;
            Assert.Equal((c.Operator, $"{c.Prefix}-e2", c.RevenueWork, typeof(InjectedFaultException).FullName, 1, fixture.Clock.GetUtcNow().ToUnixTimeMilliseconds()),
                (quarantined.OperatorId, quarantined.EventId, quarantined.WorkId, quarantined.ErrorType, quarantined.Attempts, quarantined.QuarantinedAtUnixMs));
            Assert.Contains(ProjectionFaults.FailUsesOfWorkKey, quarantined.ErrorMessage, StringComparison.Ordinal);

            // Retried before the fix: it fails again and stays, with the attempt counted.
            var again = await projector.RetryQuarantined(new QuarantineRetryRequest(false, logSeq, 1));
            Assert.Equal((1, 0, 1, false), (again.Retried, again.Posted, again.StillQuarantined, again.Conflicted));
            Assert.Equal(2, (await fixture.Quarantines.GetQuarantinedAsync(logSeq, 1, CancellationToken.None))!.Attempts);
            Assert.Equal((0L, 0L), await WorkTotalAsync(c, c.RevenueWork));
        }
        finally
        {
            FailUsesOf(null);
        }

        var entriesBefore = await LastEntryNoAsync();
        var retried = await projector.RetryQuarantined(new QuarantineRetryRequest(true, 0, 0));
        var entriesAfter = await LastEntryNoAsync();
        var twice = await projector.RetryQuarantined(new QuarantineRetryRequest(true, 0, 0));

        Assert.Equal((1, 1, 0, false), (retried.Retried, retried.Posted, retried.StillQuarantined, retried.Conflicted));
        Assert.Equal(QuarantineRetryReport.Nothing, twice);
        Assert.Equal(entriesBefore + 1, entriesAfter);
        Assert.Equal(entriesAfter, await LastEntryNoAsync());
        // 10 % of 1.000001 EUR, posted once.
        Assert.Equal((1L, 100_000_100L), await WorkTotalAsync(c, c.RevenueWork));
        Assert.Equal((2L, 4_000_000_000L), await WorkTotalAsync(c, c.TariffWork));
        Assert.Equal(0, (await fixture.Quarantines.SummarizeQuarantineAsync(CancellationToken.None)).Count);
        Assert.True((await fixture.Journal.VerifyAsync(CancellationToken.None)).Intact);
    }

    [Fact]
    public async Task ProjectRound_CommitRefusedByTheDatabaseForOneUse_QuarantinesThatUseAndCommitsTheOthers()
    {
        var projector = await Projectors.ReadyAsync(fixture);
        var c = await Projectors.CatalogueAsync(fixture, "qr-commit");
        // A crafted constraint: the database refuses any total of the revenue work, as it would a value it cannot hold.
        var trigger = $"qr_refuse_{Interlocked.Increment(ref s_triggers)}";
        await ExecuteAsync(
            $"CREATE TRIGGER {trigger} BEFORE INSERT ON usage_totals WHEN NEW.work_id = '{c.RevenueWork}' BEGIN SELECT RAISE(ABORT, 'test: totals of {c.RevenueWork} refused'); END");
        long logSeq;
        try
        {
            logSeq = await AppendAsync(fixture, c.Operator,
            [
                Event($"{c.Prefix}-e1", c.Model, c.TariffWork, 1_000_000), RevenueUse(c, $"{c.Prefix}-e2"),
                Event($"{c.Prefix}-e3", c.Model, c.TariffWork, 1_000_000), Event($"{c.Prefix}-e4", c.Model, c.UnlicensedWork, 2_000),
            ]);

            var report = await projector.ProjectRound(IUsageProjectorGrain.MaxBatchesPerRound);

            Assert.Equal((1, 4, false), (report.Batches, report.Events, report.Conflicted));
            Assert.Equal(0, await projector.Lag());
            Assert.Equal((2L, 4_000_000_000L), await WorkTotalAsync(c, c.TariffWork));
            Assert.Equal((1L, 0L), await WorkTotalAsync(c, c.UnlicensedWork));
            Assert.Equal((0L, 0L), await WorkTotalAsync(c, c.RevenueWork));
            var quarantined = Assert.Single(await fixture.Quarantines.ListQuarantinedAsync(logSeq - 1, int.MaxValue, 10, CancellationToken.None));
            Assert.Equal((logSeq, 1, $"{c.Prefix}-e2", typeof(SqliteException).FullName), (quarantined.LogSeq, quarantined.EventIndex, quarantined.EventId, quarantined.ErrorType));
            Assert.Contains($"test: totals of {c.RevenueWork} refused", quarantined.ErrorMessage, StringComparison.Ordinal);
        }
        finally
        {
            await ExecuteAsync($"DROP TRIGGER {trigger}");
        }

        var retried = await projector.RetryQuarantined(new QuarantineRetryRequest(false, logSeq, 1));

        Assert.Equal((1, 1, 0), (retried.Retried, retried.Posted, retried.StillQuarantined));
        Assert.Equal((1L, 100_000_100L), await WorkTotalAsync(c, c.RevenueWork));
        Assert.Equal(0, (await fixture.Quarantines.SummarizeQuarantineAsync(CancellationToken.None)).Count);
        Assert.True((await fixture.Journal.VerifyAsync(CancellationToken.None)).Intact);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = fixture.LedgerPath }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
