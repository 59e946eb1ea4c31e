using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using Licence = RoyaltyLedger.Contracts.V1.Licence;
using LicenceCoverage = RoyaltyLedger.Contracts.V1.LicenceCoverage;
using WorkSnapshot = RoyaltyLedger.Grains.Abstractions.Registry.WorkSnapshot;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Licences: granted by a creator or a rightsholder to an operator, on full terms, and listed per party.</summary>
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
        var licence = request.Licence.ToRecord(now) with { GrantedAt = now, Source = $"granted by {caller}" };
        RpcErrors.ThrowIfAny(LicenceRules.Validate(licence.ToDomain()).Select(WireField));
        if (caller.Role == Roles.Creator)
        {
            caller.RequireParty(Roles.Creator, licence.LicensorKind == LicensorKind.Creator ? licence.LicensorId : "",
                $"grant a licence whose licensor is {LicensorText(licence)}");
        }
        else if (caller.Role == Roles.Rightsholder)
        {
            caller.RequireParty(Roles.Rightsholder, licence.LicensorKind == LicensorKind.Rightsholder ? licence.LicensorId : "",
                $"grant a licence whose licensor is {LicensorText(licence)}");
        }

        if (caller.Role == Roles.Creator)
        {
            foreach (var workId in licence.WorkIds)
            {
                await RequireContributorAsync(caller, workId);
            }
        }

        await RequireLicenceScopeAsync(licence);

        // An unset start means "from the grant", which the first grant fixed; a retry that leaves it unset asks for that licence again.
        if (request.Licence.StartsAt is null && await issuer.FindAsync(licence.LicenceId, context.CancellationToken) is { } held
            && held.SameTermsAs(licence with { StartsAt = held.StartsAt }))
        {
            licence = licence with { StartsAt = held.StartsAt };
        }

        var result = await issuer.IssueAsync(licence, context.CancellationToken);
        return Unwrap(result, "licence", licence.LicenceId).ToWire();
    }

    public override async Task<Licence> GetLicence(GetLicenceRequest request, ServerCallContext context)
    {
        var caller = context.Caller();
        RpcErrors.ThrowIfAny([EntityIds.Check("licence_id", request.LicenceId)]);
        var licence = await issuer.FindAsync(request.LicenceId, context.CancellationToken);
        if (licence is null)
        {
            RpcErrors.NotFound($"licence {request.LicenceId} does not exist");
        }

        await RequireLicenceReaderAsync(caller, licence, context.CancellationToken);
        return licence.ToWire();
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
        var read = await issuer.ListPageAsync(partyId.Length == 0 ? null : partyId, afterId, size + 1, context.CancellationToken);
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
        var licence = await issuer.FindAsync(request.LicenceId, context.CancellationToken);
        if (licence is null)
        {
            RpcErrors.NotFound($"licence {request.LicenceId} does not exist");
        }

        await RequireLicenceReaderAsync(caller, licence, context.CancellationToken);
        var scope = licence.IsCatalogue
            ? await licenceStore.WorksOfPartyAsync(licence.LicensorId, WorkRelations.Rightsholder, context.CancellationToken)
            : licence.WorkIds;
        var size = request.PageSize == 0 ? DefaultCoveragePageSize : (int)request.PageSize;
        var page = scope.Where(w => string.CompareOrdinal(w, request.PageToken) > 0).Order(StringComparer.Ordinal).Take(size + 1).ToList();
        var more = page.Count > size;
        page = page.Take(size).ToList();

        // Judged now, or at the start of a licence that has not begun: would it cover the work when it does?
        var now = clock.GetUtcNow();
        var at = licence.StartsAt > now ? licence.StartsAt : now;
        var works = new WorkCoverageView?[page.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, page.Count), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = context.CancellationToken },
            async (i, _) => works[i] = await grains.GetGrain<IWorkGrain>(page[i]).Coverage(licence.LicenceId, at));

        var response = new LicenceCoverage
        {
            LicenceId = licence.LicenceId,
            JudgedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(at),
            NextPageToken = more ? page[^1] : "",
        };
        for (var i = 0; i < page.Count; i++)
        {
            var work = works[i] ?? new WorkCoverageView(page[i], false,
                [new CoverageGapView(null, null, CoverageGapKind.NoSplitInForce, $"work {page[i]} is not registered, or the licence does not reach it")]);
            response.Works.Add(work.ToWire());
        }

        response.WorksCovered = (uint)response.Works.Count(w => w.Covered);
        response.WorksNotCovered = (uint)response.Works.Count - response.WorksCovered;
        return response;
    }

    /// <summary>The licence's parties and works exist and belong together: models to the operator, listed works to the licensor.</summary>
    private async Task RequireLicenceScopeAsync(LicenceRecord licence)
    {
        var violations = new List<FieldViolation?>();
        if (await grains.GetGrain<IOperatorGrain>(licence.OperatorId).Describe() is null)
        {
            violations.Add(new FieldViolation("licence.operator_id", $"licence.operator_id '{licence.OperatorId}' is not a registered operator"));
        }

        var licensorExists = licence.LicensorKind == LicensorKind.Creator
            ? await grains.GetGrain<ICreatorGrain>(licence.LicensorId).Describe() is not null
            : await grains.GetGrain<IRightsholderGrain>(licence.LicensorId).Describe() is not null;
        if (!licensorExists)
        {
            violations.Add(new FieldViolation("licence.licensor", $"licence licensor {LicensorText(licence)} is not registered"));
        }

        var models = await Task.WhenAll(licence.ModelIds.Select(id => grains.GetGrain<IModelGrain>(id).Describe()));
        for (var i = 0; i < models.Length; i++)
        {
            violations.Add(models[i] is null
                ? new FieldViolation($"licence.model_ids[{i}]", $"licence.model_ids[{i}] '{licence.ModelIds[i]}' is not a registered model")
                : models[i]!.OperatorId != licence.OperatorId
                    ? new FieldViolation($"licence.model_ids[{i}]", $"licence.model_ids[{i}] '{licence.ModelIds[i]}' belongs to operator {models[i]!.OperatorId}, not {licence.OperatorId}")
                    : null);
        }

        var works = await Task.WhenAll(licence.WorkIds.Select(id => grains.GetGrain<IWorkGrain>(id).Describe()));
        for (var i = 0; i < works.Length; i++)
        {
            violations.Add(WorkViolation($"licence.work_ids[{i}]", licence, works[i], licence.WorkIds[i]));
        }

        RpcErrors.ThrowIfAny(violations);
    }

    private static FieldViolation? WorkViolation(string field, LicenceRecord licence, WorkSnapshot? work, string workId)
    {
        if (work is null)
        {
            return new FieldViolation(field, $"{field} '{workId}' is not a registered work");
        }

        if (licence.LicensorKind == LicensorKind.Creator && !work.Splits.Any(s => s.Contributors.Any(c => c.CreatorId == licence.LicensorId)))
        {
            return new FieldViolation(field, $"{field} '{workId}' is not a work of creator {licence.LicensorId}, who may license only their own works");
        }

        if (licence.LicensorKind == LicensorKind.Rightsholder && !work.Definition.RightsholderIds.Contains(licence.LicensorId))
        {
            return new FieldViolation(field, $"{field} '{workId}' is not in the catalogue of rightsholder {licence.LicensorId}");
        }

        return null;
    }

    /// <summary>Admins, societies, the licensor, the operator, and creators of works the licence names or holds in its catalogue.</summary>
    private async Task RequireLicenceReaderAsync(Caller caller, LicenceRecord licence, CancellationToken cancellationToken)
    {
        if (caller.IsAdmin || caller.Role == Roles.Society || caller.PartyId == licence.LicensorId || caller.PartyId == licence.OperatorId)
        {
            return;
        }

        if (caller.Role == Roles.Creator)
        {
            var own = await licenceStore.WorksOfPartyAsync(caller.PartyId ?? "", WorkRelations.Contributor, cancellationToken);
            var scope = licence.IsCatalogue
                ? await licenceStore.WorksOfPartyAsync(licence.LicensorId, WorkRelations.Rightsholder, cancellationToken)
                : licence.WorkIds;
            if (own.Intersect(scope, StringComparer.Ordinal).Any())
            {
                return;
            }
        }

        CallerAccess.Deny($"{caller} may not read licence {licence.LicenceId}, which neither it granted, nor it holds, nor covers its works");
    }

    private static string LicensorText(LicenceRecord licence) => licence.LicensorKind switch
    {
        LicensorKind.Creator => $"creator {EntityIds.Printable(licence.LicensorId)}",
        LicensorKind.Rightsholder => $"rightsholder {EntityIds.Printable(licence.LicensorId)}",
        _ => "not given (set licensor_creator_id or licensor_rightsholder_id)",
    };

    /// <summary>The domain names fields as the licence record does; the wire nests them under "licence." with the proto's names.</summary>
    private static FieldViolation WireField(FieldViolation v)
    {
        var field = v.Field.StartsWith("territory_codes", StringComparison.Ordinal) ? "territories" + v.Field["territory_codes".Length..]
            : v.Field.StartsWith("licensor.", StringComparison.Ordinal) ? "licensor"
            : v.Field;
        return new FieldViolation($"licence.{field}", v.Description);
    }
}
