using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Server.Security;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>Records and lists creators' consent. A creator key acts only on its own consent.</summary>
internal sealed class ConsentsService(RecordConsent recordConsent, ListConsents listConsents) : Consents.ConsentsBase
{
    public override async Task<ConsentRecord> RecordConsent(RecordConsentRequest request, ServerCallContext context)
    {
        var caller = context.RequireRole("record consent", Roles.Creator);
        caller.RequireParty(Roles.Creator, request.CreatorId, $"record consent for creator {EntityIds.Printable(request.CreatorId)}");
        WireTimestamps.TryRead("effective_from", request.EffectiveFrom, out var effectiveFrom, out var effectiveViolation);
        RpcErrors.ThrowIfAny([
            EntityIds.Check("creator_id", request.CreatorId),
            request.WorkId.Length == 0 ? null : EntityIds.Check("work_id", request.WorkId),
            request.OperatorId.Length == 0 ? null : EntityIds.Check("operator_id", request.OperatorId),
            UseKinds.Check("use", request.Use),
            ConsentDecisions.Check("decision", request.Decision),
            effectiveViolation]);
        var entry = await recordConsent.ExecuteAsync(caller, new ConsentToRecord(request.CreatorId, request.WorkId, (Domain.UseKind)(int)request.Use,
            request.OperatorId, ConsentDecisions.ToStored(request.Decision), effectiveFrom), context.CancellationToken);
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
        var read = await listConsents.ExecuteAsync(request.CreatorId, request.IncludeHistory, afterSequence, size + 1, context.CancellationToken);
        var (page, next) = Paging.Cut(read, size, e => e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var response = new ListConsentsResponse { NextPageToken = next };
        response.Consents.AddRange(page.Select(ToWire));
        return response;
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
