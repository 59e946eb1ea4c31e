using System.Globalization;

namespace RoyaltyLedger.Cli.Import.Dsr;

/// <summary>
/// The HEAD record of a DSR file: which message this file is (sender, MessageId, file n of m) and the usage period,
/// whose start is the time of use of every usage in it (detail records carry no dates of their own).
/// </summary>
internal sealed record DsrHeader(
    string MessageVersion,
    string Profile,
    string ProfileVersion,
    string MessageId,
    int FileNumber,
    int NumberOfFiles,
    DateTimeOffset UsageStart,
    DateTimeOffset UsageEnd,
    string SenderPartyId,
    string SenderName,
    string ServiceDescription)
{
    /// <summary>Reads HEAD from its cells; a HEAD the file cannot be read without throws <see cref="InvalidDataException"/> naming the cell and value.</summary>
    public static DsrHeader Parse(string path, int line, string[] cells)
    {
        if (cells.Length < DsrLayout.HeadMinCells)
        {
            throw Bad(path, line, "", $"has {cells.Length} cells, expected at least {DsrLayout.HeadMinCells} (RecordType to UsageEndDate)");
        }

        var start = Date(path, line, "UsageStartDate", cells[DsrLayout.HeadStartDate], end: false);
        var end = Date(path, line, "UsageEndDate", cells[DsrLayout.HeadEndDate], end: true);
        if (end < start)
        {
            throw Bad(path, line, "UsageEndDate", $"'{cells[DsrLayout.HeadEndDate]}' is before UsageStartDate '{cells[DsrLayout.HeadStartDate]}'");
        }

        var files = Count(path, line, "NumberOfFiles", cells[DsrLayout.HeadNumberOfFiles], 1);
        var file = Count(path, line, "FileNumber", cells[DsrLayout.HeadFileNumber], 1);
        if (file > files)
        {
            throw Bad(path, line, "FileNumber", $"is {file}, more than NumberOfFiles {files}");
        }

        return new DsrHeader(
            cells[DsrLayout.HeadMessageVersion],
            cells[DsrLayout.HeadProfile],
            cells[DsrLayout.HeadProfileVersion],
            cells[DsrLayout.HeadMessageId],
            file,
            files,
            start,
            end,
            Cell(cells, DsrLayout.HeadSenderPartyId),
            Cell(cells, DsrLayout.HeadSenderName),
            Cell(cells, DsrLayout.HeadServiceDescription));
    }

    private static string Cell(string[] cells, int index) => index < cells.Length ? cells[index] : "";

    /// <summary>An empty FileNumber or NumberOfFiles is read as 1 (a one-file message).</summary>
    private static int Count(string path, int line, string field, string text, int fallback)
    {
        if (text.Length == 0)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1
            ? value
            : throw Bad(path, line, field, $"'{text}' is not a whole number of 1 or more");
    }

    /// <summary>ISO 8601 YYYY, YYYY-MM or YYYY-MM-DD, as HEAD's dates are written; the end of a period is its last day.</summary>
    private static DateTimeOffset Date(string path, int line, string field, string text, bool end)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            throw Bad(path, line, field, $"'{text}' is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }

        var start = new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc));
        return !end ? start : text.Length switch
        {
            4 => start.AddYears(1).AddDays(-1),
            7 => start.AddMonths(1).AddDays(-1),
            _ => start,
        };
    }

    private static InvalidDataException Bad(string path, int line, string field, string message) =>
        new($"{path} line {line}, HEAD{(field.Length == 0 ? "" : " " + field)} {message}; the file cannot be imported without a readable header");
}
