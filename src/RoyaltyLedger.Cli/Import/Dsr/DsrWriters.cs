using Grpc.Core;
using RoyaltyLedger.Client;

namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>
/// The producer streams one import sends on: with <c>--streams N</c> above 1, line L goes to stream L mod N, so that
/// every run cuts the same batches on the same streams (Replay numbering) while N streams commit side by side.
/// Progress is the sum over the streams.
/// </summary>
internal sealed class DsrWriters : IAsyncDisposable
{
    /// <summary>The most streams one import opens.</summary>
    public const int MaxStreams = 16;

    private readonly List<UsageStreamWriter> _writers = [];
    private readonly UsageProgress[] _progress;
    private readonly Lock _gate = new();

    private DsrWriters(int count) => _progress = new UsageProgress[count];

    /// <summary>Raised with the summed progress whenever a stream's changes.</summary>
    public event EventHandler<UsageProgress>? ProgressChanged;

    public event EventHandler<UsageRejection>? Rejected;

    /// <summary>The stream name of stream <paramref name="index"/> of <paramref name="count"/>: the base name alone when there is one.</summary>
    public static string StreamName(string baseName, int index, int count) =>
        count == 1 ? baseName : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{baseName}-{index + 1}of{count}");

    public static async Task<DsrWriters> OpenAsync(Func<int, UsageClientOptions> options, CallInvoker invoker, int count, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(options);
        var writers = new DsrWriters(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var writer = await UsageStreamWriter.OpenAsync(options(i), invoker, token);
                writers._writers.Add(writer);
                var index = i;
                writer.Rejected += (_, rejection) => writers.Rejected?.Invoke(writers, rejection);
                writer.ProgressChanged += (_, progress) => writers.Update(index, progress);
            }
        }
        catch
        {
            await writers.DisposeAsync();
            throw;
        }

        return writers;
    }

    public UsageStreamWriter For(int line) => _writers[line % _writers.Count];

    public UsageProgress Progress
    {
        get
        {
            lock (_gate)
            {
                return Sum();
            }
        }
    }

    public Task CompleteAsync(CancellationToken token) => Task.WhenAll(_writers.Select(w => w.CompleteAsync(token)));

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _writers)
        {
            await writer.DisposeAsync();
        }
    }

    private void Update(int index, UsageProgress progress)
    {
        UsageProgress total;
        lock (_gate)
        {
            _progress[index] = progress;
            total = Sum();
        }

        ProgressChanged?.Invoke(this, total);
    }

    private UsageProgress Sum()
    {
        var total = default(UsageProgress);
        foreach (var p in _progress)
        {
            total = new UsageProgress(
                total.Written + p.Written,
                total.Sent + p.Sent,
                total.Accepted + p.Accepted,
                total.Duplicates + p.Duplicates,
                total.Rejected + p.Rejected,
                total.Held + p.Held,
                Math.Max(total.LastAckedBatchSeq, p.LastAckedBatchSeq),
                total.Reconnects + p.Reconnects);
        }

        return total;
    }
}
