namespace RoyaltyLedger.Application.Access;

/// <summary>API keys and the roles they carry, kept beside the ledger.</summary>
public interface IApiKeyStore
{
    Task InsertApiKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken);

    Task<ApiKeyRecord?> FindApiKeyAsync(string keyId, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken);

    /// <summary>Marks a key revoked; false when no such unrevoked key exists.</summary>
    Task<bool> RevokeApiKeyAsync(string keyId, long revokedAtUnixMs, CancellationToken cancellationToken);

    Task<bool> HasActiveKeyAsync(string role, CancellationToken cancellationToken);
}
