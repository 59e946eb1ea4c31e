using RoyaltyLedger.Domain.Money;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text.Json;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Grains.Abstractions.Projection;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Projection;
using RoyaltyLedger.Storage.Projection;
using static RoyaltyLedger.Grains.Tests.Projection.UsageLog;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Grains.Tests.Projection;

/// <summary>The projector rates and prices counted events into per-work and per-creator totals, exactly once.</summary>
[Collection(ClusterGroup.Name)]
public class UsageProjectorTests(ClusterFixture fixture)
{
    /// <summary>Two batches with a use of every kind; event 1 of the first batch does not count.</summary>
    private async Task<(long First, long Second)> AppendEveryKindAsync(ProjectionCatalogue c)
    {
        var revenue = Event($"{c.Prefix}-e3", c.Model, c.RevenueWork, 10, unitKind: "queries");
        revenue.RevenueMicros = 1_000_001;
        revenue.RevenueCurrency = "EUR";
        var first = await AppendAsync(fixture, c.Operator,
            [Event($"{c.Prefix}-e1", c.Model, c.TariffWork, 333_333, weightPpm: 700_000),
             Event($"{c.Prefix}-e2", c.Model, c.TariffWork, 1_000_000),
             revenue],
            [true, false, true]);
        var second = await AppendAsync(fixture, c.Operator,
            [Event($"{c.Prefix}-e4", c.Model, c.RefusedWork, 1_000),
             Event($"{c.Prefix}-e5", c.Model, c.UnlicensedWork, 2_000),
             Event($"{c.Prefix}-e6", c.Model, c.TariffWork, 5, unitKind: "images"),
             Event($"{c.Prefix}-e7", c.Model, $"{c.Prefix}-nowork", 7),
             Event($"{c.Prefix}-e8", c.Model, c.TariffWork, 1_000_000, at: October)]);
        return (first, second);
    }

    [Fact]
    public async Task ProjectRound_EveryStatus_AddsExactNanosPerCreatorAndWork()
    {
        var projector = await Projectors.ReadyAsync(fixture);
        var c = await Projectors.CatalogueAsync(fixture, "pj-exact");
        await AppendEveryKindAsync(c);

        var report = await projector.ProjectRound(IUsageProjectorGrain.MaxBatchesPerRound);

        // The catalogue's licences start before the fake clock's now, but were granted before any use of their works
        // was logged, so nothing was queued for re-rating.
        Assert.Equal(new ProjectionReport(2, 7, 0, false) { Rerated = 0, Adjusted = 0 }, report);
        Assert.Equal(0, await projector.Lag());
        // Tariff: 333,333 tokens × 2 EUR per million × 70 % = 0.4666662 EUR, split 60/40; plus a full million tokens in
        // October = 2 EUR. Revenue: 10 % of 1.000001 EUR = 100,000,100 nanos, split 3,333/3,333/3,334 by largest remainder.
        Assert.Equal(
            [(c.RefusedWork, "refused", "tokens", "", 1L, 1_000L, 0L),
             (c.RevenueWork, "licensed", "queries", "EUR", 1L, 10L, 33_330_033L),
             (c.TariffWork, "licensed", "tokens", "EUR", 2L, 1_333_333L, 279_999_720L + 1_200_000_000L),
             (c.TariffWork, "unlicensed", "images", "", 1L, 5L, 0L),
             (c.UnlicensedWork, "unlicensed", "tokens", "", 1L, 2_000L, 0L)],
            await LinesAsync(c.Composer));
        Assert.Equal(
            [(c.RefusedWork, "refused", "tokens", "", 1L, 1_000L, 0L),
             (c.RevenueWork, "licensed", "queries", "EUR", 1L, 10L, 33_330_033L),
             (c.TariffWork, "licensed", "tokens", "EUR", 2L, 1_333_333L, 186_666_480L + 800_000_000L),
             (c.TariffWork, "unlicensed", "images", "", 1L, 5L, 0L),
             (c.UnlicensedWork, "unlicensed", "tokens", "", 1L, 2_000L, 0L)],
            await LinesAsync(c.Lyricist));
        Assert.Equal([(c.RevenueWork, "licensed", "queries", "EUR", 1L, 10L, 33_340_034L)], await LinesAsync(c.Producer));

        Assert.Equal(
            [new UsageTotal(c.TariffWork, c.Operator, c.Model, 1, "licensed", "tokens", "EUR", "2026-10", 1, 1_000_000, 2_000_000_000, 0, 0),
             new UsageTotal(c.TariffWork, c.Operator, c.Model, 1, "licensed", "tokens", "EUR", "2026-11", 1, 333_333, 466_666_200, 0, 0),
             new UsageTotal(c.TariffWork, c.Operator, c.Model, 1, "unlicensed", "images", "", "2026-11", 1, 5, 0, 0, 0)],
            (await fixture.Projections.GetWorkTotalsAsync(c.TariffWork, CancellationToken.None)).Select(WithoutTimes));
        Assert.Equal(
            [new UsageTotal($"{c.Prefix}-nowork", c.Operator, c.Model, 1, "unidentified", "tokens", "", "2026-11", 1, 7, 0, 0, 0)],
            (await fixture.Projections.GetWorkTotalsAsync($"{c.Prefix}-nowork", CancellationToken.None)).Select(WithoutTimes));
        Assert.Equal(7, (await fixture.Projections.GetModelTotalsAsync(c.Model, CancellationToken.None)).Sum(t => t.EventCount));
    }

