using System.Net;
using System.Net.Sockets;

namespace RoyaltyLedger.Server.Tests.Infrastructure;

internal static class FreePort
{
    /// <summary>A loopback port free at the time of asking, for the silo's own listeners.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
