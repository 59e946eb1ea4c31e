using System.Collections.Immutable;
using System.Data.Common;
using Microsoft.Extensions.Logging;
using RoyaltyLedger.Grains.Abstractions;
using RoyaltyLedger.Grains.Abstractions.Licensing;
using RoyaltyLedger.Grains.Abstractions.Registry;
using RoyaltyLedger.Application;
using RoyaltyLedger.Application.Licensing;

namespace RoyaltyLedger.Grains.Licensing;

/// <summary>
/// Gathers every party's decision on a request and licenses each work once all its parties approve. A decision is
/// written first, which fixes its instant; its effects (consent records, licences) follow and are idempotent, and
/// any that a crash interrupted are finished by the next call, so a licence's start never depends on a retry.
/// </summary>
public sealed partial class LicenceRequestGrain(
    [PersistentState("licence-request", StorageNames.Registry)] IPersistentState<LicenceRequestState> state,
    ILicenceRequestIndex index,
    RequestConsentRecorder consents,
    LicenceIssuer issuer,
    TimeProvider clock,
    ILogger<LicenceRequestGrain> logger) : Grain, ILicenceRequestGrain
{
    private string RequestId => this.GetPrimaryKeyString();

    public async Task<Registration<LicenceRequestView>> File(LicenceRequestTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (state.State.Request is { } held)
        {
            return new(held.Terms.SameAs(terms) ? RegistrationOutcome.Unchanged : RegistrationOutcome.Conflict, held);
        }

        var works = await BoundedCalls.AllAsync(terms.WorkIds, id => GrainFactory.GetGrain<IWorkGrain>(id).Describe());
        var requested = works.Select((w, i) => Requested(terms, terms.WorkIds[i], w)).ToImmutableArray();
        var decisions = requested.SelectMany(w => w.Parties).Distinct()
            .OrderBy(p => p.Kind).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new PartyDecisionRecord(p.Id, p.Kind, RequestDecisionKind.Pending, "", null, null))
            .ToImmutableArray();
        var view = new LicenceRequestView(terms, clock.GetUtcNow(), requested, decisions);

        await index.LinkPartiesAsync(terms.RequestId, [terms.OperatorId, .. decisions.Select(d => d.PartyId).Distinct(StringComparer.Ordinal)], CancellationToken.None);
        await state.ReplaceAsync(new LicenceRequestState { Request = view }, this);
        return new(RegistrationOutcome.Created, view);
    }

    public async Task<DecisionResult> Decide(PartyDecisionRecord decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (await OpenRequestAsync() is { } refusal)
        {
            return refusal;
        }

        var request = state.State.Request!;
        var found = Find(request, decision.PartyId, decision.PartyKind, d => true);
        if (found.Refusal is not null)
        {
            return new(request, found.Refusal);
        }

        var current = found.Decision!;
        if (current.Decision != RequestDecisionKind.Pending)
        {
            return current.Decision == decision.Decision && current.Counter == decision.Counter
                ? new(request, null)
                : new(request, $"{current.Party} already {Verb(current)} licence request {RequestId} on {current.DecidedAt:u}; decisions are final");
        }

        var decided = current with { Decision = decision.Decision, Note = decision.Note, Counter = decision.Counter, DecidedAt = clock.GetUtcNow() };
        await RecordAsync(request, current, decided);
        return new(state.State.Request, null);
    }

    public async Task<DecisionResult> AcceptCounter(string partyId)
    {
        if (await OpenRequestAsync() is { } refusal)
        {
            return refusal;
        }

        var request = state.State.Request!;
        var found = Find(request, partyId, RequestPartyKind.Unspecified, d => d.Counter is not null);
        if (found.Refusal is not null)
        {
            return new(request, found.Refusal);
        }

        var current = found.Decision!;
        if (current.CounterAcceptedAt is not null)
        {
            return new(request, null);
        }

        if (RequestSettlement.CounterClash(request, current) is { } clash)
        {
            return new(request, clash);
        }

        var accepted = current with { Decision = RequestDecisionKind.Approved, CounterAcceptedAt = clock.GetUtcNow() };
        await RecordAsync(request, current, accepted);
        return new(state.State.Request, null);
    }

    public async Task<DecisionResult> Withdraw()
    {
        if (state.State.Request is null)
        {
            return new(null, $"licence request {RequestId} does not exist");
        }

        await CompleteAsync();
        var request = state.State.Request!;
        if (request.WithdrawnAt is not null)
        {
            return new(request, null);
        }

        if (request.Status != "open")
        {
            return new(request, $"licence request {RequestId} is closed: every work is licensed, declined or lapsed, so there is nothing to withdraw");
        }

        var withdrawn = request with
        {
            WithdrawnAt = clock.GetUtcNow(),
            Works = [.. request.Works.Select(w => w.Status == RequestedWorkRecord.Pending ? w with { Status = RequestedWorkRecord.Withdrawn } : w)],
        };
        await state.ReplaceAsync(new LicenceRequestState { Request = withdrawn, UnappliedDecisions = state.State.UnappliedDecisions }, this);
        return new(withdrawn, null);
    }

    public async Task<LicenceRequestView?> Describe()
    {
        if (state.State.Request is null)
        {
            return null;
        }

        try
        {
            await CompleteAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or DbException or OrleansException)
        {
            // A read shows what is recorded even when an interrupted effect cannot be finished now; the next decision,
            // counter acceptance or withdrawal tries again and reports the failure to its caller.
            LogUnfinished(logger, ex, RequestId);
        }

        return state.State.Request;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Licence request {RequestId}: recorded decisions could not be carried out yet; the next call retries")]
    private static partial void LogUnfinished(ILogger logger, Exception exception, string requestId);

    private static RequestedWorkRecord Requested(LicenceRequestTerms terms, string workId, WorkSnapshot? work)
    {
        if (work is null)
        {
            throw new ArgumentException($"work {workId} is not registered", nameof(terms));
        }

        // The catalogue's rightsholder holds every work resolved from its catalogue; it is added in case the
        // index and the definition ever disagree, since it must approve as the licensor either way.
        var rightsholders = work.Definition.RightsholderIds.IsDefault ? [] : work.Definition.RightsholderIds;
        if (terms.CatalogueRightsholderId is { } catalogue && !rightsholders.Contains(catalogue))
        {
            rightsholders = rightsholders.Add(catalogue);
        }

        return new RequestedWorkRecord(workId,
            [.. work.CurrentSplit.Contributors.Select(c => c.CreatorId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            RequestedWorkRecord.Pending, null)
        {
            RightsholderIds = [.. rightsholders.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    private static string Verb(PartyDecisionRecord d) =>
        d.CounterAcceptedAt is not null ? "countered (and the operator accepted)" : d.Decision.ToString().ToLowerInvariant();
}
