using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Application.Licensing;

namespace RoyaltyLedger.Grains.Licensing;

/// <summary>
/// Writes a creator's decision on a licence request into the consent records: an approval grants, and a decline
/// refuses, the requested uses of the creator's requested works for the request's operator. Rightsholders have no
/// consent records; their declines live in the request. Re-recording the same decision is a no-op, so a decision
/// whose effects were interrupted can be applied again.
/// </summary>
public sealed class RequestConsentRecorder(IConsentStore consents, WorkRefresher refresher)
{
    public async Task RecordAsync(LicenceRequestView request, PartyDecisionRecord decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(decision);
        var (stored, at) = decision.Decision switch
        {
            RequestDecisionKind.Approved => ("granted", decision.ApprovedAt),
            RequestDecisionKind.Declined => ("refused", decision.DecidedAt),
            _ => (null, null),
        };
        if (stored is null || decision.PartyKind != RequestPartyKind.Creator)
        {
            return;
        }

        // The whole history is searched: a creator may have changed the same scope since, and a retry must not undo that.
        var source = $"licence request {request.Terms.RequestId}";
        var atMs = at!.Value.ToUnixTimeMilliseconds();
        var held = (await consents.ListConsentsAsync(decision.PartyId, history: true, cancellationToken))
            .Where(c => c.RecordedBy == source && c.RecordedAtUnixMs == atMs && c.Decision == stored && c.OperatorId == request.Terms.OperatorId)
            .Select(c => (c.WorkId, c.UseKind))
            .ToHashSet();
        foreach (var work in request.Works.Where(w => w.CreatorIds.Contains(decision.PartyId)))
        {
            foreach (var use in request.Terms.Uses.Where(u => !held.Contains((work.WorkId, (int)u))))
            {
                await consents.AppendConsentAsync(
                    new ConsentEntry(0, decision.PartyId, work.WorkId, (int)use, request.Terms.OperatorId, stored, atMs, source), cancellationToken);
            }

            await refresher.RefreshForConsentAsync(decision.PartyId, work.WorkId, cancellationToken);
        }
    }
}
