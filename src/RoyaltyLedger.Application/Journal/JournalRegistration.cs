using Microsoft.Extensions.DependencyInjection;

namespace RoyaltyLedger.Application.Journal;

public static class JournalRegistration
{
    /// <summary>The journal's administration use cases: read, verify, rebuild. The host registers the stores and the log replay.</summary>
    public static IServiceCollection AddJournal(this IServiceCollection services)
    {
        services.AddSingleton<VerifyJournal>();
        services.AddSingleton<ReadJournalEntries>();
        services.AddSingleton<ReadBalances>();
        services.AddSingleton<RebuildProjections>();
        services.AddSingleton<RebuildFromLog>();
        return services;
    }
}
