namespace RoyaltyLedger.Domain.Money;

/// <summary>
/// The fixed scales money and shares are counted in. Tariffs and revenues are integer micros
/// (10^-6 of a currency unit); accruals are integer nanos (10^-9), fine enough that a single
/// event's fraction of a cent survives until payout rounds to the currency's minor unit.
/// </summary>
public static class Scales
{
    public const long MicrosPerUnit = 1_000_000;
    public const long NanosPerUnit = 1_000_000_000;
    public const long NanosPerMicro = NanosPerUnit / MicrosPerUnit;
    public const int BasisPointsWhole = 10_000;
    public const int PartsPerMillionWhole = 1_000_000;
}
