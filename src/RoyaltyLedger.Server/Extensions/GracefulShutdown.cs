using RoyaltyLedger.Server.Grpc;

namespace RoyaltyLedger.Server.Extensions;

internal static class GracefulShutdown
{
    /// <summary>
    /// A stopping server first ends its ingest streams (<see cref="IngestDrain"/>: batches in flight are acked, no new
    /// one is taken), then Kestrel finishes its calls and the silo hands its grains over and leaves the membership, all
    /// within <see cref="SiloOptions.ShutdownTimeoutSeconds"/>.
    /// </summary>
    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services, SiloOptions silo)
    {
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(silo.ShutdownTimeoutSeconds));
        services.AddSingleton<IngestDrain>();
        return services;
    }
}
