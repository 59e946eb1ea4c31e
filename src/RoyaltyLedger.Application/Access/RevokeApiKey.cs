using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Application.Access;

/// <summary>
/// Revokes an API key for good. Servers that cached the key refuse it within their cache time; the caller's own server
/// forgets it at once (the gRPC edge's authenticator).
/// </summary>
public sealed class RevokeApiKey(IApiKeyStore keys, TimeProvider clock)
{
    /// <summary>The key as revoked; NOT_FOUND when no such unrevoked key exists.</summary>
    public async Task<ApiKeyRecord> ExecuteAsync(string keyId, CancellationToken cancellationToken)
    {
        if (!await keys.RevokeApiKeyAsync(keyId, clock.GetUtcNow().ToUnixTimeMilliseconds(), cancellationToken))
        {
            throw new NotFoundException($"API key {EntityIds.Printable(keyId)} does not exist or is already revoked");
        }

        return await keys.FindApiKeyAsync(keyId, cancellationToken)
            ?? throw new InvalidOperationException($"API key {keyId} was revoked and then not found");
    }
}
