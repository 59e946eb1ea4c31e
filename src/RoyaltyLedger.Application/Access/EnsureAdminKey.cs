namespace RoyaltyLedger.Application.Access;

/// <summary>
/// On first start no one holds a key: creates an admin key, unless an active one exists. The caller keeps the key's
/// text (the server writes it to a file) before the key is stored: a crash in between leaves a useless copy, never a
/// key no one has.
/// </summary>
public sealed class EnsureAdminKey(IApiKeyStore keys, TimeProvider clock)
{
    /// <summary>True when a key was created and handed to <paramref name="keep"/>; false when an active admin key existed.</summary>
    public async Task<bool> ExecuteAsync(Func<string, CancellationToken, Task> keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keep);
        if (await keys.HasActiveKeyAsync(Roles.Admin, cancellationToken))
        {
            return false;
        }

        var (keyId, key, hash) = ApiKeySecret.Generate();
        await keep(key, cancellationToken);
        await keys.InsertApiKeyAsync(new ApiKeyRecord(keyId, hash, Roles.Admin, null, "bootstrap admin", clock.GetUtcNow().ToUnixTimeMilliseconds(), null), cancellationToken);
        return true;
    }
}
