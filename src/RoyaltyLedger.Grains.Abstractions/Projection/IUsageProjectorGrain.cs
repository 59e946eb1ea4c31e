using Orleans.Concurrency;

namespace RoyaltyLedger.Grains.Abstractions.Projection;

/// <summary>
/// Projects the usage log into running totals, exactly once: rates the counted events of pending log rows, adds
/// them to <c>usage_totals</c> (per work and per creator) or puts them in suspense when their work is unknown, and
/// moves suspense into the totals once the work is registered. One projector runs, under key <see cref="Key"/>;
/// should a second activation exist, the database lets only one of them commit any log row or suspense match.
/// </summary>
[Alias("rl.IUsageProjectorGrain")]
public interface IUsageProjectorGrain : IGrainWithIntegerKey
{
    /// <summary>The key of the cluster's projector.</summary>
    const long Key = 0;

    /// <summary>The most log rows one round takes (docs/ingest-design.md).</summary>
    const int MaxBatchesPerRound = 200;

    /// <summary>
    /// Asks for a round soon, e.g. after the writer committed log rows. Cheap and interleaved with rounds; the
    /// projector also polls, so a lost poke only delays projection.
    /// </summary>
    [Alias("Poke")]
    [AlwaysInterleave]
    Task Poke();

    /// <summary>How many log rows wait to be projected.</summary>
    [Alias("Lag")]
    [AlwaysInterleave]
    Task<long> Lag();

    /// <summary>
    /// Runs rounds until no log rows are pending and no suspense can be matched; false when <paramref name="timeout"/>
    /// (real time, keep it below the grain call timeout) ran out first, or a round failed. Interleaved, so that callers
    /// waiting together share the rounds rather than queue behind each other's timeouts; a round already running is
    /// waited for at most until the timeout, and one round, once started, finishes (rounds are bounded).
    /// </summary>
    [Alias("ProjectUntilIdle")]
    [AlwaysInterleave]
    Task<bool> ProjectUntilIdle(TimeSpan timeout);

    /// <summary>The most quarantined uses one <see cref="RetryQuarantined"/> call takes.</summary>
    const int MaxRetriedPerCall = 1_000;

    /// <summary>
    /// Projects quarantined uses again, through the same rating, pricing and posting as a round, in one transaction: each
    /// that now posts leaves the quarantine as it is posted; each that fails again stays, with the new error.
    /// </summary>
    [Alias("RetryQuarantined")]
    Task<QuarantineRetryReport> RetryQuarantined(QuarantineRetryRequest request);
}
