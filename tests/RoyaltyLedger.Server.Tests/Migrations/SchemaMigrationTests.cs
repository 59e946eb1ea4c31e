using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage.Migrations;

namespace RoyaltyLedger.Server.Tests.Migrations;

/// <summary>The migrations run directly on empty databases and on the previous release's, and a start on a database newer than the build.</summary>
public abstract class SchemaMigrationTests
{
    protected abstract Task<MigrationDatabase> EmptyAsync();

    protected abstract Task<MigrationDatabase> ReleaseAsync();

    private const string FutureScript = "0099-from-the-future";

    [Fact]
    public async Task Migrate_EmptyDatabase_RunsEveryScriptToTheLatestVersion()
    {
        await using var database = await EmptyAsync();

        var results = await database.MigrateAsync();

        foreach (var (component, result) in MigrationDatabase.Components.Zip(results))
        {
            var latest = SchemaJournal.Latest(database.Settings, component);
            Assert.Equal((component.Name, 0, latest.Count, false), (result.Component, result.FromVersion, result.ToVersion, result.Adopted));
            Assert.Equal(latest, result.Applied);
            Assert.Equal(latest, await SchemaJournal.ScriptsAsync(database.Settings, component));
        }
    }

    [Fact]
    public async Task Migrate_Twice_SecondRunsNothingAndChangesNothing()
    {
        await using var database = await EmptyAsync();
        await database.MigrateAsync();
        var schema = await database.SchemaAsync();

        var second = await database.MigrateAsync();

        Assert.All(second, result => Assert.Empty(result.Applied));
        Assert.All(second, result => Assert.Equal(result.ToVersion, result.FromVersion));
        Assert.Equal(schema, await database.SchemaAsync());
    }

    [Fact]
    public async Task Migrate_ReleaseDatabase_AdoptedAtTheBaselineThenUpgraded()
    {
        await using var database = await ReleaseAsync();

        var results = await database.MigrateAsync();

        foreach (var (component, result) in MigrationDatabase.Components.Zip(results))
        {
            var latest = SchemaJournal.Latest(database.Settings, component);
            Assert.Equal((true, 1, latest.Count), (result.Adopted, result.FromVersion, result.ToVersion));
            // The baseline runs again, idempotent as it always was, and records the database at version 1.
            Assert.Equal(latest, result.Applied);
            Assert.Equal(latest, await SchemaJournal.ScriptsAsync(database.Settings, component));
        }
    }

    [Fact]
    public async Task Migrate_ReleaseDatabase_EndsWithTheSchemaOfAnEmptyOneMigrated()
    {
        await using var release = await ReleaseAsync();
        await using var empty = await EmptyAsync();

        await release.MigrateAsync();
        await empty.MigrateAsync();

        Assert.Equal(await empty.SchemaAsync(), await release.SchemaAsync());
    }

    [Fact]
    public async Task Migrate_DatabaseNewerThanTheBuild_RefusesNamingBothVersionsAndRunsNothing()
    {
        await using var database = await EmptyAsync();
        await database.MigrateAsync();
        await RecordFutureMigrationAsync(database);
        // Orleans' journal loses its rows, so that a run that migrated it before checking the ledger would show.
        await SchemaJournal.ExecuteAsync(database.Settings, SchemaComponent.Orleans, $"DELETE FROM {SchemaComponent.Orleans.JournalTable}");

        var refused = await Assert.ThrowsAsync<SchemaTooNewException>(database.MigrateAsync);

        var latest = SchemaJournal.Latest(database.Settings, SchemaComponent.Ledger).Count;
        Assert.Equal(("ledger", 99, latest), (refused.Component, refused.DatabaseVersion, refused.CodeVersion));
        Assert.Contains($"at version 99, newer than this build, which knows versions 1 to {latest}", refused.Message, StringComparison.Ordinal);
        Assert.Contains(FutureScript, refused.Message, StringComparison.Ordinal);
        Assert.Empty(await SchemaJournal.ScriptsAsync(database.Settings, SchemaComponent.Orleans));
    }

    [Fact]
    public async Task Start_DatabaseNewerThanTheBuild_ServerRefusesNamingBothVersions()
    {
        await using var database = await EmptyAsync();
        await database.MigrateAsync();
        await RecordFutureMigrationAsync(database);

        var failed = await Assert.ThrowsAnyAsync<Exception>(() => LedgerServer.StartAsync(database.Settings));

        var refused = Flatten(failed).OfType<SchemaTooNewException>().FirstOrDefault();
        Assert.True(refused is not null, $"the start failed, but not for the schema's version: {failed}");
        Assert.Contains("the ledger schema of", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"is at version 99, newer than this build, which knows versions 1 to {refused.CodeVersion}", refused.Message, StringComparison.Ordinal);
    }

    private static Task RecordFutureMigrationAsync(MigrationDatabase database) =>
        SchemaJournal.ExecuteAsync(database.Settings, SchemaComponent.Ledger,
            $"INSERT INTO {SchemaComponent.Ledger.JournalTable} (ScriptName, Applied) VALUES ('{FutureScript}', '2027-06-01 00:00:00')");

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

public sealed class SqliteSchemaMigrationTests : SchemaMigrationTests
{
    protected override Task<MigrationDatabase> EmptyAsync() => Task.FromResult<MigrationDatabase>(SqliteMigrationDatabase.Empty());

    protected override Task<MigrationDatabase> ReleaseAsync() => Task.FromResult<MigrationDatabase>(SqliteMigrationDatabase.Release());
}

public sealed class PostgresSchemaMigrationTests : SchemaMigrationTests
{
    protected override async Task<MigrationDatabase> EmptyAsync() => await PostgresMigrationDatabase.EmptyAsync();

    protected override async Task<MigrationDatabase> ReleaseAsync() => await PostgresMigrationDatabase.ReleaseAsync();

    [Fact]
    public async Task Migrate_ConcurrentSilosOnOneDatabase_AllSucceedAndEachScriptRunsOnce()
    {
        await using var database = await PostgresMigrationDatabase.EmptyAsync();

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(database.MigrateAsAnotherSiloAsync)));

        foreach (var component in MigrationDatabase.Components)
        {
            var latest = SchemaJournal.Latest(database.Settings, component);
            var applied = runs.SelectMany(run => run.Where(r => r.Component == component.Name).SelectMany(r => r.Applied)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(latest, applied);
            Assert.Equal(latest, await SchemaJournal.ScriptsAsync(database.Settings, component));
        }
    }

    [Fact]
    public async Task Start_TwoServersTogetherOnAnEmptyDatabase_BothStart()
    {
        await using var database = await PostgresMigrationDatabase.EmptyAsync();

        // One data folder for both, as for two silos sharing a volume: the first to create the admin key writes it there.
        var servers = await Task.WhenAll(LedgerServer.StartAsync(database.Settings), LedgerServer.StartAsync(database.Settings));

        // Both may have created a key; the file holds the last one written, by then complete, and valid on either.
        var adminKey = (await File.ReadAllTextAsync(Path.Combine(database.Settings["Storage:DataDirectory"], "admin.key"))).Trim();
        foreach (var server in servers)
        {
            var verified = await server.ClientsWithKey(adminKey).Ledger.VerifyJournalAsync(new Contracts.V1.VerifyJournalRequest());
            Assert.True(verified.Intact, verified.Problem);
            await server.DisposeAsync();
        }

        Assert.Equal(SchemaJournal.Latest(database.Settings, SchemaComponent.Ledger), await SchemaJournal.ScriptsAsync(database.Settings, SchemaComponent.Ledger));
    }
}
