using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// RecordConsent's effective_from: unset means the decision applies from when it is recorded; a given instant must be
/// a valid timestamp, not before 1970 and not in the future (a decision cannot be scheduled).
/// </summary>
internal static class ConsentEffectiveFrom
{
    public static (long? UnixMs, FieldViolation? Violation) Check(Timestamp? effectiveFrom, DateTimeOffset now)
    {
        if (effectiveFrom is null)
        {
            return (null, null);
        }

        if (!WireTimestamps.TryRead("effective_from", effectiveFrom, out var read, out var invalid))
        {
            return (null, invalid);
        }

        var at = read!.Value;

        if (at < DateTimeOffset.UnixEpoch || at > now)
        {
            return (null, new FieldViolation("effective_from",
                $"effective_from {at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)} is {(at > now ? "in the future" : "before 1970")}; " +
                $"expected an instant from 1970 to now ({now.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)})"));
        }

        return (at.ToUnixTimeMilliseconds(), null);
    }
}
