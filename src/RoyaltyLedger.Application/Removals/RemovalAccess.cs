using RoyaltyLedger.Application.Access;
using RoyaltyLedger.Application.Outcomes;
using WorkSnapshot = RoyaltyLedger.Grains.Abstractions.Registry.WorkSnapshot;

namespace RoyaltyLedger.Application.Removals;

/// <summary>Who may ask for, read and attest removals.</summary>
public static class RemovalAccess
{
    /// <summary>The requests a caller may list and read, or null for a role that sees none (rightsholders).</summary>
    public static RemovalScope? ScopeOf(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role switch
        {
            Roles.Admin => RemovalScope.All,
            Roles.Operator => RemovalScope.Operator(caller.PartyId!),
            Roles.Creator => RemovalScope.Creator(caller.PartyId!),
            Roles.Society => RemovalScope.Society(caller.PartyId!),
            _ => null,
        };
    }

    /// <summary>
    /// Passes for admins, for a creator who is a contributor in the work's current split, and for a society of which
    /// such a contributor is a creator member: who may request the work's removal, and so also who may withdraw a
    /// request for it. <paramref name="action"/> names what is refused, e.g. "request the removal of work W".
    /// </summary>
    public static async Task RequireRequesterAsync(Caller caller, WorkSnapshot work, IRemovalStore removals, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(removals);
        var contributors = work.CurrentSplit.Contributors.Select(c => c.CreatorId).ToList();
        var allowed = caller.Role switch
        {
            Roles.Admin => true,
            Roles.Creator => contributors.Contains(caller.PartyId!, StringComparer.Ordinal),
            Roles.Society => await removals.HasAnyCreatorMemberAsync(caller.PartyId!, contributors, cancellationToken),
            _ => false,
        };
        if (!allowed)
        {
            throw new AccessDeniedException($"{caller} may not {action}: " + (caller.Role == Roles.Society
                ? "none of the contributors in its current split is a creator member"
                : "only a contributor in its current split, their society or an admin may"));
        }
    }
}
