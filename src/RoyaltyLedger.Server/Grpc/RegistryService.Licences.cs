using Grpc.Core;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Server.Security;
using Licence = RoyaltyLedger.Contracts.V1.Licence;
using LicenceCoverage = RoyaltyLedger.Contracts.V1.LicenceCoverage;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Licences: granted by a creator or a rightsholder to an operator, on full terms, and listed per party (use cases: Application/Licensing).</summary>
internal sealed partial class RegistryService
{
    public override async Task<Licence> GrantLicence(GrantLicenceRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("grant licences", Roles.Society, Roles.Rightsholder, Roles.Creator);
        if (request.Licence is null)
        {
            RpcErrors.BadRequest("licence", "licence is required");
        }

        RpcErrors.ThrowIfAny([WireTimestamps.Check("starts_at", request.Licence.StartsAt), WireTimestamps.Check("ends_at", request.Licence.EndsAt)]);
        var now = clock.GetUtcNow();
        var licence = request.Licence.ToRecord(now) with { GrantedAt = now };
        RpcErrors.ThrowIfAny(LicenceRules.Validate(licence.ToDomain()).Select(WireField));
        if (caller.Role == Roles.Creator)
        {
            caller.RequireParty(Roles.Creator, licence.LicensorKind == LicensorKind.Creator ? licence.LicensorId : "",
                $"grant a licence whose licensor is {LicensorText.Of(licence)}");
        }
        else if (caller.Role == Roles.Rightsholder)
        {
            caller.RequireParty(Roles.Rightsholder, licence.LicensorKind == LicensorKind.Rightsholder ? licence.LicensorId : "",
                $"grant a licence whose licensor is {LicensorText.Of(licence)}");
        }

        var granted = await licences.Grant.ExecuteAsync(caller, licence, startGiven: request.Licence.StartsAt is not null, context.CancellationToken);
        return granted.ToWire();
    }

    public override async Task<Licence> GetLicence(GetLicenceRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        RpcErrors.ThrowIfAny([EntityIds.Check("licence_id", request.LicenceId)]);
        return (await licences.Get.ExecuteAsync(caller, request.LicenceId, context.CancellationToken)).ToWire();
    }

    public override async Task<ListLicencesResponse> ListLicences(ListLicencesRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        var partyId = request.PartyId.Length == 0 && !caller.IsAdmin && caller.Role != Roles.Society ? caller.PartyId ?? "" : request.PartyId;
        if (partyId.Length > 0)
        {
            RpcErrors.ThrowIfAny([EntityIds.Check("party_id", partyId)]);
        }

        if (!caller.IsAdmin && caller.Role != Roles.Society && partyId != caller.PartyId)
        {
            CallerAccess.Deny($"{caller} may list only its own licences, not those of {EntityIds.Printable(partyId)}");
        }

        var (size, afterId) = Paging.Read(request.PageSize, request.PageToken);
        var read = await licences.List.ExecuteAsync(partyId.Length == 0 ? null : partyId, afterId, size + 1, context.CancellationToken);
        var (page, next) = Paging.Cut(read, size, l => l.LicenceId);
        var response = new ListLicencesResponse { NextPageToken = next };
        response.Licences.AddRange(page.Select(l => l.ToWire()));
        return response;
    }

    public const int DefaultCoveragePageSize = 1_000;
    public const int MaxCoveragePageSize = 10_000;

    public override async Task<LicenceCoverage> GetLicenceCoverage(GetLicenceCoverageRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        RpcErrors.ThrowIfAny([
            EntityIds.Check("licence_id", request.LicenceId),
            request.PageSize > MaxCoveragePageSize
                ? new FieldViolation("page_size", $"page_size is {request.PageSize:N0}, at most {MaxCoveragePageSize:N0}")
                : null,
            request.PageToken.Length == 0 ? null : EntityIds.Check("page_token", request.PageToken)]);
        var size = request.PageSize == 0 ? DefaultCoveragePageSize : (int)request.PageSize;
        var coverage = await licences.Coverage.ExecuteAsync(caller, request.LicenceId, request.PageToken, size, context.CancellationToken);
        var response = new LicenceCoverage
        {
            LicenceId = coverage.Licence.LicenceId,
            JudgedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(coverage.JudgedAt),
            NextPageToken = coverage.NextAfterWorkId,
        };
        response.Works.AddRange(coverage.Works.Select(w => w.ToWire()));
        response.WorksCovered = (uint)response.Works.Count(w => w.Covered);
        response.WorksNotCovered = (uint)response.Works.Count - response.WorksCovered;
        return response;
    }

    /// <summary>The domain names fields as the licence record does; the wire nests them under "licence." with the proto's names.</summary>
    private static FieldViolation WireField(FieldViolation v)
    {
        var field = v.Field.StartsWith("territory_codes", StringComparison.Ordinal) ? "territories" + v.Field["territory_codes".Length..]
            : v.Field.StartsWith("licensor.", StringComparison.Ordinal) ? "licensor"
            : v.Field;
        return new FieldViolation($"licence.{field}", v.Description);
    }
}
