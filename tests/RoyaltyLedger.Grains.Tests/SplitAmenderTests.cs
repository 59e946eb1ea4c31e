using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.Projection;
using RoyaltyLedger.Application.Projection;
using RoyaltyLedger.Application.Rerate;

namespace RoyaltyLedger.Grains.Tests;

/// <summary>
/// Split amendments on the test cluster, with a re-rating queue that fails once as a crash between the work's split
/// write and the queueing would: the retry must still queue the re-rating.
/// </summary>
[Collection(ClusterGroup.Name)]
public class SplitAmenderTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AmendAsync_RetryAfterACrashBetweenSplitWriteAndQueueing_QueuesTheRerateExactlyOnce()
    {
        var workId = await RegisterAsync("sa-crash");
        var queue = new CrashingRerateQueue(crashes: 1);
        var amender = new SplitAmender(fixture.Grains, queue, fixture.Clock);
        var amendment = Correction(fixture.Clock.GetUtcNow().AddDays(-30));

        var crash = await Assert.ThrowsAsync<IOException>(() => amender.AmendAsync(workId, amendment, CancellationToken.None));
        var afterCrash = await fixture.Grains.GetGrain<IWorkGrain>(workId).Describe();
        var retry = await amender.AmendAsync(workId, amendment, CancellationToken.None);

        Assert.Equal("simulated crash between the split write and the queueing", crash.Message);
        Assert.Equal(2, afterCrash!.Splits.Length);
        Assert.Equal(RegistrationOutcome.Unchanged, retry!.Outcome);
        var queued = Assert.Single(queue.Queued);
        Assert.Equal([workId], queued.WorkIds.AsEnumerable());
        Assert.Equal($"{RerateReasons.SplitsAmended}: sa correction", queued.Reason);
    }

    [Fact]
    public async Task AmendAsync_EffectiveLater_QueuesNothing()
    {
        var workId = await RegisterAsync("sa-later");
        var queue = new CrashingRerateQueue(crashes: 0);
        var amender = new SplitAmender(fixture.Grains, queue, fixture.Clock);

        var result = await amender.AmendAsync(workId, Correction(fixture.Clock.GetUtcNow().AddDays(1)) with { Correction = false }, CancellationToken.None);

        Assert.Equal(RegistrationOutcome.Created, result!.Outcome);
        Assert.Empty(queue.Queued);
    }

    private async Task<string> RegisterAsync(string workId)
    {
        var registered = await fixture.Grains.GetGrain<IWorkGrain>(workId).Register(new WorkDefinition(workId, "Amended", "music",
            [new ContributorShare("sa-c-1", "composer", 6_000), new ContributorShare("sa-c-2", "lyricist", 4_000)]));
        Assert.Equal(RegistrationOutcome.Created, registered.Outcome);
        return workId;
    }

    private SplitVersionRecord Correction(DateTimeOffset effectiveFrom) => new(effectiveFrom,
        [new ContributorShare("sa-c-1", "composer", 5_000), new ContributorShare("sa-c-2", "lyricist", 5_000)],
        fixture.Clock.GetUtcNow(), "sa correction", Correction: true);

    /// <summary>Records what is queued; the first <c>crashes</c> calls fail as a process dying before the queue's insert would.</summary>
    private sealed class CrashingRerateQueue(int crashes) : IRerateStore
    {
        private int _crashesLeft = crashes;

        public List<(string[] WorkIds, string Reason)> Queued { get; } = [];

        public Task EnqueueRerateAsync(IReadOnlyCollection<string> workIds, string reason, long requestedAtUnixMs, CancellationToken cancellationToken)
        {
            if (_crashesLeft-- > 0)
            {
                throw new IOException("simulated crash between the split write and the queueing");
            }

            Queued.Add(([.. workIds], reason));
            return Task.CompletedTask;
        }

        public Task EnqueueRerateIfUsedAsync(IReadOnlyCollection<string> workIds, string reason, long requestedAtUnixMs, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<RerateRequest>> PeekRerateRequestsAsync(int partition, int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<long>> ReadWorkLogAsync(string workId, long afterLogSeq, int limit, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<PendingBatch>> ReadLogRowsAsync(IReadOnlyCollection<long> logSeqs, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyDictionary<(long LogSeq, int EventIndex), string?>> ReadSuspenseAsync(IReadOnlyCollection<long> logSeqs, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<RerateOutcome> CommitRerateAsync(RerateCommit commit, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
