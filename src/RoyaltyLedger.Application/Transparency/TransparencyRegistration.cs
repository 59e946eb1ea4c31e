using Microsoft.Extensions.DependencyInjection;

namespace RoyaltyLedger.Application.Transparency;

public static class TransparencyRegistration
{
    /// <summary>The transparency reads. The host registers the training-report store, the grain factory and a TimeProvider.</summary>
    public static IServiceCollection AddTransparency(this IServiceCollection services)
    {
        services.AddSingleton<ReadModelTransparency>();
        services.AddSingleton<ListModelsTrainedOnCreator>();
        services.AddSingleton<SummarizeModelForAiAct>();
        return services;
    }
}