    [Fact]
    public async Task Commit_OfARoundAnotherProjectorCommitted_ChangesNothingAndKeepsTheRest()
    {
        var projector = await Projectors.ReadyAsync(fixture);
        var c = await Projectors.CatalogueAsync(fixture, "pj-stale");
        await AppendAsync(fixture, c.Operator, [Event($"{c.Prefix}-a", c.Model, c.TariffWork, 1_000_000)]);
        // A projector that read the row and stalled (or crashed before committing) while another projected it.
        var stale = await fixture.Projections.ReadPendingAsync(0, 200, 50_000, 0, CancellationToken.None);
        Assert.True(await projector.ProjectUntilIdle(Projectors.Patience));
        var second = await AppendAsync(fixture, c.Operator, [Event($"{c.Prefix}-b", c.Model, c.TariffWork, 1_000_000)]);

        var delta = new TotalsDelta(new TotalsKey(c.Composer, c.TariffWork, c.Operator, c.Model, 1, "licensed", "tokens", "EUR", "2026-11"), 1, 1_000_000, 1_200_000_000, 0, 0);
        var committed = await fixture.Projections.CommitRoundAsync(new ProjectionCommit([.. stale.Select(s => s.LogSeq), second], [delta], [], [], [], 0), CancellationToken.None);

        Assert.False(committed);
        Assert.Equal(1, await projector.Lag());
        Assert.Equal([(c.TariffWork, "licensed", "tokens", "EUR", 1L, 1_000_000L, 1_200_000_000L)], await LinesAsync(c.Composer));
        Assert.True(await projector.ProjectUntilIdle(Projectors.Patience));
        Assert.Equal([(c.TariffWork, "licensed", "tokens", "EUR", 2L, 2_000_000L, 2_400_000_000L)], await LinesAsync(c.Composer));
    }

    [Fact]
    public async Task ProjectUntilIdle_MoreRowsThanOneRound_ChainsRoundsAndCountsEveryEventOnceInOrder()
    {
        var projector = await Projectors.ReadyAsync(fixture);
        var c = await Projectors.CatalogueAsync(fixture, "pj-chain");
        // 2.5 rounds' worth of rows: the first run prepares each round after the first while the one before commits.
        var batches = (IUsageProjectorGrain.MaxBatchesPerRound * 5) / 2;
        for (var b = 0; b < batches; b++)
        {
            await AppendAsync(fixture, c.Operator, [Event($"{c.Prefix}-{b}", c.Model, c.TariffWork, 1_000_000, weightPpm: 500_000)]);
        }

        var lastBefore = await LastEntryNoAsync();
        Assert.True(await projector.ProjectUntilIdle(Projectors.Patience));

        Assert.Equal(0, await projector.Lag());
        Assert.Equal([(c.TariffWork, "licensed", "tokens", "EUR", (long)batches, batches * 1_000_000L, batches * 600_000_000L)], await LinesAsync(c.Composer));
        // One usage entry per round, committed in order, whose references together name every event once.
        var entries = await fixture.Journal.ReadEntriesAsync(lastBefore + 1, 100, CancellationToken.None);
        Assert.Equal(["usage", "usage", "usage"], entries.Select(e => e.Kind));
        Assert.Equal(batches, entries.Sum(e => JsonDocument.Parse(e.Reference).RootElement.GetProperty("events").GetInt32()));
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

    [Fact]
    public async Task ProjectRound_TwoProjectorsRacingOverTheSameRows_CountEveryEventOnce()
    {
        var first = await Projectors.ReadyAsync(fixture);
        var second = await Projectors.ReadyAsync(fixture, key: 1);
        var c = await Projectors.CatalogueAsync(fixture, "pj-race");
        const int Batches = 40;
        for (var b = 0; b < Batches; b++)
        {
            await AppendAsync(fixture, c.Operator, [.. Enumerable.Range(0, 3).Select(i => Event($"{c.Prefix}-{b}-{i}", c.Model, c.TariffWork, 1_000_000, weightPpm: 500_000))]);
        }

        var reports = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => (i % 2 == 0 ? first : second).ProjectRound(3)));
        Assert.True(await first.ProjectUntilIdle(Projectors.Patience));

