using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Creates, lists and revokes API keys. Admin only, except WhoAmI (use cases: Application/Access).</summary>
internal sealed class AccessService(IssueApiKey issueKey, ListApiKeys listKeys, RevokeApiKey revokeKey, DescribeCaller describeCaller, ApiKeyAuthenticator authenticator)
    : Access.AccessBase
{
    public override async Task<CreateApiKeyResponse> CreateApiKey(CreateApiKeyRequest request, ServerCallContext context)
    {
        context.RequireRole("create API keys");
        var role = RoleWire.FromWire(request.Role);
        if (role is null)
        {
            RpcErrors.BadRequest("role", $"role is {request.Role}, expected admin, society, operator, rightsholder or creator");
        }

        var label = string.IsNullOrEmpty(request.Label) ? "unlabelled" : request.Label;
        RpcErrors.ThrowIfAny([
            role == Roles.Admin
                ? (request.PartyId.Length == 0 ? null : new FieldViolation("party_id", "an admin key acts for no party; leave party_id empty"))
                : EntityIds.Check("party_id", request.PartyId),
            Text.CheckRequired("label", label, 100)]);
        var issued = await issueKey.ExecuteAsync(role, request.PartyId, label, context.CancellationToken);
        return new CreateApiKeyResponse { Key = ToWire(issued.Key), SecretKey = issued.SecretKey };
    }

    public override async Task<ListApiKeysResponse> ListApiKeys(ListApiKeysRequest request, ServerCallContext context)
    {
        context.RequireRole("list API keys");
        var response = new ListApiKeysResponse();
        response.Keys.AddRange((await listKeys.ExecuteAsync(context.CancellationToken)).Select(ToWire));
        return response;
    }

    public override async Task<ApiKey> RevokeApiKey(RevokeApiKeyRequest request, ServerCallContext context)
    {
        context.RequireRole("revoke API keys");
        var revoked = await revokeKey.ExecuteAsync(request.KeyId, context.CancellationToken);

        // This server refuses the key from now on; others within their cache time (ApiKeyAuthenticator.CacheFor).
        authenticator.Forget(request.KeyId);
        return ToWire(revoked);
    }

    public override async Task<ApiKey> WhoAmI(WhoAmIRequest request, ServerCallContext context) =>
        ToWire(await describeCaller.ExecuteAsync(context.Caller(), context.CancellationToken));

    private static ApiKey ToWire(ApiKeyRecord r) => new()
    {
        KeyId = r.KeyId,
        Role = RoleWire.ToWire(r.Role),
        PartyId = r.PartyId ?? "",
        Label = r.Label,
        CreatedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAtUnixMs)),
        RevokedAt = r.RevokedAtUnixMs is { } revoked ? Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(revoked)) : null,
    };
}
