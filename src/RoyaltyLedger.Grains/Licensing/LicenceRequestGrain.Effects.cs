using System.Collections.Immutable;
using System.Diagnostics;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Grains.Licensing;

/// <summary>Recording decisions and carrying out what they imply: consent records, declined works, issued licences.</summary>
public sealed partial class LicenceRequestGrain
{
    /// <summary>Null when the request exists and still takes decisions; otherwise why not.</summary>
    private async Task<DecisionResult?> OpenRequestAsync()
    {
        if (state.State.Request is null)
        {
            return new(null, $"licence request {RequestId} does not exist");
        }

        await CompleteAsync();
        var request = state.State.Request!;
        return request.WithdrawnAt is { } at
            ? new(request, $"licence request {RequestId} was withdrawn by its operator on {at:u}; it takes no more decisions")
            : null;
    }

    /// <summary>The one decision of the party (of the given kind, unless unspecified) that <paramref name="wanted"/> accepts, or why there is none.</summary>
    private (PartyDecisionRecord? Decision, string? Refusal) Find(
        LicenceRequestView request, string partyId, RequestPartyKind kind, Func<PartyDecisionRecord, bool> wanted)
    {
        var asked = request.Decisions.Where(d => d.PartyId == partyId && (kind == RequestPartyKind.Unspecified || d.PartyKind == kind)).ToList();
        if (asked.Count == 0)
        {
            return (null, $"{new RequestParty(kind, partyId)} is not asked in licence request {RequestId}");
        }

        var matching = asked.Where(wanted).ToList();
        return matching.Count switch
        {
            1 => (matching[0], null),
            0 => (null, $"{asked[0].Party} has not countered licence request {RequestId}; its decision is {Verb(asked[0])}"),
            _ => (null, $"{partyId} is asked both as a creator and as a rightsholder in licence request {RequestId}; decide with that party's own key, which says which it is"),
        };
    }

    /// <summary>Writes the changed decision first, which fixes its instant, then carries out its effects.</summary>
    private async Task RecordAsync(LicenceRequestView request, PartyDecisionRecord current, PartyDecisionRecord next)
    {
        var position = request.Decisions.IndexOf(current);
        var recorded = request with { Decisions = request.Decisions.SetItem(position, next) };
        await state.ReplaceAsync(new LicenceRequestState { Request = recorded, UnappliedDecisions = state.State.UnappliedDecisions.Add(position) }, this);
        await CompleteAsync();
    }

    /// <summary>Records the consents of decisions not yet applied and settles every work the decisions settle; writes only if something changed.</summary>
    private async Task CompleteAsync()
    {
        var request = state.State.Request!;
        var unapplied = state.State.UnappliedDecisions;
        foreach (var position in unapplied.Distinct())
        {
            await consents.RecordAsync(request, request.Decisions[position], CancellationToken.None);
        }

        var (works, changed) = await SettleAsync(request);
        if (unapplied.IsEmpty && !changed)
        {
            return;
        }

        await state.ReplaceAsync(new LicenceRequestState { Request = request with { Works = works } }, this);
    }

    private async Task<(ImmutableArray<RequestedWorkRecord> Works, bool Changed)> SettleAsync(LicenceRequestView request)
    {
        if (request.WithdrawnAt is not null)
        {
            return (request.Works, false);
        }

        var byParty = request.Decisions.ToDictionary(d => d.Party);
        var settled = ImmutableArray.CreateBuilder<RequestedWorkRecord>(request.Works.Length);
        var changed = false;
        for (var i = 0; i < request.Works.Length; i++)
        {
            var work = request.Works[i];
            var verdict = work.Status == RequestedWorkRecord.Pending ? RequestSettlement.Judge(work, byParty) : WorkVerdict.Pending;
            var next = verdict.IsReady ? await IssueAsync(request.Terms, work, i, verdict)
                : verdict.Status == RequestedWorkRecord.Declined ? work with { Status = RequestedWorkRecord.Declined }
                : work;
            changed |= !ReferenceEquals(next, work);
            settled.Add(next);
        }

        return (settled.MoveToImmutable(), changed);
    }

    private async Task<RequestedWorkRecord> IssueAsync(LicenceRequestTerms terms, RequestedWorkRecord work, int position, WorkVerdict verdict)
    {
        var licenceId = $"{terms.RequestId}.{position + 1}";
        var licence = terms.LicenceFor(licenceId, RequestSettlement.LicensorOf(terms, work), work.WorkId, verdict.LastApprovalAt!.Value, verdict.Counter)
            with { GrantedAt = clock.GetUtcNow(), Source = $"licence request {terms.RequestId}" };
        var violations = LicenceRules.Validate(licence.ToDomain());
        if (violations.Count > 0)
        {
            // Terms and counters were validated when given. Only the term can have emptied since: without starts_at
            // a licence starts at the work's last approval, which can come after ends_at.
            return violations.All(v => v.Field == "ends_at")
                ? work with { Status = RequestedWorkRecord.Lapsed }
                : throw new UnreachableException($"licence {licenceId} for work {work.WorkId} breaks rules checked when licence request {terms.RequestId} was filed: "
                    + string.Join("; ", violations.Select(v => v.Description)));
        }

        // The licence is the same on every retry (its start is a recorded instant), so a conflict is another licence under its id.
        var result = await issuer.IssueAsync(licence, CancellationToken.None);
        if (result.Outcome == RegistrationOutcome.Conflict)
        {
            throw new InvalidOperationException($"licence {licenceId} for work {work.WorkId} of licence request {terms.RequestId} could not be issued: another licence holds its id");
        }

        return work with { Status = RequestedWorkRecord.Licensed, LicenceId = licenceId };
    }
}
