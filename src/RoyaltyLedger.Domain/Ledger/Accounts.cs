namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// The ledger's account names, "kind:party". Per currency, every entry debits and credits them in balance.
/// <list type="bullet">
/// <item><c>operator:{id}</c>: what an operator owes for licensed uses (debited).</item>
/// <item><c>party:{id}</c>: what a creator or rightsholder is owed for licensed uses (credited).</item>
/// <item><c>claims:{operator}</c>: unlicensed and refused uses rated at a society's unlicensed tariff, which the
/// operator disputes or settles (debited); never paid out before settlement.</item>
/// <item><c>claimed:{party}</c>: a party's side of those claims (credited); moves to <c>party:</c> on settlement.</item>
/// </list>
/// </summary>
public static class Accounts
{
    public static string Operator(string operatorId) => "operator:" + operatorId;

    public static string Party(string partyId) => "party:" + partyId;

    public static string Claims(string operatorId) => "claims:" + operatorId;

    public static string Claimed(string partyId) => "claimed:" + partyId;
}
