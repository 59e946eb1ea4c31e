using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Access;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Creates, lists and revokes API keys. Admin only, except WhoAmI.</summary>
internal sealed class AccessService(IApiKeyStore keys, ApiKeyAuthenticator authenticator, IGrainFactory grains, TimeProvider clock)
    : Access.AccessBase
{
    public override async Task<CreateApiKeyResponse> CreateApiKey(CreateApiKeyRequest request, ServerCallContext context)
    {
        context.RequireRole("create API keys");
        var role = Roles.FromWire(request.Role);
        if (role is null)
        {
            RpcErrors.BadRequest("role", $"role is {request.Role}, expected admin, society, operator, rightsholder or creator");
        }

        RpcErrors.ThrowIfAny([
            role == Roles.Admin
                ? (request.PartyId.Length == 0 ? null : new FieldViolation("party_id", "an admin key acts for no party; leave party_id empty"))
                : EntityIds.Check("party_id", request.PartyId),
            Text.CheckRequired("label", string.IsNullOrEmpty(request.Label) ? "unlabelled" : request.Label, 100)]);
        await RequirePartyAsync(role, request.PartyId);

        var (keyId, secretKey, hash) = ApiKeySecret.Generate();
        var record = new ApiKeyRecord(keyId, hash, role, role == Roles.Admin ? null : request.PartyId,
            string.IsNullOrEmpty(request.Label) ? "unlabelled" : request.Label, clock.GetUtcNow().ToUnixTimeMilliseconds(), null);
        await keys.InsertApiKeyAsync(record, context.CancellationToken);
        return new CreateApiKeyResponse { Key = ToWire(record), SecretKey = secretKey };
    }

    public override async Task<ListApiKeysResponse> ListApiKeys(ListApiKeysRequest request, ServerCallContext context)
    {
        context.RequireRole("list API keys");
        var response = new ListApiKeysResponse();
        response.Keys.AddRange((await keys.ListApiKeysAsync(context.CancellationToken)).Select(ToWire));
        return response;
    }

    public override async Task<ApiKey> RevokeApiKey(RevokeApiKeyRequest request, ServerCallContext context)
    {
        context.RequireRole("revoke API keys");
        if (!await keys.RevokeApiKeyAsync(request.KeyId, clock.GetUtcNow().ToUnixTimeMilliseconds(), context.CancellationToken))
        {
            RpcErrors.NotFound($"API key {EntityIds.Printable(request.KeyId)} does not exist or is already revoked");
        }

        authenticator.Forget(request.KeyId);
        return ToWire((await keys.FindApiKeyAsync(request.KeyId, context.CancellationToken))!);
    }

    public override async Task<ApiKey> WhoAmI(WhoAmIRequest request, ServerCallContext context) =>
        ToWire((await keys.FindApiKeyAsync(context.Caller().KeyId, context.CancellationToken))!);

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
            RpcErrors.BadRequest("party_id", $"party_id '{partyId}' is not a registered {role}");
        }
    }

    private static ApiKey ToWire(ApiKeyRecord r) => new()
    {
        KeyId = r.KeyId,
        Role = Roles.ToWire(r.Role),
        PartyId = r.PartyId ?? "",
        Label = r.Label,
        CreatedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAtUnixMs)),
        RevokedAt = r.RevokedAtUnixMs is { } revoked ? Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(revoked)) : null,
    };
}
