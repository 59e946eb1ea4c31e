namespace RoyaltyLedger.Storage.Removals;

/// <summary>The kinds of <see cref="RemovalScope"/>.</summary>
public enum RemovalScopeKind
{
    All,
    Operator,
    Creator,
    Society,
}
