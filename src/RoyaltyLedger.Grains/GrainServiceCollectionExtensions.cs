using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Grains.Licensing;
using RoyaltyLedger.Grains.Registry;

namespace RoyaltyLedger.Grains;

public static class GrainServiceCollectionExtensions
{
    /// <summary>The services grains and the gRPC edge share: licence issuing and work-snapshot refreshes. The stores must be registered too.</summary>
    public static IServiceCollection AddRoyaltyLedgerGrainServices(this IServiceCollection services)
    {
        services.AddSingleton<WorkRefresher>();
        services.AddSingleton<LicenceIssuer>();
        services.AddSingleton<RequestConsentRecorder>();
        return services;
    }
}
