using Microsoft.Extensions.Time.Testing;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Access;

namespace RoyaltyLedger.Server.Tests.Security;

/// <summary>The API key look-up caches are keyed by whatever a caller presents, so they are bounded in size and age.</summary>
public sealed class ApiKeyCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Set_MaxEntriesThenOneMore_HoldsMaxAndDropsTheLeastRecentlyUsed()
    {
        var cache = new BoundedCache<int>(3, TimeSpan.FromSeconds(30), _clock);
        cache.Set("a", 1);
        cache.Set("b", 2);
        cache.Set("c", 3);
        var atMax = cache.Count;
        Assert.True(cache.TryGet("a", out _));

        cache.Set("d", 4);

        Assert.Equal((3, 3), (atMax, cache.Count));
        Assert.False(cache.TryGet("b", out _), "b was the least recently used and should have been dropped");
        Assert.Equal((1, 3, 4), (Value(cache, "a"), Value(cache, "c"), Value(cache, "d")));
    }

    [Fact]
    public void TryGet_AtAndPastTheLifetime_FindsThenForgets()
    {
        var cache = new BoundedCache<int>(3, TimeSpan.FromSeconds(30), _clock);
        cache.Set("a", 1);

        _clock.Advance(TimeSpan.FromSeconds(30) - TimeSpan.FromTicks(1));
        var justBefore = cache.TryGet("a", out _);
        _clock.Advance(TimeSpan.FromTicks(1));
        var atLifetime = cache.TryGet("a", out _);

        Assert.Equal((true, false, 0), (justBefore, atLifetime, cache.Count));
    }

    [Fact]
    public async Task CheckAsync_MoreRandomKeysThanMaxMisses_MissesStayAtMaxAndAKnownKeyStaysCached()
    {
        var (keyId, key, hash) = ApiKeySecret.Generate();
        var store = new CountingKeyStore(new ApiKeyRecord(keyId, hash, Roles.Admin, null, "admin", 0, null));
        var authenticator = new ApiKeyAuthenticator(store, _clock);
        Assert.NotNull((await authenticator.CheckAsync(key, CancellationToken.None)).Caller);

        for (var i = 0; i < ApiKeyAuthenticator.MaxMisses; i++)
        {
            await authenticator.CheckAsync($"rlk_{i:x12}_secret", CancellationToken.None);
        }

        var atMax = authenticator.CachedEntries;
        var oneMore = await authenticator.CheckAsync("rlk_ffffffffffff_secret", CancellationToken.None);
        var pastMax = authenticator.CachedEntries;
        var knownAgain = await authenticator.CheckAsync(key, CancellationToken.None);

        Assert.Equal((1, ApiKeyAuthenticator.MaxMisses), atMax);
        Assert.Equal((1, ApiKeyAuthenticator.MaxMisses), pastMax);
        Assert.Equal("API key ffffffffffff is not valid", oneMore.Problem);
        Assert.NotNull(knownAgain.Caller);
        Assert.Equal(1, store.LookupsOf(keyId));
        Assert.Equal(ApiKeyAuthenticator.MaxMisses + 2, store.Lookups);
    }

    [Fact]
    public async Task CheckAsync_KeyIdAtAndPastTheLongest_LooksUpOnlyTheFirst()
    {
        var store = new CountingKeyStore();
        var authenticator = new ApiKeyAuthenticator(store, _clock);
        var longest = new string('a', ApiKeyAuthenticator.MaxKeyIdLength);

        var atMax = await authenticator.CheckAsync($"rlk_{longest}_secret", CancellationToken.None);
        var pastMax = await authenticator.CheckAsync($"rlk_{longest}b_secret", CancellationToken.None);

        Assert.Equal($"API key {longest} is not valid", atMax.Problem);
        Assert.Equal($"the API key is malformed: its key id is 33 characters, at most 32 (keys look like rlk_<id>_<secret>)", pastMax.Problem);
        Assert.Equal(1, store.Lookups);
        Assert.Equal((0, 1), authenticator.CachedEntries);
    }

    private static int Value(BoundedCache<int> cache, string key) => cache.TryGet(key, out var value) ? value : -1;

    private sealed class CountingKeyStore(params ApiKeyRecord[] records) : IApiKeyStore
    {
        private readonly Dictionary<string, int> _lookups = new(StringComparer.Ordinal);

        public int Lookups => _lookups.Values.Sum();

        public int LookupsOf(string keyId) => _lookups.GetValueOrDefault(keyId);

        public Task<ApiKeyRecord?> FindApiKeyAsync(string keyId, CancellationToken cancellationToken)
        {
            _lookups[keyId] = LookupsOf(keyId) + 1;
            return Task.FromResult(records.FirstOrDefault(r => r.KeyId == keyId));
        }

        public Task InsertApiKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> RevokeApiKeyAsync(string keyId, long revokedAtUnixMs, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> HasActiveKeyAsync(string role, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
