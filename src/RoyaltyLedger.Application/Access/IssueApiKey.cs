using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Grains.Abstractions.Registry;

namespace RoyaltyLedger.Application.Access;

/// <summary>
/// Issues an API key for a role, acting for a registered party of that role (admins act for none). Only the secret's
/// hash is stored (<see cref="ApiKeySecret"/>).
/// </summary>
public sealed class IssueApiKey(IApiKeyStore keys, IGrainFactory grains, TimeProvider clock)
{
    /// <summary><paramref name="role"/> is one of <see cref="Roles"/>; <paramref name="partyId"/> is ignored for admins.</summary>
    public async Task<IssuedApiKey> ExecuteAsync(string role, string partyId, string label, CancellationToken cancellationToken)
    {
        await RequirePartyAsync(role, partyId);
        var (keyId, secretKey, hash) = ApiKeySecret.Generate();
        var record = new ApiKeyRecord(keyId, hash, role, role == Roles.Admin ? null : partyId, label, clock.GetUtcNow().ToUnixTimeMilliseconds(), null);
        await keys.InsertApiKeyAsync(record, cancellationToken);
        return new IssuedApiKey(record, secretKey);
    }

    private async Task RequirePartyAsync(string role, string partyId)
    {
        var exists = role switch
        {
            Roles.Operator => await grains.GetGrain<IOperatorGrain>(partyId).Describe() is not null,
            Roles.Creator => await grains.GetGrain<ICreatorGrain>(partyId).Describe() is not null,
            Roles.Rightsholder => await grains.GetGrain<IRightsholderGrain>(partyId).Describe() is not null,
            Roles.Society => await grains.GetGrain<ISocietyGrain>(partyId).Describe() is not null,
            _ => true,
        };
        if (!exists)
        {
            throw new InvalidRequestException("party_id", $"party_id '{partyId}' is not a registered {role}");
        }
    }
}
