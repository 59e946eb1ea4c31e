using Microsoft.Data.Sqlite;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Server.Tests.Quarantine;
using RoyaltyLedger.Testing;

namespace RoyaltyLedger.Server.Tests.Partitions;

/// <summary>
/// The usage log files each batch into the projection queues of the partitions its counted uses are in
/// (docs/partitions.md): one pending row per partition, with that partition's count, and nothing for a duplicate.
/// The projectors are held off (the queue refuses deletes) so that the rows can be read as ingest wrote them.
/// </summary>
public abstract class PendingFilingTests(bool postgres) : IAsyncLifetime
{
    private const int Partitions = 8;
    private readonly string _folder = Directory.CreateTempSubdirectory("royalty-filing-").FullName;
    private Dictionary<string, string> _storage = null!;

    public async Task InitializeAsync() =>
        _storage = new Dictionary<string, string>(await PoisonSlice.StorageAsync(postgres, _folder)) { ["Ledger:Partitions"] = $"{Partitions}" };

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        TempFolder.Delete(_folder);
        return Task.CompletedTask;
    }

    private string RefuseSql => postgres
        ? "CREATE FUNCTION test_refuse_projection() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test: the pending queue refuses deletes'; END $$; " +
          "CREATE TRIGGER test_refuse_projection BEFORE DELETE ON usage_log_pending FOR EACH ROW EXECUTE FUNCTION test_refuse_projection()"
        : "CREATE TRIGGER test_refuse_projection BEFORE DELETE ON usage_log_pending BEGIN SELECT RAISE(ABORT, 'test: the pending queue refuses deletes'); END";

    [Fact]
    public async Task Append_UsesOfWorksInSeveralPartitions_QueuesOneRowPerPartitionWithItsCount()
    {
        await using var server = await LedgerServer.StartAsync(_storage);
        var s = await new Slice("filing").RegisterAsync(server.Admin);
        await PoisonSlice.ExecuteAsync(_storage, RefuseSql);
        var partitioning = new LedgerPartitioning(Partitions);
        // Work ids in at least three partitions; two uses of the first, one of each other. Unregistered ids are filed by id too.
        var works = Enumerable.Range(0, 200).Select(i => $"filing-w{i}").GroupBy(partitioning.PartitionOf).Take(3).Select(g => g.First()).ToList();
        Assert.Equal(3, works.Count);
        var events = new[] { Use(s, "e1", works[0]), Use(s, "e2", works[0]), Use(s, "e3", works[1]), Use(s, "e4", works[2]) };

        var (_, acks) = await s.SendAsync(server.Ingest, "main", Slice.Batch(1, events));
        Assert.Equal(4U, Assert.Single(acks).Accepted);
        // A second batch repeating e1 and adding e5 of works[1]: only e5 counts, so only works[1]'s partition gets a row.
        var (_, again) = await s.SendAsync(server.Ingest, "main", Slice.Batch(2, Use(s, "e1", works[0]), Use(s, "e5", works[1])));
        Assert.Equal((1U, 1U), (Assert.Single(again).Accepted, Assert.Single(again).Duplicates));

        var expected = new[] { (works[0], 1L, 2L), (works[1], 1L, 1L), (works[2], 1L, 1L), (works[1], 2L, 1L) };
        foreach (var (work, batch, counted) in expected)
        {
            var partition = partitioning.PartitionOf(work);
            var rows = await PoisonSlice.CountAsync(_storage,
                $"SELECT COUNT(*) FROM usage_log_pending p JOIN usage_log l ON l.log_seq = p.log_seq " +
                $"WHERE p.partition_no = {partition} AND l.batch_seq = {batch} AND p.counted = {counted} AND p.counted_mask IS NOT NULL");
            Assert.True(rows == 1, $"batch {batch}: partition {partition} (work {work}) holds {rows} rows counting {counted}");
        }

        Assert.Equal(4L, await PoisonSlice.CountAsync(_storage, "SELECT COUNT(*) FROM usage_log_pending"));
        // The lag counts batches, not rows: two batches wait, in four rows.
        var statement = await server.Statements.GetCreatorStatementAsync(new GetCreatorStatementRequest { CreatorId = s.Composer });
        Assert.Equal(2UL, statement.PendingBatches);
    }

    private static UsageEvent Use(Slice slice, string id, string work)
    {
        var use = slice.Event(id);
        use.WorkId = work;
        return use;
    }
}

public sealed class SqlitePendingFilingTests() : PendingFilingTests(postgres: false);

public sealed class PostgresPendingFilingTests() : PendingFilingTests(postgres: true);
