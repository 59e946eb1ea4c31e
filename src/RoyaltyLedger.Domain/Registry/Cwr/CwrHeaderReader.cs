using System.Globalization;
using L = RoyaltyLedger.Domain.Registry.Cwr.CwrLayout;

namespace RoyaltyLedger.Domain.Registry.Cwr;

/// <summary>Reads the HDR record; a file whose first line is not a usable HDR is refused whole, naming field and value.</summary>
internal static class CwrHeaderReader
{
    public static CwrHeader Read(string line)
    {
        var type = L.RecordType.Read(line);
        if (type != "HDR")
        {
            throw Refused(L.RecordType, type, "expected HDR: a CWR file starts with its transmission header");
        }

        if (line.Length < L.Hdr.CreationTime.End)
        {
            throw Refused(new CwrField("line length", 1, 0), line.Length.ToString(CultureInfo.InvariantCulture),
                $"the HDR record is shorter than the {L.Hdr.CreationTime.End} characters that reach its creation time");
        }

        var senderType = L.Hdr.SenderType.Read(line);
        var senderId = L.Hdr.SenderId.Read(line);
        if (senderType.Length == 2 && senderType.All(char.IsAsciiDigit))
        {
            // The specification's rule for an 11-digit IPI name number: its first two digits go in the sender type.
            senderId = senderType + senderId;
        }
        else if (senderType is not ("PB" or "SO" or "AA" or "WR"))
        {
            throw Refused(L.Hdr.SenderType, senderType, "expected PB, SO, AA, WR or the first two digits of an IPI name number");
        }

        if (senderId.Length == 0 || !senderId.All(char.IsAsciiLetterOrDigit))
        {
            throw Refused(L.Hdr.SenderId, senderId, "expected the sender's code or IPI name number (letters and digits)");
        }

        var date = L.Hdr.CreationDate.Read(line);
        var time = L.Hdr.CreationTime.Read(line);
        if (!DateTime.TryParseExact(date + time, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var created))
        {
            throw Refused(L.Hdr.CreationDate, $"{date} {time}", "expected a date YYYYMMDD and a time HHMMSS");
        }

        return new CwrHeader(senderType, senderId, L.Hdr.SenderName.Read(line), new DateTimeOffset(created, TimeSpan.Zero), L.Hdr.CwrVersion.Read(line));
    }

    private static InvalidDataException Refused(CwrField field, string value, string reason) =>
        new(new CwrProblem(1, "HDR", field.Name, value, reason).ToString());
}
