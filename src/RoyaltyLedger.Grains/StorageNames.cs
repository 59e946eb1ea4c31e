namespace RoyaltyLedger.Grains;

/// <summary>Names of the Orleans grain storage providers the grains use.</summary>
public static class StorageNames
{
    /// <summary>
    /// Licence requests' grain state. The name is kept from when registry grains used it too, so that state written
    /// under it still loads; the registry itself now lives in the ledger's tables (docs/registry.md).
    /// </summary>
    public const string Registry = "registry";
}
