namespace RoyaltyLedger.Application.Access;

/// <summary>The roles an API key can carry, as stored.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Society = "society";
    public const string Operator = "operator";
    public const string Rightsholder = "rightsholder";
    public const string Creator = "creator";
}
