using System.Collections.Concurrent;
using Grpc.Core;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Server.Security;

/// <summary>
/// Turns request headers into a <see cref="Caller"/>. Key records are cached briefly, so a
/// revocation takes effect within <see cref="CacheFor"/> on every silo.
/// </summary>
internal sealed class ApiKeyAuthenticator(IApiKeyStore keys, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (ApiKeyRecord? Record, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);

    public async Task<Caller> AuthenticateAsync(Metadata headers, CancellationToken cancellationToken)
    {
        var check = await CheckAsync(KeyFrom(headers), cancellationToken);
        return check.Caller ?? throw new RpcException(new Status(StatusCode.Unauthenticated, check.Problem!));
    }

    /// <summary>
    /// Checks a key however it was presented (gRPC metadata, the statement page's bearer header or cookie): well
    /// formed, known, matching its stored hash and not revoked.
    /// </summary>
    public async Task<KeyCheck> CheckAsync(string? presented, CancellationToken cancellationToken)
    {
        if (presented is null)
        {
            return KeyCheck.Refused("no API key: send the header 'authorization: Bearer <key>' (the CLI takes --api-key or ROYALTY_API_KEY)");
        }

        if (!ApiKeySecret.TryParse(presented, out var keyId, out var secret))
        {
            return KeyCheck.Refused("the API key is malformed: keys look like rlk_<id>_<secret>");
        }

        var record = await FindAsync(keyId, cancellationToken);
        if (record is null || !ApiKeySecret.Matches(secret, record.SecretHash))
        {
            return KeyCheck.Refused($"API key {keyId} is not valid");
        }

        if (record.RevokedAtUnixMs is not null)
        {
            return KeyCheck.Refused($"API key {keyId} was revoked");
        }

        return KeyCheck.Accepted(new Caller(record.KeyId, record.Role, record.PartyId));
    }

    public void Forget(string keyId) => _cache.TryRemove(keyId, out _);

    private async Task<ApiKeyRecord?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(keyId, out var cached) && cached.Until > now)
        {
            return cached.Record;
        }

        var record = await keys.FindApiKeyAsync(keyId, cancellationToken);
        _cache[keyId] = (record, now + CacheFor);
        return record;
    }

    private static string? KeyFrom(Metadata headers)
    {
        var authorization = headers.GetValue("authorization");
        if (authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        return headers.GetValue("x-api-key")?.Trim();
    }
}
