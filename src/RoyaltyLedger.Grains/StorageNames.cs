namespace RoyaltyLedger.Grains;

/// <summary>Names of the Orleans grain storage providers the grains use.</summary>
public static class StorageNames
{
    /// <summary>Registry grains: creators, operators, models, works. Small state, rare writes.</summary>
    public const string Registry = "registry";
}
