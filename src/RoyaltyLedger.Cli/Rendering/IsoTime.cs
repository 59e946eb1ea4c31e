using System.Globalization;
using Google.Protobuf.WellKnownTypes;

namespace RoyaltyLedger.Cli.Rendering;

/// <summary>
/// Reads ISO 8601 instants as typed on the command line and in CSV files, and prints them for people: a bare date
/// at midnight UTC (terms and splits usually start on a day), else to the second, as the server's messages do.
/// </summary>
internal static class IsoTime
{
    public const string Example = "2027-01-01 or 2027-01-01T09:30:00Z";

    // Only ISO 8601 shapes: DateTimeOffset.TryParse would also take "1/2/2027", which reads differently in each country.
    private static readonly string[] Formats =
        ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>An instant; without a zone it is taken as UTC.</summary>
    public static bool TryParse(string text, out DateTimeOffset at) =>
        DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at);

    public static string Format(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return utc.TimeOfDay == TimeSpan.Zero
            ? utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    public static string Format(Timestamp at) => Format(at.ToDateTimeOffset());
}
