using RoyaltyLedger.Application.Licensing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RoyaltyLedger.Application.Registry;

public static class RegistryRegistration
{
    /// <summary>
    /// The registry's use cases and the services they share with grains (work refreshes, split amendments, society
    /// tariffs). Idempotent, as both the host and the grains' services call it. The stores must be registered too.
    /// </summary>
    public static IServiceCollection AddRegistryUseCases(this IServiceCollection services)
    {
        services.TryAddSingleton<WorkRefresher>();
        services.TryAddSingleton<SocietyTariffPublisher>();
        services.TryAddSingleton<SplitAmender>();
        services.TryAddSingleton<PartyRegistry>();
        services.TryAddSingleton<WorkRegistry>();
        services.TryAddSingleton<SocietyRegistry>();
        return services;
    }
}
