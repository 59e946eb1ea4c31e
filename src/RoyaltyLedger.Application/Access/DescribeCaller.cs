namespace RoyaltyLedger.Application.Access;

/// <summary>The key a caller authenticated with (WhoAmI).</summary>
public sealed class DescribeCaller(IApiKeyStore keys)
{
    public async Task<ApiKeyRecord> ExecuteAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return await keys.FindApiKeyAsync(caller.KeyId, cancellationToken)
            ?? throw new InvalidOperationException($"API key {caller.KeyId} authenticated this call and is not stored");
    }
}
