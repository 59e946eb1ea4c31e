using System.Net;
using Orleans.Configuration;

namespace RoyaltyLedger.Server.Extensions;

/// <summary>
/// How the silo finds the others (docs/cluster.md). On PostgreSQL: ADO.NET clustering and reminders in the ledger's
/// database (tables from Sql/Postgres/orleans/0002), so every server with the same database and cluster id joins one
/// cluster. On SQLite, the single-node embedded default: localhost clustering and in-memory reminders.
/// </summary>
internal static class ClusterRegistration
{
    public static void AddLedgerCluster(this ISiloBuilder silo, SiloOptions options, StorageOptions storage, string? podIp)
    {
        options.Validate();
        if (!storage.IsPostgres)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
            silo.UseInMemoryReminderService();
            return;
        }

        var address = options.ResolveAdvertisedAddress(podIp);
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        // A loopback address is for silos on one machine, which must not listen beyond it; any other is a pod's or a
        // host's address, and the silo listens on all interfaces (a container's address may be bound late).
        silo.ConfigureEndpoints(address, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(address));
        // Membership and reminders open their own short connections: their traffic is a few rows per silo per
        // probe period, and they must not queue behind the ledger's writers on the shared data source.
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = storage.ConnectionString;
        });
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = storage.ConnectionString;
        });
    }
}
