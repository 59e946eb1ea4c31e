using RoyaltyLedger.Storage;
using RoyaltyLedger.Storage.UsageLog;
using RoyaltyLedger.Application.UsageLog;

namespace RoyaltyLedger.Grains.Tests;

/// <summary>The database, not a grain, guards stream positions and event ids: a stale writer stores nothing.</summary>
[Collection(ClusterGroup.Name)]
public class LedgerStoreTests(ClusterFixture fixture)
{
    private static LogAppend Append(long seq, byte ack, params string[] ids) =>
        new("store-op", "s", seq, 0, ids.Length, [], [.. Enumerable.Range(0, ids.Length)], [.. ids.Select(EventKeys.Of)],
            duplicates => [ack, .. duplicates.Select(d => (byte)d)]);

    [Fact]
    public async Task Append_StalePosition_ThrowsAndStoresNothing()
    {
        var log = fixture.Log;
        await log.AppendAsync(Append(1, 1, "a"), CancellationToken.None);

        // A second activation that still believes the stream is new tries batch 1 again.
        await Assert.ThrowsAsync<StreamPositionConflictException>(() => log.AppendAsync(Append(1, 2, "b"), CancellationToken.None));
        // Another that skipped ahead cannot write batch 3 either.
        await Assert.ThrowsAsync<StreamPositionConflictException>(() => log.AppendAsync(Append(3, 3, "c"), CancellationToken.None));

        Assert.Equal(1, await log.GetLastBatchSeqAsync("store-op", "s", CancellationToken.None));
        Assert.Equal([1], await log.GetAckAsync("store-op", "s", 1, CancellationToken.None));
        // "b" and "c" were rolled back with their batches, so only "a" is a duplicate now.
        Assert.Equal([4, 0], await log.AppendAsync(Append(2, 4, "a", "b", "c"), CancellationToken.None));
    }

    [Fact]
    public async Task Append_WhenTheWriteQueueStaysFull_IsTurnedAwayWithARetryDelayAndNothingIsLost()
    {
        await using var writer = new UsageLogWriter(new SqlUsageLogStore(fixture.Ledger), new UsageLogOptions { QueueCapacity = 1, MaxQueueWait = TimeSpan.FromMilliseconds(300) });
        // Number the operator first: numbering writes too, and must not wait on the lock below.
        await writer.AppendAsync(Append("queue-op", "warm", 1, "qw"), CancellationToken.None);

        // Another connection holds the database's write lock, so the writer's commit waits and its queue fills.
        await using var blocker = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={fixture.LedgerPath}");
        await blocker.OpenAsync();
        await using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();
        }

        var taken = writer.AppendAsync(Append("queue-op", "a", 1, "qa"), CancellationToken.None);
        await Task.Delay(200);
        var queued = writer.AppendAsync(Append("queue-op", "b", 1, "qb"), CancellationToken.None);
        await Task.Delay(100);

        var busy = await Assert.ThrowsAsync<LedgerBusyException>(() => writer.AppendAsync(Append("queue-op", "c", 1, "qc"), CancellationToken.None));
        Assert.Equal(TimeSpan.FromSeconds(1), busy.RetryAfter);
        Assert.StartsWith("the ledger's write queue (1 batches) stayed full", busy.Message, StringComparison.Ordinal);

        await using (var rollback = blocker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();
        }

        Assert.Equal([9], await taken);
        Assert.Equal([9], await queued);
        Assert.Equal(0, await writer.GetLastBatchSeqAsync("queue-op", "c", CancellationToken.None));
    }

    private static LogAppend Append(string op, string stream, long seq, params string[] ids) =>
        new(op, stream, seq, 0, ids.Length, [], [.. Enumerable.Range(0, ids.Length)], [.. ids.Select(EventKeys.Of)], _ => [9]);

    [Fact]
    public void EventKeys_UuidAndTextIdsNeverCollide()
    {
        var uuid = Guid.CreateVersion7();
        Assert.Equal(EventKeys.Of(uuid.ToString()), EventKeys.Of(uuid.ToString().ToUpperInvariant()));
        Assert.Equal(17, EventKeys.Of(uuid.ToString()).Length);
        Assert.NotEqual(EventKeys.Of(uuid.ToString())[0], EventKeys.Of("0123456789abcdef")[0]);
        Assert.NotEqual(EventKeys.Of(uuid.ToString("N")), EventKeys.Of(uuid.ToString()));
    }
}
