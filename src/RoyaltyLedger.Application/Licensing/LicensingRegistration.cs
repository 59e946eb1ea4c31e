using Microsoft.Extensions.DependencyInjection;

namespace RoyaltyLedger.Application.Licensing;

public static class LicensingRegistration
{
    /// <summary>
    /// The use cases of consents, licences and licence requests. They need the stores, the grain factory and the
    /// services grains share with them (<see cref="WorkRefresher"/>, <see cref="LicenceIssuer"/>), registered with the grains.
    /// </summary>
    public static IServiceCollection AddLicensingUseCases(this IServiceCollection services)
    {
        services.AddSingleton<RecordConsent>();
        services.AddSingleton<ListConsents>();
        services.AddSingleton<LicenceReaders>();
        services.AddSingleton<GrantLicence>();
        services.AddSingleton<GetLicence>();
        services.AddSingleton<ListLicences>();
        services.AddSingleton<GetLicenceCoverage>();
        services.AddSingleton<LicenceUseCases>();
        services.AddSingleton<FileLicenceRequest>();
        services.AddSingleton<ReadLicenceRequest>();
        services.AddSingleton<ListLicenceRequests>();
        services.AddSingleton<DecideLicenceRequest>();
        services.AddSingleton<AcceptLicenceCounter>();
        services.AddSingleton<WithdrawLicenceRequest>();
        return services;
    }
}
