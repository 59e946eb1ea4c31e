using Microsoft.Extensions.DependencyInjection;

namespace RoyaltyLedger.Application.Claims;

public static class ClaimsRegistration
{
    /// <summary>The claim-settlement use case. The host registers the claim store and the grain factory.</summary>
    public static IServiceCollection AddClaims(this IServiceCollection services) => services.AddSingleton<SettleClaims>();
}
