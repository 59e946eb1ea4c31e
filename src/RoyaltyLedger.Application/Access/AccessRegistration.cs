using Microsoft.Extensions.DependencyInjection;

namespace RoyaltyLedger.Application.Access;

public static class AccessRegistration
{
    /// <summary>The use cases of API keys: issue, list, revoke, describe the caller's own, and the first admin key.</summary>
    public static IServiceCollection AddAccessUseCases(this IServiceCollection services)
    {
        services.AddSingleton<IssueApiKey>();
        services.AddSingleton<ListApiKeys>();
        services.AddSingleton<RevokeApiKey>();
        services.AddSingleton<DescribeCaller>();
        services.AddSingleton<EnsureAdminKey>();
        return services;
    }
}
