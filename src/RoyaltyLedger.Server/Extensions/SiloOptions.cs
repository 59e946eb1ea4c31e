namespace RoyaltyLedger.Server.Extensions;

/// <summary>Identity and ports of the co-hosted Orleans silo. Bound from the "Silo" configuration section.</summary>
public sealed class SiloOptions
{
    public const string Section = "Silo";

    /// <summary>Part of every grain-state key: changing it orphans stored state.</summary>
    public string ServiceId { get; set; } = "royaltyledger";

    public string ClusterId { get; set; } = "royaltyledger-local";

    public int SiloPort { get; set; } = 11111;

    public int GatewayPort { get; set; } = 30000;
}
