using Microsoft.Extensions.DependencyInjection;

namespace RoyaltyLedger.Application.BankPayments;

public static class BankPaymentsRegistration
{
    /// <summary>Bank accounts and payment files; the host registers the bank account store.</summary>
    public static IServiceCollection AddBankPayments(this IServiceCollection services)
    {
        services.AddSingleton<SetBankAccount>();
        services.AddSingleton<ExportPaymentFile>();
        return services;
    }
}
