using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Security;

/// <summary>The stored roles (<see cref="Roles"/>) on the wire.</summary>
internal static class RoleWire
{
    public static string? FromWire(Role role) => role switch
    {
        Role.Admin => Roles.Admin,
        Role.Society => Roles.Society,
        Role.Operator => Roles.Operator,
        Role.Rightsholder => Roles.Rightsholder,
        Role.Creator => Roles.Creator,
        _ => null,
    };

    public static Role ToWire(string role) => role switch
    {
        Roles.Admin => Role.Admin,
        Roles.Society => Role.Society,
        Roles.Operator => Role.Operator,
        Roles.Rightsholder => Role.Rightsholder,
        Roles.Creator => Role.Creator,
        _ => Role.Unspecified,
    };
}
