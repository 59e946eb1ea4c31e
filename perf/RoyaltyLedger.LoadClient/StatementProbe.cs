using System.Diagnostics;
using Grpc.Core;
using HdrHistogram;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.LoadClient;

/// <summary>
/// Reads the statements of random seeded creators at a steady rate while the streams ingest (issue 12: "a statement
/// read during full-load ingest returns within 200 ms p99 and shows its lag"). Reads start on schedule whether or not
/// earlier ones have answered (up to <see cref="MaxInFlight"/>), so a slow read cannot hide the ones behind it; each
/// read's latency is its own call's, and the lag each statement showed is kept.
/// </summary>
internal sealed class StatementProbe(CallInvoker invoker, double readsPerSecond, int seed)
{
    /// <summary>Reads outstanding at most; a read due beyond this is counted as skipped.</summary>
    public const int MaxInFlight = 256;

    /// <summary>How long one read may take before it counts as failed.</summary>
    public static readonly TimeSpan ReadDeadline = TimeSpan.FromSeconds(30);

    private readonly Statements.StatementsClient _client = new(invoker);
    private readonly Random _random = new(seed);
    private readonly object _gate = new();

    /// <summary>Read latencies in microseconds, 1 µs to 5 minutes.</summary>
    public LongHistogram Latency { get; } = new(1, 300_000_000, 3);

    /// <summary>pending_batches of each statement read.</summary>
    public LongHistogram PendingBatches { get; } = new(1, 100_000_000, 3);

    public long Reads { get; private set; }

    public long Failed { get; private set; }

    public long Skipped { get; private set; }

    /// <summary>Statements whose creator was not found (seeding raced): counted, not timed.</summary>
    public long NotFound { get; private set; }

    public ulong LowestAsOfLogPosition { get; private set; } = ulong.MaxValue;

    public ulong HighestAsOfLogPosition { get; private set; }

    public string? FirstError { get; private set; }

    /// <summary>Reads from <paramref name="from"/> to <paramref name="until"/> (Stopwatch timestamps), recording only those.</summary>
    public async Task RunAsync(long from, long until, CancellationToken cancellation)
    {
        var interval = Stopwatch.Frequency / readsPerSecond;
        var reads = new List<Task>();
        var inFlight = 0;
        for (var n = 0L; ; n++)
        {
            var due = from + (long)(n * interval);
            if (due >= until)
            {
                break;
            }

            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellation);
            }

            if (Volatile.Read(ref inFlight) >= MaxInFlight)
            {
                lock (_gate) Skipped++;
                continue;
            }

            Interlocked.Increment(ref inFlight);
            var creator = Seeder.CreatorId(_random.Next(LoadOptions.Creators));
            reads.Add(Task.Run(async () =>
            {
                try
                {
                    await ReadOneAsync(creator, cancellation);
                }
                finally
                {
                    Interlocked.Decrement(ref inFlight);
                }
            }, cancellation));
        }

        await Task.WhenAll(reads);
    }

    private async Task ReadOneAsync(string creatorId, CancellationToken cancellation)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var statement = await _client.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = creatorId },
                deadline: DateTime.UtcNow + ReadDeadline, cancellationToken: cancellation);
            var micros = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            lock (_gate)
            {
                Reads++;
                Latency.RecordValue(Math.Max(1, micros));
                PendingBatches.RecordValue((long)statement.PendingBatches);
                LowestAsOfLogPosition = Math.Min(LowestAsOfLogPosition, statement.AsOfLogPosition);
                HighestAsOfLogPosition = Math.Max(HighestAsOfLogPosition, statement.AsOfLogPosition);
            }
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            lock (_gate) NotFound++;
        }
        catch (RpcException e) when (!cancellation.IsCancellationRequested)
        {
            lock (_gate)
            {
                Failed++;
                FirstError ??= $"{e.StatusCode}: {e.Status.Detail}";
            }
        }
    }
}
