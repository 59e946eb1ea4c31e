using RoyaltyLedger.Grains.Abstractions.Projection;

namespace RoyaltyLedger.Grains.Tests.Projection;

internal static class Projectors
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static int s_catalogues;

    /// <summary>
    /// The projector under <paramref name="key"/>, activated and idle: its activation round has run, so nothing
    /// written after this returns is projected until the test asks (the fixture's clock is frozen, so its timer stays quiet).
    /// </summary>
    /// <remarks>It is handed out with its test hook (<see cref="IUsageProjectorTestHooks.ProjectRound"/>), the same activation.</remarks>
    public static async Task<IUsageProjectorTestHooks> ReadyAsync(ClusterFixture fixture, long key = IUsageProjectorGrain.Key)
    {
        var projector = fixture.Grains.GetGrain<IUsageProjectorTestHooks>(key);
        Assert.True(await projector.ProjectUntilIdle(Patience), $"projector {key} did not get idle within {Patience} before the test");
        return projector;
    }

    public static Task<ProjectionCatalogue> CatalogueAsync(ClusterFixture fixture, string prefix) =>
        new ProjectionCatalogue(prefix, Interlocked.Increment(ref s_catalogues)).SeedAsync(fixture);
}
