using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using RoyaltyLedger.Contracts.V1;

namespace RoyaltyLedger.Server.Web;

/// <summary>Small pieces of text the statement page's components share: months, counts, days, the months' query string.</summary>
internal static class StatementText
{
    public static string Months(CreatorStatement s) => (s.PeriodFrom, s.PeriodTo) switch
    {
        ("", "") => "all months",
        (var from, "") => $"from {from} on",
        ("", var to) => $"up to {to}",
        (var from, var to) when from == to => from,
        (var from, var to) => $"{from} to {to}",
    };

    /// <summary>"?from=…&amp;to=…" for the months shown, so downloads cover the same months.</summary>
    public static string Query(CreatorStatement s)
    {
        var parts = new List<string>(2);
        if (s.PeriodFrom.Length > 0) parts.Add($"from={Uri.EscapeDataString(s.PeriodFrom)}");
        if (s.PeriodTo.Length > 0) parts.Add($"to={Uri.EscapeDataString(s.PeriodTo)}");
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    public static string Count(ulong count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Nanos(Int128 nanos) => nanos.ToString(CultureInfo.InvariantCulture);

    public static string Day(Timestamp? at) =>
        at is null ? "" : at.ToDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
