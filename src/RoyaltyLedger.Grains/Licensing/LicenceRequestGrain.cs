using System.Collections.Immutable;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Grains.Registry;
using RoyaltyLedger.Storage;

namespace RoyaltyLedger.Grains.Licensing;

/// <summary>
/// Gathers every creator's decision on a request and licenses each work once all its creators
/// approve. Side effects (licences, consent records) happen before the state is written and are
/// idempotent, so a decision retried after a crash completes the same way.
/// </summary>
public sealed class LicenceRequestGrain(
    [PersistentState("licence-request", StorageNames.Registry)] IPersistentState<LicenceRequestState> state,
    ILicenceRequestIndex index,
    IConsentStore consents,
    LicenceIssuer issuer,
    WorkRefresher refresher,
    TimeProvider clock) : Grain, ILicenceRequestGrain
{
    public async Task<Registration<LicenceRequestView>> File(LicenceRequestTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (state.State.Request is { } held)
        {
            return new(held.Terms.SameAs(terms) ? RegistrationOutcome.Unchanged : RegistrationOutcome.Conflict, held);
        }

        var works = await Task.WhenAll(terms.WorkIds.Select(id => GrainFactory.GetGrain<IWorkGrain>(id).Describe()));
        var requested = works.Select((w, i) => new RequestedWorkRecord(terms.WorkIds[i],
            [.. (w ?? throw new ArgumentException($"work {terms.WorkIds[i]} is not registered", nameof(terms))).Definition.Contributors.Select(c => c.CreatorId)],
            RequestedWorkRecord.Pending, null)).ToImmutableArray();
        var creators = requested.SelectMany(w => w.CreatorIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(c => new CreatorDecisionRecord(c, RequestDecisionKind.Pending, "", null, null)).ToImmutableArray();
        var view = new LicenceRequestView(terms, clock.GetUtcNow(), requested, creators);

        await index.LinkPartiesAsync(terms.RequestId, [terms.OperatorId, .. creators.Select(c => c.CreatorId)], CancellationToken.None);
        await state.ReplaceAsync(new LicenceRequestState { Request = view }, this);
        return new(RegistrationOutcome.Created, view);
    }

    public async Task<DecisionResult> Decide(CreatorDecisionRecord decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (state.State.Request is not { } request)
        {
            return new(null, $"licence request {this.GetPrimaryKeyString()} does not exist");
        }

        var current = request.Decisions.FirstOrDefault(d => d.CreatorId == decision.CreatorId);
        if (current is null)
        {
            return new(request, $"creator {decision.CreatorId} is not asked in licence request {request.Terms.RequestId}");
        }

        if (current.Decision != RequestDecisionKind.Pending)
        {
            return current.Decision == decision.Decision
                ? new(request, null)
                : new(request, $"creator {decision.CreatorId} already {current.Decision.ToString().ToLowerInvariant()} licence request {request.Terms.RequestId} on {current.DecidedAt:u}; decisions are final");
        }

        var decided = decision with { DecidedAt = clock.GetUtcNow() };
        var decisions = request.Decisions.Replace(current, decided);
        await RecordConsentAsync(request, decided);
        var works = await SettleWorksAsync(request, decisions);
        var next = request with { Decisions = decisions, Works = works };
        await state.ReplaceAsync(new LicenceRequestState { Request = next }, this);
        return new(next, null);
    }

    public Task<LicenceRequestView?> Describe() => Task.FromResult(state.State.Request);

    private async Task<ImmutableArray<RequestedWorkRecord>> SettleWorksAsync(LicenceRequestView request, ImmutableArray<CreatorDecisionRecord> decisions)
    {
        var byCreator = decisions.ToDictionary(d => d.CreatorId, d => d.Decision, StringComparer.Ordinal);
        var settled = ImmutableArray.CreateBuilder<RequestedWorkRecord>(request.Works.Length);
        foreach (var (work, index) in request.Works.Select((w, i) => (w, i)))
        {
            var answers = work.CreatorIds.Select(c => byCreator[c]).ToList();
            if (work.Status != RequestedWorkRecord.Pending)
            {
                settled.Add(work);
            }
            else if (answers.Contains(RequestDecisionKind.Declined))
            {
                settled.Add(work with { Status = RequestedWorkRecord.Declined });
            }
            else if (answers.All(a => a == RequestDecisionKind.Approved))
            {
                settled.Add(await IssueAsync(request.Terms, work, index));
            }
            else
            {
                settled.Add(work);
            }
        }

        return settled.MoveToImmutable();
    }

    private async Task<RequestedWorkRecord> IssueAsync(LicenceRequestTerms terms, RequestedWorkRecord work, int index)
    {
        var licenceId = $"{terms.RequestId}.{index + 1}";
        // Every creator of the work approved, and each approval is recorded as that creator's consent, so any of them
        // can stand as licensor; the lowest id is taken so that the licence is the same on every retry.
        var now = clock.GetUtcNow();
        var licence = new LicenceRecord(licenceId, LicensorKind.Creator, work.CreatorIds.Order(StringComparer.Ordinal).First(), terms.OperatorId,
            terms.ModelIds, [work.WorkId], terms.Uses, [], now, null, false, terms.Tariff, null, false)
        {
            GrantedAt = now,
            Source = $"licence request {terms.RequestId}",
        };
        var result = await issuer.IssueAsync(licence, CancellationToken.None);
        // A retry after a crash issues the same licence at a later instant: the one already held stands.
        if (result.Outcome == RegistrationOutcome.Conflict && !(result.Current with { StartsAt = now }).SameTermsAs(licence))
        {
            throw new InvalidOperationException($"licence {licenceId} for work {work.WorkId} could not be issued: another licence holds its id");
        }

        return work with { Status = RequestedWorkRecord.Licensed, LicenceId = licenceId };
    }

    /// <summary>An approval grants, and a decline refuses, consent for the requested uses of the creator's works, for this operator.</summary>
    private async Task RecordConsentAsync(LicenceRequestView request, CreatorDecisionRecord decision)
    {
        var stored = decision.Decision switch
        {
            RequestDecisionKind.Approved => "granted",
            RequestDecisionKind.Declined => "refused",
            _ => null,
        };
        if (stored is null)
        {
            return;
        }

        var at = decision.DecidedAt!.Value.ToUnixTimeMilliseconds();
        foreach (var work in request.Works.Where(w => w.CreatorIds.Contains(decision.CreatorId)))
        {
            foreach (var use in request.Terms.Uses)
            {
                await consents.AppendConsentAsync(new ConsentEntry(0, decision.CreatorId, work.WorkId, (int)use, request.Terms.OperatorId,
                    stored, at, $"licence request {request.Terms.RequestId}"), CancellationToken.None);
            }

            await refresher.RefreshForConsentAsync(decision.CreatorId, work.WorkId, CancellationToken.None);
        }
    }
}
