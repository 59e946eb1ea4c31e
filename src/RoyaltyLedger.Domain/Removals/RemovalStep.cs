namespace RoyaltyLedger.Domain.Removals;

/// <summary>What can happen to a removal request: it is requested (by a party, or demanded by the ledger), attested or withdrawn.</summary>
public enum RemovalStep
{
    Request,
    Attest,
    Withdraw,
}
