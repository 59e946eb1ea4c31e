using RoyaltyLedger.Domain.Licensing;
using RoyaltyLedger.Domain.Validation;
using RoyaltyLedger.Grains.Abstractions.Licensing;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>A licence's licensor as messages name it.</summary>
public static class LicensorText
{
    public static string Of(LicenceRecord licence)
    {
        ArgumentNullException.ThrowIfNull(licence);
        return licence.LicensorKind switch
        {
            LicensorKind.Creator => $"creator {EntityIds.Printable(licence.LicensorId)}",
            LicensorKind.Rightsholder => $"rightsholder {EntityIds.Printable(licence.LicensorId)}",
            _ => "not given (set licensor_creator_id or licensor_rightsholder_id)",
        };
    }
}
