using Grpc.Core;

namespace RoyaltyLedger.Server.Security;

/// <summary>
/// Turns request headers into a <see cref="Caller"/>. Key records are cached briefly, so a revocation takes effect
/// within <see cref="CacheFor"/> on every silo. Key ids come from callers, so both caches are bounded: known keys
/// (<see cref="MaxKnownKeys"/>) and ids that matched no key (<see cref="MaxMisses"/>), apart so that a flood of
/// made-up keys evicts only other made-up keys; and an id longer than any issued is refused without a look-up.
/// </summary>
internal sealed class ApiKeyAuthenticator(IApiKeyStore keys, TimeProvider clock)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    /// <summary>Key records held at most; past it the least recently used is read again when next presented.</summary>
    public const int MaxKnownKeys = 10_000;

    /// <summary>Unknown key ids remembered at most (each saves a database look-up for <see cref="CacheFor"/>).</summary>
    public const int MaxMisses = 10_000;

    /// <summary>Issued key ids are 12 hex digits; anything longer than this cannot be one.</summary>
    public const int MaxKeyIdLength = 32;

    private readonly BoundedCache<ApiKeyRecord> _known = new(MaxKnownKeys, CacheFor, clock);
    private readonly BoundedCache<bool> _misses = new(MaxMisses, CacheFor, clock);

    /// <summary>Entries held now: known keys and remembered misses (for tests of the bounds).</summary>
    public (int Known, int Misses) CachedEntries => (_known.Count, _misses.Count);

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

        if (keyId.Length > MaxKeyIdLength)
        {
            return KeyCheck.Refused($"the API key is malformed: its key id is {keyId.Length:N0} characters, at most {MaxKeyIdLength} (keys look like rlk_<id>_<secret>)");
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

    /// <summary>
    /// Checks the key a statement-page session was signed in with (its secret was checked once, at sign-in, and is not
    /// kept): still known and not revoked. The record comes from the same cache as <see cref="CheckAsync"/>, so a
    /// revocation ends the key's sessions within <see cref="CacheFor"/> on every server, and at once on the server
    /// that revoked it (<see cref="Forget"/>).
    /// </summary>
    public async Task<KeyCheck> CheckKeyIdAsync(string keyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        if (keyId.Length is 0 or > MaxKeyIdLength)
        {
            return KeyCheck.Refused($"the session names a key id of {keyId.Length:N0} characters, expected 1 to {MaxKeyIdLength}");
        }

        var record = await FindAsync(keyId, cancellationToken);
        if (record is null)
        {
            return KeyCheck.Refused($"API key {keyId} is not valid");
        }

        return record.RevokedAtUnixMs is null
            ? KeyCheck.Accepted(new Caller(record.KeyId, record.Role, record.PartyId))
            : KeyCheck.Refused($"API key {keyId} was revoked");
    }

    public void Forget(string keyId)
    {
        _known.Remove(keyId);
        _misses.Remove(keyId);
    }

    private async Task<ApiKeyRecord?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        if (_known.TryGet(keyId, out var known))
        {
            return known;
        }

        if (_misses.TryGet(keyId, out _))
        {
            return null;
        }

        var record = await keys.FindApiKeyAsync(keyId, cancellationToken);
        if (record is null)
        {
            _misses.Set(keyId, true);
        }
        else
        {
            _known.Set(keyId, record);
        }

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
