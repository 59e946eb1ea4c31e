namespace RoyaltyLedger.Application.Removals;

/// <summary>
/// Which removal requests a reader sees: all of them (admins), those addressed to one operator, those concerning the
/// works a creator contributed to (any split version), or those concerning the works of a society's creator members.
/// </summary>
public sealed record RemovalScope(RemovalScopeKind Kind, string PartyId)
{
    public static readonly RemovalScope All = new(RemovalScopeKind.All, "");

    public static RemovalScope Operator(string operatorId) => new(RemovalScopeKind.Operator, operatorId);

    public static RemovalScope Creator(string creatorId) => new(RemovalScopeKind.Creator, creatorId);

    public static RemovalScope Society(string societyId) => new(RemovalScopeKind.Society, societyId);
}
