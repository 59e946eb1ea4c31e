using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Server.Security;
using RoyaltyLedger.Storage;
using RoyaltyLedger.Application.Licensing;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Records and lists creators' consent. A creator key acts only on its own consent.</summary>
internal sealed class ConsentsService(IConsentStore consents, IGrainFactory grains, WorkRefresher refresher, TimeProvider clock) : Consents.ConsentsBase
{
    public override async Task<ConsentRecord> RecordConsent(RecordConsentRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("record consent", Roles.Creator);
        caller.RequireParty(Roles.Creator, request.CreatorId, $"record consent for creator {EntityIds.Printable(request.CreatorId)}");
        var now = clock.GetUtcNow();
        var (effectiveFromMs, effectiveViolation) = ConsentEffectiveFrom.Check(request.EffectiveFrom, now);
        RpcErrors.ThrowIfAny([
            EntityIds.Check("creator_id", request.CreatorId),
            request.WorkId.Length == 0 ? null : EntityIds.Check("work_id", request.WorkId),
            request.OperatorId.Length == 0 ? null : EntityIds.Check("operator_id", request.OperatorId),
            UseKinds.Check("use", request.Use),
            ConsentDecisions.Check("decision", request.Decision),
            effectiveViolation]);
        await RequireScopeAsync(request);

        var entry = await consents.AppendConsentAsync(new ConsentEntry(0, request.CreatorId, request.WorkId, (int)request.Use,
            request.OperatorId, ConsentDecisions.ToStored(request.Decision), now.ToUnixTimeMilliseconds(), caller.ToString(), effectiveFromMs),
            context.CancellationToken);

        // The licence check of every work the decision concerns must see it before this call returns.
        await refresher.RefreshForConsentAsync(request.CreatorId, request.WorkId, CancellationToken.None);
        return ToWire(entry);
    }

    public override async Task<ListConsentsResponse> ListConsents(ListConsentsRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("read consent", Roles.Society, Roles.Creator);
        if (caller.Role == Roles.Creator)
        {
            caller.RequireParty(Roles.Creator, request.CreatorId, $"read the consent of creator {EntityIds.Printable(request.CreatorId)}");
        }

        RpcErrors.ThrowIfAny([EntityIds.Check("creator_id", request.CreatorId)]);
        var (size, afterSequence) = Paging.ReadSequence(request.PageSize, request.PageToken);
        var read = await consents.ListConsentsPageAsync(request.CreatorId, request.IncludeHistory, afterSequence, size + 1, context.CancellationToken);
        var (page, next) = Paging.Cut(read, size, e => e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var response = new ListConsentsResponse { NextPageToken = next };
        response.Consents.AddRange(page.Select(ToWire));
        return response;
    }

    private async Task RequireScopeAsync(RecordConsentRequest request)
    {
        if (await grains.GetGrain<ICreatorGrain>(request.CreatorId).Describe() is null)
        {
            RpcErrors.BadRequest("creator_id", $"creator_id '{request.CreatorId}' is not a registered creator");
        }

        if (request.WorkId.Length > 0)
        {
            var work = await grains.GetGrain<IWorkGrain>(request.WorkId).Describe();
            if (work is null || !work.Splits.Any(s => s.Contributors.Any(c => c.CreatorId == request.CreatorId)))
            {
                RpcErrors.BadRequest("work_id", $"work_id '{request.WorkId}' is not a registered work of creator {request.CreatorId}");
            }
        }

        if (request.OperatorId.Length > 0 && await grains.GetGrain<IOperatorGrain>(request.OperatorId).Describe() is null)
        {
            RpcErrors.BadRequest("operator_id", $"operator_id '{request.OperatorId}' is not a registered operator");
        }
    }

    private static ConsentRecord ToWire(ConsentEntry e) => new()
    {
        Sequence = (ulong)e.Sequence,
        CreatorId = e.CreatorId,
        WorkId = e.WorkId,
        Use = (UseKind)e.UseKind,
        OperatorId = e.OperatorId,
        Decision = ConsentDecisions.FromStored(e.Decision),
        RecordedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.FromUnixTimeMilliseconds(e.RecordedAtUnixMs)),
        RecordedBy = e.RecordedBy,
    };
}
