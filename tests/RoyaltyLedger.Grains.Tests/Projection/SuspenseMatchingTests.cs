using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Storage.Projection;
using static RoyaltyLedger.Grains.Tests.Projection.UsageLog;
using RoyaltyLedger.Application.Projection;

namespace RoyaltyLedger.Grains.Tests.Projection;

/// <summary>Usage naming an unregistered work waits in suspense and moves into the creators' totals, once, when the work is registered.</summary>
[Collection(ClusterGroup.Name)]
public class SuspenseMatchingTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ProjectUntilIdle_WorkRegisteredAfterItsUse_MovesTheUseIntoTheCreatorsTotalsOnce()
    {
        var projector = await Projectors.ReadyAsync(fixture);
        var c = await Projectors.CatalogueAsync(fixture, "sm-late");
        var late = $"{c.Prefix}-late";
        var logSeq = await AppendAsync(fixture, c.Operator, [Event($"{c.Prefix}-e1", c.Model, late, 1_000_000), Event($"{c.Prefix}-e2", c.Model, late, 500_000)]);
        Assert.True(await projector.ProjectUntilIdle(Projectors.Patience));
        Assert.Equal([Suspense(late, c, 2, 1_500_000)], await WorkTotalsAsync(late));
        Assert.Empty(await LinesAsync(c.Composer));

        await ProjectionCatalogue.RegisterWorkAsync(fixture, late, c.Duo);
        await c.ConsentAsync(fixture, c.Lyricist, late, "granted");
        await c.LicenseAsync(fixture, late, $"{c.Prefix}-lic-late", ProjectionCatalogue.Tariff, null);
        Assert.True(await projector.ProjectUntilIdle(Projectors.Patience));
        // Every later pass, by either projector, and a repeated registration find nothing left to move.
        await ProjectionCatalogue.RegisterWorkAsync(fixture, late, c.Duo);
        Assert.Equal(0, (await (await Projectors.ReadyAsync(fixture, key: 1)).ProjectRound(1)).Matched);
        Assert.True(await projector.ProjectUntilIdle(Projectors.Patience));

        // 1.5 million tokens at 2 EUR per million = 3 EUR, 60/40.
        Assert.Equal([(late, "licensed", 2L, 1_500_000L, 1_800_000_000L)], await LinesAsync(c.Composer));
        Assert.Equal([(late, "licensed", 2L, 1_500_000L, 1_200_000_000L)], await LinesAsync(c.Lyricist));
        Assert.Equal([Licensed(late, c, 2, 1_500_000, 3_000_000_000)], await WorkTotalsAsync(late));
        Assert.Equal([(0, late), (1, late)], await SuspenseAsync(fixture, logSeq));
    }

    [Fact]
    public async Task ProjectUntilIdle_UseNamingAnIsrcALaterWorkCarries_MovesIntoThatWorksTotalsOnce()
    {
        var projector = await Projectors.ReadyAsync(fixture);
        var c = await Projectors.CatalogueAsync(fixture, "sm-isrc");
        var song = $"{c.Prefix}-song";
        var byRef = ByIsrc($"{c.Prefix}-e1", c, "us-rc1-76-07839");
        var logSeq = await AppendAsync(fixture, c.Operator, [byRef]);
        Assert.True(await projector.ProjectUntilIdle(Projectors.Patience));
        // Suspense is totalled under the normalized identifier until a work carries it.
        Assert.Equal([Suspense("isrc/USRC17607839", c, 1, 1_000_000)], await WorkTotalsAsync("isrc/USRC17607839"));

        await ProjectionCatalogue.RegisterWorkAsync(fixture, song, c.Duo,
            [new IdentifierRecord(Domain.Identifiers.IdentifierScheme.Isrc, "USRC17607839")]);
        await c.ConsentAsync(fixture, c.Lyricist, song, "granted");
        await c.LicenseAsync(fixture, song, $"{c.Prefix}-lic-song", ProjectionCatalogue.Tariff, null);
        Assert.True(await projector.ProjectUntilIdle(Projectors.Patience));
        Assert.True(await projector.ProjectUntilIdle(Projectors.Patience));
        // A use naming the identifier after the registration goes to the work directly.
        await AppendAsync(fixture, c.Operator, [ByIsrc($"{c.Prefix}-e2", c, "USRC17607839")]);
        Assert.True(await projector.ProjectUntilIdle(Projectors.Patience));

        Assert.Empty(await WorkTotalsAsync("isrc/USRC17607839"));
        Assert.Equal([Licensed(song, c, 2, 2_000_000, 4_000_000_000)], await WorkTotalsAsync(song));
        Assert.Equal([(song, "licensed", 2L, 2_000_000L, 2_400_000_000L)], await LinesAsync(c.Composer));
        Assert.Equal([(0, song)], await SuspenseAsync(fixture, logSeq));
    }

    [Fact]
    public async Task CommitMatches_OfAnEventAnotherProjectorMoved_ChangesNothing()
    {
        var projector = await Projectors.ReadyAsync(fixture);
        var c = await Projectors.CatalogueAsync(fixture, "sm-stale");
        var late = $"{c.Prefix}-late";
        var logSeq = await AppendAsync(fixture, c.Operator, [Event($"{c.Prefix}-e1", c.Model, late, 1_000)]);
        Assert.True(await projector.ProjectUntilIdle(Projectors.Patience));
        await ProjectionCatalogue.RegisterWorkAsync(fixture, late, c.Duo);
        var stale = await fixture.Projections.FindSuspenseMatchesAsync(1_000, CancellationToken.None);
        Assert.Contains(stale, s => s.Use.LogSeq == logSeq && s.WorkId == late);
        Assert.True(await projector.ProjectUntilIdle(Projectors.Patience));

        var key = new TotalsKey(c.Composer, late, c.Operator, c.Model, 1, "unlicensed", "tokens", "", "2026-11");
        var moved = await fixture.Projections.CommitMatchesAsync(
            new MatchCommit([new SuspenseMatch(logSeq, 0, late)], 0, [new TotalsDelta(key, 1, 1_000, 0, 0, 0)]), CancellationToken.None);

        Assert.False(moved);
        Assert.Equal([(late, "unlicensed", 1L, 1_000L, 0L)], await LinesAsync(c.Composer));
    }

    private static UsageEvent ByIsrc(string id, ProjectionCatalogue c, string isrc)
    {
        var e = Event(id, c.Model, "", 1_000_000);
        e.WorkRef = new Identifier { Scheme = "ISRC", Value = isrc };
        return e;
    }

    private static UsageTotal Suspense(string workKey, ProjectionCatalogue c, long events, long units) =>
        new(workKey, c.Operator, c.Model, 1, "unidentified", "tokens", "", "2026-11", events, units, 0, 0, 0);

    private static UsageTotal Licensed(string workId, ProjectionCatalogue c, long events, long units, long nanos) =>
        new(workId, c.Operator, c.Model, 1, "licensed", "tokens", "EUR", "2026-11", events, units, nanos, 0, 0);

    /// <summary>The work's totals without their first and last use times, which only repeat the events' times here.</summary>
    private async Task<IReadOnlyList<UsageTotal>> WorkTotalsAsync(string workId) =>
        [.. (await fixture.Projections.GetWorkTotalsAsync(workId, CancellationToken.None)).Select(t => t with { FirstAtUnixMs = 0, LastAtUnixMs = 0 })];

    private async Task<List<(string Work, string Status, long Events, long Units, long Nanos)>> LinesAsync(string creatorId)
    {
        var statement = await fixture.Grains.GetGrain<ICreatorGrain>(creatorId).GetStatement();
        return [.. statement.Lines.Select(l => (l.WorkId, l.LicenceStatus, l.EventCount, (long)l.Units, (long)l.AmountNanos))];
    }
}
