using System.Data.Common;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage.Registry;

namespace RoyaltyLedger.Server.Tests;

/// <summary>
/// The registry store on both databases: a change writes the entity's row (its record and its listing) and the work's
/// indexes in one transaction, or nothing; a writer that read a stale row writes nothing.
/// </summary>
public abstract class RegistryStoreTests(StoreFixture fixture)
{
    private SqlRegistryStore Registry => new(fixture.Database);

    /// <summary>Makes the database refuse any <c>work_identifiers</c> row for the work: a failure after the row and the party links were written.</summary>
    protected abstract string FailIdentifierInsertsOf(string workId);

    private static RegistryChange Work(string workId, string? expected, string payload = "{\"v\":1}") =>
        new(new RegistryEntry(RegistryKinds.Work, workId, "Title", payload), expected,
            new WorkIndex([("rs-creator", WorkRelations.Contributor), ("rs-publisher", WorkRelations.Rightsholder)], [("iswc", $"T{workId}")]));

    [Fact]
    public async Task SaveAsync_FailureAfterTheRowIsWritten_LeavesNeitherRowNorIndexes()
    {
        await fixture.ExecuteAsync(FailIdentifierInsertsOf("rs-fail"));

        await Assert.ThrowsAnyAsync<DbException>(() => Registry.SaveAsync(Work("rs-fail", null), CancellationToken.None));

        Assert.Null(await Registry.FindAsync(RegistryKinds.Work, "rs-fail", CancellationToken.None));
        Assert.DoesNotContain(await Registry.ListPageAsync(RegistryKinds.Work, "", 1_000, CancellationToken.None), e => e.Id == "rs-fail");
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM work_parties WHERE work_id = @w", "rs-fail"));
        Assert.Equal(0L, await CountAsync("SELECT COUNT(*) FROM work_identifiers WHERE work_id = @w", "rs-fail"));
    }

    [Fact]
    public async Task SaveAsync_NewWork_WritesRowPartiesAndIdentifiersTogether()
    {
        Assert.True(await Registry.SaveAsync(Work("rs-new", null), CancellationToken.None));

        var row = await Registry.FindAsync(RegistryKinds.Work, "rs-new", CancellationToken.None);
        Assert.Equal(new RegistryEntry(RegistryKinds.Work, "rs-new", "Title", "{\"v\":1}"), row);
        Assert.Equal(2L, await CountAsync("SELECT COUNT(*) FROM work_parties WHERE work_id = @w", "rs-new"));
        Assert.Equal(1L, await CountAsync("SELECT COUNT(*) FROM work_identifiers WHERE work_id = @w", "rs-new"));
        Assert.Contains(await Registry.ListPageAsync(RegistryKinds.Work, "", 1_000, CancellationToken.None), e => e.Id == "rs-new");
    }

    [Fact]
    public async Task SaveAsync_CreateTwice_SecondWritesNothingAndReturnsFalse()
    {
        Assert.True(await Registry.SaveAsync(Work("rs-twice", null), CancellationToken.None));

        Assert.False(await Registry.SaveAsync(Work("rs-twice", null, "{\"v\":2}"), CancellationToken.None));

        Assert.Equal("{\"v\":1}", (await Registry.FindAsync(RegistryKinds.Work, "rs-twice", CancellationToken.None))!.PayloadJson);
    }

    [Fact]
    public async Task SaveAsync_StaleExpectedPayload_WritesNothingAndReturnsFalse()
    {
        Assert.True(await Registry.SaveAsync(Work("rs-stale", null), CancellationToken.None));
        Assert.True(await Registry.SaveAsync(Work("rs-stale", "{\"v\":1}", "{\"v\":2}"), CancellationToken.None));

        var stale = await Registry.SaveAsync(Work("rs-stale", "{\"v\":1}", "{\"v\":3}"), CancellationToken.None);

        Assert.False(stale);
        Assert.Equal("{\"v\":2}", (await Registry.FindAsync(RegistryKinds.Work, "rs-stale", CancellationToken.None))!.PayloadJson);
    }

    private async Task<long> CountAsync(string sql, string workId) =>
        Convert.ToInt64((await fixture.QueryAsync(sql, ("w", workId)))[0][0], System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class SqliteRegistryStoreTests(SqliteStoreFixture fixture) : RegistryStoreTests(fixture), IClassFixture<SqliteStoreFixture>
{
    protected override string FailIdentifierInsertsOf(string workId) =>
        $"CREATE TRIGGER fail_{workId.Replace('-', '_')} BEFORE INSERT ON work_identifiers WHEN NEW.work_id = '{workId}' " +
        "BEGIN SELECT RAISE(ABORT, 'forced failure'); END";
}

public sealed class PostgresRegistryStoreTests(PostgresStoreFixture fixture) : RegistryStoreTests(fixture), IClassFixture<PostgresStoreFixture>
{
    protected override string FailIdentifierInsertsOf(string workId)
    {
        var name = $"fail_{workId.Replace('-', '_')}";
        return $"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN " +
            $"IF NEW.work_id = '{workId}' THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$; " +
            $"CREATE TRIGGER {name} BEFORE INSERT ON work_identifiers FOR EACH ROW EXECUTE FUNCTION {name}()";
    }
}
