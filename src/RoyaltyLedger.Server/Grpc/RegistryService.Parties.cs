using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Rightsholders, societies and society membership.</summary>
internal sealed partial class RegistryService
{
    private static readonly string[] RightsholderKinds = ["publisher", "label", "agency"];

    public override async Task<Rightsholder> RegisterRightsholder(RegisterRightsholderRequest request, ServerCallContext context)
    {
        context.RequireRole("register rightsholders", Roles.Society);
        RpcErrors.ThrowIfAny([
            EntityIds.Check("rightsholder_id", request.RightsholderId),
            Text.CheckRequired("display_name", request.DisplayName),
            RightsholderKinds.Contains(request.Kind) ? null
                : new FieldViolation("kind", $"kind '{EntityIds.Printable(request.Kind)}' is not one of {string.Join(", ", RightsholderKinds)}")]);
        var result = await grains.GetGrain<IRightsholderGrain>(request.RightsholderId)
            .Register(new RightsholderProfile(request.RightsholderId, request.DisplayName, request.Kind));
        var p = Unwrap(result, "rightsholder", request.RightsholderId);
        return new Rightsholder { RightsholderId = p.RightsholderId, DisplayName = p.DisplayName, Kind = p.Kind };
    }

    public override async Task<ListRightsholdersResponse> ListRightsholders(ListRightsholdersRequest request, ServerCallContext context)
    {
        var (page, next) = await ListAsync<RightsholderProfile>(RegistryKinds.Rightsholder, request.PageSize, request.PageToken, context);
        var response = new ListRightsholdersResponse { NextPageToken = next };
        response.Rightsholders.AddRange(page
            .Select(p => new Rightsholder { RightsholderId = p.RightsholderId, DisplayName = p.DisplayName, Kind = p.Kind }));
        return response;
    }

    public override async Task<Society> RegisterSociety(RegisterSocietyRequest request, ServerCallContext context)
    {
        context.RequireRole("register societies");
        RpcErrors.ThrowIfAny([
            EntityIds.Check("society_id", request.SocietyId),
            Text.CheckRequired("display_name", request.DisplayName),
            request.CommissionBps <= Scales.BasisPointsWhole ? null
                : new FieldViolation("commission_bps", $"commission_bps is {request.CommissionBps:N0}, expected 0 to {Scales.BasisPointsWhole:N0}")]);
        var result = await grains.GetGrain<ISocietyGrain>(request.SocietyId)
            .Register(new SocietyProfile(request.SocietyId, request.DisplayName, (int)request.CommissionBps));
        return ToWire(Unwrap(result, "society", request.SocietyId));
    }

    public override async Task<ListSocietiesResponse> ListSocieties(ListSocietiesRequest request, ServerCallContext context)
    {
        var (page, next) = await ListAsync<SocietyProfile>(RegistryKinds.Society, request.PageSize, request.PageToken, context);
        var response = new ListSocietiesResponse { NextPageToken = next };
        response.Societies.AddRange(page.Select(ToWire));
        return response;
    }

    public override async Task<SocietyMember> AddSocietyMember(AddSocietyMemberRequest request, ServerCallContext context)
    {
        context.RequireRole("add society members", Roles.Society)
            .RequireParty(Roles.Society, request.SocietyId, $"add members to society {EntityIds.Printable(request.SocietyId)}");
        RpcErrors.ThrowIfAny([EntityIds.Check("society_id", request.SocietyId), EntityIds.Check("member_id", request.MemberId)]);
        if (await grains.GetGrain<ISocietyGrain>(request.SocietyId).Describe() is null)
        {
            RpcErrors.BadRequest("society_id", $"society_id '{request.SocietyId}' is not a registered society");
        }

        var kind = await grains.GetGrain<ICreatorGrain>(request.MemberId).Describe() is not null ? "creator"
            : await grains.GetGrain<IRightsholderGrain>(request.MemberId).Describe() is not null ? "rightsholder"
            : null;
        if (kind is null)
        {
            RpcErrors.BadRequest("member_id", $"member_id '{request.MemberId}' is neither a registered creator nor a registered rightsholder");
        }

        await members.AddMemberAsync(request.SocietyId, request.MemberId, kind, clock.GetUtcNow().ToUnixTimeMilliseconds(), context.CancellationToken);
        if (kind == "creator")
        {
            // The creator's works may now be priced at this society's unlicensed tariffs. Also on a repeat, so a retry repairs a missed refresh.
            await refresher.RefreshForMembershipAsync(request.MemberId, CancellationToken.None);
        }

        return new SocietyMember { SocietyId = request.SocietyId, MemberId = request.MemberId, MemberKind = kind };
    }

    public override async Task<ListSocietyMembersResponse> ListSocietyMembers(ListSocietyMembersRequest request, ServerCallContext context)
    {
        context.RequireRole("list society members", Roles.Society)
            .RequireParty(Roles.Society, request.SocietyId, $"list the members of society {EntityIds.Printable(request.SocietyId)}");
        var response = new ListSocietyMembersResponse();
        response.Members.AddRange((await members.ListMembersAsync(request.SocietyId, context.CancellationToken))
            .Select(m => new SocietyMember { SocietyId = request.SocietyId, MemberId = m.MemberId, MemberKind = m.MemberKind }));
        return response;
    }

    private static Society ToWire(SocietyProfile p) =>
        new() { SocietyId = p.SocietyId, DisplayName = p.DisplayName, CommissionBps = (uint)p.CommissionBasisPoints };
}
