using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using RoyaltyLedger.Application.Statements;
using RoyaltyLedger.Storage.Statements;

namespace RoyaltyLedger.Server.Tests.StatementReads;

/// <summary>
/// The statement read's wait on a scripted store and a fake clock: it waits for the log as it stood when the read began
/// (not for rows written since), for queued re-ratings and matchable suspense, polls with a backoff, and gives up at
/// its bound; and how a request's wait fields map to a wait, at their edges.
/// </summary>
public sealed class ProjectionWaitTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Answers each progress read with the next scripted one, repeating the last.</summary>
    private sealed class ScriptedStore(params ProjectionProgress[] script) : IStatementReadStore
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public Task<ProjectionProgress> ReadProgressAsync(CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref _reads);
            return Task.FromResult(script[Math.Min(n, script.Length) - 1]);
        }

        public Task<StatementSnapshot> ReadStatementAsync(string creatorId, string periodFrom, string periodTo, CancellationToken cancellationToken) =>
            throw new NotSupportedException("the wait reads progress only");
    }

    private static ProjectionProgress At(long asOf, long latest, long pending, long rerates = 0, bool matchable = false) =>
        new(new ProjectionLag(asOf, pending, rerates), latest, matchable);

    private ProjectionWait Wait(IStatementReadStore store, string bound = "00:00:02") =>
        new(store, _clock, new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Statements:MaxProjectionWait"] = bound }).Build(),
            NullLogger<ProjectionWait>.Instance);

    /// <summary>Moves the fake clock 10 ms at a time until the wait ends (at most 100 s of fake time).</summary>
    private async Task<bool> RunAsync(Task<bool> waiting)
    {
        for (var step = 0; step < 10_000 && !waiting.IsCompleted; step++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Delay(1);
        }

        Assert.True(waiting.IsCompleted, "the wait did not end within 100 s of fake time");
        return await waiting;
    }

    [Fact]
    public async Task UntilCaughtUp_LogGrowsWhileWaiting_ReturnsOnceTheRowsThereAtTheStartAreProjected()
    {
        var store = new ScriptedStore(At(5, 10, 5), At(8, 12, 4), At(10, 15, 5));

        var caughtUp = await RunAsync(Wait(store).UntilCaughtUpAsync("c", TimeSpan.FromSeconds(2), CancellationToken.None));

        Assert.Equal((true, 3), (caughtUp, store.Reads));
    }

    [Fact]
    public async Task UntilCaughtUp_RerateQueuedThenSuspenseMatchable_WaitsForBoth()
    {
        var store = new ScriptedStore(At(10, 10, 0, rerates: 1), At(10, 10, 0, matchable: true), At(10, 10, 0));

        var caughtUp = await RunAsync(Wait(store).UntilCaughtUpAsync("c", TimeSpan.FromSeconds(2), CancellationToken.None));

        Assert.Equal((true, 3), (caughtUp, store.Reads));
    }

    [Fact]
    public async Task UntilCaughtUp_NeverCatchesUp_ReturnsFalseAtTheBoundHavingBackedOff()
    {
        var store = new ScriptedStore(At(5, 10, 5));
        var started = _clock.GetTimestamp();

        var caughtUp = await RunAsync(Wait(store).UntilCaughtUpAsync("c", TimeSpan.FromSeconds(1), CancellationToken.None));
        var waited = _clock.GetElapsedTime(started);

        Assert.False(caughtUp);
        Assert.True(waited >= TimeSpan.FromSeconds(1) && waited < TimeSpan.FromSeconds(2), $"waited {waited} of fake time for a 1 s bound");
        // 10, 20, 40, 80, 160, then 250 ms pauses: 9 reads in the second at most, where polling every 10 ms would make 100.
        Assert.InRange(store.Reads, 2, 9);
    }

    [Fact]
    public async Task UntilCaughtUp_AskedForMoreThanTheBound_WaitsTheBound()
    {
        var store = new ScriptedStore(At(5, 10, 5));
        var started = _clock.GetTimestamp();

        Assert.False(await RunAsync(Wait(store, bound: "00:00:01").UntilCaughtUpAsync("c", TimeSpan.FromSeconds(20), CancellationToken.None)));
        Assert.InRange(_clock.GetElapsedTime(started), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) - TimeSpan.FromTicks(1));
    }

    [Fact]
    public void Requested_FlagAndMilliseconds_AtTheirEdges()
    {
        var wait = Wait(new ScriptedStore(At(0, 0, 0)));

        Assert.Equal((TimeSpan.Zero, null), wait.Requested(false, 0, "max_projection_wait_ms"));
        Assert.Equal((TimeSpan.FromSeconds(2), null), wait.Requested(true, 0, "max_projection_wait_ms"));
        Assert.Equal((TimeSpan.FromMilliseconds(1), null), wait.Requested(false, 1, "max_projection_wait_ms"));
        Assert.Equal((TimeSpan.FromMilliseconds(500), null), wait.Requested(true, 500, "max_projection_wait_ms"));
        Assert.Equal((TimeSpan.FromSeconds(2), null), wait.Requested(false, 20_000, "max_projection_wait_ms"));
        var (refused, violation) = wait.Requested(true, 20_001, "max_projection_wait_ms");
        Assert.Equal((TimeSpan.Zero, "max_projection_wait_ms"), (refused, violation?.Field));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:01")]
    [InlineData("00:00:20.001")]
    public void Bound_ConfiguredOutsideZeroToTwentySeconds_RefusesToStartNamingTheSetting(string bound)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Wait(new ScriptedStore(At(0, 0, 0)), bound));

        Assert.StartsWith("Statements:MaxProjectionWait is ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bound_TwentySeconds_IsTheMost()
    {
        Assert.Equal(TimeSpan.FromSeconds(20), Wait(new ScriptedStore(At(0, 0, 0)), "00:00:20").Bound);
    }
}
