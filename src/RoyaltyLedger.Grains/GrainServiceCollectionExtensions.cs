using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RoyaltyLedger.Grains.Licensing;
using RoyaltyLedger.Grains.Projection;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains;

public static class GrainServiceCollectionExtensions
{
    /// <summary>
    /// The services grains and the gRPC edge share: licence issuing, work-snapshot refreshes, unlicensed tariffs,
    /// licence-request consents, the projector's metrics, its settings and what it knows of ingest (the defaults, unless registered before). The
    /// stores must be registered too.
    /// </summary>
    public static IServiceCollection AddRoyaltyLedgerGrainServices(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddRegistryUseCases();
        services.AddSingleton<LicenceIssuer>();
        services.AddSingleton<RequestConsentRecorder>();
        services.AddSingleton<ProjectionMetrics>();
        services.TryAddSingleton(ProjectionSettings.Default);
        services.AddSingleton<IngestActivity>();
        services.AddSingleton<LogReplay>();
        // The test hook, off unless the host registered one configured (Diagnostics:FailUsesOfWork).
        services.TryAddSingleton(new ProjectionFaults());
        return services;
    }
}
