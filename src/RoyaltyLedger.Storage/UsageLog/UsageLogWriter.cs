using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Threading.Channels;
using RoyaltyLedger.Application.UsageLog;

namespace RoyaltyLedger.Storage.UsageLog;

/// <summary>
/// Group commit: batches from any number of producer streams wait in one bounded queue, and each writer drains
/// what is waiting into a single transaction (one savepoint per batch, so a stream that lost a race rolls back
/// alone). An ack is released only after its transaction committed. SQLite has one writer; PostgreSQL several.
/// </summary>
public sealed class UsageLogWriter : IUsageLog, IAsyncDisposable
{
    private readonly SqlUsageLogStore _store;
    private readonly UsageLogOptions _options;
    private readonly Channel<Pending> _queue;
    private readonly ConcurrentDictionary<string, long> _operatorNumbers = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task[] _writers;
    private int _disposed;
    private readonly Histogram<double>? _commitDuration;
    private readonly Histogram<int>? _commitBatches;

    /// <summary>The meter the server exports on /metrics.</summary>
    public const string MeterName = "RoyaltyLedger";

    public UsageLogWriter(SqlUsageLogStore store, UsageLogOptions options, IMeterFactory? meterFactory = null)
    {
        if (meterFactory is not null)
        {
            var meter = meterFactory.Create(MeterName);
            _commitDuration = meter.CreateHistogram<double>("royaltyledger.usage.log.commit.duration", "ms", "Time to write and commit one group of batches");
            _commitBatches = meter.CreateHistogram<int>("royaltyledger.usage.log.commit.batches", "{batch}", "Batches sharing one commit");
            meter.CreateObservableGauge("royaltyledger.usage.log.queued", () => Queued, "{batch}", "Batches waiting for the usage log's next commit");
        }

        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options;
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = options.Writers == 1,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _writers = [.. Enumerable.Range(0, options.Writers).Select(_ => Task.Run(WriteLoopAsync))];
    }

    /// <summary>Batches waiting to be written, for the metrics.</summary>
    public int Queued => _queue.Reader.Count;

    public async Task<byte[]> AppendAsync(LogAppend append, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(append);
        var operatorNo = await OperatorNumberAsync(append.OperatorId, cancellationToken).ConfigureAwait(false);
        var pending = new Pending(append, operatorNo);
        using (var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            wait.CancelAfter(_options.MaxQueueWait);
            try
            {
                await _queue.Writer.WriteAsync(pending, wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new LedgerBusyException(
                    $"the ledger's write queue ({_options.QueueCapacity:N0} batches) stayed full for {_options.MaxQueueWait.TotalSeconds:N0} s; batch {append.BatchSeq} was not stored",
                    _options.RetryAfter);
            }
        }

        return await pending.Done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<byte[]?> GetAckAsync(string operatorId, string streamName, long batchSeq, CancellationToken cancellationToken) =>
        _store.GetAckAsync(operatorId, streamName, batchSeq, cancellationToken);

    public Task<HeldBatch?> GetHeldBatchAsync(string operatorId, string streamName, long batchSeq, CancellationToken cancellationToken) =>
        _store.GetHeldBatchAsync(operatorId, streamName, batchSeq, cancellationToken);

    public IAsyncEnumerable<LoggedBatch> ReadBatchesAsync(string operatorId, CancellationToken cancellationToken) =>
        _store.ReadBatchesAsync(operatorId, cancellationToken);

    public Task<long> GetLastBatchSeqAsync(string operatorId, string streamName, CancellationToken cancellationToken) =>
        _store.GetLastBatchSeqAsync(operatorId, streamName, cancellationToken);

    private async ValueTask<long> OperatorNumberAsync(string operatorId, CancellationToken cancellationToken)
    {
        if (_operatorNumbers.TryGetValue(operatorId, out var known))
        {
            return known;
        }

        var number = await _store.OperatorNumberAsync(operatorId, cancellationToken).ConfigureAwait(false);
        _operatorNumbers[operatorId] = number;
        return number;
    }

    private async Task WriteLoopAsync()
    {
        var group = new List<Pending>(_options.MaxBatchesPerCommit);
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stopping.Token).ConfigureAwait(false))
            {
                group.Clear();
                while (group.Count < _options.MaxBatchesPerCommit && reader.TryRead(out var next))
                {
                    group.Add(next);
                }

                if (group.Count > 0)
                {
                    await CommitAsync(group).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down: whatever is still queued fails below, and its clients retry.
        }

        while (reader.TryRead(out var left))
        {
            left.Done.TrySetException(new LedgerBusyException("the ledger is shutting down; the batch was not stored", _options.RetryAfter));
        }
    }

    private async Task CommitAsync(List<Pending> group)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var acks = new byte[]?[group.Count];
        var failures = new Exception?[group.Count];
        try
        {
            await _store.RunLogWriteAsync(async (connection, transaction) =>
            {
                for (var i = 0; i < group.Count; i++)
                {
                    await transaction.SaveAsync("batch", CancellationToken.None).ConfigureAwait(false);
                    try
                    {
                        acks[i] = await _store.AppendLogAsync(connection, transaction, group[i].Append, group[i].OperatorNo, CancellationToken.None).ConfigureAwait(false);
                        await transaction.ReleaseAsync("batch", CancellationToken.None).ConfigureAwait(false);
                    }
                    catch (StreamPositionConflictException conflict)
                    {
                        await transaction.RollbackAsync("batch", CancellationToken.None).ConfigureAwait(false);
                        failures[i] = conflict;
                    }
                }

                return 0;
            }, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any failure of the commit fails every batch in it; each client retries and nothing was acked.
        catch (Exception e)
#pragma warning restore CA1031
        {
            foreach (var pending in group)
            {
                pending.Done.TrySetException(e);
            }

            return;
        }

        for (var i = 0; i < group.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                group[i].Done.TrySetException(failure);
            }
            else
            {
                group[i].Done.TrySetResult(acks[i]!);
            }
        }

        _commitDuration?.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        _commitBatches?.Record(group.Count);
    }

    public async ValueTask DisposeAsync()
    {
        // The container may dispose the writer under each name it is registered by.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers).ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private sealed record Pending(LogAppend Append, long OperatorNo)
    {
        public TaskCompletionSource<byte[]> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
