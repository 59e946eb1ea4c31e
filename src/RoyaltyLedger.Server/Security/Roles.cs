using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Security;

/// <summary>The roles an API key can carry, as stored.</summary>
internal static class Roles
{
    public const string Admin = "admin";
    public const string Society = "society";
    public const string Operator = "operator";
    public const string Rightsholder = "rightsholder";
    public const string Creator = "creator";

    public static string? FromWire(Role role) => role switch
    {
        Role.Admin => Admin,
        Role.Society => Society,
        Role.Operator => Operator,
        Role.Rightsholder => Rightsholder,
        Role.Creator => Creator,
        _ => null,
    };

    public static Role ToWire(string role) => role switch
    {
        Admin => Role.Admin,
        Society => Role.Society,
        Operator => Role.Operator,
        Rightsholder => Role.Rightsholder,
        Creator => Role.Creator,
        _ => Role.Unspecified,
    };
}
