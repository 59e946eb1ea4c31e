using RoyaltyLedger.Domain.Ledger;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>
/// The journal account names of a round's operators and creators, each written once: a round posts tens of thousands
/// of uses by a handful of operators to a few thousand creators, and would otherwise build the same strings for each.
/// </summary>
internal sealed class AccountNames
{
    private readonly Dictionary<string, string> _operators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _claimed = new(StringComparer.Ordinal);

    public AccountNames()
    {
        Party = id => Named(_parties, id, Accounts.Party);
        Claimed = id => Named(_claimed, id, Accounts.Claimed);
    }

    /// <summary>A creator's account for money owed to them (<see cref="Accounts.Party"/>).</summary>
    public Func<string, string> Party { get; }

    /// <summary>A creator's account for claims they hold (<see cref="Accounts.Claimed"/>).</summary>
    public Func<string, string> Claimed { get; }

    public string Operator(string operatorId) => Named(_operators, operatorId, Accounts.Operator);

    public string Claims(string operatorId) => Named(_claims, operatorId, Accounts.Claims);

    private static string Named(Dictionary<string, string> names, string id, Func<string, string> name)
    {
        if (!names.TryGetValue(id, out var account))
        {
            account = name(id);
            names.Add(id, account);
        }

        return account;
    }
}
