namespace RoyaltyLedger.Application.Access;

/// <summary>Every API key, revoked ones included; secrets are never stored, so never listed.</summary>
public sealed class ListApiKeys(IApiKeyStore keys)
{
    public Task<IReadOnlyList<ApiKeyRecord>> ExecuteAsync(CancellationToken cancellationToken) => keys.ListApiKeysAsync(cancellationToken);
}
