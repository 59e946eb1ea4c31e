using Microsoft.Extensions.DependencyInjection;

namespace RoyaltyLedger.Application.Usage;

public static class UsageRegistration
{
    /// <summary>
    /// The ingest use cases and what they share: the model-owner cache and the bound on open streams. The host
    /// registers an <see cref="IIngestObserver"/>, a TimeProvider and the grain factory.
    /// </summary>
    public static IServiceCollection AddUsage(this IServiceCollection services, int maxOpenStreams)
    {
        services.AddSingleton<ModelOwners>();
        services.AddSingleton<WorkPartitions>();
        services.AddSingleton(_ => new IngestGate(maxOpenStreams));
        services.AddSingleton<IngestBatch>();
        services.AddSingleton<OpenIngestSession>();
        return services;
    }
}
