using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RoyaltyLedger.Application.Journal;
using RoyaltyLedger.Domain.Ledger;
using RoyaltyLedger.Grains.Licensing;
using RoyaltyLedger.Grains.Projection;
using RoyaltyLedger.Grains.Registry;
using RoyaltyLedger.Application.Licensing;
using RoyaltyLedger.Application.Registry;

namespace RoyaltyLedger.Grains;

public static class GrainServiceCollectionExtensions
{
    /// <summary>
    /// The services grains and the gRPC edge share: licence issuing, work-snapshot refreshes, unlicensed tariffs,
    /// licence-request consents, the projector's metrics, its settings and what it knows of ingest (the defaults, unless registered before). The
    /// stores must be registered too, and <see cref="RoyaltyLedger.Application.Projection.IStorageFaults"/>.
    /// </summary>
    public static IServiceCollection AddRoyaltyLedgerGrainServices(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddRegistryUseCases();
        services.AddSingleton<LicenceIssuer>();
        services.AddSingleton<RequestConsentRecorder>();
        services.AddSingleton<ProjectionMetrics>();
        services.TryAddSingleton(ProjectionSettings.Default);
        // How the ledger is split (docs/partitions.md); the server registers the configured one (Ledger:Partitions) first.
        services.TryAddSingleton(LedgerPartitioning.One);
        services.AddSingleton<IngestActivity>();
        services.AddSingleton<LogReplay>();
        services.AddSingleton<IUsageLogReplay>(sp => sp.GetRequiredService<LogReplay>());
        // The test hook, off unless the host registered one configured (Diagnostics:FailUsesOfWork).
        services.TryAddSingleton(new ProjectionFaults());
        // The projection's stores and context, each resolved from its registered parts (the storage registers IStorageFaults).
        services.TryAddSingleton<ProjectionStores>();
        services.TryAddSingleton<ProjectionFailures>();
        services.TryAddSingleton<ProjectionContext>();
        return services;
    }
}
