using System.Text;

namespace RoyaltyLedger.Contracts.Exports;

/// <summary>RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; lines end in CRLF.</summary>
public static class CsvText
{
    public static void AppendRow(StringBuilder csv, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                csv.Append(field);
            }
            else
            {
                csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
        }

        csv.Append("\r\n");
    }
}
