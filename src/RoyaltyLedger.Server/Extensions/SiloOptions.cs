using System.Net;

namespace RoyaltyLedger.Server.Extensions;

/// <summary>
/// Identity, address and ports of the co-hosted Orleans silo. Bound from the "Silo" configuration section, so that
/// environment variables such as <c>Silo__SiloPort</c> set them too (docs/cluster.md).
/// </summary>
public sealed class SiloOptions
{
    public const string Section = "Silo";

    /// <summary>The environment variable a Kubernetes pod sets from the downward API (status.podIP).</summary>
    public const string PodIpVariable = "POD_IP";

    /// <summary>Part of every grain-state key: changing it orphans stored state.</summary>
    public string ServiceId { get; set; } = "royaltyledger";

    /// <summary>Silos with the same cluster id and the same PostgreSQL database form one cluster.</summary>
    public string ClusterId { get; set; } = "royaltyledger-local";

    /// <summary>
    /// The IP address other silos reach this one at. Empty: the <see cref="PodIpVariable"/> environment variable if set,
    /// else 127.0.0.1 (silos on one machine).
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Silo-to-silo port, 1 to 65535; one per silo on a machine.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Orleans client gateway port, 1 to 65535; one per silo on a machine.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// How long a stopping server waits for ingest streams to finish their batch in flight and for the silo to hand
    /// its grains over and leave the cluster, 1 to 600 seconds. Kubernetes' terminationGracePeriodSeconds must exceed it.
    /// </summary>
    public int ShutdownTimeoutSeconds { get; set; } = 30;

    /// <summary>The advertised address: the configured one, else <paramref name="podIp"/> if set, else loopback.</summary>
    public IPAddress ResolveAdvertisedAddress(string? podIp)
    {
        var text = string.IsNullOrWhiteSpace(AdvertisedAddress) ? podIp : AdvertisedAddress;
        if (string.IsNullOrWhiteSpace(text))
        {
            return IPAddress.Loopback;
        }

        var name = string.IsNullOrWhiteSpace(AdvertisedAddress) ? PodIpVariable : $"{Section}:{nameof(AdvertisedAddress)}";
        return IPAddress.TryParse(text.Trim(), out var address)
            ? address
            : throw new InvalidOperationException($"{name} is '{text}', expected an IP address such as 10.0.0.12");
    }

    public void Validate()
    {
        CheckPort(nameof(SiloPort), SiloPort);
        CheckPort(nameof(GatewayPort), GatewayPort);
        if (SiloPort == GatewayPort)
        {
            throw new InvalidOperationException($"{Section}:SiloPort and {Section}:GatewayPort are both {SiloPort}; they must differ");
        }

        if (string.IsNullOrWhiteSpace(ClusterId) || string.IsNullOrWhiteSpace(ServiceId))
        {
            throw new InvalidOperationException($"{Section}:ClusterId is '{ClusterId}' and {Section}:ServiceId is '{ServiceId}'; neither may be empty");
        }

        if (ShutdownTimeoutSeconds is < 1 or > 600)
        {
            throw new InvalidOperationException($"{Section}:ShutdownTimeoutSeconds is {ShutdownTimeoutSeconds}, expected 1 to 600");
        }
    }

    private static void CheckPort(string name, int port)
    {
        if (port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"{Section}:{name} is {port}, expected 1 to 65535");
        }
    }
}
