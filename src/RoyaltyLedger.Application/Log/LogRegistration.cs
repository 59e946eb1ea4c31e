using Microsoft.Extensions.DependencyInjection;
using RoyaltyLedger.Application.StatementProofs;

namespace RoyaltyLedger.Application.Log;

public static class LogRegistration
{
    /// <summary>The transparency log's use cases. The host registers the store, the options and the signing chore.</summary>
    public static IServiceCollection AddTransparencyLog(this IServiceCollection services, TransparencyLogOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<LogKeyring>();
        services.AddSingleton<SignTreeHeads>();
        services.AddSingleton<ReadTreeHeads>();
        services.AddSingleton<ProveConsistency>();
        services.AddSingleton<ProveInclusion>();
        services.AddSingleton<ISignedHeadSource, LogHeadSource>();
        return services;
    }
}
