using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoyaltyLedger.Server.Sessions;
using RoyaltyLedger.Server.Tests.Infrastructure;
using RoyaltyLedger.Storage.Database;
using RoyaltyLedger.Storage.Postgres;
using RoyaltyLedger.Storage.Sessions;

namespace RoyaltyLedger.Server.Tests.Sessions;

/// <summary>The session key ring's table (migration 0007) on real SQLite and PostgreSQL: order, limits, one first key.</summary>
public abstract class SessionKeyStoreTests(StoreFixture fixture)
{
    private SqlSessionKeyStore Store => new(fixture.Database);

    private Task<int> EmptyAsync() => fixture.ExecuteAsync("DELETE FROM data_protection_keys");

    [Fact]
    public async Task AddAsync_ThreeElements_ReadBackOldestFirst()
    {
        await EmptyAsync();
        foreach (var name in new[] { "key-b", "key-a", "revocation-c" })
        {
            await Store.AddAsync(name, $"<{name.Split('-')[0]} id=\"{name}\" />", 1_000, CancellationToken.None);
        }

        var read = await Store.ReadAllAsync(CancellationToken.None);

        Assert.Equal(["<key id=\"key-b\" />", "<key id=\"key-a\" />", "<revocation id=\"revocation-c\" />"], read);
    }

    [Fact]
    public async Task AddAsync_XmlAtAndPastTheLongest_StoresThenRefuses()
    {
        await EmptyAsync();
        var longest = "<k>" + new string('x', SqlSessionKeyStore.MaxXmlChars - 7) + "</k>";

        await Store.AddAsync("key-longest", longest, 1_000, CancellationToken.None);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.AddAsync("key-long", longest + " ", 1_000, CancellationToken.None));

        Assert.Equal(SqlSessionKeyStore.MaxXmlChars, longest.Length);
        Assert.Equal([longest], await Store.ReadAllAsync(CancellationToken.None));
        Assert.StartsWith($"session key element key-long is {SqlSessionKeyStore.MaxXmlChars + 1:N0} characters, at most {SqlSessionKeyStore.MaxXmlChars:N0} are stored", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAllAsync_MaxElementsThenOneMore_ReadsThenRefuses()
    {
        await EmptyAsync();
        for (var i = 0; i < SqlSessionKeyStore.MaxElements; i++)
        {
            await fixture.ExecuteAsync("INSERT INTO data_protection_keys (friendly_name, xml, created_at_ms) VALUES (@f, '<k />', 0)", ("f", $"key-{i}"));
        }

        var atMax = await Store.ReadAllAsync(CancellationToken.None);
        await Store.AddAsync("key-one-more", "<k />", 0, CancellationToken.None);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.ReadAllAsync(CancellationToken.None));

        Assert.Equal(SqlSessionKeyStore.MaxElements, atMax.Count);
        Assert.StartsWith($"data_protection_keys holds more than {SqlSessionKeyStore.MaxElements:N0} elements", error.Message, StringComparison.Ordinal);
        await EmptyAsync();
    }

    [Fact]
    public async Task EnsureUsableKey_FourServersStartingTogetherOnAnEmptyRing_CreateOneKeyBetweenThem()
    {
        await EmptyAsync();
        var starts = Enumerable.Range(0, 4).Select(_ => KeyRingStart(fixture.Database)).ToList();

        await Task.WhenAll(starts.Select(s => Task.Run(() => s.Start.EnsureUsableKeyAsync(CancellationToken.None))));

        var rows = await fixture.QueryAsync("SELECT friendly_name FROM data_protection_keys");
        Assert.Single(rows);
        var keyIds = starts.Select(s => s.Keys.GetAllKeys().Single().KeyId).Distinct();
        Assert.Single(keyIds);
    }

    /// <summary>One server's start-up step and key manager, over its own store on the shared database.</summary>
    private static (SessionKeyRingStart Start, IKeyManager Keys) KeyRingStart(LedgerDatabase database)
    {
        var store = new SqlSessionKeyStore(database);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().SetApplicationName(SessionRegistration.ApplicationName);
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new LedgerXmlRepository(store, TimeProvider.System));
        var provider = services.BuildServiceProvider();
        var keys = provider.GetRequiredService<IKeyManager>();
        return (new SessionKeyRingStart(store, keys, provider.GetRequiredService<IOptions<KeyManagementOptions>>(), TimeProvider.System), keys);
    }
}

public sealed class SqliteSessionKeyStoreTests(SqliteStoreFixture fixture) : SessionKeyStoreTests(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgresSessionKeyStoreTests(PostgresStoreFixture fixture) : SessionKeyStoreTests(fixture), IClassFixture<PostgresStoreFixture>;
