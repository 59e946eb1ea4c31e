using Microsoft.Extensions.DependencyInjection;

namespace RoyaltyLedger.Application.Manifests;

public static class ManifestsRegistration
{
    /// <summary>The training-manifest use case; it appends through the ingest use case (AddUsage).</summary>
    public static IServiceCollection AddManifests(this IServiceCollection services) => services.AddSingleton<SubmitTrainingManifest>();
}
