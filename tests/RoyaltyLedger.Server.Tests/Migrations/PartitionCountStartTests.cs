using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Migrations;

namespace RoyaltyLedger.Server.Tests.Migrations;

/// <summary>
/// The partition count is a property of the ledger (docs/partitions.md): the real server records Ledger:Partitions at its
/// first start, starts again with the same count, and refuses another, naming both numbers.
/// </summary>
public abstract class PartitionCountStartTests
{
    protected abstract Task<MigrationDatabase> EmptyAsync();

    protected abstract Task<MigrationDatabase> ReleaseAsync();

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> settings, int partitions) =>
        new(settings) { ["Ledger:Partitions"] = partitions.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public async Task Start_ThreePartitionsThenThreeThenFour_RecordsThreeRestartsAndRefusesFourNamingBoth()
    {
        await using var database = await EmptyAsync();
        await using (await LedgerServer.StartAsync(With(database.Settings, 3)))
        {
        }

        await using (await LedgerServer.StartAsync(With(database.Settings, 3)))
        {
        }

        var failed = await Assert.ThrowsAnyAsync<Exception>(() => LedgerServer.StartAsync(With(database.Settings, 4)));

        var refused = Flatten(failed).OfType<LedgerPartitionCountException>().FirstOrDefault();
        Assert.True(refused is not null, $"the start failed, but not for the partition count: {failed}");
        Assert.Equal(("3", 4), (refused.Recorded, refused.Configured));
        Assert.StartsWith("this ledger was created with 3 partitions (ledger_settings 'partitions'), but Ledger:Partitions is 4: set Ledger:Partitions to 3",
            refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OnReleaseDataWithEightPartitions_RecordsEightAndTheOldHistoryVerifiesAsPartition0()
    {
        await using var database = await ReleaseAsync();
        await using (var server = await LedgerServer.StartAsync(With(database.Settings, 8)))
        {
            var verified = await server.Admin.Ledger.VerifyJournalAsync(new Contracts.V1.VerifyJournalRequest());
            Assert.True(verified.Intact, $"the release's journal broke after the upgrade: {verified.Problem}");
        }

        var recorded = await SchemaJournal.QueryAsync(database.Settings, SchemaComponent.Ledger, "SELECT value FROM ledger_settings WHERE name = 'partitions'");
        Assert.Equal(["8"], recorded);
        var outside = await SchemaJournal.QueryAsync(database.Settings, SchemaComponent.Ledger,
            "SELECT CAST(COUNT(*) AS TEXT) FROM journal_entries WHERE partition_no <> 0");
        Assert.Equal(["0"], outside);
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : exception.InnerException is { } one ? [one] : [];
        foreach (var child in inner.SelectMany(Flatten))
        {
            yield return child;
        }
    }
}

public sealed class SqlitePartitionCountStartTests : PartitionCountStartTests
{
    protected override Task<MigrationDatabase> EmptyAsync() => Task.FromResult<MigrationDatabase>(SqliteMigrationDatabase.Empty());

    protected override Task<MigrationDatabase> ReleaseAsync() => Task.FromResult<MigrationDatabase>(SqliteMigrationDatabase.Release());
}

public sealed class PostgresPartitionCountStartTests : PartitionCountStartTests
{
    protected override async Task<MigrationDatabase> EmptyAsync() => await PostgresMigrationDatabase.EmptyAsync();

    protected override async Task<MigrationDatabase> ReleaseAsync() => await PostgresMigrationDatabase.ReleaseAsync();
}
