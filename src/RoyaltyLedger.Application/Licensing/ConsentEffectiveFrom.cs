using System.Globalization;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Application.Licensing;

/// <summary>
/// RecordConsent's effective_from: unset means the decision applies from when it is recorded; a given instant must be
/// not before 1970 and not in the future (a decision cannot be scheduled).
/// </summary>
public static class ConsentEffectiveFrom
{
    public static (long? UnixMs, FieldViolation? Violation) Check(DateTimeOffset? effectiveFrom, DateTimeOffset now)
    {
        if (effectiveFrom is not { } at)
        {
            return (null, null);
        }

        if (at < DateTimeOffset.UnixEpoch || at > now)
        {
            return (null, new FieldViolation("effective_from",
                $"effective_from {at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)} is {(at > now ? "in the future" : "before 1970")}; " +
                $"expected an instant from 1970 to now ({now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)})"));
        }

        return (at.ToUnixTimeMilliseconds(), null);
    }
}
