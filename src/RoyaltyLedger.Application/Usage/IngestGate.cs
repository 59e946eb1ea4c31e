namespace RoyaltyLedger.Application.Usage;

/// <summary>
/// Bounds the ingest streams a server serves at once (setting Ingest:MaxOpenStreams, default 512); each holds at
/// most one batch in memory, so this with the 4 MiB message limit bounds ingest memory.
/// </summary>
public sealed class IngestGate : IDisposable
{
    public const int DefaultMaxOpenStreams = 512;

    private readonly SemaphoreSlim _streams;

    public IngestGate(int maxOpenStreams)
    {
        MaxOpenStreams = maxOpenStreams;
        if (MaxOpenStreams < 1)
        {
            throw new InvalidOperationException($"Ingest:MaxOpenStreams is {MaxOpenStreams}, expected 1 or more");
        }

        _streams = new SemaphoreSlim(MaxOpenStreams, MaxOpenStreams);
    }

    public int MaxOpenStreams { get; }

    public TimeSpan RetryAfter { get; } = TimeSpan.FromSeconds(1);

    public bool TryEnter() => _streams.Wait(0);

    public void Exit() => _streams.Release();

    public void Dispose() => _streams.Dispose();
}
