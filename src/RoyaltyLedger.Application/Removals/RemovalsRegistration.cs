using Microsoft.Extensions.DependencyInjection;

namespace RoyaltyLedger.Application.Removals;

public static class RemovalsRegistration
{
    /// <summary>The use cases of removal requests, attestations, withdrawals and the ledger's demands for refused uses.</summary>
    public static IServiceCollection AddRemovalUseCases(this IServiceCollection services)
    {
        services.AddSingleton<RequestRemoval>();
        services.AddSingleton<AttestRemoval>();
        services.AddSingleton<WithdrawRemoval>();
        services.AddSingleton<GetRemoval>();
        services.AddSingleton<ListRemovals>();
        services.AddSingleton<OpenRefusedUseDemands>();
        return services;
    }
}