        // Each round committed its rows or nothing; the database kept the two from taking the same row twice.
        Assert.All(reports, r => Assert.True(!r.Conflicted || r.Batches == 0, $"round {r} committed rows although another projector had some of them"));
        Assert.InRange(reports.Sum(r => r.Batches), 1, Batches);
        Assert.Equal([(c.TariffWork, "licensed", "tokens", "EUR", 120L, 120_000_000L, 120 * 600_000_000L)], await LinesAsync(c.Composer));
        Assert.Equal([(c.TariffWork, "licensed", "tokens", "EUR", 120L, 120_000_000L, 120 * 400_000_000L)], await LinesAsync(c.Lyricist));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(IUsageProjectorGrain.MaxBatchesPerRound + 1)]
    public async Task ProjectRound_SizeOutsideOneTo200_IsRefused(int maxBatches)
    {
        var projector = await Projectors.ReadyAsync(fixture);

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => projector.ProjectRound(maxBatches));

        // The parameter name does not survive the grain call; the message, which names it and the limit, does.
        Assert.StartsWith($"a projection round takes 1 to 200 log rows, not {maxBatches} (Parameter 'maxBatches')", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectRound_EveryStatus_IsCountedOnTheRoyaltyLedgerMeter()
    {
        var projector = await Projectors.ReadyAsync(fixture);
        var c = await Projectors.CatalogueAsync(fixture, "pj-meter");
        await AppendEveryKindAsync(c);
        var counted = new ConcurrentDictionary<string, long>();
        var lags = new ConcurrentBag<long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ProjectionMetrics.MeterName && instrument.Name is "royaltyledger.projection.events" or "royaltyledger.projection.lag")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "royaltyledger.projection.lag")
            {
                lags.Add(value);
                return;
            }

            foreach (var tag in tags)
            {
                counted.AddOrUpdate((string)tag.Value!, value, (_, sum) => sum + value);
            }
        });
        listener.Start();

        await projector.ProjectRound(IUsageProjectorGrain.MaxBatchesPerRound);
        listener.RecordObservableInstruments();

        Assert.Equal([("licensed", 3L), ("refused", 1L), ("unidentified", 1L), ("unlicensed", 2L)], counted.Select(kv => (kv.Key, kv.Value)).Order());
        Assert.Contains(0L, lags);
        Assert.All(lags, lag => Assert.Equal(0L, lag));
    }

    private async Task<List<(string Work, string Status, string Unit, string Currency, long Events, long Units, long Nanos)>> LinesAsync(string creatorId)
    {
        // Statement lines are per month of use; these tests check sums per work and status, so months are added up.
        var statement = await fixture.Grains.GetGrain<ICreatorGrain>(creatorId).GetStatement();
        return [.. statement.Lines.GroupBy(l => (l.WorkId, l.LicenceStatus, l.UnitKind, l.Currency))
            .Select(g => (g.Key.WorkId, g.Key.LicenceStatus, g.Key.UnitKind, g.Key.Currency, g.Sum(l => l.EventCount), (long)g.Sum(l => l.Units), (long)g.Sum(l => l.AmountNanos)))];
    }

    /// <summary>First and last use times are checked where they are the subject; here they would only repeat the events' times.</summary>
    private static UsageTotal WithoutTimes(UsageTotal total) => total with { FirstAtUnixMs = 0, LastAtUnixMs = 0 };
}
