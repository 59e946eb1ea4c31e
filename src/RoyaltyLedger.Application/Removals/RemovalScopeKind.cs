namespace RoyaltyLedger.Application.Removals;

/// <summary>The kinds of <see cref="RemovalScope"/>.</summary>
public enum RemovalScopeKind
{
    All,
    Operator,
    Creator,
    Society,
}
