using RoyaltyLedger.Client;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Tests.Infrastructure;

namespace RoyaltyLedger.Server.Tests.UsageClient;

/// <summary>The client library against the real server on SQLite: batching, exactly-once counting and resume after a cut.</summary>
public sealed class UsageStreamWriterTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    private LedgerServer Server => fixture.Server;

    private async Task<(Slice Slice, UsageClientOptions Options)> PrepareAsync(string prefix, string stream, int batchSize)
    {
        var s = await new Slice(prefix).RegisterAsync(Server.Admin);
        var key = await Server.ClientsForAsync(Role.Operator, s.Operator);
        return (s, new UsageClientOptions
        {
            ServerAddress = new Uri(Server.Address),
            ApiKey = key.ApiKey,
            OperatorId = s.Operator,
            StreamName = stream,
            BatchSize = batchSize,
            Retry = UsageRetryPolicy.Default with { InitialBackoff = TimeSpan.FromMilliseconds(20), JitterFraction = 0 },
        });
    }

    [Fact]
    public async Task Writer_TenThousandEventsInBatchesOfAThousand_AllAckedAndCountedOnce()
    {
        var (s, options) = await PrepareAsync("cl-10k", "trainer-1", batchSize: 1_000);
        var ids = new List<string>();
        var acks = 0;
        await using (var writer = await UsageStreamWriter.OpenAsync(options))
        {
            writer.ProgressChanged += (_, _) => acks++;
            for (var i = 0; i < 10_000; i++)
            {
                var e = s.Event(id: "", units: 1_000 + i);
                await writer.WriteAsync(e);
                ids.Add(e.EventId);
            }

            await writer.CompleteAsync();
            Assert.Equal(new UsageProgress(10_000, 10_000, 10_000, 0, 0, 0, 10, 0), writer.Progress);
        }

        Assert.Equal(10, acks);
        Assert.Equal(10_000, ids.Distinct().Count());
        Assert.Equal(new UsageLogTotals(10, 10_000, 10), await UsageLogTotals.ReadAsync(fixture.LedgerPath, s.Operator, "trainer-1"));

        // The same events again on the same stream: numbered after the ten held batches, every one a duplicate.
        await using (var again = await UsageStreamWriter.OpenAsync(options))
        {
            foreach (var id in ids)
            {
                await again.WriteAsync(s.Event(id));
            }

            await again.CompleteAsync();
            Assert.Equal((10UL, 0L, 10_000L, 20UL), (again.LastBatchSeqAtOpen, again.Progress.Accepted, again.Progress.Duplicates, again.Progress.LastAckedBatchSeq));
        }

        Assert.Equal(10_000, await UsageLogTotals.CountedForOperatorAsync(fixture.LedgerPath, s.Operator));
    }

    [Fact]
    public async Task Writer_ConnectionCutWithBatchesInFlight_ResumesAndTheLedgerHoldsEveryEventOnce()
    {
        var (s, options) = await PrepareAsync("cl-cut", "trainer-cut", batchSize: 500);
        // The stream's open reply and three acks get through; the fourth ack and those after it are lost, though the
        // server stored their batches. Resent, those batches get their stored acks: nothing counts as a duplicate.
        using var handler = new CuttingHandler(cutAfterMessages: 4);
        options.HttpHandler = handler;
        options.MaxInFlightBatches = 4;
        var rejections = 0;
        await using (var writer = await UsageStreamWriter.OpenAsync(options))
        {
            writer.Rejected += (_, _) => rejections++;
            for (var i = 0; i < 6_000; i++)
            {
                await writer.WriteAsync(s.Event($"cut-{i:D5}"));
            }

            await writer.CompleteAsync();
            Assert.Equal(new UsageProgress(6_000, 6_000, 6_000, 0, 0, 0, 12, 1), writer.Progress);
        }

        Assert.True(handler.Cut.Task.IsCompleted, "the test never cut the connection");
        Assert.Equal((2, 0), (handler.IngestCalls, rejections));
        Assert.Equal(new UsageLogTotals(12, 6_000, 12), await UsageLogTotals.ReadAsync(fixture.LedgerPath, s.Operator, "trainer-cut"));
    }
}
