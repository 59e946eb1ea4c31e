using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Grains.Projection;

namespace RoyaltyLedger.Grains.Cluster;

public static class ClusterChoresRegistration
{
    /// <summary>
    /// Runs the registered <see cref="IClusterChore"/>s once per cluster (<see cref="ClusterChoresGrain"/>, started by
    /// every silo), with the projector keep-alive among them unless <paramref name="keepProjectorsAlive"/> is false.
    /// The silo needs a reminder service (in memory on a single node, ADO.NET on a cluster).
    /// </summary>
    public static IServiceCollection AddClusterChores(this IServiceCollection services, bool keepProjectorsAlive)
    {
        if (keepProjectorsAlive)
        {
            services.AddSingleton<IClusterChore, ProjectorKeepAlive>();
        }

        services.AddHostedService<ClusterChoresStarter>();
        return services;
    }
}
