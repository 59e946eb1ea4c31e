namespace RoyaltyLedger.Server.Grpc;

/// <summary>Bounds the ingest streams a server serves at once; each holds at most one batch in memory.</summary>
internal sealed class IngestGate : IDisposable
{
    public const int MaxOpenStreams = 512;

    private readonly SemaphoreSlim _streams = new(MaxOpenStreams, MaxOpenStreams);

    public TimeSpan RetryAfter { get; } = TimeSpan.FromSeconds(1);

    public int Open => MaxOpenStreams - _streams.CurrentCount;

    public bool TryEnter() => _streams.Wait(0);

    public void Exit() => _streams.Release();

    public void Dispose() => _streams.Dispose();
}
