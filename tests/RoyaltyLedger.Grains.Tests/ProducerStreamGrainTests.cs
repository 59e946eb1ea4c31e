using Microsoft.Data.Sqlite;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Grains.Tests;

/// <summary>The stream grain over the real usage log: order, resends, gaps, duplicates, and a silo lost mid-stream.</summary>
[Collection(ClusterGroup.Name)]
public class ProducerStreamGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Append_SameBatchAgain_ReturnsOriginalAckAndCountsOnce()
    {
        var c = await new Catalogue("ps-retry").SeedAsync(fixture);
        var stream = c.Stream(fixture.Grains);
        var batch = Catalogue.Batch(1, c.Event("e1"), c.Event("e2"));
        var first = await stream.Append(batch);
        var again = await stream.Append(batch);

        Assert.NotNull(first.Ack);
        Assert.Equal(AckCodecBytes(first.Ack), AckCodecBytes(again.Ack!));
        Assert.Equal((1L, 2, 0), (again.Ack!.BatchSeq, again.Ack.Accepted, again.Ack.Duplicates));
        Assert.Equal(2, await CountedAsync(c.Operator));
    }

    [Fact]
    public async Task Append_BatchSkippingAhead_ReturnsNoAckAndHeldPosition()
    {
        var c = await new Catalogue("ps-gap").SeedAsync(fixture);
        var stream = c.Stream(fixture.Grains);
        await stream.Append(Catalogue.Batch(1, c.Event("e1")));
        var gap = await stream.Append(Catalogue.Batch(3, c.Event("e3")));

        Assert.Null(gap.Ack);
        Assert.Equal(1, gap.LastBatchSeq);
        Assert.Equal(1, await stream.Open());
    }

    [Fact]
    public async Task Append_EventIdSeenInEarlierBatchOrOtherStreamOrSameBatch_IsDuplicateNotCounted()
    {
        var c = await new Catalogue("ps-dup").SeedAsync(fixture);
        await c.Stream(fixture.Grains, "a").Append(Catalogue.Batch(1, c.Event("e1")));
        var second = await c.Stream(fixture.Grains, "a").Append(Catalogue.Batch(2, c.Event("e1"), c.Event("e2"), c.Event("e2")));
        var other = await c.Stream(fixture.Grains, "b").Append(Catalogue.Batch(1, c.Event("e2")));

        Assert.Equal(1, second.Ack?.Accepted);
        Assert.Equal([0, 2], second.Ack?.DuplicateIndexes);
        Assert.Equal((0, 1), (other.Ack?.Accepted, other.Ack?.Duplicates));
        Assert.Equal(2, await CountedAsync(c.Operator));
    }

    [Fact]
    public async Task Append_UuidEventIdsInAnyCase_AreOneEvent()
    {
        var c = await new Catalogue("ps-uuid").SeedAsync(fixture);
        var id = Guid.CreateVersion7().ToString();
        await c.Stream(fixture.Grains).Append(Catalogue.Batch(1, c.Event(id)));
        var upper = await c.Stream(fixture.Grains).Append(Catalogue.Batch(2, c.Event(id.ToUpperInvariant())));

        Assert.Equal((0, 1), (upper.Ack?.Accepted, upper.Ack?.Duplicates));
    }

    [Fact]
    public async Task Append_ManyStreamsAtOnce_EachBatchCountedOnceInOrder()
    {
        var c = await new Catalogue("ps-many").SeedAsync(fixture);
        const int streams = 16;
        const int batches = 5;
        await Task.WhenAll(Enumerable.Range(0, streams).Select(async s =>
        {
            var stream = c.Stream(fixture.Grains, $"s{s}");
            for (var b = 1; b <= batches; b++)
            {
                var ack = (await stream.Append(Catalogue.Batch(b, [.. Enumerable.Range(0, 100).Select(e => c.Event($"s{s}-b{b}-e{e}"))]))).Ack;
                Assert.Equal(100, ack?.Accepted);
            }
        }));

        Assert.Equal(streams * batches * 100, await CountedAsync(c.Operator));
    }

    [Fact]
    public async Task Append_AfterSiloHoldingStreamIsKilled_ContinuesFromDurablePosition()
    {
        var c = await new Catalogue("ps-kill").SeedAsync(fixture);
        var stream = c.Stream(fixture.Grains);
        await stream.Append(Catalogue.Batch(1, c.Event("e1")));
        var secondary = fixture.Cluster.Silos.Single(s => s.SiloAddress != fixture.Cluster.Silos[0].SiloAddress);
        await fixture.Cluster.KillSiloAsync(secondary);
        await fixture.Cluster.StartAdditionalSiloAsync();
        await fixture.Cluster.WaitForLivenessToStabilizeAsync();

        Assert.Equal(1, await stream.Open());
        var retry = await stream.Append(Catalogue.Batch(1, c.Event("e1")));
        var next = await stream.Append(Catalogue.Batch(2, c.Event("e2")));
        Assert.Equal(1, retry.Ack?.Accepted);
        Assert.Equal(1, next.Ack?.Accepted);
        Assert.Equal(2, await CountedAsync(c.Operator));
    }

    private static string AckCodecBytes(Abstractions.Usage.BatchAckRecord ack) => System.Text.Json.JsonSerializer.Serialize(ack);

    [Fact]
    public async Task Append_SiloKilledWhileStreamsAreAppending_AcknowledgedEqualsStoredEachOnce()
    {
        var c = await new Catalogue("ps-midkill").SeedAsync(fixture);
        var acked = new System.Collections.Concurrent.ConcurrentBag<string>();
        var progress = 0;
        var streams = Enumerable.Range(0, 8).Select(s => Task.Run(async () =>
        {
            for (var b = 1; b <= 20; b++)
            {
                var batch = Catalogue.Batch(b, [.. Enumerable.Range(0, 50).Select(e => c.Event($"m{s}-b{b}-e{e}"))]);
                for (var attempt = 0; ; attempt++)
                {
                    try
                    {
                        // A fresh reference each try: the grain may have to be activated on the surviving silo.
                        var ack = (await c.Stream(fixture.Grains, $"m{s}").Append(batch)).Ack!;
                        var duplicates = ack.DuplicateIndexes.ToHashSet();
                        foreach (var i in Enumerable.Range(0, 50).Where(i => !duplicates.Contains(i)))
                        {
                            acked.Add($"m{s}-b{b}-e{i}");
                        }

                        Interlocked.Increment(ref progress);
                        break;
                    }
                    catch (Exception) when (attempt < 50)
                    {
                        // The silo holding the grain died mid-call: the outcome is unknown, so resend the same batch.
                        await Task.Delay(100);
                    }
                }
            }
        })).ToList();

        while (Volatile.Read(ref progress) < 40)
        {
            await Task.Delay(5);
        }

        var secondary = fixture.Cluster.Silos.Single(s => s.SiloAddress != fixture.Cluster.Silos[0].SiloAddress);
        await fixture.Cluster.KillSiloAsync(secondary);
        await Task.WhenAll(streams);
        await fixture.Cluster.StartAdditionalSiloAsync();
        await fixture.Cluster.WaitForLivenessToStabilizeAsync();

        Assert.Equal(8 * 20 * 50, acked.Count);
        Assert.Equal(acked.Count, await CountedAsync(c.Operator));
    }

    /// <summary>Events counted in the log for the operator, read from the database rather than any grain.</summary>
    private async Task<long> CountedAsync(string operatorId)
    {
        await using var connection = new SqliteConnection($"Data Source={fixture.LedgerPath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(SUM(counted), 0) FROM usage_log WHERE operator_id = @o";
        command.Parameters.AddWithValue("@o", operatorId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
