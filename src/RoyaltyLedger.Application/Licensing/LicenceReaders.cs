using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Outcomes;
using RoyaltyLedger.Application.Registry;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>Who may read a licence: admins, societies, the licensor, the operator, and creators of works it names or holds in its catalogue.</summary>
public sealed class LicenceReaders(ILicenceStore store)
{
    /// <summary>The works a licence covers now: those it lists, or for a catalogue licence the licensor's works.</summary>
    public async Task<IReadOnlyList<string>> ScopeAsync(LicenceRecord licence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(licence);
        return licence.IsCatalogue
            ? await store.WorksOfPartyAsync(licence.LicensorId, WorkRelations.Rightsholder, cancellationToken)
            : licence.WorkIds;
    }

    /// <summary>Refuses a caller who may not read the licence, saying why.</summary>
    public async Task RequireAsync(Caller caller, LicenceRecord licence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(licence);
        if (caller.IsAdmin || caller.Role == Roles.Society || caller.PartyId == licence.LicensorId || caller.PartyId == licence.OperatorId)
        {
            return;
        }

        if (caller.Role == Roles.Creator)
        {
            var own = await store.WorksOfPartyAsync(caller.PartyId ?? "", WorkRelations.Contributor, cancellationToken);
            var scope = await ScopeAsync(licence, cancellationToken);
            if (own.Intersect(scope, StringComparer.Ordinal).Any())
            {
                return;
            }
        }

        throw new AccessDeniedException($"{caller} may not read licence {licence.LicenceId}, which neither it granted, nor it holds, nor covers its works");
    }
}
