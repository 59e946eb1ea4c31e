namespace RoyaltyLedger.Server.Security;

/// <summary>Who may read a creator's statement: admins, societies, and the creator themself. Shared by gRPC and the page.</summary>
internal static class StatementAccess
{
    /// <summary>Null when the caller may read the statement; otherwise a sentence saying who may not do what.</summary>
    public static string? Denial(Caller caller, string creatorId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.IsAdmin || caller.Role == Roles.Society)
        {
            return null;
        }

        if (caller.Role != Roles.Creator)
        {
            return $"{caller} may not read creator statements";
        }

        return caller.PartyId == creatorId ? null : $"{caller} may not read the statement of creator {creatorId}";
    }
}
