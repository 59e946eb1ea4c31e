using Microsoft.Extensions.DependencyInjection;

namespace RoyaltyLedger.Application.Quarantine;

public static class QuarantineRegistration
{
    /// <summary>The quarantine's list and retry use cases. The host registers the quarantine store and the grain factory.</summary>
    public static IServiceCollection AddQuarantine(this IServiceCollection services)
    {
        services.AddSingleton<ListQuarantinedUses>();
        services.AddSingleton<RetryQuarantinedUses>();
        return services;
    }
}
