using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Tests;

/// <summary>The database, not a grain, guards stream positions: a stale writer stores nothing.</summary>
[Collection(ClusterGroup.Name)]
public class LedgerStoreTests(ClusterFixture fixture)
{
    private static StoredEvent Event(string id) => new(id, "m", "w", 1, 10, "tokens", 1_000_000, 0, 0, "manifest", "1",
        EventStatus.Unidentified, null, null, 0, []);

    [Fact]
    public async Task AppendBatch_StalePosition_ThrowsAndStoresNothing()
    {
        var ledger = fixture.Ledger;
        await ledger.AppendBatchAsync(new BatchAppend("store-op", "s", 1, [Event("a")], _ => [1]), CancellationToken.None);

        // A second activation that still believes the stream is new tries batch 1 again.
        await Assert.ThrowsAsync<StreamPositionConflictException>(() =>
            ledger.AppendBatchAsync(new BatchAppend("store-op", "s", 1, [Event("b")], _ => [2]), CancellationToken.None));
        // Another that skipped ahead cannot write batch 3 either.
        await Assert.ThrowsAsync<StreamPositionConflictException>(() =>
            ledger.AppendBatchAsync(new BatchAppend("store-op", "s", 3, [Event("c")], _ => [3]), CancellationToken.None));

        Assert.Equal(1, await ledger.GetLastBatchSeqAsync("store-op", "s", CancellationToken.None));
        Assert.Equal([1], await ledger.GetBatchAckAsync("store-op", "s", 1, CancellationToken.None));
        var stored = await ledger.AppendBatchAsync(new BatchAppend("store-op", "s", 2, [Event("a"), Event("b"), Event("c")],
            flags => [.. flags.Select(f => f ? (byte)1 : (byte)0)]), CancellationToken.None);
        Assert.Equal([0, 1, 1], stored);
    }
}
