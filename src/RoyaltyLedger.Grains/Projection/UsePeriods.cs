using System.Globalization;

namespace RoyaltyLedger.Grains.Projection;

/// <summary>Totals are kept per month of use (UTC, yyyy-MM), from the event's occurred_at.</summary>
internal static class UsePeriods
{
    public static string Of(long occurredAtUnixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(occurredAtUnixMs).UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
