using System.Diagnostics;
using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Grains.Licensing;

/// <summary>The rules of a licence request, as pure functions: when a work settles, who licenses it, and which counters clash.</summary>
internal static class RequestSettlement
{
    /// <summary>A decline by any party closes the work; approval by every party makes it ready; anything else leaves it pending.</summary>
    public static WorkVerdict Judge(RequestedWorkRecord work, IReadOnlyDictionary<RequestParty, PartyDecisionRecord> decisions)
    {
        var answers = work.Parties.Select(p => decisions[p]).ToList();
        if (answers.Any(d => d.Decision == RequestDecisionKind.Declined))
        {
            return WorkVerdict.Declined;
        }

        if (!answers.All(d => d.Decision == RequestDecisionKind.Approved))
        {
            return WorkVerdict.Pending;
        }

        var counters = answers.Select(d => d.AcceptedCounter).OfType<CounterTerms>().Distinct().ToList();
        if (counters.Count > 1)
        {
            throw new UnreachableException($"work {work.WorkId} carries {counters.Count} different accepted counters, which accepting a counter refuses");
        }

        return new WorkVerdict(RequestedWorkRecord.Licensed, answers.Max(d => d.ApprovedAt!.Value), counters.SingleOrDefault());
    }

    /// <summary>
    /// The catalogue's rightsholder for a catalogue request, else the work's first rightsholder by id, else its lowest
    /// creator id: each approved, so any could stand, and a fixed choice makes a retried issue the same licence.
    /// </summary>
    public static Licensor LicensorOf(LicenceRequestTerms terms, RequestedWorkRecord work) =>
        terms.CatalogueRightsholderId is { } catalogue ? Licensor.OfRightsholder(catalogue)
        : !work.RightsholderIds.IsDefaultOrEmpty ? Licensor.OfRightsholder(work.RightsholderIds.Min(StringComparer.Ordinal)!)
        : Licensor.OfCreator(work.CreatorIds.Min(StringComparer.Ordinal)!);

    /// <summary>
    /// Why the party's counter cannot be accepted, or null: one licence has one price, so no pending work of the
    /// party may be held by another party to different pricing, whether that counter is accepted yet or not.
    /// </summary>
    public static string? CounterClash(LicenceRequestView request, PartyDecisionRecord accepting)
    {
        var byParty = request.Decisions.ToDictionary(d => d.Party);
        foreach (var work in request.Works.Where(w => w.Status == RequestedWorkRecord.Pending && w.Parties.Contains(accepting.Party)))
        {
            var other = work.Parties.Where(p => p != accepting.Party).Select(p => byParty[p])
                .FirstOrDefault(d => d.StandingCounter is { } counter && counter != accepting.Counter);
            if (other is not null)
            {
                return $"the counter of {accepting.Party} ({accepting.Counter}) cannot be accepted on licence request {request.Terms.RequestId}: "
                    + $"work {work.WorkId} is also decided by {other.Party}, whose counter asks {other.StandingCounter}, and one licence has one price; "
                    + "withdraw the request and file one at terms all its parties agree to";
            }
        }

        return null;
    }
}
