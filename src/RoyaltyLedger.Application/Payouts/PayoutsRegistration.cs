using Microsoft.Extensions.DependencyInjection;

namespace RoyaltyLedger.Application.Payouts;

public static class PayoutsRegistration
{
    /// <summary>The payout use cases: run a cycle, read it, prove a party's line. The host registers the payout store.</summary>
    public static IServiceCollection AddPayouts(this IServiceCollection services)
    {
        services.AddSingleton<RunPayoutCycle>();
        services.AddSingleton<ReadPayoutCycle>();
        services.AddSingleton<ProvePayout>();
        return services;
    }
}
