using RoyaltyLedger.Application.Log;
using RoyaltyLedger.Grains.Cluster;

namespace RoyaltyLedger.Server.Log;

/// <summary>Wires the transparency log: options from configuration, use cases, the signing chore.</summary>
internal static class TransparencyLogHosting
{
    public static IServiceCollection AddTransparencyLogHosting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(TransparencyLogOptions.Section).Get<TransparencyLogOptions>() ?? new TransparencyLogOptions();
        if (options.HeadInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{TransparencyLogOptions.Section}:HeadInterval is {options.HeadInterval}; it must be positive");
        }

        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            // A bad key stops the server at its start, not at the first signing.
            LogKeyring.ParseConfiguredSeed(options.SigningKey);
        }

        services.AddTransparencyLog(options);
        services.AddSingleton<TreeHeadSigning>();
        services.AddSingleton<IClusterChore>(sp => sp.GetRequiredService<TreeHeadSigning>());
        return services;
    }
}
