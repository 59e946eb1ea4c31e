namespace RoyaltyLedger.Application.Registry;

public static class RegistryKinds
{
    public const string Creator = "creator";
    public const string Operator = "operator";
    public const string Model = "model";
    public const string Work = "work";
    public const string Rightsholder = "rightsholder";
    public const string Society = "society";
}
